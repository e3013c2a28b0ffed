// Types only, for the SPA: `import type { AppType } from "@keyturn/bff/client-types"` and
// `hc<AppType>("/")` from "hono/client". Nothing here is runtime code.
export type { AppType } from "./app.ts";
