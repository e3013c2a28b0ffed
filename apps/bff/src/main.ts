import { SOURCE_LAYOUT } from "./ops/layout.ts";
import { runServer } from "./ops/run-server.ts";

// `pnpm --filter @keyturn/bff start`: config from the environment, database migrated, server up.
// The production bundle starts the same server from ops/server-entry.ts.

runServer(SOURCE_LAYOUT);
