/**
 * How the Partner workbooks view hands a pack to the user: a download of a local Blob, in Excel
 * and in browser mode alike. A context so tests can catch the file instead of a browser download.
 */
import { createContext, useContext } from "react";
import { downloadBlob } from "../browser/fileIo";
import type { SaveFile } from "../browser/fileIo";

const PackSaverContext = createContext<SaveFile>(downloadBlob);

/** Replaces the download for everything below it (tests). */
export const PackSaverProvider = PackSaverContext.Provider;

/** The function that offers a pack for download. */
export function usePackSaver(): SaveFile {
  return useContext(PackSaverContext);
}
