/** Errors the preview workbook raises where Excel would; shared by the workbook and the Office.js stand-in. */
/** An error Excel would raise; the stand-in turns it into an OfficeExtension.Error with this code. */
export class WorkbookError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "WorkbookError";
  }
}

export const ERR = {
  notFound: (what: string) => new WorkbookError("ItemNotFound", `The requested resource doesn't exist. (${what})`),
  invalid: (what: string) => new WorkbookError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${what})`),
  exists: (what: string) => new WorkbookError("ItemAlreadyExists", `The resource being created already exists. (${what})`),
  operation: (what: string) => new WorkbookError("InvalidOperation", `The requested operation is invalid. (${what})`),
  denied: (what: string) => new WorkbookError("AccessDenied", `You cannot perform the requested operation. (${what})`),
};

/** Duck-typed: the workbook (preview page) and the stand-in (pane iframe) are separate bundles and realms. */
export function isWorkbookError(error: unknown): error is WorkbookError {
  return typeof error === "object" && error !== null && (error as { name?: string }).name === "WorkbookError" && typeof (error as { code?: unknown }).code === "string";
}
