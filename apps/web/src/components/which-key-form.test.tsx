import { KeyIdentifyResultSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { configure, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { api } from "../lib/api-client";
import { fakeApi, json } from "../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../testing/render";
import { WhichKeyForm } from "./which-key-form";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const IDENTIFY = "/api/endpoints/ws-prod/scorer/keys/identify";

function Form() {
  const identify = useMutation({
    mutationFn: (key: string) =>
      api(IDENTIFY, { method: "POST", body: { key }, schema: KeyIdentifyResultSchema }),
    gcTime: 0,
  });
  return <WhichKeyForm identify={identify} />;
}

describe("WhichKeyForm", () => {
  it("asks for a key when none was pasted, sends nothing, and answers once one is", async () => {
    const server = fakeApi({ [`POST ${IDENTIFY}`]: () => json({ match: "unknown" }) });
    renderWithProviders(<Form />, { me: meWithRoles(["KeyRotator"]) });
    const user = userEvent.setup();
    const input = await screen.findByLabelText("Key to identify");

    await user.type(input, "   ");
    await user.click(screen.getByRole("button", { name: "Identify" }));
    expect(await screen.findByText("Paste a key first.")).toBeInTheDocument();
    expect(input).toHaveFocus();
    expect(server.callsTo(`POST ${IDENTIFY}`)).toHaveLength(0);

    await user.clear(input);
    await user.paste("sk_old_value");
    await user.click(screen.getByRole("button", { name: "Identify" }));
    expect(await screen.findByText(/This is not a current key/)).toBeInTheDocument();
    expect(screen.queryByText("Paste a key first.")).not.toBeInTheDocument();
    expect(server.callsTo(`POST ${IDENTIFY}`).map((call) => call.body)).toEqual([{ key: "sk_old_value" }]);
  });
});
