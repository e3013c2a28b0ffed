import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fakeApi, json } from "../testing/fake-api";
import { apiGetQueryOptions } from "./api-query";

const Count = z.object({ count: z.number() });

describe("apiGetQueryOptions", () => {
  it("reads the path and answers what the schema accepts, under the key given", async () => {
    const api = fakeApi({ "GET /api/count": () => json({ count: 3 }) });
    const options = apiGetQueryOptions("/api/count", Count, ["count"])();
    expect(options.queryKey).toEqual(["count"]);
    await expect(new QueryClient().fetchQuery(options)).resolves.toEqual({ count: 3 });
    expect(api.callsTo("GET /api/count")).toHaveLength(1);
  });

  it("refuses an answer of another shape", async () => {
    fakeApi({ "GET /api/count": () => json({ count: "three" }) });
    const options = apiGetQueryOptions("/api/count", Count, ["count"])();
    await expect(new QueryClient().fetchQuery(options)).rejects.toMatchObject({
      title: "Unexpected response",
    });
  });

  it("sets staleTime only when given, so the query client's default applies otherwise", () => {
    expect(apiGetQueryOptions("/api/count", Count, ["count"])()).not.toHaveProperty("staleTime");
    expect(apiGetQueryOptions("/api/count", Count, ["count"], { staleTime: 60_000 })()).toHaveProperty(
      "staleTime",
      60_000,
    );
  });
});
