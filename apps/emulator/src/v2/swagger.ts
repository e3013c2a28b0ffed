import { SAMPLE_SCORING_INPUT, ScoringInputSchema, ScoringOutputSchema } from "@keyturn/azureml-rest";
import { z } from "zod";
import { predictDiabetesProgression } from "../model/diabetes.ts";
import type { EndpointRecord } from "./state.ts";

const SCHEME_DESCRIPTION: Readonly<Record<EndpointRecord["authMode"], string>> = {
  Key: "The endpoint's primary or secondary key (listKeys).",
  AMLToken: "An AML token from the endpoint's token call.",
  AADToken: "A Microsoft Entra access token for https://ml.azure.com from a caller with score/action.",
};

let schemas: { input: unknown; output: unknown; sample: number[] } | undefined;

/**
 * The `swagger.json` beside an endpoint's scoring URI: an OpenAPI document of the score call, its
 * input and output schemas generated from the wire schemas, the sample input and its real prediction,
 * the bearer scheme its auth mode takes, and the deployment header.
 */
export function endpointSwagger(endpoint: EndpointRecord, serverUrl: string) {
  const options = { target: "openapi-3.0", unrepresentable: "any" } as const;
  schemas ??= {
    input: z.toJSONSchema(ScoringInputSchema, options),
    output: z.toJSONSchema(ScoringOutputSchema, options),
    sample: predictDiabetesProgression(SAMPLE_SCORING_INPUT.data),
  };
  const json = (schema: string, example: unknown) => ({
    content: { "application/json": { schema: { $ref: `#/components/schemas/${schema}` }, example } },
  });
  return {
    openapi: "3.0.3",
    info: {
      title: endpoint.name,
      description: `Online endpoint ${endpoint.name} (diabetes progression).`,
      version: "1.0",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/score": {
        post: {
          operationId: "Score",
          security: [{ Bearer: [] }],
          parameters: [
            {
              name: "azureml-model-deployment",
              in: "header",
              required: false,
              schema: { type: "string", enum: Object.keys(endpoint.traffic) },
            },
          ],
          requestBody: { required: true, ...json("ServiceInput", SAMPLE_SCORING_INPUT) },
          responses: {
            "200": {
              description: "One predicted value per input row.",
              ...json("ServiceOutput", schemas.sample),
            },
            "400": { description: "The input does not match ServiceInput." },
            "401": { description: "Missing, wrong or expired credential." },
            "403": { description: "An Entra caller without score/action." },
          },
        },
      },
    },
    components: {
      schemas: { ServiceInput: schemas.input, ServiceOutput: schemas.output },
      securitySchemes: {
        Bearer: { type: "http", scheme: "bearer", description: SCHEME_DESCRIPTION[endpoint.authMode] },
      },
    },
  };
}
