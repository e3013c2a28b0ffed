import { loadRecordedAnswers } from "@keyturn/azureml-rest/contract";
import { startLoopbackServer } from "./loopback-servers.ts";

/** A key-like value a provider echoed into an error message: the BFF's answers must never hold it. */
export const ECHOED_SECRET = "Zx9qL2mN8vB4cX7kJ1hG5fD3sA6pO0iU9yT2rE4wQ8=";
export const SCRIPTED_WORKSPACE = "ws-gov";
/** A region name the console's list lacks (a sovereign cloud's). */
export const SCRIPTED_REGION = "usgovvirginia";

const recorded = loadRecordedAnswers();
const body = (name: string) => recorded.get(name)?.answer.body;
const page2 = body("services-page-2") as { value: unknown[] };

/**
 * A workspace as Azure answers it where the emulator cannot: recorded answers of Azure (an ACI service,
 * services of other kinds, the 409 ServiceExists), a workspace in a region the console's list lacks,
 * items that cannot be read (a workspace without a location, an ACI service without its auth, an item
 * without a name), and a 500 whose message echoes a key. Any path of any subscription and group.
 */
export async function startScriptedAzure() {
  const server = await startLoopbackServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = url.pathname;
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    if (path.endsWith("/providers/Microsoft.MachineLearningServices/workspaces") && req.method === "GET") {
      const id = `${path}/${SCRIPTED_WORKSPACE}`;
      return send(200, {
        value: [
          {
            id,
            name: SCRIPTED_WORKSPACE,
            type: "Microsoft.MachineLearningServices/workspaces",
            location: SCRIPTED_REGION,
            properties: {
              friendlyName: "Gov",
              discoveryUrl: `${server.url}/discovery/${SCRIPTED_WORKSPACE}`,
            },
          },
          {
            id: `${path}/ws-broken`,
            name: "ws-broken",
            type: "Microsoft.MachineLearningServices/workspaces",
          },
        ],
      });
    }
    if (path === `/discovery/${SCRIPTED_WORKSPACE}`) return send(200, { api: server.url });
    // A workspace with no online endpoints: ARM answers an empty list, not a 404.
    if (path.endsWith("/onlineEndpoints") && req.method === "GET") return send(200, { value: [] });
    if (path.includes("/computes/"))
      return send(404, { error: { code: "NotFound", message: "No compute." } });
    if (path.endsWith("/services") && req.method === "GET") {
      return send(200, {
        value: [
          body("service-aci"),
          ...page2.value.filter((s) => (s as { computeType?: string }).computeType !== "AKS"),
          { name: "half-aci", computeType: "ACI", state: "Healthy" },
          { computeType: "AKS", state: "Healthy" },
        ],
      });
    }
    if (path.endsWith("/services") && req.method === "POST")
      return send(409, body("service-create-conflict"));
    if (path.endsWith("/services/leaky")) {
      return send(500, {
        code: "InternalServerError",
        statusCode: 500,
        message: `Scoring failed for key ${ECHOED_SECRET} with Authorization: Bearer ${ECHOED_SECRET}`,
        details: [{ code: "ImageBuildFailed", message: `primaryKey=${ECHOED_SECRET}` }],
      });
    }
    if (path.endsWith("/services/diabetes-aci")) return send(200, body("service-aci"));
    return send(404, { code: "NotFound", statusCode: 404, message: "Not found." });
  });
  return server;
}
