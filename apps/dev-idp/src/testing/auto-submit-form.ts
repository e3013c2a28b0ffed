/** A page whose script posts a form on load (oidc-provider's form_post), read as a browser would. */
export interface AutoSubmitForm {
  action: URL;
  fields: URLSearchParams;
}

const unescapeHtml = (value: string) =>
  value
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");

/**
 * oidc-provider answers with such a page when a sign-in switches account: it first ends the old
 * session (POST to its end-session confirmation), then resumes the authorization request.
 */
export function readAutoSubmitForm(html: string, base: URL): AutoSubmitForm | undefined {
  if (!/document\.forms\[0\]\.submit\(\)/.test(html)) return undefined;
  const action = /<form method="post" action="([^"]*)">/.exec(html)?.[1];
  if (action === undefined) return undefined;
  const fields = new URLSearchParams();
  for (const [, name = "", value = ""] of html.matchAll(
    /<input type="hidden" name="([^"]*)" value="([^"]*)"\/>/g,
  )) {
    fields.append(unescapeHtml(name), unescapeHtml(value));
  }
  return { action: new URL(unescapeHtml(action), base), fields };
}
