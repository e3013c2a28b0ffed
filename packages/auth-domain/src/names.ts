/** A rule on a name: the pattern and the words that explain it to a person. */
export interface NameRule {
  pattern: RegExp;
  message: string;
}

/** A new v1 web service's name, as Azure ML accepts it. */
export const SERVICE_NAME_RULE: NameRule = {
  pattern: /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/,
  message: "3–32 lowercase letters, digits and dashes, starting with a letter",
};

/**
 * A workspace or service name as it stands in a path: letters, digits, `-` and `_`. No dots, so a name
 * can never be a dot segment that moves the path.
 */
export const RESOURCE_NAME_RULE: NameRule = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
  message: "letters, digits, '-' and '_', starting with a letter or digit",
};

/**
 * A v2 online endpoint's name: 3–32 letters, digits and dashes, starting with a letter and not ending
 * with a dash. It becomes a DNS label of the scoring URL, so it is unique within the Azure region.
 */
export const ENDPOINT_NAME_RULE: NameRule = {
  pattern: /^[A-Za-z][A-Za-z0-9-]{1,30}[A-Za-z0-9]$/,
  message: "3–32 letters, digits and dashes, starting with a letter and ending with a letter or digit",
};

/**
 * The endpoint name proposed for a v1 service: its own name when the endpoint rule accepts it (every
 * name of the v1 rule does), otherwise the nearest name that does, lowercase. Deterministic.
 */
export function endpointNameFor(serviceName: string): string {
  if (ENDPOINT_NAME_RULE.pattern.test(serviceName)) return serviceName;
  let name = serviceName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+/, "");
  if (!/^[a-z]/.test(name)) name = `ep-${name}`;
  name = name.slice(0, 32).replace(/-+$/, "");
  return name.length >= 3 ? name : `${name}-ep`;
}
