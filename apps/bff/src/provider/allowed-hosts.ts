/**
 * The hosts a connection may send a credential or a workspace token to. In production they are an
 * allow-list (Azure's public cloud, plus KEYTURN_ALLOWED_PROVIDER_HOSTS), over https only; in
 * development anything goes, so the emulator on http://127.0.0.1 keeps working.
 */

/** Azure public cloud: Resource Manager, the v1 region hosts (`<region>.api.azureml.ms`), Entra. */
export const AZURE_PUBLIC_CLOUD_HOSTS: readonly string[] = [
  "management.azure.com",
  "*.api.azureml.ms",
  "login.microsoftonline.com",
];

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
/** One DNS label: what `*` stands for (like a TLS wildcard, never a dot). */
const ONE_LABEL = new RegExp(`^${LABEL}$`);

/** A host name, or `*.` before a name of at least two labels (`*.api.azureml.ms`). */
export const HOST_PATTERN = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\*(?:\\.${LABEL}){2,})$`);

/** Whether `host` (a URL's hostname) matches `pattern`; case does not matter. */
export function hostMatches(pattern: string, host: string): boolean {
  const name = host.toLowerCase();
  const want = pattern.toLowerCase();
  if (!want.startsWith("*.")) return name === want;
  const suffix = want.slice(1); // ".api.azureml.ms"
  return name.endsWith(suffix) && ONE_LABEL.test(name.slice(0, -suffix.length));
}

/** Where a credential may go: `null` is anywhere (development), else https to these hosts only. */
export type HostPolicy = { hosts: readonly string[] } | null;

/** The policy of a mode: production allows Azure's public cloud and the configured extra hosts. */
export function hostPolicy(config: { mode: string; provider: { allowedHosts: readonly string[] } }) {
  if (config.mode !== "production") return null;
  return { hosts: [...AZURE_PUBLIC_CLOUD_HOSTS, ...config.provider.allowedHosts] } satisfies HostPolicy;
}

/** Why `url` may not receive a credential under `policy`, or null when it may. Names the host only. */
export function hostRefusal(policy: HostPolicy, url: string): string | null {
  if (policy === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "it is not a URL";
  }
  if (parsed.protocol !== "https:") return `${parsed.host} is not reached over https`;
  if (policy.hosts.some((pattern) => hostMatches(pattern, parsed.hostname))) return null;
  return `${parsed.hostname} is not an allowed provider host (KEYTURN_ALLOWED_PROVIDER_HOSTS)`;
}
