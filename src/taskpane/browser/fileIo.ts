/**
 * The browser's file edges: reading a picked or dropped file into bytes, and offering bytes back
 * as a download. Nothing leaves the machine: the download is an object URL of a local Blob.
 */

/** The media type of an .xlsx workbook. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves a Blob under a file name (a download). */
export type SaveFile = (blob: Blob, fileName: string) => void;

/** The bytes of a file; FileReader where `Blob.arrayBuffer` is missing (older web views). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

/** Offers `blob` as a download named `fileName` through a temporary link to an object URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The browser has taken the URL once the click is handled; keep it a moment for slow ones.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
