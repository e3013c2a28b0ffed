import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ENDPOINT_AUTH_MODES } from "@keyturn/auth-domain";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { EndpointSnippetInput } from "./endpoint-snippet-parts.ts";
import { buildEndpointSnippets } from "./endpoint-snippets.ts";

// The shell snippets run with stand-ins for curl and az that print the arguments they were given:
// whatever the names hold (quotes, `$`, backquotes, spaces), each reaches its program as one argument,
// unchanged, and nothing else runs.

const bin = mkdtempSync(path.join(tmpdir(), "keyturn-snippet-bin-"));
const echoArgs = `printf '%s\\0' "$0" "$@"`;
const STUBS = {
  curl: echoArgs,
  // Asked for a credential, az answers a stand-in; AZ_ECHO makes it print its arguments instead.
  az: `if [ -n "$AZ_ECHO" ]; then ${echoArgs}; else printf 'credential-from-az'; fi`,
};
for (const [program, body] of Object.entries(STUBS)) {
  writeFileSync(path.join(bin, program), `#!/bin/sh\n${body}\n`);
  chmodSync(path.join(bin, program), 0o755);
}
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** Every program call the script made, as its argument lists (the program's name first). */
function callsOf(script: string, env: Record<string, string> = {}): string[][] {
  const out = execFileSync("sh", ["-c", script], {
    cwd: bin,
    env: { PATH: `${bin}:/usr/bin:/bin`, ...env },
    encoding: "utf8",
  });
  const words = out.split("\0").slice(0, -1);
  const calls: string[][] = [];
  for (const word of words) {
    if (word.startsWith(bin)) calls.push([path.basename(word)]);
    else calls.at(-1)?.push(word);
  }
  return calls;
}

const awkward = fc.string({
  unit: fc.constantFrom(..."ab-_.' \"$`\\;&|*?(){}<>!#~=%"),
  minLength: 1,
  maxLength: 12,
});
const inputs = fc.record({
  authMode: fc.constantFrom(...ENDPOINT_AUTH_MODES),
  endpoint: awkward,
  subscriptionId: awkward,
  resourceGroup: awkward,
  workspace: awkward,
  scoringUri: awkward.map((s) => `https://host/${s}`),
  deployment: fc.option(awkward, { nil: null }),
  tokenUrl: fc.constant("https://management.azure.com/x/token"),
  managementScope: fc.constant("https://management.azure.com/.default"),
  scorePermission: fc.constant("score/action"),
  input: fc.constant({ data: [[1, 2]] }),
}) satisfies fc.Arbitrary<EndpointSnippetInput>;

describe("endpoint snippets (property)", () => {
  it("the cURL call sends the URI, the credential and the deployment header as written, and nothing else", () => {
    fc.assert(
      fc.property(inputs, (s) => {
        const calls = callsOf(buildEndpointSnippets(s).curl);
        expect(calls.map((c) => c[0])).toEqual(["curl"]);
        const curl = calls[0] ?? [];
        expect(curl[4]).toBe(s.scoringUri);
        const headers = curl.filter((_, i) => curl[i - 1] === "-H");
        expect(headers).toEqual([
          "Content-Type: application/json",
          "Authorization: Bearer credential-from-az",
          ...(s.deployment ? [`azureml-model-deployment: ${s.deployment}`] : []),
        ]);
        const preset = callsOf(buildEndpointSnippets(s).curl, { ENDPOINT_KEY: "k", ENDPOINT_TOKEN: "t" });
        expect(preset[0]).toContain(`Authorization: Bearer ${s.authMode === "Key" ? "k" : "t"}`);
      }),
      { numRuns: 25 },
    );
  });

  it("the CLI invokes the endpoint by its names as written, with the chosen deployment", () => {
    fc.assert(
      fc.property(inputs, (s) => {
        const [invoke] = callsOf(buildEndpointSnippets(s).cli, { AZ_ECHO: "1" });
        const after = (flag: string) => invoke?.[invoke.indexOf(flag) + 1];
        expect(invoke?.slice(0, 4)).toEqual(["az", "ml", "online-endpoint", "invoke"]);
        expect([after("--name"), after("--resource-group"), after("--workspace-name")]).toEqual([
          s.endpoint,
          s.resourceGroup,
          s.workspace,
        ]);
        expect(after("--subscription")).toBe(s.subscriptionId);
        expect(invoke?.includes("--deployment-name") ? after("--deployment-name") : null).toBe(s.deployment);
      }),
      { numRuns: 25 },
    );
  });

  it("Python and TypeScript hold the URI and deployment as string literals, and no credential value", () => {
    fc.assert(
      fc.property(inputs, (s) => {
        const { python, typescript } = buildEndpointSnippets(s);
        for (const code of [python, typescript]) {
          expect(code).toContain(JSON.stringify(s.scoringUri));
          if (s.deployment)
            expect(code).toContain(`"azureml-model-deployment": ${JSON.stringify(s.deployment)}`);
          else expect(code).not.toContain('"azureml-model-deployment"');
        }
        expect(python.includes("os.environ")).toBe(s.authMode === "Key");
        expect(typescript.includes("process.env")).toBe(s.authMode === "Key");
      }),
      { numRuns: 50 },
    );
  });
});
