import { useLayoutEffect, useState } from "react";

/**
 * The width in px of the element given to the returned ref, followed as it resizes (a window, the
 * navigation, a rotation); 0 until it is laid out, and where there is no layout (jsdom).
 */
export function useWidth<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!element) return;
    // Measured before the first paint, so a narrow box never shows the wide layout first.
    setWidth(element.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}
