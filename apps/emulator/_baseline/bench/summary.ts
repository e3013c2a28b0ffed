/**
 * `control` is auth off measured a second time: its distance from `off` is the noise floor. The
 * `… header` modes (optional) are auth off with a credential's header sent anyway: what carrying the
 * credential costs before anything checks it.
 */
export type Mode = "off" | "key" | "token" | "control" | "off+key header" | "off+token header";
export const MODES: readonly Mode[] = ["off", "key", "token", "control"];
export const HEADER_MODES: readonly Mode[] = ["off+key header", "off+token header"];

export interface Sample {
  rps: number;
  p50: number;
  p99: number;
  /** Server CPU time per answered request, µs. */
  cpuUs: number;
}

/** Linear interpolation between the closest ranks (q = 0.5: the median). */
const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = sorted[Math.floor(at)] ?? Number.NaN;
  const hi = sorted[Math.ceil(at)] ?? lo;
  return lo + (hi - lo) * (at - Math.floor(at));
};
const median = (xs: number[]) => quantile(xs, 0.5);

/**
 * One line per mode: medians over rounds, and the ratio to auth off taken within each round (the
 * modes of a round ran back to back, so they saw the same machine), then the median of those, with
 * the middle half of the rounds (25th–75th percentile) as the spread.
 */
export function summarize(rounds: Record<Mode, Sample>[], modes: readonly Mode[] = MODES) {
  return modes.map((mode) => {
    const of = (pick: (s: Sample) => number) => median(rounds.map((r) => pick(r[mode])));
    const rpsRatios = rounds.map((r) => r[mode].rps / r.off.rps);
    const cpuRatios = rounds.map((r) => r.off.cpuUs / r[mode].cpuUs);
    return {
      mode,
      rps: of((s) => s.rps),
      p50: of((s) => s.p50),
      p99: of((s) => s.p99),
      cpuUs: of((s) => s.cpuUs),
      rpsRatio: median(rpsRatios),
      rpsRatioSpread: [quantile(rpsRatios, 0.25), quantile(rpsRatios, 0.75)] as const,
      cpuRatio: median(cpuRatios),
      cpuRatioSpread: [quantile(cpuRatios, 0.25), quantile(cpuRatios, 0.75)] as const,
    };
  });
}

export function printTable(rows: ReturnType<typeof summarize>, heading: string): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const spread = ([lo, hi]: readonly [number, number]) => `${(lo * 100).toFixed(1)}–${(hi * 100).toFixed(1)}`;
  console.log(`\n${heading}\n`);
  console.log(
    "| auth | req/s | p50 ms | p99 ms | req/s vs off | middle half of rounds | server CPU µs/req | CPU efficiency vs off | middle half of rounds |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const cells = [
      r.mode,
      Math.round(r.rps),
      r.p50,
      r.p99,
      pct(r.rpsRatio),
      spread(r.rpsRatioSpread),
      Math.round(r.cpuUs),
      pct(r.cpuRatio),
      spread(r.cpuRatioSpread),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
  const key = rows.find((r) => r.mode === "key");
  const token = rows.find((r) => r.mode === "token");
  const control = rows.find((r) => r.mode === "control");
  const verdict = (x: number | undefined, target: number) => ((x ?? 0) >= target ? "met" : "MISSED");
  console.log(
    `\ntargets (req/s vs off): key ≥ 95 % ${verdict(key?.rpsRatio, 0.95)}, token ≥ 90 % ${verdict(token?.rpsRatio, 0.9)}` +
      ` — noise floor: auth off measured twice differs by ${pct(Math.abs(1 - (control?.rpsRatio ?? 1)))}`,
  );
}
