import { z } from "zod";
import { notUnderstood } from "./errors.ts";
import type { Http } from "./http.ts";
import { describeIssues, parseAnswer } from "./parse.ts";

/** 1,000 pages of Azure's default size is far past the 10k-deployment target, and stops a runaway. */
const MAX_PAGES = 1_000;

/** A page's envelope; its items are read one by one, so one unreadable item never hides the others. */
const PageSchema = z.object({
  value: z.array(z.unknown()),
  nextLink: z.string().nullish(),
});

/** An item of a list that could not be read: where it was, its name if it has one, and why. */
export interface UnreadableItem {
  /** Its position in the whole list (every page), from 0. */
  index: number;
  name: string | null;
  /** The fields that did not match and how (never their values: they may be secrets). */
  reason: string;
}

/** A list read item by item: the items read, and the ones that could not be. */
export interface ItemListing<T> {
  items: T[];
  unreadable: UnreadableItem[];
}

/** GETs a list and every page its `nextLink` chain names; a loop or an endless chain is refused. */
export async function collectPages(
  http: Http,
  call: { label: string; url: string; base?: string },
): Promise<unknown[]> {
  const items: unknown[] = [];
  const seen = new Set<string>();
  let url: string | null | undefined = call.url;
  while (url) {
    if (seen.has(url) || seen.size >= MAX_PAGES) throw notUnderstood(call.label, "nextLink does not end");
    seen.add(url);
    const answer = await http.send({ ...call, method: "GET", url, retry: "read" });
    const page = parseAnswer(PageSchema, answer.json, call.label, answer.status);
    items.push(...page.value);
    url = page.nextLink;
  }
  return items;
}

/** An item's `name`, when it has a readable one (it names the item in a report). */
export function itemName(item: unknown): string | null {
  if (typeof item !== "object" || item === null || !("name" in item)) return null;
  const name = item.name;
  return typeof name === "string" && name.length > 0 && name.length <= 260 ? name : null;
}

/** Reads each item with its schema; an item that does not match is reported, never thrown. */
export function readItems<T>(raw: readonly unknown[], schema: z.ZodType<T>): ItemListing<T> {
  const listing: ItemListing<T> = { items: [], unreadable: [] };
  raw.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) listing.items.push(parsed.data);
    else listing.unreadable.push({ index, name: itemName(item), reason: describeIssues(parsed.error) });
  });
  return listing;
}

/**
 * For the calls that answer a plain list: the items, or — as before items were read one by one — a
 * not-understood error naming the unreadable ones (how many, which, why).
 */
export function allOrNothing<T>(label: string, listing: ItemListing<T>): T[] {
  if (listing.unreadable.length === 0) return listing.items;
  const which = listing.unreadable
    .slice(0, 3)
    .map((item) => `${item.name ?? `#${item.index}`}: ${item.reason}`)
    .join("; ");
  throw notUnderstood(label, `${listing.unreadable.length} item(s) unreadable: ${which}`);
}
