/// <reference path="./oidc-provider.d.ts" />
import type { IncomingMessage, ServerResponse } from "node:http";
import { errors, type Interaction, type Provider } from "oidc-provider";
import { pageHeaders } from "./html.ts";
import type { Logger } from "./logger.ts";
import { errorPage, signInPage } from "./pages.ts";
import { findPersonaByEmail } from "./personas.ts";

const ROUTE = /^\/interaction\/([\w-]+)(\/login)?$/;
const MAX_FORM_BYTES = 4096;

/**
 * The sign-in interaction, outside oidc-provider's Koa app (plain node:http, no Koa dependency):
 * GET shows the persona page (or signs in at once when login_hint names a persona), POST signs in
 * the chosen persona. Consent is granted automatically, as in oidc-provider's own example: every
 * client here is first-party.
 */
export function createInteractionHandler(
  provider: Provider,
  consoleOrigins: readonly string[],
  logger: Logger,
) {
  const headers = pageHeaders(consoleOrigins);
  const send = (res: ServerResponse, status: number, html: string) => {
    res.writeHead(status, headers).end(html);
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const match = ROUTE.exec(new URL(req.url ?? "/", "https://localhost").pathname);
    const isLogin = match?.[2] !== undefined;
    if (!match || req.method !== (isLogin ? "POST" : "GET")) {
      send(res, 404, errorPage({ error: "not_found" }));
      return;
    }
    try {
      const interaction = await provider.interactionDetails(req, res);
      if (interaction.uid !== match[1]) throw new errors.SessionNotFound("interaction mismatch");
      if (interaction.prompt.name === "consent") {
        await finishConsent(provider, interaction, req, res);
        return;
      }
      const hint = isLogin ? (await readForm(req)).get("persona") : interaction.params.login_hint;
      const persona = hint ? findPersonaByEmail(hint) : undefined;
      if (persona) {
        const result = { login: { accountId: persona.oid } };
        await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
        return;
      }
      const page = signInPage({
        uid: interaction.uid,
        clientId: String(interaction.params.client_id),
        reasons: interaction.prompt.reasons,
        ...(hint ? { unknownHint: hint } : {}),
      });
      send(res, isLogin ? 400 : 200, page);
    } catch (error) {
      if (error instanceof FormTooLargeError) {
        send(res, 413, errorPage({ error: "invalid_request", error_description: error.message }));
        return;
      }
      if (error instanceof errors.SessionNotFound) {
        // Expired or replayed interaction: the client must start the sign-in again.
        send(res, 400, errorPage({ error: "invalid_request", error_description: error.message }));
        return;
      }
      logger.error({ err: error }, "interaction failed");
      send(res, 500, errorPage({ error: "server_error" }));
    }
  };
}

/** Grants whatever the request still lacks (scopes, claims, API scopes) and resumes the flow. */
async function finishConsent(
  provider: Provider,
  interaction: Interaction,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params.client_id;
  if (!accountId || !clientId) throw new Error("consent prompt without a session or client");
  const grant =
    (interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined) ??
    new provider.Grant({ accountId, clientId });
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = interaction.prompt.details;
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(" "));
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(missingResourceScopes ?? {})) {
    grant.addResourceScope(resource, scopes.join(" "));
  }
  const grantId = await grant.save();
  const consent = interaction.grantId ? {} : { grantId };
  await provider.interactionFinished(req, res, { consent }, { mergeWithLastSubmission: true });
}

class FormTooLargeError extends Error {}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) throw new FormTooLargeError("form too large");
  }
  return new URLSearchParams(body);
}
