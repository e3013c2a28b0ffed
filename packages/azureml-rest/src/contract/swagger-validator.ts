import { readFileSync } from "node:fs";
import { Ajv, type AnySchemaObject, type ValidateFunction } from "ajv";

/** The parts of a Swagger 2.0 document the validator reads. */
export interface SwaggerDocument {
  swagger: string;
  definitions: Record<string, AnySchemaObject>;
  paths: Record<string, Record<string, unknown>>;
}

export interface ValidationResult {
  valid: boolean;
  /** Where and why (`/value/0/state: must be equal to one of the allowed values`), at most 20. */
  errors: string[];
}

export interface SwaggerValidator {
  /** The definitions the document names. */
  readonly definitions: readonly string[];
  /**
   * Validates a value against a definition, its `$ref`s resolved. A definition with a `discriminator`
   * (ServiceResponseBase by `computeType`) is checked as the subtype the value names, as well as itself.
   */
  validateDefinition(definition: string, value: unknown): ValidationResult;
  /**
   * Validates an answer of an operation (`operationId`, e.g. Services_ListQuery) against the schema the
   * document gives its status, else its `default`. An answer the document gives no schema is valid.
   */
  validateAnswer(operationId: string, status: number, body: unknown): ValidationResult;
}

export interface SwaggerValidatorOptions {
  /**
   * Azure's serializers write `null` for a property they have no value for, and its SDKs read that as
   * absent: so does the validator (a required property must still be present and not null). Default true.
   */
  nullAsAbsent?: boolean;
}

const DOCUMENT_ID = "swagger";
const LOCAL_REF = "#/definitions/";
const POLYMORPHIC = "__polymorphic";
type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** RFC 3339 date-time (what Swagger's `date-time` means), any number of fraction digits. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** The definitions a definition extends through `allOf` (direct `$ref`s only). */
function parentsOf(schema: AnySchemaObject): string[] {
  const all: Json[] = Array.isArray(schema.allOf) ? schema.allOf : [];
  return all.flatMap((part) =>
    isObject(part) && typeof part.$ref === "string" && part.$ref.startsWith(LOCAL_REF)
      ? [part.$ref.slice(LOCAL_REF.length)]
      : [],
  );
}

/**
 * For each definition with a `discriminator`: a schema that checks the base and, by the value of the
 * discriminating property, the subtype that declares it (`x-ms-discriminator-value`, else its name).
 */
function polymorphicSchemas(definitions: Record<string, AnySchemaObject>): Map<string, AnySchemaObject> {
  const extendsBase = (name: string, base: string, seen = new Set<string>()): boolean => {
    if (seen.has(name)) return false;
    seen.add(name);
    const schema = definitions[name];
    return schema !== undefined && parentsOf(schema).some((p) => p === base || extendsBase(p, base, seen));
  };
  const result = new Map<string, AnySchemaObject>();
  for (const [base, schema] of Object.entries(definitions)) {
    const property = schema.discriminator;
    if (typeof property !== "string") continue;
    const cases = Object.entries(definitions)
      .filter(([name]) => name !== base && extendsBase(name, base))
      .map(([name, sub]) => {
        const value =
          typeof sub["x-ms-discriminator-value"] === "string" ? sub["x-ms-discriminator-value"] : name;
        return {
          if: { properties: { [property]: { const: value } }, required: [property] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, never awaited
          then: { $ref: `${LOCAL_REF}${name}` },
        };
      });
    result.set(base, { allOf: [{ $ref: `${LOCAL_REF}${base}` }, ...cases] });
  }
  return result;
}

/**
 * A copy of a schema for ajv: references to a polymorphic base point at its polymorphic form (except
 * a subtype's own `allOf` reference to its base), local references are qualified with the document's
 * id when `qualify`, and optional properties take null when `nullAsAbsent`.
 */
function rewrite(
  schema: Json,
  polymorphic: ReadonlySet<string>,
  options: { qualify: boolean; nullAsAbsent: boolean },
  inAllOf = false,
): Json {
  if (Array.isArray(schema)) return schema.map((item) => rewrite(item, polymorphic, options, inAllOf));
  if (!isObject(schema)) return schema;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith(LOCAL_REF)) {
      const name = value.slice(LOCAL_REF.length);
      const target = polymorphic.has(name) && !inAllOf ? `${value}${POLYMORPHIC}` : value;
      out.$ref = options.qualify ? `${DOCUMENT_ID}${target}` : target;
    } else if (key === "allOf") out.allOf = rewrite(value, polymorphic, options, true);
    else if (key === "properties" && isObject(value)) {
      const required = new Set(Array.isArray(schema.required) ? schema.required : []);
      const properties: Record<string, Json> = {};
      for (const [name, property] of Object.entries(value)) {
        const rewritten = rewrite(property, polymorphic, options);
        properties[name] =
          options.nullAsAbsent && !required.has(name)
            ? // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, never awaited
              { if: { type: "null" }, then: true, else: rewritten }
            : rewritten;
      }
      out.properties = properties;
    } else out[key] = rewrite(value, polymorphic, options);
  }
  return out;
}

