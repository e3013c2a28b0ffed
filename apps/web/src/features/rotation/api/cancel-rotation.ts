import { RotationSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { type RotationSubject, rotationKeys, rotationPath } from "../rotation-subject";

/** `POST …/rotations/{id}/cancel` (key:regenerate): 409 `rotation_not_cancellable` once the old key dies. */
export const cancelRotation = (subject: RotationSubject, id: string) =>
  api(rotationPath(subject, "rotations", id, "cancel"), { method: "POST", schema: RotationSchema });

export function useCancelRotation(subject: RotationSubject, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelRotation(subject, id),
    onSuccess: (rotation) => queryClient.setQueryData(rotationKeys(subject).rotation(id), rotation),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rotationKeys(subject).rotations }),
  });
}
