import { describe, expect, it } from "vitest";
import { credentialChoices } from "./credential-choices";

describe("credential choices", () => {
  it.each([
    ["key", ["primary:works", "secondary:works", "none:refused"]],
    ["token", ["token:works", "primary:refused", "secondary:refused", "none:refused"]],
    ["none", ["none:works", "primary:refused", "secondary:refused"]],
  ] as const)("for %s auth, offers %j in that order", (mode, expected) => {
    expect(
      credentialChoices(mode).map(
        (choice) => `${choice.credential}:${choice.expectedToWork ? "works" : "refused"}`,
      ),
    ).toEqual(expected);
  });
});
