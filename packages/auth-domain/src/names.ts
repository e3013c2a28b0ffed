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
