import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** One span as an OTLP/HTTP collector receives it (JSON encoding), attributes flattened. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  /** OTLP's SpanKind: 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, string | number | boolean>;
  resource: Record<string, string | number | boolean>;
}

type OtlpValue = {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
};
type OtlpAttribute = { key: string; value: OtlpValue };
type OtlpRequest = {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: {
      spans?: (Omit<ReceivedSpan, "attributes" | "resource"> & { attributes?: OtlpAttribute[] })[];
    }[];
  }[];
};

const flatten = (attributes: OtlpAttribute[] = []) =>
  Object.fromEntries(
    attributes.map(({ key, value }) => [
      key,
      value.stringValue ?? value.boolValue ?? value.doubleValue ?? Number(value.intValue),
    ]),
  );

/**
 * A real OTLP/HTTP collector on loopback: takes `POST /v1/traces` (JSON), keeps every span and the
 * headers of each export. `url` is what OTEL_EXPORTER_OTLP_ENDPOINT names.
 */
export async function startOtlpReceiver() {
  const spans: ReceivedSpan[] = [];
  const exports: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      exports.push({ path: request.url ?? "", headers: request.headers, body });
      const parsed = JSON.parse(body) as OtlpRequest;
      for (const group of parsed.resourceSpans ?? []) {
        const resource = flatten(group.resource?.attributes);
        for (const scope of group.scopeSpans ?? [])
          for (const span of scope.spans ?? [])
            spans.push({
              ...span,
              parentSpanId: span.parentSpanId ?? "",
              attributes: flatten(span.attributes),
              resource,
            });
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    exports,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type OtlpReceiver = Awaited<ReturnType<typeof startOtlpReceiver>>;
