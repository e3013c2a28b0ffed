import type { LookupAddress } from "node:dns";
import { createServer } from "node:http";
import type { AddressInfo, LookupFunction } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAddressRefused, publicAddressFetch, publicOnlyLookup } from "./public-address-fetch.ts";

/** A resolver that answers `answers` for every name, as a rebinding DNS server may. */
const resolvesTo =
  (...answers: string[]): LookupFunction =>
  (_hostname, _options, callback) =>
    (callback as unknown as (e: null, a: LookupAddress[]) => void)(
      null,
      answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
    );

const lookupOnce = (lookup: LookupFunction, all: boolean) =>
  new Promise<unknown>((resolve, reject) =>
    lookup("hooks.example.com", { all }, (err, address, family) =>
      err ? reject(err) : resolve(all ? address : { address, family }),
    ),
  );

let received = 0;
const server = createServer((_req, res) => {
  received++;
  res.writeHead(204).end();
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("publicOnlyLookup", () => {
  it("answers a name's public addresses, one or all, and refuses it when any answer is internal", async () => {
    expect(await lookupOnce(publicOnlyLookup(resolvesTo("93.184.215.14")), false)).toEqual({
      address: "93.184.215.14",
      family: 4,
    });
    expect(
      await lookupOnce(publicOnlyLookup(resolvesTo("93.184.215.14", "2606:2800:21f::1")), true),
    ).toHaveLength(2);
    for (const internal of [
      "127.0.0.1",
      "169.254.169.254",
      "10.1.2.3",
      "::1",
      "fd00::1",
      "::ffff:192.168.0.1",
    ]) {
      const refused = await lookupOnce(publicOnlyLookup(resolvesTo("93.184.215.14", internal)), false).catch(
        (err: unknown) => err,
      );
      expect(isAddressRefused(refused), internal).toBe(true);
    }
  });
});

describe("publicAddressFetch", () => {
  it("refuses an internal literal host, and a name its own resolver answers inside, before connecting", async () => {
    const guarded = publicAddressFetch({ lookup: resolvesTo("127.0.0.1") });
    for (const url of [
      `http://127.0.0.1:${port}/`,
      `http://localhost:${port}/`,
      `http://rebind.example:${port}/`,
    ]) {
      const err = await guarded(url, { method: "POST" }).catch((e: unknown) => e);
      expect(isAddressRefused(err), url).toBe(true);
    }
    expect(received).toBe(0);
  });
});
