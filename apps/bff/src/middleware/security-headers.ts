import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

export interface SecurityHeadersOptions {
  production: boolean;
  /** Origins the SPA calls besides its own (the identity provider's token endpoint). */
  connectSrc?: string[];
}

/**
 * Strict CSP for the SPA and every API response (docs/architecture.md, "Secrets"): scripts only from this origin, no
 * inline script or style, Trusted Types required for DOM sinks, no framing; nosniff; no referrer.
 * HSTS only in production (it pins the host to https, which breaks http://localhost).
 */
export function securityHeaders(options: SecurityHeadersOptions): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'", ...(options.connectSrc ?? [])],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      requireTrustedTypesFor: ["'script'"],
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
}
