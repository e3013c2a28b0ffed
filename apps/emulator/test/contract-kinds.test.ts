import { computePath, v1Paths } from "@keyturn/azureml-rest";
import { loadRecordedAnswers } from "@keyturn/azureml-rest/contract";
import { describe, expect } from "vitest";
import { WS_EASTUS, WS_EDGE } from "./support/clients.ts";
import {
  aciShape,
  aksShape,
  answerOf,
  type Extra,
  isObject,
  lastPage,
  problemsOf,
} from "./support/contract.ts";
import { it } from "./support/fixtures.ts";

// The answers beside the ACI and AKS lifecycle (contract.test.ts): services of the kinds Keyturn does
// not manage, against the published swagger (each checked as the subtype its computeType names), and
// ARM's compute resource, which that swagger does not describe, against Azure's recorded answers.

const recorded = loadRecordedAnswers();

/** JSON's own type names, null apart. */
const typeOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/**
 * Where `actual` differs in shape from a recorded answer: a field missing or added, or of another JSON
 * type (a recorded null stands for any type); `exact` fields must be equal too.
 */
function shapeProblems(expected: unknown, actual: unknown, exact: ReadonlySet<string>, at = ""): string[] {
  if (isObject(expected) && isObject(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((key) => {
      const path = `${at}/${key}`;
      if (!(key in actual)) return [`${path} is missing`];
      if (!(key in expected)) return [`${path} is not in Azure's answer`];
      if (exact.has(path) && expected[key] !== actual[key])
        return [`${path} is ${JSON.stringify(actual[key])}, not ${JSON.stringify(expected[key])}`];
      return shapeProblems(expected[key], actual[key], exact, path);
    });
  }
  if (expected === null || typeOf(expected) === typeOf(actual)) return [];
  return [`${at || "(root)"} is ${typeOf(actual)}, not ${typeOf(expected)}`];
}

function recordedBody(name: string): unknown {
  const answer = recorded.get(name)?.answer;
  if (!answer) throw new RangeError(`no recorded answer ${name}`);
  return answer.body;
}

/** Another kind's answer: never an ACI's or AKS's scoring endpoint or an ACI's location. */
const otherKindShape: Extra = ({ body }) => {
  const services = isObject(body) && Array.isArray(body.value) ? body.value : [body];
  return services
    .filter((s) => isObject(s) && s.computeType !== "ACI" && s.computeType !== "AKS" && "location" in s)
    .map((s) => `${(s as { computeType?: string }).computeType} service has location`);
};

describe("services of the kinds Keyturn does not manage, as the swagger describes them", () => {
  it("are listed and answered in their kind's shape, and refused in model management's error shape", async ({
    cp,
  }) => {
    const edge = cp.inWorkspace(WS_EDGE);
    const found: Record<string, string[]> = {};
    const check = async (name: string, operationId: string, response: Response, extras: Extra[] = []) => {
      const problems = problemsOf(operationId, await answerOf(response), extras);
      if (problems.length > 0) found[name] = problems;
    };
    const kinds = [lastPage, aciShape, aksShape, otherKindShape];
    await check("list", "Services_ListQuery", await edge.list(), kinds);
    await check(
      "list, expanded",
      "Services_ListQuery",
      await edge.call("GET", `${v1Paths.services(WS_EDGE)}?expand=true`),
      kinds,
    );
    for (const name of ["partner-gateway", "camera-edge", "legacy-batch", "kiosk-aci", "dispatch-eta"])
      await check(`get ${name}`, "Services_QueryById", await edge.get(name), kinds);
    await check("keys of an AKSENDPOINT", "Services_ListServiceKeys", await edge.listKeys("partner-gateway"));
    await check("token of an IOT service", "Services_GetServiceToken", await edge.token("camera-edge"));
    expect(found).toEqual({});
  });
});

describe("ARM's compute resource, as Azure answers it", () => {
  it("has the recorded answer's fields and types; a compute that is not there, ARM's 404", async ({ cp }) => {
    const compute = await answerOf(
      await cp.call("GET", `${computePath(WS_EASTUS, "aks-dr-westus2")}?api-version=2024-10-01`),
    );
    expect(compute.status).toBe(200);
    const exact = new Set(["/type", "/properties/computeType", "/properties/provisioningState"]);
    expect(shapeProblems(recordedBody("arm-compute-aks"), compute.body, exact)).toEqual([]);
    expect(compute.body).toMatchObject({ location: "eastus", properties: { computeLocation: "westus2" } });

    const missing = await answerOf(
      await cp.call("GET", `${computePath(WS_EASTUS, "aks-gone")}?api-version=2024-10-01`),
    );
    expect(missing.status).toBe(404);
    expect(
      shapeProblems(recordedBody("arm-compute-missing"), missing.body, new Set(["/error/code"])),
    ).toEqual([]);
    // The message in ARM's words, the names being the emulator's.
    const words = (body: unknown) =>
      String((body as { error: { message: string } }).error.message).replace(/'[^']*'/g, "'…'");
    expect(words(missing.body)).toBe(words(recordedBody("arm-compute-missing")));
  });
});
