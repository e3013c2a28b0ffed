import { useSyncExternalStore } from "react";

/**
 * Below this width (a phone, or a narrow window) the side navigation becomes a drawer and the user's
 * name and sign-out move into an account menu. The same value in CSS and in this hook.
 */
export const NARROW_MEDIA = "(max-width: 767px)";
export const NARROW_SCREEN = `@media ${NARROW_MEDIA}`;

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW_MEDIA);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the screen is narrow now; follows resizes and rotations. */
export const useNarrowScreen = () =>
  useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_MEDIA).matches,
    () => false,
  );
