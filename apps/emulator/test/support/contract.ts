import { OPERATION_LOCATION_HEADER } from "@keyturn/azureml-rest";
import { createSwaggerValidator, loadModelManagementSwagger } from "@keyturn/azureml-rest/contract";
import { readErrorBody } from "./clients.ts";

// The contract tests' checks: an answer against the published swagger (its operation's response for
// the status, else its `default`) and against what Azure is known to answer beyond it.

export const swagger = loadModelManagementSwagger();
export const validator = createSwaggerValidator(swagger);

/** The statuses an operation documents (besides `default`). */
export function documentedStatuses(operationId: string): string[] {
  for (const item of Object.values(swagger.paths)) {
    for (const operation of Object.values(item)) {
      const op = operation as { operationId?: string; responses?: Record<string, unknown> };
      if (op.operationId === operationId)
        return Object.keys(op.responses ?? {}).filter((s) => s !== "default");
    }
  }
  throw new RangeError(`the swagger has no operation ${operationId}`);
}

export interface Answer {
  status: number;
  headers: Headers;
  path: string;
  body: unknown;
}

export async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    // Not JSON: kept as text, which the checks below name.
  }
  return { status: response.status, headers: response.headers, path: new URL(response.url).pathname, body };
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Azure's shape beyond the swagger, for one answer. */
export type Extra = (answer: Answer) => string[];

export const lastPage: Extra = ({ body }) =>
  isObject(body) && "nextLink" in body ? [`a last page has nextLink (${JSON.stringify(body.nextLink)})`] : [];

export const aciShape: Extra = ({ body }) => {
  const services = isObject(body) && Array.isArray(body.value) ? body.value : [body];
  return services
    .filter((s) => isObject(s) && s.computeType === "ACI")
    .flatMap((s) =>
      ["aadAuthEnabled", "computeName"]
        .filter((field) => field in s)
        .map((field) => `ACI service ${(s as { name?: string }).name} has ${field}`),
    );
};

export const aksShape: Extra = ({ body }) => {
  const services = isObject(body) && Array.isArray(body.value) ? body.value : [body];
  return services
    .filter((s) => isObject(s) && s.computeType === "AKS")
    .flatMap((s) => {
      const name = (s as { name?: string }).name;
      const problems = "location" in s ? [`AKS service ${name} has location`] : [];
      return typeof s.computeName === "string"
        ? problems
        : [...problems, `AKS service ${name} has no computeName`];
    });
};

export const accepted: Extra = ({ headers }) => {
  const location = headers.get(OPERATION_LOCATION_HEADER);
  if (!location) return ["a 202 without Operation-Location"];
  const url = URL.canParse(location) ? new URL(location) : undefined;
  const id = url?.pathname.split("/").at(-1);
  return url && id && url.pathname.includes("/operations/") ? [] : [`Operation-Location ${location}`];
};

/** The problems of one answer against the swagger and Azure's known shape; none when it conforms. */
export function problemsOf(operationId: string, answer: Answer, extras: Extra[]): string[] {
  const { status, body, path } = answer;
  const problems: string[] = [];
  if (status < 400) {
    if (!documentedStatuses(operationId).includes(String(status)))
      problems.push(`status ${status} is not one the swagger documents`);
  } else {
    const error = readErrorBody(path, status, body);
    if ("problem" in error) problems.push(error.problem);
  }
  const result = validator.validateAnswer(operationId, status, body);
  problems.push(...result.errors.map((e) => `swagger: ${e}`));
  for (const extra of extras) problems.push(...extra(answer));
  return problems;
}
