/** @jest-environment jsdom */
import { setSystemDark } from "./support/dom";
import { act, renderHook } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentTheme, isDarkColor, useSystemDarkMode } from "../../src/taskpane/theme";

describe("theme", () => {
  test("Office's dark backgrounds get the dark theme, light ones the light theme", () => {
    // Office themes: Black, Dark Gray, Colorful, White.
    expect(isDarkColor("#000000")).toBe(true);
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#666666")).toBe(true);
    expect(isDarkColor("#E6E6E6")).toBe(false);
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(isDarkColor("#fff")).toBe(false);
    expect(isDarkColor("111")).toBe(true);
    expect(fluentTheme(true)).toBe(webDarkTheme);
    expect(fluentTheme(false)).toBe(webLightTheme);
  });

  test("an unknown background is light", () => {
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor("")).toBe(false);
    expect(isDarkColor("rgb(0,0,0)")).toBe(false);
  });

  test("in a browser the pane follows the system's color scheme as it changes", () => {
    setSystemDark(true);
    const { result } = renderHook(() => useSystemDarkMode());
    expect(result.current).toBe(true);
    act(() => setSystemDark(false));
    expect(result.current).toBe(false);
  });
});
