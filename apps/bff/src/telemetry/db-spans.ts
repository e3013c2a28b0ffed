import { type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import {
  ATTR_DB_COLLECTION_NAME,
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_RESPONSE_STATUS_CODE,
  ATTR_DB_SYSTEM_NAME,
  ATTR_ERROR_TYPE,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
} from "@opentelemetry/semantic-conventions";
import { TRACER_NAME } from "./request-spans.ts";

// One span per database query: its operation (SELECT, INSERT, …) and table, never its text or its
// parameters (values the console stores: fingerprints, audit details, encrypted credentials).

const OPERATIONS = new Set(
  "SELECT INSERT UPDATE DELETE WITH BEGIN COMMIT ROLLBACK SAVEPOINT RELEASE SET SHOW LISTEN UNLISTEN NOTIFY LOCK CREATE ALTER DROP TRUNCATE".split(
    " ",
  ),
);
const TABLE = /\b(?:from|into|update)\s+"?([a-z_][a-z0-9_]{0,62})"?/i;

/** The operation and table of a SQL text: a closed word list and an identifier, nothing of the values. */
export function describeQuery(text: string): { operation: string; table: string | undefined } {
  const word = /^\s*([a-z]+)/i.exec(text)?.[1]?.toUpperCase() ?? "";
  const operation = OPERATIONS.has(word) ? word : "OTHER";
  const table = operation === "BEGIN" || operation === "COMMIT" ? undefined : TABLE.exec(text)?.[1];
  return { operation, table: table?.toLowerCase() };
}

const textOf = (query: unknown): string =>
  typeof query === "string"
    ? query
    : typeof (query as { text?: unknown } | null)?.text === "string"
      ? (query as { text: string }).text
      : "";

/**
 * Runs one query inside its span. Only under a span already active (a request's, a provider call's):
 * a scheduled job's queries do not each start a trace of their own.
 */
async function traced<T>(query: unknown, run: () => Promise<T>): Promise<T> {
  if (!trace.getActiveSpan()?.isRecording()) return run();
  const { operation, table } = describeQuery(textOf(query));
  const span = trace.getTracer(TRACER_NAME).startSpan(table ? `${operation} ${table}` : operation, {
    kind: SpanKind.CLIENT,
    attributes: {
      [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL,
      [ATTR_DB_OPERATION_NAME]: operation,
      ...(table ? { [ATTR_DB_COLLECTION_NAME]: table } : {}),
    },
  });
  try {
    return await run();
  } catch (err) {
    failed(span, err);
    throw err;
  } finally {
    span.end();
  }
}

/** The SQLSTATE and the error's class name; never its message (it may quote a value). */
function failed(span: Span, err: unknown): void {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code))
    span.setAttribute(ATTR_DB_RESPONSE_STATUS_CODE, code);
  span.setAttribute(ATTR_ERROR_TYPE, typeof code === "string" && code !== "" ? code : errorName(err));
  span.setStatus({ code: SpanStatusCode.ERROR });
}

const errorName = (err: unknown) => (err instanceof Error ? err.name : "error");

const WRAPPED = Symbol("keyturn.tracedQueries");
type Queryable = { query: (...args: unknown[]) => unknown; [WRAPPED]?: true };

/**
 * node-postgres: `pool.query` and the clients `pool.connect()` hands out (transactions) trace their
 * promise calls. The callback forms are the pool's own plumbing under `pool.query`: left alone, so
 * a query is one span.
 */
export function traceQueries<T extends object>(target: T): T {
  const queryable = target as unknown as Queryable;
  if (queryable[WRAPPED]) return target;
  const query = queryable.query.bind(target);
  queryable.query = (...args: unknown[]) =>
    typeof args.at(-1) === "function" || typeof (args[0] as { submit?: unknown })?.submit === "function"
      ? query(...args)
      : traced(args[0], () => query(...args) as Promise<unknown>);
  const connect = (target as { connect?: (...args: unknown[]) => unknown }).connect;
  if (typeof connect === "function") {
    (target as { connect: (...args: unknown[]) => unknown }).connect = (...args: unknown[]) => {
      const result = connect.apply(target, args);
      // Promise form only (transactions); the callback form is pool.query's own checkout.
      return args.length === 0 && result instanceof Promise
        ? result.then((client: object) => traceQueries(client))
        : result;
    };
  }
  queryable[WRAPPED] = true;
  return target;
}

type PgliteLike = {
  query: (...args: unknown[]) => Promise<unknown>;
  exec?: (...args: unknown[]) => Promise<unknown>;
  transaction?: (run: (tx: PgliteLike) => Promise<unknown>) => Promise<unknown>;
};

/**
 * PGlite: a view of the client whose `query`, `exec` and transactions' queries are traced; the client
 * itself is untouched (its private fields need it as `this`).
 */
export function tracedPglite<T extends object>(client: T): T {
  const inner = client as unknown as PgliteLike;
  return new Proxy(client, {
    get(target, property) {
      if (property === "query") return (...args: unknown[]) => traced(args[0], () => inner.query(...args));
      if (property === "exec" && inner.exec)
        return (...args: unknown[]) => traced(args[0], () => inner.exec?.(...args) as Promise<unknown>);
      if (property === "transaction" && inner.transaction)
        return (run: (tx: PgliteLike) => Promise<unknown>) =>
          inner.transaction?.((tx) => run(tracedPglite(tx)));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
