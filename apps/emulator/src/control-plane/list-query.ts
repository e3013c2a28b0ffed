import { badRequest } from "../errors.ts";

/** Page size when `count` is not given, and the most one page holds. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/** The query of a service listing, as azureml-core sends it (`expand`, `computeType`, `count`, `$skipToken`). */
export interface ListQuery {
  /** Only services of this kind (compared without case); all when absent. */
  computeType: string | undefined;
  /** The page size asked for, when asked. */
  count: number | undefined;
  pageSize: number;
  /** From `$skipToken`: the offset of the page, opaque to clients. */
  offset: number;
  /** Include the models each service hosts. */
  expand: boolean;
}

/** `expand` is a boolean in any case (`True` from Python's SDK); absent is false. */
export function readExpand(value: string | undefined): boolean {
  if (value === undefined) return false;
  const lower = value.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  throw badRequest("expand must be true or false.");
}

function readCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > MAX_PAGE_SIZE)
    throw badRequest(`count must be an integer from 1 to ${MAX_PAGE_SIZE}.`);
  return count;
}

function readSkipToken(value: string | undefined): number {
  if (value === undefined) return 0;
  const text = Buffer.from(value, "base64url").toString("utf8");
  const offset = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(offset))
    throw badRequest("$skipToken is not one this service issued.");
  return offset;
}

/** Reads and checks the listing's query (400 `validation_failed` naming the parameter). */
export function readListQuery(query: (name: string) => string | undefined): ListQuery {
  const computeType = query("computeType");
  if (computeType === "") throw badRequest("computeType must not be empty.");
  const count = readCount(query("count"));
  return {
    computeType,
    count,
    pageSize: count ?? DEFAULT_PAGE_SIZE,
    offset: readSkipToken(query("$skipToken")),
    expand: readExpand(query("expand")),
  };
}
