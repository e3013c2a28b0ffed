import { z } from "../../routing/problem-responses.ts";

// Route plumbing of the connection routes (path parameters); the payloads are the contract's
// (`@keyturn/api-contract`).

export const ConnectionParamsSchema = z.object({ id: z.uuid() });
