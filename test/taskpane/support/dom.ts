/**
 * What jsdom lacks and the pane's code needs, installed before anything else is imported:
 * TextEncoder/TextDecoder (the xlsx adapter), ResizeObserver (Fluent's MessageBar and the
 * charts), a 2D canvas (the charts measure labels with it; jsdom has none, so `getContext`
 * answers null as a browser without canvas would), and `matchMedia` (the system color scheme).
 */
import { TextDecoder, TextEncoder } from "util";

const scope = globalThis as Record<string, unknown>;
scope.TextEncoder ??= TextEncoder;
scope.TextDecoder ??= TextDecoder;
scope.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

/** The color scheme `matchMedia("(prefers-color-scheme: dark)")` reports; tests change it. */
export const colorScheme = { dark: false, listeners: new Set<(event: { matches: boolean }) => void>() };

/** Switches the reported scheme and tells the listeners, as a browser does. */
export function setSystemDark(dark: boolean): void {
  colorScheme.dark = dark;
  for (const listener of [...colorScheme.listeners]) listener({ matches: dark });
}

window.matchMedia = ((query: string) => ({
  get matches() {
    return query.includes("dark") ? colorScheme.dark : false;
  },
  media: query,
  onchange: null,
  addEventListener: (_type: string, listener: (event: { matches: boolean }) => void) => colorScheme.listeners.add(listener),
  removeEventListener: (_type: string, listener: (event: { matches: boolean }) => void) => colorScheme.listeners.delete(listener),
  addListener: () => undefined,
  removeListener: () => undefined,
  dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;
