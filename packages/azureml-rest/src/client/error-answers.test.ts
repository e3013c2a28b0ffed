import { describe, expect, it } from "vitest";
import { v1Paths } from "../paths.ts";
import { createAzureMlClient } from "./azureml-client.ts";
import { scrub } from "./errors.ts";
import { caught, REF, scriptedServerPerTest } from "./scripted-server.ts";

const scripted = scriptedServerPerTest();

const client = () =>
  createAzureMlClient({
    baseUrl: scripted().url,
    getAccessToken: async () => "bearer-abc",
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  });

const servicePath = v1Paths.service(REF, "svc-a");
const createBody = {
  name: "svc-a",
  computeType: "AKS",
  containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
};

describe("model management's ModelErrorResponse", () => {
  it("keeps the code, the message and the details of a 409 Conflict / ServiceExists", async () => {
    scripted().on("POST", v1Paths.services(REF), {
      status: 409,
      body: {
        code: "Conflict",
        statusCode: 409,
        message: "Conflict",
        details: [{ code: "ServiceExists", message: "Service svc-a already exists.", target: "name" }],
      },
    });
    const error = await caught(client().createService(REF, createBody as never));
    expect(error).toMatchObject({
      code: "conflict",
      status: 409,
      providerStatus: 409,
      providerCode: "Conflict",
      providerMessage: "Conflict",
      providerDetails: [{ code: "ServiceExists", message: "Service svc-a already exists.", target: "name" }],
    });
    expect(error.message).toBe(
      "createService: the workspace answered 409 (Conflict: Conflict; ServiceExists: Service svc-a already exists.)",
    );
  });

  it("passes a rule code through from the details as from the top", async () => {
    scripted().on("PATCH", servicePath, {
      status: 400,
      body: {
        code: "BadRequest",
        statusCode: 400,
        message: "Invalid request",
        details: [{ code: "token_auth_requires_aks", message: "Token auth is for AKS only." }],
      },
    });
    const error = await caught(client().updateAuth(REF, "svc-a", { keyAuth: false, tokenAuth: true }));
    expect(error).toMatchObject({ code: "token_auth_requires_aks", status: 400, providerCode: "BadRequest" });
  });

  it("reads a body whose fields are null or missing", async () => {
    scripted().on("GET", servicePath, {
      status: 404,
      body: { code: "NotFound", message: null, details: null },
    });
    const error = await caught(client().getService(REF, "svc-a"));
    expect(error).toMatchObject({ code: "not_found", providerCode: "NotFound", providerMessage: undefined });
    expect(error.providerDetails).toEqual([]);
  });
});

describe("ARM's error body", () => {
  it("keeps its code and message", async () => {
    scripted().on("GET", servicePath, {
      status: 403,
      body: { error: { code: "AuthorizationFailed", message: "The client does not have authorization." } },
    });
    const error = await caught(client().getService(REF, "svc-a"));
    expect(error).toMatchObject({
      code: "forbidden",
      providerCode: "AuthorizationFailed",
      providerMessage: "The client does not have authorization.",
    });
  });
});

describe("a gateway's HTML page", () => {
  const page = (status: string) =>
    `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n<center><h1>${status}</h1></center>\r\n<hr><center>Microsoft-Azure-Application-Gateway/v2</center>\r\n</body>\r\n</html>\r\n`;

  it("is a provider outage carrying the page's title for 502 and 504", async () => {
    for (const [status, title] of [
      [502, "502 Bad Gateway"],
      [504, "504 Gateway Time-out"],
    ] as const) {
      scripted().on("GET", servicePath, {
        status,
        raw: page(title),
        headers: { "content-type": "text/html" },
      });
      const error = await caught(client().getService(REF, "svc-a"));
      expect(error).toMatchObject({
        code: "provider_unavailable",
        status: 502,
        providerStatus: status,
        providerCode: undefined,
        providerMessage: title,
      });
      expect(error.message).toBe(`getService: the workspace answered ${status} (${title})`);
    }
  });

  it("takes the first heading when the page has no title, and nothing from other text", async () => {
    scripted().on("GET", servicePath, {
      status: 502,
      raw: "<html><body><h1>Bad &amp; gone</h1></body></html>",
    });
    expect((await caught(client().getService(REF, "svc-a"))).providerMessage).toBe("Bad & gone");
    scripted().on("GET", servicePath, { status: 502, raw: "upstream connect error, token=abcdef" });
    const plain = await caught(client().getService(REF, "svc-a"));
    expect(plain.providerMessage).toBeUndefined();
    expect(plain.message).toBe("getService: the workspace answered 502");
  });
});

