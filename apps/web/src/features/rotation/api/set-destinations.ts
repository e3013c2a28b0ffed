import { type DestinationInput, KeyDestinationListSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, apiRequest } from "../../../lib/api-client";
import { type RotationSubject, rotationKeys, rotationPath } from "../rotation-subject";

/**
 * `PUT …/destinations` (Admin) with the whole set: the BFF writes the active key to each at once and
 * saves nothing when a vault refuses. An empty set is `DELETE …/destinations` (the secrets keep their
 * versions).
 */
export async function setDestinations(subject: RotationSubject, destinations: DestinationInput[]) {
  const path = rotationPath(subject, "destinations");
  if (destinations.length === 0) {
    await apiRequest(path, { method: "DELETE" });
    return null;
  }
  return api(path, { method: "PUT", body: { destinations }, schema: KeyDestinationListSchema });
}

export function useSetDestinations(subject: RotationSubject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (destinations: DestinationInput[]) => setDestinations(subject, destinations),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rotationKeys(subject).destinations }),
  });
}
