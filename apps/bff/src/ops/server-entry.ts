import { bundleLayout } from "./layout.ts";
import { runServer } from "./run-server.ts";

// The production bundle's entry (scripts/bundle.ts builds it into server.js): this file's folder, once
// bundled, is the bundle's, so the migrations, the SPA and the data folder are found beside it.

runServer(bundleLayout(import.meta.dirname));
