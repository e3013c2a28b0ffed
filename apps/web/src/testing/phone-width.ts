import { afterEach, beforeEach } from "vitest";
import { NARROW_MEDIA } from "../app/layout/narrow-screen";

/**
 * The tests of the calling file run as on a phone: the console's narrow media query matches (jsdom has
 * no layout, so the query is answered here), then the setup's answer comes back.
 */
export function onPhoneWidth(): void {
  let wide: typeof window.matchMedia;
  beforeEach(() => {
    wide = window.matchMedia;
    window.matchMedia = (query: string) => ({
      ...wide(query),
      matches: query === NARROW_MEDIA,
      media: query,
    });
  });
  afterEach(() => {
    window.matchMedia = wide;
  });
}
