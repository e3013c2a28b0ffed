import type { KeyType } from "@keyturn/auth-domain";
import { otherKeyType } from "@keyturn/auth-domain";
import type { TFunction } from "i18next";

/** The interpolation values every rotation sentence uses: the old and the new slot, by name. */
export const slotNames = (t: TFunction, oldSlot: KeyType) => ({
  old: t(`keys.keyName.${oldSlot}`),
  new: t(`keys.keyName.${otherKeyType(oldSlot)}`),
});
