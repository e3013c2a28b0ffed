import { createRouter } from "../../routing/create-router.ts";
import { run } from "./test-calls.handlers.ts";
import { runTestCall } from "./test-calls.routes.ts";

/** Test calls to a deployment's scoring URI, run by the BFF with a credential named by the browser. */
export const createTestCallsRouter = () => createRouter().openapi(runTestCall, run);
