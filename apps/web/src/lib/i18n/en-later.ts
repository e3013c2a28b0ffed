import { audit } from "./en/audit";
import { keys } from "./en/keys";
import { migration } from "./en/migration";
import { newDeployment } from "./en/new-deployment";
import { rotation } from "./en/rotation";
import { settings } from "./en/settings";
import { snippets } from "./en/snippets";
import { testConsole } from "./en/test-console";
import { token } from "./en/token";
import { webhooks } from "./en/webhooks";
import type { LaterMessages } from "./parts";

/** English for every screen after the inventory: a chunk of its own (`loadLaterMessages`). */
export const enLater: LaterMessages = {
  keys,
  rotation,
  token,
  testConsole,
  snippets,
  newDeployment,
  audit,
  migration,
  settings,
  webhooks,
};
