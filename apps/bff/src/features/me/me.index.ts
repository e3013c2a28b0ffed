import { createRouter } from "../../routing/create-router.ts";
import { me } from "./me.handlers.ts";
import { getMe } from "./me.routes.ts";

export const createMeRouter = () => createRouter().openapi(getMe, me);
