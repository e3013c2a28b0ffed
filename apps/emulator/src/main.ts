import { pino } from "pino";
import { loadEnv } from "./env.ts";
import { startEmulator } from "./index.ts";

const logger = pino({ name: "emulator", level: loadEnv().LOG_LEVEL });
const emulator = await startEmulator();
logger.info({ url: emulator.url }, `Azure ML emulator listening on ${emulator.url}`);

let stopping = false;
async function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping");
  await emulator.close();
  process.exit(0);
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
