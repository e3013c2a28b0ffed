/** `control` is auth off measured a second time: its distance from `off` is the noise floor. */
export type Mode = "off" | "key" | "token" | "control";
export const MODES: readonly Mode[] = ["off", "key", "token", "control"];

export interface Sample {
  rps: number;
  p50: number;
  p99: number;
  /** Server CPU time per answered request, µs. */
  cpuUs: number;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * One line per mode: medians over rounds, and the ratio to auth off taken within each round (the
 * three modes of a round ran back to back, so they saw the same machine) then the median of those.
 */
export function summarize(rounds: Record<Mode, Sample>[]) {
  return MODES.map((mode) => {
    const of = (pick: (s: Sample) => number) => median(rounds.map((r) => pick(r[mode])));
    return {
      mode,
      rps: of((s) => s.rps),
      p50: of((s) => s.p50),
      p99: of((s) => s.p99),
      cpuUs: of((s) => s.cpuUs),
      rpsRatio: median(rounds.map((r) => r[mode].rps / r.off.rps)),
      cpuRatio: median(rounds.map((r) => r.off.cpuUs / r[mode].cpuUs)),
    };
  });
}

export function printTable(rows: ReturnType<typeof summarize>, heading: string): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`\n${heading}\n`);
  console.log(
    "| auth | req/s | p50 ms | p99 ms | req/s vs off | server CPU µs/req | CPU efficiency vs off |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const cells = [
      r.mode,
      Math.round(r.rps),
      r.p50,
      r.p99,
      pct(r.rpsRatio),
      Math.round(r.cpuUs),
      pct(r.cpuRatio),
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
