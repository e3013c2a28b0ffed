import { describe, expect, it } from "vitest";
import { checkDraft, draftOf, emptyDraft, sameDraft } from "./webhook-draft";
import { HOOK } from "./webhook-fixtures";

describe("a webhook's draft", () => {
  it("sends the address trimmed and the events in their fixed order, whatever order they were ticked in", () => {
    const draft = {
      url: "  https://hooks.example.com/x ",
      policyId: "p",
      events: ["rotation.failed", "rotation.started"] as const,
    };
    expect(checkDraft({ ...draft, events: [...draft.events] })).toEqual({
      ok: true,
      body: {
        url: "https://hooks.example.com/x",
        policyId: "p",
        events: ["rotation.started", "rotation.failed"],
      },
    });
  });

  it("names every field it can already tell is wrong, in form order", () => {
    expect(checkDraft({ url: "hooks.example.com", policyId: "", events: [] })).toEqual({
      ok: false,
      fields: ["url", "policyId", "events"],
    });
    expect(checkDraft({ ...emptyDraft(), url: "https://a b", policyId: "p" })).toEqual({
      ok: false,
      fields: ["url"],
    });
  });

  it("counts an edit as unsaved only when it would send something else", () => {
    const start = draftOf(HOOK);
    expect(sameDraft(start, { ...start, url: ` ${HOOK.url} ` })).toBe(true);
    expect(sameDraft(start, { ...start, events: [...start.events].reverse() })).toBe(true);
    expect(sameDraft(start, { ...start, url: `${HOOK.url}/v2` })).toBe(false);
    expect(sameDraft(start, { ...start, events: ["rotation.failed"] })).toBe(false);
    expect(sameDraft(start, { ...start, policyId: "other" })).toBe(false);
  });
});
