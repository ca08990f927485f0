import type { CellContent } from "../types";

/** A link to the use-case sheet's named cell (0 when the sheet is not there: the block then costs nothing, and says so). */
export const link = (sheet: string, name: string, found = "={link}", missing: number | string = 0): CellContent => ({ link: { sheet, name }, found, missing });
