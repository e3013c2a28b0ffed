import { ConnectionBodySchema, ConnectionUpdateSchema } from "@keyturn/auth-domain";
import { describe, expect, it } from "vitest";
import { type ConnectionDraft, checkDraft, type DraftCheck, draftOf, emptyDraft } from "./connection-draft";
import { fieldOf, problemOf } from "./connection-fields";
import { EMULATOR, RESEARCH } from "./connection-fixtures";

const complete = (overrides: Partial<ConnectionDraft> = {}): ConnectionDraft => ({
  ...emptyDraft(),
  name: "  East US ",
  subscriptionId: "1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f",
  resourceGroup: "rg-ml",
  authority: "https://login.microsoftonline.com/tenant-1",
  clientId: "app-1",
  clientSecret: " s3cret ",
  ...overrides,
});
const add = (draft: ConnectionDraft) => checkDraft(ConnectionBodySchema, draft, null);
const edit = (draft: ConnectionDraft) => checkDraft(ConnectionUpdateSchema, draft, EMULATOR);
const problems = <T>(check: DraftCheck<T>) => (check.ok ? {} : check.problems);

describe("a connection draft against the BFF's rules", () => {
  it("becomes the body the BFF expects: text trimmed, an empty workspace null, the secret as typed", () => {
    expect(add(complete())).toEqual({
      ok: true,
      body: {
        name: "East US",
        subscriptionId: "1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f",
        resourceGroup: "rg-ml",
        workspace: null,
        baseUrl: "https://management.azure.com",
        credential: {
          kind: "client_secret",
          authority: "https://login.microsoftonline.com/tenant-1",
          clientId: "app-1",
          clientSecret: " s3cret ",
        },
      },
    });
  });

  it.each([
    [{ subscriptionId: "not-a-guid" }, "subscriptionId", "subscriptionId"],
    [{ resourceGroup: "rg with spaces" }, "resourceGroup", "resourceGroup"],
    [{ workspace: "-starts-with-a-dash" }, "workspace", "workspace"],
    [{ baseUrl: "http://management.example.com" }, "baseUrl", "baseUrl"],
    [{ authority: "http://login.example.com/t" }, "credential.authority", "authority"],
    [{ name: " " }, "name", "name"],
    [{ clientSecret: "" }, "credential.clientSecret", "secretNeeded"],
    [{ hasReader: true, readerClientId: "reader" }, "credential.reader.clientSecret", "secretNeeded"],
  ] as const)("refuses %j on its field", (overrides, field, problem) => {
    expect(problems(add(complete(overrides)))).toEqual({ [field]: problem });
  });

  it("on a change, leaves the secret out for the stored client id and asks for it for a new one", () => {
    const same = edit({ ...draftOf(EMULATOR), name: "Renamed" });
    expect(same.ok && same.body.credential).toEqual({
      kind: "client_secret",
      authority: "https://login.example.test/tenant-1",
      clientId: "keyturn-bff",
      reader: { clientId: "keyturn-reader" },
    });
    expect(problems(edit({ ...draftOf(EMULATOR), clientId: "other-app" }))).toEqual({
      "credential.clientSecret": "secretNeeded",
    });
    expect(problems(edit({ ...draftOf(EMULATOR), readerClientId: "other-reader" }))).toEqual({
      "credential.reader.clientSecret": "secretNeeded",
    });
  });

  it("asks for every stored secret again when the address or the token issuer changes", () => {
    const again = {
      "credential.clientSecret": "secretAgain",
      "credential.reader.clientSecret": "secretAgain",
    };
    expect(problems(edit({ ...draftOf(EMULATOR), baseUrl: "https://arm.attacker.example" }))).toEqual(again);
    expect(problems(edit({ ...draftOf(EMULATOR), authority: "https://login.attacker.example/t" }))).toEqual(
      again,
    );
    // The same address typed differently is not a change; typed secrets satisfy the rule.
    expect(edit({ ...draftOf(EMULATOR), baseUrl: "http://LOCALHOST:8181/" }).ok).toBe(true);
    const typed = { clientSecret: "s3cret", readerSecret: "r3ader" };
    expect(edit({ ...draftOf(EMULATOR), ...typed, baseUrl: "https://management.azure.com" }).ok).toBe(true);
    expect(problemOf("credential.clientSecret", "enter it again: the address or token issuer changed")).toBe(
      "secretAgain",
    );
  });

  it("sends no credential to keep an unreadable one, and an empty managed identity client id as absent", () => {
    const unreadable = { ...EMULATOR, credential: { kind: "unreadable" as const } };
    const kept = checkDraft(ConnectionUpdateSchema, draftOf(unreadable), unreadable);
    expect(kept.ok && "credential" in kept.body).toBe(false);
    const managed = edit(draftOf(RESEARCH));
    expect(managed.ok && managed.body.credential).toEqual({ kind: "managed_identity" });
  });

  it("reads the BFF's field paths and says why a secret was refused", () => {
    expect(fieldOf("body.credential.clientId")).toBe("credential.clientId");
    expect(fieldOf("credential.clientSecret")).toBe("credential.clientSecret");
    expect(fieldOf("body")).toBeUndefined();
    expect(problemOf("credential.clientSecret", "required for a new client id")).toBe("secretNeeded");
    expect(problemOf("subscriptionId", "Invalid UUID")).toBe("subscriptionId");
  });
});
