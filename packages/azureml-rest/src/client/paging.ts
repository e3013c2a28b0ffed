import type { z } from "zod";
import { notUnderstood } from "./errors.ts";
import type { Http } from "./http.ts";
import { parseAnswer } from "./parse.ts";

/** 1,000 pages of Azure's default size is far past the 10k-deployment target, and stops a runaway. */
const MAX_PAGES = 1_000;

interface Page<T> {
  value: T[];
  nextLink?: string | null | undefined;
}

/** GETs a list and every page its `nextLink` chain names; a loop or an endless chain is refused. */
export async function collectPages<T>(
  http: Http,
  call: { label: string; url: string; base?: string },
  schema: z.ZodType<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let url: string | null | undefined = call.url;
  while (url) {
    if (seen.has(url) || seen.size >= MAX_PAGES) throw notUnderstood(call.label, "nextLink does not end");
    seen.add(url);
    const answer = await http.send({ ...call, method: "GET", url, retry: "read" });
    const page = parseAnswer(schema, answer.json, call.label, answer.status);
    items.push(...page.value);
    url = page.nextLink;
  }
  return items;
}
