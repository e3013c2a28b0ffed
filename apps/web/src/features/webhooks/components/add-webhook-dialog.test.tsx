import { Button } from "@fluentui/react-components";
import { configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { HOOK, POLICY, SECRET } from "../webhook-fixtures";
import { AddWebhookDialog } from "./add-webhook-dialog";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

describe("adding a webhook", () => {
  it("keeps Cancel from closing while the hook is on its way, so its secret is still shown once it is added", async () => {
    let answer: (response: Response) => void = () => {};
    fakeApi({
      "POST /api/webhooks": () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
    });
    renderWithProviders(<AddWebhookDialog policies={[POLICY]} trigger={<Button>Add webhook</Button>} />, {
      me: meWithRoles(["Admin"]),
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Add webhook" }));
    const dialog = await screen.findByRole("dialog", { name: "Add a webhook" });
    await user.type(within(dialog).getByRole("textbox", { name: /Receiver URL/ }), HOOK.url);
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /Rotation policy/ }), POLICY.id);
    await user.click(within(dialog).getByRole("button", { name: "Add webhook" }));

    const cancel = within(dialog).getByRole("button", { name: "Cancel" });
    expect(cancel).toHaveAttribute("aria-disabled", "true");
    await user.click(cancel);
    expect(dialog).toBeInTheDocument();

    answer(json({ webhook: HOOK, secret: SECRET }, 201));
    expect(await screen.findByRole("alertdialog", { name: "Copy the signing secret now" })).toHaveTextContent(
      SECRET,
    );
  });
});
