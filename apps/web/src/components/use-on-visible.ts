import { useEffect, useRef } from "react";

/**
 * Calls `onVisible` when the element of the returned ref comes within `rootMargin` of the viewport,
 * while `enabled`. The observer is made again each time `enabled` turns on, so an element still in
 * view after a page has loaded asks for the next one. Without IntersectionObserver it does nothing
 * (a visible button remains).
 */
export function useOnVisible<T extends Element>(
  onVisible: () => void,
  enabled: boolean,
  rootMargin = "400px",
) {
  const ref = useRef<T>(null);
  const callback = useRef(onVisible);
  useEffect(() => {
    callback.current = onVisible;
  });
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current();
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled, rootMargin]);
  return ref;
}
