import { rotationRunner } from "../../src/features/rotations/public.ts";
import { loadConfig, startBff } from "../../src/index.ts";

// A BFF replica as its own process for the rotation crash test: the server from the environment, and
// the rotation runner with short leases (argv: lease ms, runner interval ms), so a replica killed
// with SIGKILL is taken over within seconds.

const [leaseMs, intervalMs] = process.argv.slice(2).map(Number);
const started = await startBff(loadConfig());
rotationRunner(started.bff.deps, { leaseMs, intervalMs }).start();
// The test waits for this line (the log level may hide the server's own).
process.stdout.write(`rotation replica listening on ${started.url}\n`);
