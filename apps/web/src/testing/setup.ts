import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";
import { initI18n, loadLaterMessages } from "../lib/i18n/i18n";

// jsdom lacks these browser APIs that Fluent UI reads.
beforeAll(() => {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  window.scrollTo = () => {}; // the router restores scroll positions; jsdom has no layout
  // jsdom has no layout: offsetParent is always null and <body> measures 0×0, so Fluent's focus
  // manager (tabster) takes every element for hidden — an open Dialog gets aria-hidden and its
  // buttons cannot be focused. Answer as a browser would for rendered elements.
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this === document.body ? null : this.parentElement;
    },
  });
  Object.defineProperty(document.body, "getBoundingClientRect", {
    configurable: true,
    value: () => new DOMRect(0, 0, 1024, 768),
  });
  if (typeof window.ResizeObserver === "undefined") {
    window.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
});

// Every screen's strings, as the router loads them before a screen past the first shows.
await initI18n("en");
await loadLaterMessages();

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
