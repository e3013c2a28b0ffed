import type { IncomingMessage, RequestListener } from "node:http";

/**
 * Serves `listener` under `path` (an issuer with a path, such as Entra's `/<tenant>/v2.0`) and answers
 * 404 elsewhere. The path is taken off `req.url` and the full URL kept as `originalUrl`, the way
 * Express mounts an app: oidc-provider reads the mount path back from the two to build its URLs.
 */
export function mountedAt(path: string, listener: RequestListener): RequestListener {
  if (path === "") return listener;
  return (req, res) => {
    const url = req.url ?? "/";
    const rest = url.slice(path.length);
    if (!url.startsWith(path) || !(rest === "" || rest.startsWith("/") || rest.startsWith("?"))) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
    req.url = rest.startsWith("/") ? rest : `/${rest}`;
    listener(req, res);
  };
}
