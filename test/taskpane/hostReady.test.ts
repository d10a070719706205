import { detectHost, OFFICE_READY_TIMEOUT_MS } from "../../src/taskpane/hostReady";
import type { OfficeReady } from "../../src/taskpane/hostReady";

const HostType = { Excel: "Excel", Word: "Word" };

function office(onReady: () => Promise<{ host: unknown }>): OfficeReady {
  return { onReady, HostType };
}

describe("detectHost", () => {
  afterEach(() => jest.useRealTimers());

  test("is Excel when Office reports Excel", async () => {
    await expect(detectHost(office(() => Promise.resolve({ host: "Excel" })))).resolves.toBe("excel");
  });

  test("is the browser when office.js is not on the page, reports no host, or another host", async () => {
    await expect(detectHost(undefined)).resolves.toBe("browser");
    await expect(detectHost(office(() => Promise.resolve({ host: null })))).resolves.toBe("browser");
    await expect(detectHost(office(() => Promise.resolve({ host: "Word" })))).resolves.toBe("browser");
    await expect(detectHost(office(() => Promise.reject(new Error("office.js failed"))))).resolves.toBe("browser");
    await expect(detectHost({ HostType } as unknown as OfficeReady)).resolves.toBe("browser");
  });

  test("does not hang when Office never answers: browser mode after the time limit", async () => {
    jest.useFakeTimers();
    let answered: string | undefined;
    const pending = detectHost(office(() => new Promise(() => undefined))).then((mode) => (answered = mode));
    await jest.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS - 10);
    expect(answered).toBeUndefined();
    await jest.advanceTimersByTimeAsync(20);
    await pending;
    expect(answered).toBe("browser");
    expect(OFFICE_READY_TIMEOUT_MS).toBeLessThanOrEqual(2000);
  });

  test("tells the caller when Excel answers after the time limit", async () => {
    let ready: (info: { host: unknown }) => void = () => undefined;
    const onLateExcel = jest.fn();
    const mode = await detectHost(office(() => new Promise((resolve) => (ready = resolve))), { timeoutMs: 10, onLateExcel });
    expect(mode).toBe("browser");
    ready({ host: "Excel" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onLateExcel).toHaveBeenCalledTimes(1);
  });
});