describe("redaction", () => {
  const secrets = {
    bearer: "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl",
    jwt: "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl",
    sas: "https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2025-01-01&sig=AbC%2Bdef123456",
    connection: "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=QmFzZTY0S2V5VmFsdWU=;",
    keyValue: "key=0123456789abcdefghij",
    jsonKey: '"primaryKey": "Zx9Kq2Lm4Np6Rs8Tu0Vw"',
    password: "password: hunter2hunter2",
    longKey: "AbCdEfGh1234567890IjKlMnOp0987654321QrSt",
  };

  it("removes anything shaped like a secret from the provider's words", () => {
    const said = scrub(
      `failed: ${secrets.bearer} ${secrets.sas} ${secrets.connection} ${secrets.keyValue} ${secrets.jsonKey}`,
      [],
    );
    for (const leaked of [
      "eyJ",
      "c2lnbmF0dXJl",
      "AbC%2Bdef123456",
      "QmFzZTY0S2V5VmFsdWU",
      "0123456789abcdef",
      "Zx9Kq2",
    ])
      expect(said).not.toContain(leaked);
    expect(said).toContain("Bearer [redacted]");
    expect(said).toContain("sig=[redacted]");
    expect(said).toContain("AccountKey=[redacted]");
    expect(said).toContain('"primaryKey": "[redacted]"');
    expect(scrub(secrets.password, [])).toBe("password: [redacted]");
    expect(scrub(`the key ${secrets.longKey} is wrong`, [])).toBe("the key [redacted] is wrong");
  });

  it("keeps ordinary words, identifiers and GUIDs", () => {
    const text =
      "Service svc-a already exists in workspace ws-prod (keyType Primary, tokenType Bearer). Request 0b7e4c2a-1f3d-4e5a-9b8c-7d6e5f4a3b2c";
    expect(scrub(text, [])).toBe(text);
  });

  it("applies to the message and details of an error answer", async () => {
    scripted().on("GET", servicePath, {
      status: 400,
      body: {
        code: "BadRequest",
        message: `bad header ${secrets.bearer}`,
        details: [{ code: "InvalidSas", message: `bad url ${secrets.sas}` }],
      },
    });
    const error = await caught(client().getService(REF, "svc-a"));
    const everything = JSON.stringify({ ...error, message: error.message });
    expect(everything).not.toContain("eyJ");
    expect(everything).not.toContain("AbC%2Bdef123456");
    expect(error.providerDetails[0]?.message).toBe(
      "bad url https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2025-01-01&sig=[redacted]",
    );
  });

  it("keeps only the codes of a call that carries secrets", async () => {
    scripted().on("POST", v1Paths.listKeys(REF, "svc-a"), {
      status: 409,
      body: {
        code: "Conflict",
        message: "keys are ABCDEF",
        details: [{ code: "KeysLocked", message: "locked" }],
      },
    });
    const error = await caught(client().listKeys(REF, "svc-a"));
    expect(error).toMatchObject({ providerCode: "Conflict", providerMessage: undefined });
    expect(error.providerDetails).toEqual([{ code: "KeysLocked" }]);
    expect(error.message).toBe("listKeys: the workspace answered 409 (Conflict; KeysLocked)");
  });
});
