import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

export interface SecurityHeadersOptions {
  production: boolean;
  /** Origins the SPA calls besides its own (the identity provider's token endpoint). */
  connectSrc?: string[];
}

type CspDirectives = NonNullable<NonNullable<Parameters<typeof secureHeaders>[0]>["contentSecurityPolicy"]>;

const STRICT_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  requireTrustedTypesFor: ["'script'"],
} satisfies CspDirectives;

/** The only page that may answer with its own policy, built by `docsPageCsp`. */
export const DOCS_PAGE_PATH = "/api/docs";

/**
 * The API reference page (Scalar) gets the strict policy with three exceptions, no more: its inline
 * configuration script by hash (never 'unsafe-inline' for scripts), inline styles (the bundle injects its
 * stylesheet and sets style attributes at run time), and no Trusted Types (the request editor writes
 * innerHTML; the bundle probes `Function("")`). connect-src is 'self' alone, not even the identity provider.
 */
export function docsPageCsp(scriptHashes: readonly string[]): string {
  const { requireTrustedTypesFor: _, ...rest } = STRICT_CSP;
  const directives = {
    ...rest,
    scriptSrc: ["'self'", ...scriptHashes],
    styleSrc: ["'self'", "'unsafe-inline'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => [name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), ...values].join(" "))
    .join("; ");
}

/**
 * Strict CSP for the SPA and every API response (docs/architecture.md, "Secrets"): scripts only from this origin, no
 * inline script or style, Trusted Types required for DOM sinks, no framing; nosniff; no referrer.
 * HSTS only in production (it pins the host to https, which breaks http://localhost).
 */
export function securityHeaders(options: SecurityHeadersOptions): MiddlewareHandler {
  const strict = secureHeaders({
    contentSecurityPolicy: {
      ...STRICT_CSP,
      connectSrc: ["'self'", ...(options.connectSrc ?? [])],
      ...(options.production ? { upgradeInsecureRequests: [] } : {}),
    },
    strictTransportSecurity: options.production ? "max-age=63072000; includeSubDomains" : false,
    referrerPolicy: "no-referrer",
    xContentTypeOptions: "nosniff",
    xFrameOptions: "DENY",
    crossOriginResourcePolicy: "same-origin",
    crossOriginOpenerPolicy: "same-origin",
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
    removePoweredBy: true,
  });
  return async function securityHeaders(c, next) {
    // secureHeaders replaces any policy a handler set; only the docs page's own is put back.
    let own: string | null = null;
    await strict(c, async () => {
      await next();
      if (c.req.path === DOCS_PAGE_PATH) own = c.res.headers.get("Content-Security-Policy");
    });
    if (own)
      c.res.headers.set(
        "Content-Security-Policy",
        options.production ? `${own}; upgrade-insecure-requests` : own,
      );
  };
}
