import { RotationAcceptedSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { type RotationSubject, rotationKeys, rotationPath } from "../rotation-subject";

/**
 * `POST …/rotations` (key:regenerate): 202 with the rotation's id; its steps then run in the BFF. No
 * grace asked: the governing policy's (else the BFF's default) applies.
 */
export const startRotation = (subject: RotationSubject, graceSeconds: number | undefined) =>
  api(rotationPath(subject, "rotations"), {
    method: "POST",
    body: graceSeconds === undefined ? {} : { graceSeconds },
    schema: RotationAcceptedSchema,
  });

export function useStartRotation(subject: RotationSubject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (graceSeconds: number | undefined) => startRotation(subject, graceSeconds),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rotationKeys(subject).rotations }),
  });
}
