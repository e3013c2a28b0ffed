import type { Namespace, Translation } from "./resources";

/**
 * The namespaces the sign-in page, the console's frame and the inventory (the first signed-in
 * screen) use: bundled for English. Every other screen's namespaces load before that screen shows
 * (`loadLaterMessages`), so the first screen does not download the strings of screens not yet opened.
 */
export const FIRST_NAMESPACES = [
  "common",
  "errors",
  "inventory",
  "deployment",
  "endpoint",
  "posture",
] as const satisfies readonly Namespace[];

export type FirstNamespace = (typeof FIRST_NAMESPACES)[number];
export type LaterNamespace = Exclude<Namespace, FirstNamespace>;

/** One part of a language's strings: exactly the namespaces of that part. */
export type FirstMessages = Pick<Translation, FirstNamespace>;
export type LaterMessages = Pick<Translation, LaterNamespace>;
