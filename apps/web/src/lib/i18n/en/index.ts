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

/** English: the source of every user-facing string and the fallback; bundled with the console. */
export const en = {
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
