/** @jest-environment jsdom */
import "./support/dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { browserPane, excelPane } from "./support/pane";

describe("the pane", () => {
  test("opens on Check inside Excel and on Set up in a browser", async () => {
    await excelPane();
    expect(screen.getByRole("tab", { selected: true }).textContent).toBe("Check");
    document.body.innerHTML = "";
    browserPane();
    expect(screen.getAllByRole("tab", { selected: true }).map((t) => t.textContent)).toContain("Set up");
  });

  test("names the plan and its period, currency and as-of day", async () => {
    await excelPane();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("FY2026 Joint Marketing Plan");
    expect(screen.getByText("Contoso Cloud · 2026-01-01 to 2026-12-31 · USD · as of 2026-11-30")).toBeTruthy();
  });

  test("views are tabs the keyboard switches, each panel named by its tab", async () => {
    const user = userEvent.setup();
    await excelPane();
    // Arrow keys between tabs need layout for Fluent's focus manager, which jsdom does not do.
    screen.getByRole("tab", { name: "Funding" }).focus();
    await user.keyboard("{Enter}");
    const funding = screen.getByRole("tab", { name: "Funding", selected: true });
    const panel = screen.getByRole("tabpanel");
    expect(panel.getAttribute("aria-labelledby")).toBe(funding.id);
    expect(screen.getByRole("heading", { level: 2, name: "Funding" })).toBeTruthy();
  });
});
