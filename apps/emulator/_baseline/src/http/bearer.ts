/** The credential of an `Authorization: Bearer <credential>` header, or undefined. */
export function bearerCredential(header: string | undefined): string | undefined {
  if (header === undefined || header.length < 8) return undefined;
  if (header.slice(0, 7).toLowerCase() !== "bearer ") return undefined;
  const credential = header.slice(7).trim();
  return credential === "" ? undefined : credential;
}
