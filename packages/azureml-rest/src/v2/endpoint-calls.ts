import { notManaged, notUnderstood } from "../client/errors.ts";
import type { HttpAnswer } from "../client/http.ts";
import { collectPages } from "../client/paging.ts";
import { invalidRequest, parseAnswer } from "../client/parse.ts";
import type { WorkspaceRef } from "../paths.ts";
import { EndpointKeysSchema, EndpointTokenSchema, RegenerateEndpointKeyBodySchema } from "./credentials.ts";
import { isManagedEndpointKind, type OnlineEndpoint, OnlineEndpointSchema } from "./endpoint.ts";
import { answerKind, sortEndpoints } from "./endpoint-listing.ts";
import { type FollowCall, type FollowContext, followOperation, pendingFrom } from "./follow-operation.ts";
import { v2Paths } from "./paths.ts";
import { awaitProvisioned } from "./provisioning.ts";
import { EndpointTagsPatchSchema, OnlineEndpointPutBodySchema, putBodyFrom } from "./put-body.ts";
import { checkAuthMode, withRuleCodes } from "./rule-codes.ts";
import type { OnlineEndpointsClient } from "./types.ts";

/** The v2 calls on one HTTP layer; writes are never retried, long-running ones followed to their end. */
export function endpointCalls(context: FollowContext): OnlineEndpointsClient {
  const { http } = context;

  const readEndpoint = (label: string, answer: HttpAnswer): OnlineEndpoint => {
    const kind = answerKind(answer.json);
    if (!isManagedEndpointKind(kind)) throw notManaged(label, "endpoint", kind);
    return parseAnswer(OnlineEndpointSchema, answer.json, label, answer.status);
  };

  async function getEndpoint(ref: WorkspaceRef, name: string): Promise<OnlineEndpoint> {
    const url = v2Paths.endpoint(ref, name);
    const answer = await http.send({ label: "getEndpoint", method: "GET", url, retry: "read" });
    return readEndpoint("getEndpoint", answer);
  }

  /** A write's answer followed to its end; null when it ended without a result to read. */
  async function settle(call: FollowCall, answer: HttpAnswer): Promise<HttpAnswer | null> {
    const pending = pendingFrom(answer, context.now());
    if (pending) return followOperation(context, call, pending);
    if (answer.status === 202)
      throw notUnderstood(call.label, "202 without Azure-AsyncOperation or Location", 202);
    return answer;
  }

  async function putEndpoint(ref: WorkspaceRef, name: string, input: unknown): Promise<OnlineEndpoint> {
    const body = OnlineEndpointPutBodySchema.safeParse(input);
    if (!body.success) throw invalidRequest("putEndpoint", body.error);
    const url = v2Paths.endpoint(ref, name);
    const answer = await http.send({
      label: "putEndpoint",
      method: "PUT",
      url,
      body: body.data,
      retry: "never",
    });
    const call = { label: "putEndpoint" };
    const pending = pendingFrom(answer, context.now());
    // The spec's final state is the original URI: once the operation succeeded, the endpoint is read.
    if (pending) {
      await followOperation(context, call, pending);
      const done = await getEndpoint(ref, name);
      return awaitProvisioned(context, "putEndpoint", done, () => getEndpoint(ref, name));
    }
    const read = readEndpoint("putEndpoint", answer);
    return awaitProvisioned(context, "putEndpoint", read, () => getEndpoint(ref, name));
  }

  return {
    async listEndpoints(ref) {
      const url = v2Paths.endpoints(ref);
      return sortEndpoints(await collectPages(http, { label: "listEndpoints", url }));
    },

    getEndpoint,

    putEndpoint: (ref, name, body) => withRuleCodes(putEndpoint(ref, name, body)),

    setEndpointAuthMode: (ref, name, authMode) =>
      withRuleCodes(
        getEndpoint(ref, name).then((read) => {
          checkAuthMode(read, authMode);
          return putEndpoint(ref, name, putBodyFrom(read, { authMode }));
        }),
      ),

    async patchEndpointTags(ref, name, tags) {
      const body = EndpointTagsPatchSchema.safeParse({ tags });
      if (!body.success) throw invalidRequest("patchEndpointTags", body.error);
      const url = v2Paths.endpoint(ref, name);
      const call = { label: "patchEndpointTags" };
      const answer = await http.send({ ...call, method: "PATCH", url, body: body.data, retry: "never" });
      const result = await settle(call, answer);
      // The spec's final state is the Location's answer; an empty one says done without the endpoint.
      if (result === null || result.json === undefined) return getEndpoint(ref, name);
      return readEndpoint("patchEndpointTags", result);
    },

    async deleteEndpoint(ref, name) {
      const call = { label: "deleteEndpoint" };
      const answer = await http.send({
        ...call,
        method: "DELETE",
        url: v2Paths.endpoint(ref, name),
        retry: "never",
      });
      await settle(call, answer);
    },

    async listEndpointKeys(ref, name) {
      const url = v2Paths.listKeys(ref, name);
      const label = "listEndpointKeys";
      const answer = await http.send({ label, method: "POST", url, retry: "read", sensitive: true });
      return parseAnswer(EndpointKeysSchema, answer.json, label, answer.status);
    },

    regenerateEndpointKey: (ref, name, keyType, keyValue) =>
      withRuleCodes(
        (async () => {
          const input = keyValue === undefined ? { keyType } : { keyType, keyValue };
          const body = RegenerateEndpointKeyBodySchema.safeParse(input);
          if (!body.success) throw invalidRequest("regenerateEndpointKey", body.error);
          const call = {
            label: "regenerateEndpointKey",
            sensitive: true,
            redact: keyValue ? [keyValue] : [],
          };
          const url = v2Paths.regenerateKeys(ref, name);
          const answer = await http.send({ ...call, method: "POST", url, body: body.data, retry: "never" });
          // A result body (some versions return keys) is not read: listEndpointKeys is the one way to a key.
          await settle(call, answer);
        })(),
      ),

    async getEndpointToken(ref, name) {
      const url = v2Paths.token(ref, name);
      const label = "getEndpointToken";
      const answer = await http.send({ label, method: "POST", url, retry: "once", sensitive: true });
      return parseAnswer(EndpointTokenSchema, answer.json, label, answer.status);
    },
  };
}
