/**
 * The credential of an `Authorization: Bearer <credential>` header (scheme case-insensitive), or
 * undefined. On the data plane's hot path: no regex, no lowercased copy, and `trim` only when an end
 * of the credential can be whitespace at all (every character `trim` removes is ≤ U+0020 or ≥ U+00A0).
 */
export function bearerCredential(header: string | undefined): string | undefined {
  if (header === undefined || header.length < 8) return undefined;
  if (
    (header.charCodeAt(0) | 0x20) !== 0x62 || // b
    (header.charCodeAt(1) | 0x20) !== 0x65 || // e
    (header.charCodeAt(2) | 0x20) !== 0x61 || // a
    (header.charCodeAt(3) | 0x20) !== 0x72 || // r
    (header.charCodeAt(4) | 0x20) !== 0x65 || // e
    (header.charCodeAt(5) | 0x20) !== 0x72 || // r
    header.charCodeAt(6) !== 0x20
  ) {
    return undefined;
  }
  const first = header.charCodeAt(7);
  const last = header.charCodeAt(header.length - 1);
  const credential = mayBeSpace(first) || mayBeSpace(last) ? header.slice(7).trim() : header.slice(7);
  return credential === "" ? undefined : credential;
}

const mayBeSpace = (code: number) => code <= 0x20 || code >= 0xa0;
