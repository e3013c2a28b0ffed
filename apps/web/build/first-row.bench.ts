// The console's first inventory row after a navigation, signed in, with an empty cache (cold) and a
// warm one, and the bytes that crossed the wire for it. Prints figures; asserts nothing.
//   pnpm --filter @keyturn/web bench:first-row [-- --dist <built console> --runs <n> --identity --mbps 20 --rtt 40]
import path from "node:path";
import { parseArgs } from "node:util";
import { startBenchSystem } from "./bench-system.ts";
import { Browser } from "./cdp.ts";
import { type Load, measureLoad, signIn } from "./first-row-page.ts";

const { values } = parseArgs({
  // pnpm 10 passes the `--` before the options on to the script.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    dist: { type: "string", default: path.resolve(import.meta.dirname, "..", "dist") },
    runs: { type: "string", default: "7" },
    chromium: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    // The browser accepts no content coding: every answer as it was before the BFF compressed any.
    identity: { type: "boolean", default: false },
    // A network slower than loopback (Chromium's throttling): download Mbit/s and round trip in ms.
    mbps: { type: "string" },
    rtt: { type: "string", default: "0" },
  },
});
const runs = Number(values.runs);

const system = await startBenchSystem(values.dist);
const browser = await Browser.launch(values.chromium, [
  "--window-size=1280,800",
  "--ignore-certificate-errors",
]);
try {
  const page = await browser.newPage();
  await browser.send("Network.enable", {}, page);
  if (values.mbps !== undefined) {
    const bytesPerSecond = (Number(values.mbps) * 1_000_000) / 8;
    await browser.send(
      "Network.emulateNetworkConditions",
      {
        offline: false,
        latency: Number(values.rtt),
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond,
      },
      page,
    );
  }
  if (values.identity)
    await browser.send("Network.setExtraHTTPHeaders", { headers: { "Accept-Encoding": "identity" } }, page);
  await signIn(browser, page, system.url);
  const results: Record<"cold" | "warm", Load[]> = { cold: [], warm: [] };
  await measureLoad(browser, page, `${system.url}/inventory`, { cold: false }); // warm-up, not counted
  for (let i = 0; i < runs; i++) {
    results.cold.push(await measureLoad(browser, page, `${system.url}/inventory`, { cold: true }));
    results.warm.push(await measureLoad(browser, page, `${system.url}/inventory`, { cold: false }));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  process.stdout.write(
    `console build: ${values.dist}${values.identity ? ", no content coding accepted" : ""}` +
      `${values.mbps ? `, network ${values.mbps} Mbit/s and ${values.rtt} ms round trip` : ", loopback"}` +
      `; ${runs} runs of each, medians (min–max)\n`,
  );
  process.stdout.write("cache | first row ms       | console files KiB (requests) | API KiB (requests)\n");
  for (const [cache, loads] of Object.entries(results)) {
    const ms = loads.map((load) => load.firstRowMs);
    const files = loads.map((load) => load.files.bytes);
    const api = loads.map((load) => load.api.bytes);
    process.stdout.write(
      `${cache.padEnd(5)} | ${median(ms).toFixed(0)} (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)})`.padEnd(
        28,
      ) +
        ` | ${kb(median(files))} (${median(loads.map((l) => l.files.requests))})`.padEnd(31) +
        ` | ${kb(median(api))} (${median(loads.map((l) => l.api.requests))})\n`,
    );
  }
  const unfinished = [...results.cold, ...results.warm].reduce((sum, load) => sum + load.unfinished, 0);
  if (unfinished > 0)
    process.stdout.write(`${unfinished} requests were still loading when counting stopped\n`);
  const last = results.cold.at(-1);
  if (last) {
    process.stdout.write("the largest console files of a cold load (bytes on the wire, encoding):\n");
    for (const file of [...last.files.list].sort((a, b) => b.bytes - a.bytes).slice(0, 12))
      process.stdout.write(`  ${kb(file.bytes).padStart(7)} ${file.encoding.padEnd(8)} ${file.path}\n`);
  }
} finally {
  await browser.close();
  await system.close();
}
