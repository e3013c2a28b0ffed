/** `?login_hint=` on the app's URL (used by tests to sign a given persona in without typing). */
export const LOGIN_HINT_PARAM = "login_hint";

export function readLoginHint(href = window.location.href): string | undefined {
  const hint = new URL(href).searchParams.get(LOGIN_HINT_PARAM)?.trim();
  return hint && hint.length <= 256 ? hint : undefined;
}

/** The same URL without the hint: where the sign-in returns to. */
export function withoutLoginHint(href = window.location.href): string {
  const url = new URL(href);
  url.searchParams.delete(LOGIN_HINT_PARAM);
  return url.toString();
}
