/** The fixed directory (tenant) every dev-idp principal belongs to, as Entra's `tid`. */
export const DEV_TENANT_ID = "fab8fb34-548a-4101-b975-2621a70d2522";

export type AppRole = "Operator" | "KeyRotator" | "Auditor" | "Admin";

export interface Persona {
  /** Sign-in name: Entra's `preferred_username`, and what `login_hint` names. */
  readonly email: string;
  readonly name: string;
  /** Stable object id, so audit records and step-up checks see the same user across restarts. */
  readonly oid: string;
  readonly tid: string;
  readonly roles: readonly AppRole[];
  /** One line for the sign-in page. */
  readonly description: string;
}

/** Operator personas, named by what they do (docs/architecture.md, "Permissions"). */
export const PERSONAS: readonly Persona[] = [
  {
    email: "operator@keyturn.test",
    name: "Olivia Operator",
    oid: "39c6c800-1fef-4f79-ae9a-597ba70f2901",
    tid: DEV_TENANT_ID,
    roles: ["Operator"],
    description: "Configures deployments and their authentication.",
  },
  {
    email: "support@keyturn.test",
    name: "Sam Support",
    oid: "40c4aa73-78ca-442f-80bc-1624c3cbb376",
    tid: DEV_TENANT_ID,
    roles: ["KeyRotator"],
    description: "Rotates keys and hands them over.",
  },
  {
    email: "lead@keyturn.test",
    name: "Lee Lead",
    oid: "fb63473e-693e-4cd9-8266-455fa6ac14bf",
    tid: DEV_TENANT_ID,
    roles: ["Auditor"],
    description: "Audits auth settings and reads the audit log.",
  },
  {
    email: "admin@keyturn.test",
    name: "Ada Admin",
    oid: "0aaeea8c-f51b-47ee-afd2-ed0466bc0d5a",
    tid: DEV_TENANT_ID,
    roles: ["Admin"],
    description: "Manages workspace connections and rotation policies.",
  },
  {
    email: "norole@keyturn.test",
    name: "Noel Norole",
    oid: "707bd07a-50ba-4a70-abf9-df05213bd4f0",
    tid: DEV_TENANT_ID,
    roles: [],
    description: "Signed in, but no app role assigned: should be denied everything.",
  },
];

export function findPersonaByEmail(email: string): Persona | undefined {
  const wanted = email.trim().toLowerCase();
  return PERSONAS.find((persona) => persona.email === wanted);
}

export function findPersonaByOid(oid: string): Persona | undefined {
  return PERSONAS.find((persona) => persona.oid === oid);
}
