import type { CustomFunctionsDouble } from "../../dev/custom-functions-double";
import type { Workbook } from "../../dev/excel-double/workbook";

/**
 * What the preview page (the parent window) offers the task pane's Office.js stand-in (in the iframe, same origin):
 * the CustomFunctions double that the pane's functions.js registers into, and the workbook Excel.run works on.
 */
export interface PreviewHost {
  customFunctions: CustomFunctionsDouble;
  /** The pane's page is loading: associations start afresh (a reloaded pane registers its functions again). */
  paneLoading(): void;
  /** The pane's scripts have run (functions associated); resolves once the workbook exists. */
  paneReady(): Promise<void>;
  workbook(): Workbook;
  /** Nothing left to show: no asynchronous result computing, no edit open, and the grid drawn from the latest change. */
  isIdle(): boolean;
}

export const HOST_GLOBAL = "__llmcostPreview";
