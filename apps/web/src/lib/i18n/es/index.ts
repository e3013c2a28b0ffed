import type { Translation } from "../resources";
import { audit } from "./audit";
import { common } from "./common";
import { deployment } from "./deployment";
import { errors } from "./errors";
import { inventory } from "./inventory";
import { keys } from "./keys";
import { newDeployment } from "./new-deployment";
import { posture } from "./posture";
import { settings } from "./settings";
import { snippets } from "./snippets";
import { testConsole } from "./test-console";
import { token } from "./token";

/** Spanish: a chunk of its own, loaded when chosen (`loadLanguage`). */
export const es: Translation = {
  common,
  inventory,
  deployment,
  keys,
  token,
  testConsole,
  snippets,
  newDeployment,
  audit,
  posture,
  settings,
  errors,
};
