import type { Connection } from "@keyturn/api-contract";
import { type ConnectionUpdate, type StoredConnectionPrincipals, secretsNeeded } from "@keyturn/auth-domain";
import type { z } from "zod";
import { fieldOf, type Problems, RULE } from "./connection-fields";

/** `keep`: send no credential (offered only when the stored one cannot be read, so not prefilled). */
export type CredentialChoice = "client_secret" | "managed_identity" | "keep";

/** The form as typed: every field a string, nothing trimmed yet. */
export interface ConnectionDraft {
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
  baseUrl: string;
  kind: CredentialChoice;
  authority: string;
  clientId: string;
  clientSecret: string;
  hasReader: boolean;
  readerClientId: string;
  readerSecret: string;
}

export const emptyDraft = (): ConnectionDraft => ({
  name: "",
  subscriptionId: "",
  resourceGroup: "",
  workspace: "",
  baseUrl: "https://management.azure.com",
  kind: "client_secret",
  authority: "",
  clientId: "",
  clientSecret: "",
  hasReader: false,
  readerClientId: "",
  readerSecret: "",
});

/** A connection as the edit form starts: its values, every secret empty (kept unless typed). */
export function draftOf(connection: Connection): ConnectionDraft {
  const { credential: c } = connection;
  return {
    ...emptyDraft(),
    name: connection.name,
    subscriptionId: connection.subscriptionId,
    resourceGroup: connection.resourceGroup,
    workspace: connection.workspace ?? "",
    baseUrl: connection.baseUrl,
    kind: c.kind === "unreadable" ? "keep" : c.kind,
    authority: c.kind === "client_secret" ? c.authority : "",
    clientId: c.kind === "unreadable" ? "" : (c.clientId ?? ""),
    hasReader: c.kind !== "unreadable" && c.reader !== null,
    readerClientId: c.kind !== "unreadable" ? (c.reader?.clientId ?? "") : "",
  };
}

const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());
const secret = (value: string) => (value === "" ? undefined : value);

/** The body the draft stands for, before the rules are checked (text trimmed, empty → absent). */
function candidate(d: ConnectionDraft) {
  const fields = {
    name: d.name.trim(),
    subscriptionId: d.subscriptionId.trim(),
    resourceGroup: d.resourceGroup.trim(),
    workspace: optional(d.workspace) ?? null,
    baseUrl: d.baseUrl.trim(),
  };
  if (d.kind === "keep") return fields;
  const readerId = d.readerClientId.trim();
  if (d.kind === "managed_identity") {
    const reader = d.hasReader ? { clientId: readerId } : undefined;
    return { ...fields, credential: { kind: d.kind, clientId: optional(d.clientId), reader } };
  }
  const reader = d.hasReader ? { clientId: readerId, clientSecret: secret(d.readerSecret) } : undefined;
  const credential = {
    kind: d.kind,
    authority: d.authority.trim(),
    clientId: d.clientId.trim(),
    clientSecret: secret(d.clientSecret),
    reader,
  };
  return { ...fields, credential };
}

/**
 * The secrets the draft must carry (auth-domain's rule, the BFF's too): every one for a new
 * connection or client id, and the stored ones again when the address or token issuer changed.
 */
export function secretsToEnter(draft: ConnectionDraft, stored: StoredConnectionPrincipals | null): Problems {
  const problems: Problems = {};
  const typed = candidate(draft);
  const credential = "credential" in typed ? typed.credential : undefined;
  for (const { path, reason } of secretsNeeded(stored, { baseUrl: typed.baseUrl, credential })) {
    problems[path] = reason === "new_destination" ? "secretAgain" : "secretNeeded";
  }
  return problems;
}

export type DraftCheck<T> = { ok: true; body: T } | { ok: false; problems: Problems };

/**
 * The draft against the connection rules the BFF applies too (`schema`: auth-domain's add or change
 * body) and the secret rule (`stored`: the connection the change starts from, null for a new one).
 */
export function checkDraft<T extends ConnectionUpdate>(
  schema: z.ZodType<T>,
  draft: ConnectionDraft,
  stored: StoredConnectionPrincipals | null,
): DraftCheck<T> {
  const typed = candidate(draft);
  const parsed = schema.safeParse(typed);
  const problems: Problems = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path.join("."));
      if (field && !problems[field]) problems[field] = RULE[field];
    }
  }
  Object.assign(problems, secretsToEnter(draft, stored));
  return parsed.success && Object.keys(problems).length === 0
    ? { ok: true, body: parsed.data }
    : { ok: false, problems };
}
