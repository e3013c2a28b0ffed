import { KeyDestinationListSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { type RotationSubject, rotationKeys, rotationPath } from "../rotation-subject";

/** `GET …/destinations`: the Key Vault secrets that receive the active key, and which slot that is. */
export const getDestinations = (subject: RotationSubject, signal?: AbortSignal) =>
  api(rotationPath(subject, "destinations"), { schema: KeyDestinationListSchema, signal });

export const destinationsQueryOptions = (subject: RotationSubject) =>
  queryOptions({
    queryKey: rotationKeys(subject).destinations,
    queryFn: ({ signal }) => getDestinations(subject, signal),
  });

export const useDestinations = (subject: RotationSubject) => useQuery(destinationsQueryOptions(subject));
