import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeEnvironment, environmentTable } from "./describe-environment.ts";
import { ConfigError, parseEnvironment } from "./parse-environment.ts";

const Schema = z.object({
  PORT: z.coerce.number().int().min(1).default(8080).meta({ description: "the port" }),
  SECRET: z.string().min(8).optional().meta({ description: "a secret", shownDefault: "a file" }),
  ORIGINS: z.string().array().default([]).meta({ description: "origins" }),
});

describe("parseEnvironment", () => {
  it("treats an empty variable as unset", () => {
    expect(parseEnvironment(Schema, { PORT: "  ", SECRET: "" })).toEqual({ PORT: 8080, ORIGINS: [] });
  });

  it("names each invalid variable and never its value", () => {
    const secret = "s3cr";
    const error = (() => {
      try {
        parseEnvironment(Schema, { PORT: "http", SECRET: secret });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT: /);
    expect(message).toMatch(/SECRET: /);
    expect(message).not.toContain(secret);
  });
});

describe("describeEnvironment", () => {
  it("reads each variable's default and meaning from the schema", () => {
    expect(describeEnvironment(Schema)).toEqual([
      { name: "PORT", default: "`8080`", meaning: "the port" },
      { name: "SECRET", default: "a file", meaning: "a secret" },
      { name: "ORIGINS", default: "empty", meaning: "origins" },
    ]);
  });

  it("refuses a variable without a description, so the README cannot leave one out", () => {
    expect(() => describeEnvironment(z.object({ X: z.string() }))).toThrow(/X has no description/);
  });

  it("renders an aligned Markdown table", () => {
    const table = environmentTable(describeEnvironment(Schema)).split("\n");
    expect(table[0]).toBe("| variable  | default | meaning  |");
    expect(table[2]).toBe("| `PORT`    | `8080`  | the port |");
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
  });
});
