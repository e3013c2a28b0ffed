import {
  type AuthSettings,
  type AuthSettingsChange,
  applyAuthChange,
  type ComputeTarget,
  type DomainError,
} from "@keyturn/auth-domain";

export type AuthSwitch = keyof AuthSettings;

export type AuthEdit =
  /** The switch moved; `turnedOff` names the other switch when the domain required it to go off. */
  | { ok: true; settings: AuthSettings; turnedOff?: AuthSwitch; because?: DomainError }
  /** The domain refuses the switch on this target (token auth on ACI): nothing changes. */
  | { ok: false; settings: AuthSettings; error: DomainError };

/** Refusals that the same change can resolve by turning the other switch off. */
const RESOLVED_BY_TURNING_OTHER_OFF = new Set(["token_auth_requires_key_off", "key_and_token_auth_together"]);

/**
 * One switch flipped by the user, with auth-domain's rules applied (the rules themselves live in
 * `applyAuthChange`; this only reacts to its answer): the change is tried as is; when the domain
 * answers that key and token auth cannot be on together, the same change is tried again with the
 * other switch off, and the caller is told which switch went off and why.
 */
export function editAuthSetting(
  target: ComputeTarget,
  current: AuthSettings,
  field: AuthSwitch,
  value: boolean,
): AuthEdit {
  const change: AuthSettingsChange = { [field]: value };
  const first = applyAuthChange(target, current, change);
  if (first.ok) return { ok: true, settings: first.value };
  if (RESOLVED_BY_TURNING_OTHER_OFF.has(first.error.code)) {
    const other: AuthSwitch = field === "tokenAuth" ? "keyAuth" : "tokenAuth";
    const second = applyAuthChange(target, current, { ...change, [other]: false });
    if (second.ok) return { ok: true, settings: second.value, turnedOff: other, because: first.error };
  }
  return { ok: false, settings: current, error: first.error };
}

/** The smallest change from `current` to `next`: only the switches that differ. */
export function authChangeBetween(current: AuthSettings, next: AuthSettings): AuthSettingsChange {
  const change: AuthSettingsChange = {};
  if (next.keyAuth !== current.keyAuth) change.keyAuth = next.keyAuth;
  if (next.tokenAuth !== current.tokenAuth) change.tokenAuth = next.tokenAuth;
  return change;
}
