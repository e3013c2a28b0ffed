import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type InternalAddressKind,
  internalAddressKind,
  internalHostKind,
  parseIpv4,
  parseIpv6,
} from "./addresses.ts";
import { webhookAddressRefusal } from "./webhooks.ts";

const RANGES: ReadonlyArray<readonly [base: number, bits: number, kind: InternalAddressKind]> = [
  [0x00000000, 8, "unspecified"],
  [0x7f000000, 8, "loopback"],
  [0xa9fe0000, 16, "link-local"],
  [0x0a000000, 8, "private"],
  [0xac100000, 12, "private"],
  [0xc0a80000, 16, "private"],
  [0x64400000, 10, "private"],
  [0xa83f8110, 32, "platform"],
];

const dotted = (n: number) => [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join(".");
const hex = (n: number) => `${((n >>> 16) & 0xffff).toString(16)}:${(n & 0xffff).toString(16)}`;
const within = (base: number, bits: number) =>
  fc.integer({ min: 0, max: 2 ** (32 - bits) - 1 }).map((offset) => base + offset);
const inRange = fc
  .constantFrom(...RANGES)
  .chain(([base, bits, kind]) => within(base, bits).map((n) => ({ n, kind })));
const publicV4 = fc
  .integer({ min: 0, max: 0xffffffff })
  .filter((n) =>
    RANGES.every(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) !== base / 2 ** (32 - bits)),
  );
/** How a URL may write an IPv4 address: the WHATWG parser turns each into dotted decimal. */
const v4Spellings = (n: number) => [dotted(n), String(n), `0x${n.toString(16)}`];
/** The IPv6 forms that carry an IPv4 address. */
const v6Carriers = (n: number) => [
  `::ffff:${dotted(n)}`,
  `::ffff:${hex(n)}`,
  `64:ff9b::${dotted(n)}`,
  `2002:${hex(n)}::1`,
];

describe("internal addresses", () => {
  it("parses what it should and nothing else", () => {
    expect(parseIpv4("169.254.169.254")).toBe(0xa9fea9fe);
    for (const bad of ["1.2.3", "1.2.3.256", "01.2.3.4.5", "a.b.c.d", ""]) expect(parseIpv4(bad)).toBeNull();
    expect(parseIpv6("::1")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6("fe80::1%eth0")).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    for (const bad of ["1::2::3", "1:2:3:4:5:6:7:8:9", "::g", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8::"])
      expect(parseIpv6(bad)).toBeNull();
  });

  it("knows every IPv4 address in each range, however a URL or an IPv6 address spells it", () => {
    fc.assert(
      fc.property(inRange, ({ n, kind }) => {
        expect(internalAddressKind(dotted(n))).toBe(kind);
        for (const spelled of v4Spellings(n))
          expect(internalHostKind(new URL(`https://${spelled}/`).hostname)).toBe(kind);
        for (const carried of v6Carriers(n)) {
          expect(internalAddressKind(carried)).toBe(kind);
          expect(internalHostKind(new URL(`https://[${carried}]/`).hostname)).toBe(kind);
        }
      }),
    );
  });

  it("lets every other IPv4 address through, carried or not", () => {
    fc.assert(
      fc.property(publicV4, (n) => {
        expect(internalAddressKind(dotted(n))).toBeNull();
        for (const carried of v6Carriers(n)) expect(internalAddressKind(carried)).toBeNull();
      }),
    );
  });

  it("knows IPv6 loopback, unspecified, link-local and unique local addresses", () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    const rest = fc.array(group, { minLength: 7, maxLength: 7 });
    const v6 = (first: number, others: number[]) => [first, ...others].map((g) => g.toString(16)).join(":");
    expect(internalAddressKind("::")).toBe("unspecified");
    expect(internalAddressKind("::1")).toBe("loopback");
    expect(internalHostKind("[0:0:0:0:0:0:0:1]")).toBe("loopback");
    fc.assert(
      fc.property(group, rest, (g, others) => {
        expect(internalAddressKind(v6(0xfe80 | (g & 0x3f), others))).toBe("link-local");
        expect(internalAddressKind(v6(0xfc00 | (g & 0x1ff), others))).toBe("private");
        // Global unicast (2000::/3) but 6to4 carries an IPv4 address: judged by it, checked above.
        const global = 0x2000 | (g & 0x1fff);
        fc.pre(global !== 0x2002);
        expect(internalAddressKind(v6(global, others))).toBeNull();
      }),
    );
  });

  it("takes localhost and its subdomains as loopback, other names as not known yet", () => {
    for (const host of ["localhost", "LOCALHOST.", "api.localhost"])
      expect(internalHostKind(host)).toBe("loopback");
    fc.assert(
      fc.property(fc.domain(), (host) => {
        fc.pre(host !== "localhost" && !host.endsWith(".localhost"));
        expect(internalHostKind(host)).toBeNull();
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void internalHostKind(text)));
  });

  it("refuses a webhook to an internal literal address, naming the host and its kind", () => {
    expect(webhookAddressRefusal("https://169.254.169.254/latest/meta-data")).toMatch(
      /^169\.254\.169\.254 is a link-local address/,
    );
    expect(webhookAddressRefusal("https://[::ffff:10.0.0.1]/hook")).toMatch(/private network/);
    expect(webhookAddressRefusal("https://localhost/hook")).toMatch(/loopback/);
    expect(webhookAddressRefusal("https://2130706433/hook")).toMatch(/^127\.0\.0\.1 is a loopback/);
    expect(webhookAddressRefusal("https://hooks.example.com/hook")).toBeNull();
    expect(webhookAddressRefusal("https://8.8.8.8/hook")).toBeNull();
    expect(webhookAddressRefusal("not a url")).toBeNull();
  });
});
