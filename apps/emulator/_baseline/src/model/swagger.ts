import { authMode } from "@keyturn/auth-domain";
import { SAMPLE_SCORING_INPUT, ScoringInputSchema, ScoringOutputSchema } from "@keyturn/azureml-rest";
import { z } from "zod";
import type { ServiceRecord } from "../state/schema.ts";
import { predictDiabetesProgression } from "./diabetes.ts";

// Generated on first use, not at import: a wire-schema detail JSON Schema cannot express (a refine)
// becomes "any" there instead of stopping the emulator.
let schemas: { input: unknown; output: unknown; sampleOutput: number[] } | undefined;
function wireSchemas() {
  const options = { target: "openapi-3.0", unrepresentable: "any" } as const;
  schemas ??= {
    input: z.toJSONSchema(ScoringInputSchema, options),
    output: z.toJSONSchema(ScoringOutputSchema, options),
    sampleOutput: predictDiabetesProgression(SAMPLE_SCORING_INPUT.data),
  };
  return schemas;
}

const errorContent = {
  content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } } },
};

/**
 * The `swagger.json` beside a scoring URI: an OpenAPI document of the score call whose input and
 * output schemas are generated from the wire schemas, with the sample input and its real prediction.
 */
export function swaggerDocument(service: ServiceRecord, serverUrl: string) {
  const { input, output, sampleOutput } = wireSchemas();
  const mode = authMode({ keyAuth: service.authEnabled, tokenAuth: service.aadAuthEnabled });
  return {
    openapi: "3.0.3",
    info: {
      title: service.name,
      description: `API specification for the Azure Machine Learning service ${service.name} (diabetes progression, linear regression).`,
      version: "1.0",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/score": {
        post: {
          operationId: "RunMLService",
          description: "Run the web service's model and get the prediction output.",
          security: mode === "none" ? [] : [{ Bearer: [] }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ServiceInput" },
                example: SAMPLE_SCORING_INPUT,
              },
            },
          },
          responses: {
            "200": {
              description: "One predicted disease-progression value per input row.",
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/ServiceOutput" },
                  example: sampleOutput,
                },
              },
            },
            "400": { description: "The input does not match ServiceInput.", ...errorContent },
            "401": {
              description: "Missing, wrong, regenerated-away or expired credential.",
              ...errorContent,
            },
            "503": { description: "The service is not healthy.", ...errorContent },
          },
        },
      },
    },
    components: {
      schemas: {
        ServiceInput: input,
        ServiceOutput: output,
        ErrorResponse: {
          type: "object",
          properties: {
            error: {
              type: "object",
              properties: { code: { type: "string" }, message: { type: "string" } },
              required: ["code", "message"],
            },
          },
          required: ["error"],
        },
      },
      securitySchemes: {
        Bearer: {
          type: "http",
          scheme: "bearer",
          description:
            mode === "token"
              ? "A token from the workspace's token call for this service."
              : "The service's primary or secondary key.",
        },
      },
    },
  };
}
