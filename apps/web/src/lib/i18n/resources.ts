import type { en } from "./en";

/**
 * The namespaces: one per feature, `common` for what every screen shares, `errors` for the problem
 * codes. A key starts with its namespace (`t("keys.regenerated")`: namespace `keys`, key
 * `regenerated`), so the namespace separator is the key separator. The order is the lookup order.
 */
export const NAMESPACES = [
  "common",
  "inventory",
  "deployment",
  "endpoint",
  "keys",
  "rotation",
  "token",
  "testConsole",
  "snippets",
  "newDeployment",
  "audit",
  "posture",
  "migration",
  "settings",
  "webhooks",
  "errors",
] as const satisfies readonly (keyof Messages)[];

export type Namespace = (typeof NAMESPACES)[number];

/** The English resources, namespace by namespace: the source of every key. */
export type Messages = typeof en;

type Words<T> = { readonly [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

/** What another language provides: exactly the namespaces and keys of English, in its own words. */
export type Translation = Words<Messages>;
