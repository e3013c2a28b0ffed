import { RotationSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { POLL_MS, rotationInProgress } from "../rotation-phase";
import { type RotationSubject, rotationKeys, rotationPath } from "../rotation-subject";

/** `GET …/rotations/{id}`: each step with times, who and outcome. */
export const getRotation = (subject: RotationSubject, id: string, signal?: AbortSignal) =>
  api(rotationPath(subject, "rotations", id), { schema: RotationSchema, signal });

/** Polled while the rotation is not over: the steps run in the BFF, not in the browser. */
export const rotationQueryOptions = (subject: RotationSubject, id: string) =>
  queryOptions({
    queryKey: rotationKeys(subject).rotation(id),
    queryFn: ({ signal }) => getRotation(subject, id, signal),
    refetchInterval: (query) => (!query.state.data || rotationInProgress(query.state.data) ? POLL_MS : false),
    staleTime: 0,
  });

export const useRotation = (subject: RotationSubject, id: string) =>
  useQuery(rotationQueryOptions(subject, id));
