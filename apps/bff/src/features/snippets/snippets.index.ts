import { createRouter } from "../../routing/create-router.ts";
import { snippets } from "./snippets.handlers.ts";
import { getSnippets } from "./snippets.routes.ts";

/** Client snippets for a deployment's auth mode, never with a real secret. */
export const createSnippetsRouter = () => createRouter().openapi(getSnippets, snippets);
