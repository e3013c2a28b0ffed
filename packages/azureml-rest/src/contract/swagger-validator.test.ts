import { describe, expect, it } from "vitest";
import {
  createSwaggerValidator,
  loadModelManagementSwagger,
  type SwaggerDocument,
} from "./swagger-validator.ts";

const swagger = loadModelManagementSwagger();
const validator = createSwaggerValidator(swagger);

const aci = {
  name: "svc",
  computeType: "ACI",
  state: "Healthy",
  createdTime: "2025-01-01T00:00:00.1234567+00:00",
  authEnabled: true,
  location: "westeurope",
  containerResourceRequirements: { cpu: 0.1, memoryInGB: 0.5 },
};

describe("the vendored swagger", () => {
  it("is the model-management API of 2019-09-30, with the definitions the client reads", () => {
    expect(swagger.swagger).toBe("2.0");
    for (const name of [
      "ServiceResponseBase",
      "ACIServiceResponse",
      "AKSServiceResponse",
      "PaginatedServiceList",
      "ModelErrorResponse",
      "AsyncOperationStatus",
      "AuthKeys",
      "AuthToken",
    ])
      expect(validator.definitions).toContain(name);
  });
});

describe("validateDefinition", () => {
  it("accepts an answer of the definition's shape, extra fields included", () => {
    expect(validator.validateDefinition("ACIServiceResponse", { ...aci, somethingNew: 1 })).toEqual({
      valid: true,
      errors: [],
    });
  });

  it("refuses a value of the wrong type, a value outside an enum, a missing required field", () => {
    const wrongType = validator.validateDefinition("ACIServiceResponse", { ...aci, authEnabled: "yes" });
    expect(wrongType.valid).toBe(false);
    expect(wrongType.errors).toContain("/authEnabled: must be boolean");
    expect(validator.validateDefinition("ServiceResponseBase", { ...aci, state: "Running" }).valid).toBe(
      false,
    );
    const { computeType: _required, ...noKind } = aci;
    expect(validator.validateDefinition("ServiceResponseBase", noKind).errors).toContain(
      "(root): must have required property 'computeType'",
    );
  });

  it("resolves $refs: a nested definition is checked too", () => {
    const bad = validator.validateDefinition("ACIServiceResponse", {
      ...aci,
      containerResourceRequirements: { cpu: "one" },
    });
    expect(bad.errors).toContain("/containerResourceRequirements/cpu: must be number");
  });

  it("checks a polymorphic base as the subtype its discriminator names", () => {
    // AKS's own field with a wrong type: only the AKS subtype says so.
    const aks = { ...aci, computeType: "AKS", location: undefined, numReplicas: "two" };
    expect(validator.validateDefinition("ServiceResponseBase", aks).errors).toContain(
      "/numReplicas: must be integer",
    );
    // Through a list too (PaginatedServiceList's items are ServiceResponseBase).
    const page = validator.validateDefinition("PaginatedServiceList", {
      value: [aci, { ...aks, state: "Running" }],
    });
    expect(page.errors).toEqual([
      "/value/1/state: must be equal to one of the allowed values",
      "/value/1/numReplicas: must be integer",
    ]);
    // The same field on ACI is not one of its own: free.
    expect(validator.validateDefinition("ServiceResponseBase", { ...aci, numReplicas: "two" }).valid).toBe(
      true,
    );
  });

  it("checks date-time fields as RFC 3339", () => {
    expect(
      validator.validateDefinition("ACIServiceResponse", { ...aci, createdTime: "yesterday" }).valid,
    ).toBe(false);
    expect(
      validator.validateDefinition("ACIServiceResponse", { ...aci, createdTime: "2025-01-01T00:00:00Z" })
        .valid,
    ).toBe(true);
  });

  it("takes null for an absent optional field, unless told not to", () => {
    const nulls = { ...aci, description: null, kvTags: null, error: null };
    expect(validator.validateDefinition("ACIServiceResponse", nulls).valid).toBe(true);
    expect(validator.validateDefinition("ServiceResponseBase", { ...aci, computeType: null }).valid).toBe(
      false,
    );
    const strict = createSwaggerValidator(swagger, { nullAsAbsent: false });
    expect(strict.validateDefinition("ACIServiceResponse", nulls).valid).toBe(false);
  });

  it("refuses to validate against a definition the document lacks", () => {
    expect(() => validator.validateDefinition("NoSuchThing", {})).toThrow(RangeError);
  });
});

describe("validateAnswer", () => {
  it("checks an answer against the schema of its operation and status", () => {
    expect(
      validator.validateAnswer("Services_GetServiceToken", 201, { accessToken: "t", expiryOn: 1 }).valid,
    ).toBe(true);
    expect(validator.validateAnswer("Services_GetServiceToken", 201, { expiryOn: "soon" }).valid).toBe(false);
  });

  it("checks an error status against the operation's default (ModelErrorResponse)", () => {
    const conflict = {
      code: "Conflict",
      statusCode: 409,
      message: "Conflict",
      details: [{ code: "ServiceExists" }],
    };
    expect(validator.validateAnswer("Services_Create", 409, conflict).valid).toBe(true);
    expect(validator.validateAnswer("Services_Create", 409, { ...conflict, statusCode: "409" }).valid).toBe(
      false,
    );
  });

  it("takes any answer where the document gives its status no schema (a 202)", () => {
    expect(validator.validateAnswer("Services_Create", 202, undefined).valid).toBe(true);
  });

  it("refuses an operation the document lacks", () => {
    expect(() => validator.validateAnswer("Services_Teleport", 200, {})).toThrow(RangeError);
  });
});

describe("a document of one's own", () => {
  it("works on any Swagger 2.0 definitions, discriminator defaulting to the subtype's name", () => {
    const document: SwaggerDocument = {
      swagger: "2.0",
      paths: {},
      definitions: {
        Pet: {
          type: "object",
          required: ["kind"],
          discriminator: "kind",
          properties: { kind: { type: "string" } },
        },
        Dog: { allOf: [{ $ref: "#/definitions/Pet" }, { properties: { barks: { type: "boolean" } } }] },
        Shelter: {
          type: "object",
          properties: { pets: { type: "array", items: { $ref: "#/definitions/Pet" } } },
        },
      },
    };
    const own = createSwaggerValidator(document);
    expect(own.validateDefinition("Shelter", { pets: [{ kind: "Dog", barks: true }] }).valid).toBe(true);
    expect(own.validateDefinition("Shelter", { pets: [{ kind: "Dog", barks: "loud" }] }).errors).toEqual([
      "/pets/0/barks: must be boolean",
    ]);
  });
});
