import { RotationSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { type RotationSubject, rotationKeys, rotationPath } from "../rotation-subject";

/**
 * `POST …/rotations/{id}/confirm` (key:regenerate): a rotation whose policy asks for a person's word
 * waits after its grace period; this lets it retire the old key (409 when it is not waiting).
 */
export const confirmRotation = (subject: RotationSubject, id: string) =>
  api(rotationPath(subject, "rotations", id, "confirm"), { method: "POST", schema: RotationSchema });

export function useConfirmRotation(subject: RotationSubject, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => confirmRotation(subject, id),
    onSuccess: (rotation) => queryClient.setQueryData(rotationKeys(subject).rotation(id), rotation),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rotationKeys(subject).rotations }),
  });
}
