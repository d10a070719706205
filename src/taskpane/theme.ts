/**
 * Which Fluent theme the pane wears: inside Excel the Office theme's background decides (a dark
 * background gets the dark theme); in a browser the system's color scheme does, and the pane
 * follows it when it changes.
 */
import { useEffect, useState } from "react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";

/** True for a dark CSS hex color (`#1f1f1f`, `#333`): relative luminance below one half. */
export function isDarkColor(hex: string | undefined): boolean {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex?.trim() ?? "");
  if (!match) return false;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  const channel = (i: number): number => {
    const c = parseInt(digits.slice(i * 2, i * 2 + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2) < 0.5;
}

/** The Fluent theme for a dark or light surface. */
export function fluentTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** True while the system asks for dark colors; false where the browser cannot tell. */
export function useSystemDarkMode(): boolean {
  const query = typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(DARK_QUERY) : undefined;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = (event: MediaQueryListEvent): void => setDark(event.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, [query]);
  return dark;
}
