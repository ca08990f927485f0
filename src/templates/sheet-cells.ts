import { columnLetter } from "./a1";
import type { CellStyle, RenderedCell, RenderedName } from "./types";

export type CellWrite = { value?: number | string | boolean; formula?: string };

export function address(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

export function absolute(col: number, row: number): string {
  return `$${columnLetter(col)}$${row}`;
}

/** Collects one sheet's cells, drop-downs, tables and names (names go into the template-wide list). */
export class SheetCells {
  readonly cells: RenderedCell[] = [];
  readonly validations: { address: string; list: string[] }[] = [];
  readonly tables: { name: string; range: string }[] = [];

  constructor(
    readonly templateId: string,
    readonly sheetName: string,
    private readonly names: RenderedName[],
  ) {}

  /** A cell; text that Excel would read as a formula is refused, text without a format is written as text ("@"). */
  put(col: number, row: number, content: CellWrite, style: CellStyle, format?: string): void {
    if (typeof content.value === "string" && /^[=+\-@]/.test(content.value) && !/^-?\d/.test(content.value)) {
      throw new Error(`${this.templateId}!${address(col, row)}: text "${content.value.slice(0, 30)}" would be read as a formula`);
    }
    const cell: RenderedCell = { address: address(col, row), ...content, style };
    if (format) cell.format = format;
    else if (typeof content.value === "string") cell.format = "@";
    this.cells.push(cell);
  }

  addName(name: string, col: number, row: number): void {
    this.addRangeName(name, absolute(col, row));
  }

  /** A workbook-scoped name for a range of this sheet (the organisation price sheet's table). */
  addWorkbookName(name: string, range: string): void {
    this.names.push({ name, sheet: this.sheetName, address: range, workbook: true });
  }

  /** A name for a range of this sheet (absolute A1, e.g. $F$40:$AO$40). */
  addRangeName(name: string, range: string): void {
    if (this.names.some((n) => n.name.toLowerCase() === name.toLowerCase() && n.sheet === this.sheetName)) throw new Error(`${this.templateId}: name ${name} defined twice`);
    this.names.push({ name, sheet: this.sheetName, address: range });
  }
}
