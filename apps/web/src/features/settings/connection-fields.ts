/**
 * The connection form's fields and why one can be refused, shared by the form's own check and the
 * BFF's answer (`errors[].path`, 409 on the name).
 */

/** The fields, named by the paths the BFF uses in `errors[].path` (without its `body.` prefix). */
export const FIELD_PATHS = [
  "name",
  "subscriptionId",
  "resourceGroup",
  "workspace",
  "baseUrl",
  "credential.authority",
  "credential.clientId",
  "credential.clientSecret",
  "credential.reader.clientId",
  "credential.reader.clientSecret",
] as const;
export type FieldPath = (typeof FIELD_PATHS)[number];

/** Why a field is refused: a key of `settings.connectionForm.problems`. */
export type Problem =
  | "name"
  | "nameTaken"
  | "subscriptionId"
  | "resourceGroup"
  | "workspace"
  | "baseUrl"
  | "authority"
  | "clientId"
  | "secretNeeded"
  | "secretAgain"
  | "secretTooLong";
export type Problems = Partial<Record<FieldPath, Problem>>;

export const RULE: Record<FieldPath, Problem> = {
  name: "name",
  subscriptionId: "subscriptionId",
  resourceGroup: "resourceGroup",
  workspace: "workspace",
  baseUrl: "baseUrl",
  "credential.authority": "authority",
  "credential.clientId": "clientId",
  "credential.clientSecret": "secretTooLong",
  "credential.reader.clientId": "clientId",
  "credential.reader.clientSecret": "secretTooLong",
};

/** A BFF `errors[].path` as a field of the form (`body.credential.clientId` → `credential.clientId`). */
export function fieldOf(path: string): FieldPath | undefined {
  const bare = path.replace(/^body\./, "");
  return FIELD_PATHS.find((field) => field === bare);
}

/** The rule a field breaks, in the form's words, for a refusal of the BFF on that field. */
export function problemOf(field: FieldPath, message: string): Problem {
  if (!field.endsWith("clientSecret")) return RULE[field];
  if (/again/i.test(message)) return "secretAgain";
  return /required|new client/i.test(message) ? "secretNeeded" : RULE[field];
}
