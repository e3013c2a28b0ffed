import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { ApiProblem, setApiAuth } from "./api-client";
import { downloadFile, REVOKE_AFTER_MS } from "./download";

let createObjectURL: MockInstance<typeof URL.createObjectURL>;
let revokeObjectURL: MockInstance<typeof URL.revokeObjectURL>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout"] });
  createObjectURL = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:http://localhost/export-1");
  revokeObjectURL = vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  setApiAuth({ getAccessToken: async () => "token-1", stepUp: async () => null });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  setApiAuth(undefined);
});

describe("downloadFile", () => {
  it("fetches the file with the token and saves it under the name given, then frees the URL", async () => {
    const fetch = vi.fn(
      async () => new Response("a,b\r\n1,2\r\n", { headers: { "Content-Type": "text/csv" } }),
    );
    vi.stubGlobal("fetch", fetch);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
      expect(this.isConnected).toBe(true); // Firefox only follows links that are in the page
    });

    await downloadFile("/api/posture/export?format=csv", "posture.csv");

    expect(fetch).toHaveBeenCalledWith("/api/posture/export?format=csv", expect.anything());
    const headers = new Headers((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers);
    expect(headers.get("Authorization")).toBe("Bearer token-1");
    const [blob] = createObjectURL.mock.calls[0] ?? [];
    expect(await (blob as Blob | undefined)?.text()).toBe("a,b\r\n1,2\r\n");
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe("posture.csv");
    expect(clicked[0]?.href).toBe("blob:http://localhost/export-1");
    expect(clicked[0]?.isConnected).toBe(false);

    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revokeObjectURL).toHaveBeenCalledWith("blob:http://localhost/export-1");
  });

  it("rejects with the problem and saves nothing when the BFF refuses", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(JSON.stringify({ title: "Forbidden", status: 403, code: "forbidden" }), {
            status: 403,
            headers: { "Content-Type": "application/problem+json" },
          }),
      ),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const error = await downloadFile("/api/posture/export?format=json", "posture.json").catch((e) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error.code).toBe("forbidden");
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(click).not.toHaveBeenCalled();
  });
});
