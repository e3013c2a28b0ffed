import { parseAccept } from "hono/utils/accept";

/** The content codings the console's build writes beside each file, best first. */
export const CODINGS = ["br", "gzip"] as const;
export type Coding = (typeof CODINGS)[number];

/** The file name suffix of each coding's precompressed copy. */
export const CODING_SUFFIX: Record<Coding, string> = { br: ".br", gzip: ".gz" };

/**
 * The coding to answer with (RFC 9110 §12.5.3): among `available`, the one the client weighs highest
 * (an explicit entry, else `*`), never one it weighs 0; on a tie, the earlier of `available` (brotli
 * before gzip). No header, or nothing acceptable: undefined, the file as it is.
 */
export function chooseCoding(
  acceptEncoding: string | undefined,
  available: readonly Coding[],
): Coding | undefined {
  if (acceptEncoding === undefined || available.length === 0) return undefined;
  const accepts = parseAccept(acceptEncoding);
  const weight = (name: string) => accepts.find((entry) => entry.type.toLowerCase() === name)?.q;
  const wildcard = weight("*") ?? 0;
  let best: { coding: Coding; q: number } | undefined;
  for (const coding of available) {
    const q = weight(coding) ?? wildcard;
    if (q > 0 && (best === undefined || q > best.q)) best = { coding, q };
  }
  return best?.coding;
}
