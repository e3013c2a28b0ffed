import { readdirSync, readFileSync } from "node:fs";

/**
 * An answer of Azure as the contract tests replay it: one request and what Azure answers it, with the
 * swagger operation whose response schema it must satisfy (none for ARM, discovery and gateway pages).
 */
export interface RecordedAnswer {
  /** The file's name without `.json`. */
  name: string;
  about: string;
  operationId?: string;
  request: { method: string; path: string };
  answer: {
    status: number;
    headers?: Record<string, string>;
    /** A JSON body. */
    body?: unknown;
    /** An HTML body (a gateway's error page). */
    html?: string;
  };
}

const FOLDER = new URL("../../contract/recorded/", import.meta.url);

/** Every recorded answer under contract/recorded, by name. */
export function loadRecordedAnswers(): Map<string, RecordedAnswer> {
  const answers = new Map<string, RecordedAnswer>();
  for (const file of readdirSync(FOLDER)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const name = file.slice(0, -".json".length);
    const recorded = JSON.parse(readFileSync(new URL(file, FOLDER), "utf8")) as Omit<RecordedAnswer, "name">;
    answers.set(name, { name, ...recorded });
  }
  return answers;
}
