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

/** English: the source of every user-facing string and the fallback; bundled with the console. */
export const en = {
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
