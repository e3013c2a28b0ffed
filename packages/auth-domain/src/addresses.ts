/**
 * Addresses that lie inside the console's own network or its host: in production it sends nothing
 * there on someone's say-so (a webhook's URL), so an Admin's address cannot reach a database, a
 * sidecar or the cloud's metadata service. Pure: the BFF checks a URL's literal host and every
 * address a name resolves to with the same function.
 */
export type InternalAddressKind = "unspecified" | "loopback" | "link-local" | "private" | "platform";

const V4_RANGES: ReadonlyArray<readonly [base: string, bits: number, kind: InternalAddressKind]> = [
  ["0.0.0.0", 8, "unspecified"], // "this network"
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"], // the cloud metadata service: 169.254.169.254
  ["10.0.0.0", 8, "private"],
  ["172.16.0.0", 12, "private"],
  ["192.168.0.0", 16, "private"],
  ["100.64.0.0", 10, "private"], // shared address space (carrier-grade NAT, RFC 6598)
  ["168.63.129.16", 32, "platform"], // Azure's host: DNS, health probes, the wire server
];

/** A dotted-quad IPv4 address as an unsigned 32-bit number; null for anything else. */
export function parseIpv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

/** An IPv6 address (`::` shortening, a dotted IPv4 tail, a `%zone`) as eight 16-bit groups; else null. */
export function parseIpv6(text: string): number[] | null {
  const bare = text.replace(/%[^%]*$/, "");
  const halves = bare.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (half: string): number[] | null => {
    if (half === "") return [];
    const out: number[] = [];
    const parts = half.split(":");
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && part.includes(".")) {
        const v4 = parseIpv4(part);
        if (v4 === null) return null;
        out.push(Math.floor(v4 / 65536), v4 % 65536);
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) out.push(Number.parseInt(part, 16));
      else return null;
    }
    return out;
  };
  const head = groupsOf(halves[0] ?? "");
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? "") : [];
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  return [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
}

function v4Kind(value: number): InternalAddressKind | null {
  for (const [base, bits, kind] of V4_RANGES) {
    const size = 2 ** (32 - bits);
    if (Math.floor(value / size) === Math.floor((parseIpv4(base) ?? 0) / size)) return kind;
  }
  return null;
}

const v4Of = (high: number, low: number) => high * 65536 + low;

function v6Kind(g: number[]): InternalAddressKind | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h = 0, l = 0] = g;
  const zeroHead = a === 0 && b === 0 && c === 0 && d === 0 && e === 0;
  if (zeroHead && f === 0 && h === 0) return l === 0 ? "unspecified" : l === 1 ? "loopback" : v4Kind(l);
  // An IPv4 address carried inside: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64, 6to4.
  if (zeroHead && (f === 0xffff || f === 0)) return v4Kind(v4Of(h, l));
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return v4Kind(v4Of(h, l));
  if (a === 0x2002) return v4Kind(v4Of(b, c));
  if ((a & 0xffc0) === 0xfe80) return "link-local";
  if ((a & 0xfe00) === 0xfc00 || (a & 0xffc0) === 0xfec0) return "private"; // unique local, old site-local
  return null;
}

/** What kind of internal address `address` (an IPv4 or IPv6 literal) is; null for a public one or text. */
export function internalAddressKind(address: string): InternalAddressKind | null {
  const v4 = parseIpv4(address);
  if (v4 !== null) return v4Kind(v4);
  const v6 = address.includes(":") ? parseIpv6(address) : null;
  return v6 === null ? null : v6Kind(v6);
}

/**
 * What kind of internal address a URL's host names by itself: an IP literal (bracketed or not), or
 * `localhost` and its subdomains (RFC 6761: always loopback). A name that must be resolved is null here.
 */
export function internalHostKind(hostname: string): InternalAddressKind | null {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return "loopback";
  const literal = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  return internalAddressKind(literal);
}

/** An internal address's kind in words, for a refusal. */
export const INTERNAL_ADDRESS_WORDS: Record<InternalAddressKind, string> = {
  unspecified: "an unspecified address",
  loopback: "a loopback address",
  "link-local": "a link-local address (the cloud metadata service lives there)",
  private: "a private network address",
  platform: "the cloud platform's own address",
};
