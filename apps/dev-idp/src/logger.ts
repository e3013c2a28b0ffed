import { type Logger, pino } from "pino";
import { loadEnv } from "./env.ts";

export type { Logger };

/** JSON lines on stdout; LOG_LEVEL chooses the level (tests may set it to "silent"). */
export const logger: Logger = pino({ name: "dev-idp", level: loadEnv().LOG_LEVEL });
