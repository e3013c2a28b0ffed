import { escapeHtml, layout } from "./html.ts";
import { PERSONAS } from "./personas.ts";

export interface SignInPageInput {
  uid: string;
  clientId: string;
  reasons: readonly string[];
  /** A login_hint that named no persona, echoed so the tester sees why the page appeared. */
  unknownHint?: string;
}

const REASON_TEXT: Record<string, string> = {
  max_age: "The application asks for a recent sign-in (step-up): sign in again.",
  login_prompt: "The application asked you to sign in again.",
  login_hint_mismatch: "The application asked for a different account.",
};

/** The interaction page: one labelled submit button per persona, no password, no script. */
export function signInPage(input: SignInPageInput): string {
  const notices = input.reasons
    .map((reason) => REASON_TEXT[reason])
    .filter((text) => text !== undefined)
    .map((text) => `<p class="notice">${escapeHtml(text)}</p>`);
  if (input.unknownHint !== undefined) {
    notices.push(`<p class="notice">No persona is called <code>${escapeHtml(input.unknownHint)}</code>.</p>`);
  }
  const items = PERSONAS.map((persona, index) => {
    const roles = persona.roles.length > 0 ? persona.roles.join(", ") : "none";
    return `<li>
<button type="submit" name="persona" value="${escapeHtml(persona.email)}" aria-describedby="persona-${index}">Sign in as ${escapeHtml(persona.name)}</button>
<p class="hint" id="persona-${index}">${escapeHtml(persona.email)} · roles: ${escapeHtml(roles)} · ${escapeHtml(persona.description)}</p>
</li>`;
  });
  return layout(
    "Sign in",
    `<h1>Sign in to Keyturn</h1>
<p>Local development identity provider for <code>${escapeHtml(input.clientId)}</code>. Choose a persona; there is no password.</p>
${notices.join("\n")}
<form method="post" action="/interaction/${encodeURIComponent(input.uid)}/login">
<ul aria-label="Personas">
${items.join("\n")}
</ul>
</form>`,
  );
}

/** oidc-provider's logout confirmation, restyled; `form` is its hidden XSRF form. */
export function logoutPage(form: string, host: string): string {
  return layout(
    "Sign out",
    `<h1>Sign out of ${escapeHtml(host)}?</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<p><button type="submit" form="op.logoutForm" class="secondary">Stay signed in</button></p>`,
  );
}

export function signedOutPage(): string {
  return layout("Signed out", "<h1>Signed out</h1>\n<p>You have signed out of the Keyturn dev-idp.</p>");
}

export function errorPage(fields: Record<string, unknown>): string {
  const rows = Object.entries(fields)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join("\n");
  return layout("Error", `<h1>Something went wrong</h1>\n<dl>\n${rows}\n</dl>`);
}
