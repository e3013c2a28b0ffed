export { answerClientErrorsWith, type ClientErrorAnswer, type ClientErrorBody } from "./client-errors.ts";
