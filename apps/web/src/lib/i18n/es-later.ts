import { audit } from "./es/audit";
import { keys } from "./es/keys";
import { migration } from "./es/migration";
import { newDeployment } from "./es/new-deployment";
import { rotation } from "./es/rotation";
import { settings } from "./es/settings";
import { snippets } from "./es/snippets";
import { testConsole } from "./es/test-console";
import { token } from "./es/token";
import { webhooks } from "./es/webhooks";
import type { LaterMessages } from "./parts";

/** Spanish for every screen after the inventory: a chunk of its own (`loadLaterMessages`). */
export const esLater: LaterMessages = {
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
