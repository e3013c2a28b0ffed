import { RotationListSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { POLL_MS, rotationInProgress } from "../rotation-phase";
import { type RotationSubject, rotationKeys, rotationPath } from "../rotation-subject";

/** `GET …/rotations`: newest first, at most 50, each with its steps. */
export const getRotations = (subject: RotationSubject, signal?: AbortSignal) =>
  api(rotationPath(subject, "rotations"), { schema: RotationListSchema, signal });

export const rotationsQueryOptions = (subject: RotationSubject) =>
  queryOptions({
    queryKey: rotationKeys(subject).rotations,
    queryFn: ({ signal }) => getRotations(subject, signal),
    // The history follows a rotation in progress (another person's too) until it is over.
    refetchInterval: (query) => (query.state.data?.items.some(rotationInProgress) ? POLL_MS : false),
  });

export const useRotations = (subject: RotationSubject) => useQuery(rotationsQueryOptions(subject));
