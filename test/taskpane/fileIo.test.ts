/** @jest-environment jsdom */
import { downloadBlob, readFileBytes, XLSX_TYPE } from "../../src/taskpane/browser/fileIo";

describe("browser file edges", () => {
  afterEach(() => jest.useRealTimers());

  test("a download is a link to a local object URL, named like the file, clicked once and released", () => {
    jest.useFakeTimers();
    const urls: Blob[] = [];
    const revoked: string[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        urls.push(blob);
        return "blob:local/1";
      },
      revokeObjectURL: (url: string) => revoked.push(url),
    });
    const clicks: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    const blob = new Blob(["x"], { type: XLSX_TYPE });
    downloadBlob(blob, "Partner plan.xlsx");
    expect(urls).toEqual([blob]);
    expect(clicks).toEqual([{ href: "blob:local/1", download: "Partner plan.xlsx" }]);
    expect(document.querySelector("a")).toBeNull();
    jest.runAllTimers();
    expect(revoked).toEqual(["blob:local/1"]);
    click.mockRestore();
  });

  test("reads a file's bytes where Blob.arrayBuffer is missing", async () => {
    const file = new File([new Uint8Array([80, 75, 3, 4])], "plan.xlsx");
    await expect(readFileBytes(file)).resolves.toEqual(new Uint8Array([80, 75, 3, 4]));
  });
});
