/**
 * The workbooks browser mode opens and makes, in one module so that they load together (as the
 * "xlsx" chunk) the first time a file is opened or made.
 */
export { openStreamFirst } from "./openStreamFirst";
export { XlsxWorkbook } from "./XlsxWorkbook";
