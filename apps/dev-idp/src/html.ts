import { createHash } from "node:crypto";

const STYLE = [
  "body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}",
  "main{max-width:34rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:8px;",
  "box-shadow:0 1px 3px rgba(0,0,0,.2)}",
  "h1{font-size:1.5rem;margin-top:0}ul{list-style:none;padding:0}li{margin:0 0 1rem}",
  "button{font:inherit;font-weight:600;padding:.6rem 1rem;border:0;border-radius:4px;",
  "background:#0b5cad;color:#fff;cursor:pointer;width:100%;text-align:left}",
  "button:hover{background:#084a8c}button:focus-visible{outline:3px solid #f5a623;outline-offset:2px}",
  "button.secondary{background:#e3e6ea;color:#1d2330}",
  ".hint{margin:.25rem 0 0;color:#4a5468;font-size:.9rem}.notice{padding:.75rem;background:#fff4d6;",
  "border-radius:4px}code{font-size:.95em}",
].join("");

const STYLE_HASH = createHash("sha256").update(STYLE).digest("base64");

/**
 * Headers for every HTML page: a strict CSP (no script at all; the one style block allowed by hash).
 * form-action lists the console origins because browsers apply it to the redirects that follow a
 * submitted form, and sign-in and sign-out end with a redirect to the console.
 */
export function pageHeaders(consoleOrigins: readonly string[]): Record<string, string> {
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${STYLE_HASH}'`,
    `form-action 'self' ${consoleOrigins.join(" ")}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": csp,
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
  };
}

export function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** The page shell; `body` must already be escaped. */
export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Keyturn dev-idp</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
