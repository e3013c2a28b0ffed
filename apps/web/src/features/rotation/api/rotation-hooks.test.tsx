import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { fakeApi, json } from "../../../testing/fake-api";
import { TestProviders, testQueryClient } from "../../../testing/render";
import {
  BASE,
  destinationList,
  ENDPOINT_BASE,
  NAME,
  ROTATION_ID,
  rotationAt,
  WS,
} from "../rotation-fixtures";
import { deploymentSubject, endpointSubject, rotationKeys } from "../rotation-subject";
import { useCancelRotation } from "./cancel-rotation";
import { useConfirmRotation } from "./confirm-rotation";
import { useDestinations } from "./get-destinations";
import { useRotation } from "./get-rotation";
import { useRotations } from "./get-rotations";
import { useSetDestinations } from "./set-destinations";
import { useStartRotation } from "./start-rotation";

const GENERATIONS = [
  { generation: "v1", subject: deploymentSubject(WS, NAME), base: BASE },
  { generation: "v2", subject: endpointSubject(WS, NAME), base: ENDPOINT_BASE },
] as const;

function setup() {
  const queryClient = testQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestProviders queryClient={queryClient}>{children}</TestProviders>
  );
  return { queryClient, wrapper };
}

describe.each(GENERATIONS)("the rotation hooks of a $generation subject", ({ subject, base }) => {
  it("read the rotations, one rotation and the destinations under the subject's path", async () => {
    const api = fakeApi({
      [`GET ${base}/rotations`]: () => json({ workspace: WS, deployment: NAME, items: [] }),
      [`GET ${base}/rotations/${ROTATION_ID}`]: () => json(rotationAt("completed")),
      [`GET ${base}/destinations`]: () => json(destinationList()),
    });
    const { wrapper, queryClient } = setup();
    const { result } = renderHook(
      () => ({
        rotations: useRotations(subject),
        rotation: useRotation(subject, ROTATION_ID),
        destinations: useDestinations(subject),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.rotations.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.rotation.data?.phase).toBe("completed"));
    await waitFor(() => expect(result.current.destinations.data?.activeSlot).toBe("Primary"));
    expect(api.calls.map((call) => call.path).sort()).toEqual(
      [`${base}/destinations`, `${base}/rotations`, `${base}/rotations/${ROTATION_ID}`].sort(),
    );
    expect(queryClient.getQueryData(rotationKeys(subject).rotation(ROTATION_ID))).toMatchObject({
      phase: "completed",
    });
  });

  it("start, cancel and confirm post to the subject's path and refresh its rotations", async () => {
    const api = fakeApi({
      [`POST ${base}/rotations`]: () => json({ id: ROTATION_ID, phase: "pending" }, 202),
      [`POST ${base}/rotations/${ROTATION_ID}/cancel`]: () => json(rotationAt("cancelled")),
      [`POST ${base}/rotations/${ROTATION_ID}/confirm`]: () => json(rotationAt("retire-old")),
    });
    const { wrapper, queryClient } = setup();
    queryClient.setQueryData(rotationKeys(subject).rotations, { items: [] });
    const { result } = renderHook(
      () => ({
        start: useStartRotation(subject),
        cancel: useCancelRotation(subject, ROTATION_ID),
        confirm: useConfirmRotation(subject, ROTATION_ID),
      }),
      { wrapper },
    );
    await act(() => result.current.start.mutateAsync(45));
    expect(api.callsTo(`POST ${base}/rotations`).map((call) => call.body)).toEqual([{ graceSeconds: 45 }]);
    expect(queryClient.getQueryState(rotationKeys(subject).rotations)?.isInvalidated).toBe(true);

    await act(() => result.current.cancel.mutateAsync());
    expect(api.callsTo(`POST ${base}/rotations/${ROTATION_ID}/cancel`)).toHaveLength(1);
    expect(queryClient.getQueryData(rotationKeys(subject).rotation(ROTATION_ID))).toMatchObject({
      phase: "cancelled",
    });
    await act(() => result.current.confirm.mutateAsync());
    expect(api.callsTo(`POST ${base}/rotations/${ROTATION_ID}/confirm`)).toHaveLength(1);
    expect(api.calls.every((call) => call.path.startsWith(base))).toBe(true);
  });

  it("saves the whole set of destinations with PUT, and an empty set with DELETE", async () => {
    const api = fakeApi({
      [`PUT ${base}/destinations`]: () => json(destinationList()),
      [`DELETE ${base}/destinations`]: () => new Response(null, { status: 204 }),
    });
    const { wrapper } = setup();
    const { result } = renderHook(() => useSetDestinations(subject), { wrapper });
    const one = { vaultUrl: "https://kv-prod.vault.azure.net", secretName: "churn" };
    await act(() => result.current.mutateAsync([one]));
    await act(() => result.current.mutateAsync([]));
    expect(api.callsTo(`PUT ${base}/destinations`).map((call) => call.body)).toEqual([
      { destinations: [one] },
    ]);
    expect(api.callsTo(`DELETE ${base}/destinations`)).toHaveLength(1);
  });
});