function describe(validate: ValidateFunction): ValidationResult {
  // A polymorphic value meets its base twice (as itself and through its subtype): each error once.
  const errors = new Set(
    (validate.errors ?? [])
      .filter((error) => error.keyword !== "if")
      .map((error) => `${error.instancePath || "(root)"}: ${error.message ?? error.keyword}`),
  );
  return { valid: false, errors: [...errors].slice(0, 20) };
}

/** A validator of JSON answers against a Swagger 2.0 document's definitions and responses. */
export function createSwaggerValidator(
  document: SwaggerDocument,
  options: SwaggerValidatorOptions = {},
): SwaggerValidator {
  const nullAsAbsent = options.nullAsAbsent ?? true;
  const polymorphic = polymorphicSchemas(document.definitions);
  const bases = new Set(polymorphic.keys());
  const definitions: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(document.definitions))
    definitions[name] = rewrite(schema, bases, { qualify: false, nullAsAbsent });
  for (const [name, schema] of polymorphic)
    definitions[`${name}${POLYMORPHIC}`] = rewrite(schema, bases, { qualify: false, nullAsAbsent });

  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  ajv.addFormat("date-time", DATE_TIME);
  // Swagger's number formats: the type already says integer or number.
  for (const format of ["int32", "int64", "float", "double", "byte", "binary", "password"])
    ajv.addFormat(format, true);
  ajv.addSchema({ $id: DOCUMENT_ID, definitions });

  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (key: string, schema: () => AnySchemaObject) => {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(schema());
      compiled.set(key, validate);
    }
    return validate;
  };
  const run = (validate: ValidateFunction, value: unknown): ValidationResult =>
    validate(value) ? { valid: true, errors: [] } : describe(validate);

  function responseSchema(operationId: string, status: number): Json | undefined {
    for (const item of Object.values(document.paths)) {
      for (const operation of Object.values(item)) {
        if (!isObject(operation) || operation.operationId !== operationId) continue;
        const responses = isObject(operation.responses) ? operation.responses : {};
        const response = responses[String(status)] ?? responses.default;
        return isObject(response) ? (response.schema ?? null) : null;
      }
    }
    return undefined;
  }

  return {
    definitions: Object.keys(document.definitions),

    validateDefinition(definition, value) {
      if (!Object.hasOwn(document.definitions, definition))
        throw new RangeError(`the document defines no ${definition}`);
      const ref = { $ref: `${LOCAL_REF}${definition}` };
      const validate = validatorFor(
        `definition ${definition}`,
        () => rewrite(ref, bases, { qualify: true, nullAsAbsent }) as AnySchemaObject,
      );
      return run(validate, value);
    },

    validateAnswer(operationId, status, body) {
      const schema = responseSchema(operationId, status);
      if (schema === undefined) throw new RangeError(`the document has no operation ${operationId}`);
      if (schema === null) return { valid: true, errors: [] };
      const validate = validatorFor(
        `answer ${operationId} ${status}`,
        () => rewrite(schema, bases, { qualify: true, nullAsAbsent }) as AnySchemaObject,
      );
      return run(validate, body);
    },
  };
}

/** The published model-management (v1 web services) swagger, 2019-09-30, vendored under contract/. */
export function loadModelManagementSwagger(): SwaggerDocument {
  const file = new URL("../../contract/modelManagement.2019-09-30.json", import.meta.url);
  return JSON.parse(readFileSync(file, "utf8")) as SwaggerDocument;
}
