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
  /** What isIdle is made of, for a test that waited in vain to say which part was not there. */
  idleState(): IdleState;
}

export interface IdleState {
  workbookReady: boolean;
  renderScheduled: boolean;
  /** The cell being edited ("Sheet1!B3"), or null. */
  editing: string | null;
  /** Asynchronous function results still computing. */
  busy: boolean;
  /** The workbook's change counter, and the change the grid was last drawn from. */
  changes: number | null;
  drawnChanges: number;
}

export const HOST_GLOBAL = "__llmcostPreview";
