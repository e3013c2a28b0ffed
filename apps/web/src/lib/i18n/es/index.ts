import type { Translation } from "../resources";
import { audit } from "./audit";
import { common } from "./common";
import { deployment } from "./deployment";
import { endpoint } from "./endpoint";
import { errors } from "./errors";
import { inventory } from "./inventory";
import { keys } from "./keys";
import { migration } from "./migration";
import { newDeployment } from "./new-deployment";
import { posture } from "./posture";
import { rotation } from "./rotation";
import { settings } from "./settings";
import { snippets } from "./snippets";
import { testConsole } from "./test-console";
import { token } from "./token";
import { webhooks } from "./webhooks";

/** Spanish: a chunk of its own, loaded when chosen (`loadLanguage`). */
export const es: Translation = {
  common,
  inventory,
  deployment,
  endpoint,
  keys,
  rotation,
  token,
  testConsole,
  snippets,
  newDeployment,
  audit,
  posture,
  migration,
  settings,
  webhooks,
  errors,
};
