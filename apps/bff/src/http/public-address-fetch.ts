import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { INTERNAL_ADDRESS_WORDS, internalAddressKind, internalHostKind } from "@keyturn/auth-domain";
import { Agent, fetch as undiciFetch } from "undici";

/** A destination that is, or resolves to, an internal address: nothing was sent. */
export class AddressRefusedError extends Error {
  override name = "AddressRefusedError";
  readonly code = "address_not_allowed";
}

/** Whether `err` (or what it wraps: fetch reports a failed connection as its cause) is a refusal. */
export function isAddressRefused(err: unknown): boolean {
  for (let at = err, depth = 0; at && depth < 4; at = (at as { cause?: unknown }).cause, depth++)
    if (at instanceof AddressRefusedError) return true;
  return false;
}

/**
 * `inner` (dns.lookup by default) that refuses a name when any of its addresses is internal (auth-domain
 * `internalAddressKind`). The connection is made to the addresses checked here, so a name that
 * answers a public address to a check and a private one to the connection (DNS rebinding) gets nowhere.
 */
export function publicOnlyLookup(inner: LookupFunction = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    inner(hostname, { ...options, all: true }, (err, found) => {
      if (err) return callback(err, "", 0);
      const addresses = found as unknown as LookupAddress[];
      const internal = addresses.find((a) => internalAddressKind(a.address) !== null);
      if (internal || addresses.length === 0) {
        const what = internal
          ? INTERNAL_ADDRESS_WORDS[internalAddressKind(internal.address) ?? "private"]
          : "nothing";
        const refusal = new AddressRefusedError(`${hostname} resolves to ${what}`);
        return callback(refusal as NodeJS.ErrnoException, "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses as [LookupAddress];
      callback(null, first.address, first.family);
    });
  };
}

/**
 * A fetch that reaches public addresses only: a URL whose host is an internal literal is refused before
 * anything is sent, a name is resolved once and refused when any answer is internal, and the
 * connection goes to the addresses that were checked. Redirects are the caller's to refuse.
 */
export function publicAddressFetch(options: { lookup?: LookupFunction } = {}): typeof fetch {
  const dispatcher = new Agent({ connect: { lookup: publicOnlyLookup(options.lookup) } });
  const guarded = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (input instanceof Request) throw new TypeError("publicAddressFetch takes a URL, not a Request");
    const url = new URL(String(input));
    const kind = internalHostKind(url.hostname);
    if (kind !== null) throw new AddressRefusedError(`${url.hostname} is ${INTERNAL_ADDRESS_WORDS[kind]}`);
    const response = await undiciFetch(url, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher });
    return response as unknown as Response;
  };
  return guarded as typeof fetch;
}
