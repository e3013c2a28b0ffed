import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../testing/render";
import { Section } from "./section";

describe("Section", () => {
  it("is a region named by its heading, an h2 unless asked for an h3", () => {
    renderWithProviders(
      <Section title="Keys">
        <Section title="Primary key" level={3}>
          <p>fingerprint</p>
        </Section>
      </Section>,
    );
    const keys = screen.getByRole("region", { name: "Keys" });
    expect(screen.getByRole("heading", { level: 2, name: "Keys" })).toBeInTheDocument();
    const primary = screen.getByRole("region", { name: "Primary key" });
    expect(screen.getByRole("heading", { level: 3, name: "Primary key" })).toBeInTheDocument();
    expect(keys).toContainElement(primary);
    expect(primary).toHaveTextContent("fingerprint");
    expect(keys).not.toHaveAttribute("aria-busy");
  });

  it("uses the heading id it is given, so a table inside can be named by the same heading", () => {
    renderWithProviders(
      <Section title="Findings" headingId="findings-title" busy>
        <table aria-labelledby="findings-title">
          <tbody>
            <tr>
              <td>none</td>
            </tr>
          </tbody>
        </table>
      </Section>,
    );
    expect(screen.getByRole("table", { name: "Findings" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Findings" })).toHaveAttribute("aria-busy", "true");
  });
});
