import { invalidValue } from "../errors";
import type { Message } from "../../i18n/catalog";
import { parseAsOf } from "../dates";
import { apiProviderIds, findApiProvider, resolveApiModel } from "./catalog";
import { exactNames } from "./match";

/**
 * An organisation's price sheet: negotiated or internal prices that override the catalog's list prices. It arrives
 * as the cells of a range (first row: headers). A row applies to a model on a date when its model matches and the
 * date lies in [valid_from, valid_to]; it replaces the catalog price of its type.
 */

export const SHEET_PRICE_TYPES = ["input", "output", "cache_read", "cache_write", "training"] as const;
export type SheetPriceType = (typeof SHEET_PRICE_TYPES)[number];

export const PRICE_SHEET_COLUMNS = ["model", "price_type", "usd_per_mtok", "valid_from", "valid_to", "provider", "note"] as const;
const REQUIRED_COLUMNS = ["model", "price_type", "usd_per_mtok"] as const;

export interface PriceSheetRow {
  /** Row number within the range (the header is row 1), for messages. */
  row: number;
  model: string;
  priceType: SheetPriceType;
  usdPerMtok: number;
  validFrom: string | null;
  validTo: string | null;
  /** A catalog provider id; the row then applies only to that provider's model. */
  provider: string | null;
}

export interface PriceSheet {
  /** Rows by lower-case model name. */
  byModel: Map<string, PriceSheetRow[]>;
}

type Cell = unknown;

const isBlank = (cell: Cell) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

function rowError(row: number, column: string, problem: Message): never {
  throw invalidValue("errors.priceSheetCell", { row, column, problem });
}

function sheetDate(cell: Cell, row: number, column: string): string | null {
  if (isBlank(cell)) return null;
  if (typeof cell !== "number" && typeof cell !== "string") rowError(row, column, { id: "errors.priceSheetGiveDate" });
  try {
    return parseAsOf(cell);
  } catch {
    return rowError(row, column, { id: "errors.priceSheetNotADate", params: { value: String(cell).slice(0, 30) } });
  }
}

function headerPositions(header: Cell[]): Map<string, number> {
  const positions = new Map<string, number>();
  header.forEach((cell, index) => {
    const name = typeof cell === "string" ? cell.trim().toLowerCase() : "";
    if ((PRICE_SHEET_COLUMNS as readonly string[]).includes(name) && !positions.has(name)) positions.set(name, index);
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!positions.has(required)) {
      throw invalidValue("errors.priceSheetMissingColumn", { required: REQUIRED_COLUMNS.join(", "), missing: required });
    }
  }
  return positions;
}

function parseRow(cells: Cell[], row: number, at: Map<string, number>): PriceSheetRow | null {
  const cell = (column: string) => (at.has(column) ? cells[at.get(column) as number] : null);
  if (["model", "price_type", "usd_per_mtok"].every((column) => isBlank(cell(column)))) return null; // an empty table row
  // A listed model without a price of that type ("n/a", as the price-table template writes it): the catalog applies.
  if (isBlank(cell("usd_per_mtok")) || String(cell("usd_per_mtok")).trim().toLowerCase() === "n/a") return null;
  const model = cell("model");
  if (typeof model !== "string" || model.trim() === "") rowError(row, "model", { id: "errors.priceSheetGiveModel" });
  const type = String(cell("price_type") ?? "").trim().toLowerCase();
  if (!(SHEET_PRICE_TYPES as readonly string[]).includes(type)) rowError(row, "price_type", { id: "errors.priceSheetBadType", params: { value: type, allowed: SHEET_PRICE_TYPES.join(", ") } });
  const price = cell("usd_per_mtok");
  if (typeof price !== "number" || !Number.isFinite(price) || price < 0) rowError(row, "usd_per_mtok", { id: "errors.priceSheetGivePrice" });
  const validFrom = sheetDate(cell("valid_from"), row, "valid_from");
  const validTo = sheetDate(cell("valid_to"), row, "valid_to");
  if (validFrom !== null && validTo !== null && validTo < validFrom) rowError(row, "valid_to", { id: "errors.priceSheetEndsBeforeStart", params: { validTo, validFrom } });
  const provider = sheetProvider(cell("provider"), row);
  return { row, ...catalogIdentity(model.trim().toLowerCase(), provider), priceType: type as SheetPriceType, usdPerMtok: price, validFrom, validTo };
}

/** A row's provider by any name INFERENCE accepts (`azure`, `Azure OpenAI`, `vertex`); an unknown one is #VALUE!. */
function sheetProvider(cell: Cell, row: number): string | null {
  if (isBlank(cell)) return null;
  const found = findApiProvider(String(cell));
  if (!found) {
    rowError(row, "provider", { id: "errors.priceSheetUnknownProvider", params: { value: String(cell).trim().slice(0, 40), ids: apiProviderIds().slice(0, 12).join(", ") } });
  }
  return found.id;
}

/**
 * The catalog entry a row names, resolved once: a dated alias (`gpt-4o-mini-2024-07-18`) or `provider:model` is
 * filed under the entry's id, so the row applies however a formula names the model. A name that is not one of an
 * entry's own names (an internal model) stays as written.
 */
function catalogIdentity(name: string, provider: string | null): { model: string; provider: string | null } {
  if (name.startsWith("ft:")) return { model: name, provider };
  try {
    const bare = name.includes(":") && findApiProvider(name.slice(0, name.indexOf(":"))) ? name.slice(name.indexOf(":") + 1) : name;
    const resolved = resolveApiModel(provider === null ? name : `${provider}:${bare}`);
    const names = new Set([resolved.model.id.toLowerCase(), ...exactNames(resolved.model.match).map((alias) => alias.toLowerCase())]);
    if (!names.has(bare) && !names.has(bare.replace(/(20\d{2})(\d{2})(\d{2})/, "$1-$2-$3"))) return { model: name, provider };
    return { model: resolved.model.id.toLowerCase(), provider: provider ?? (bare !== name ? resolved.provider.id : null) };
  } catch {
    return { model: name, provider };
  }
}

/**
 * The sheet from a range's cells; null when omitted (null, "" or a single blank cell). Bad rows are #VALUE!. Kept
 * small for the omitted case, which every row of a budget column takes, so that the compiler inlines it.
 */
export function parsePriceSheet(cells: unknown): PriceSheet | null {
  return cells === null || cells === undefined || cells === "" ? null : sheetOfCells(cells);
}

function sheetOfCells(cells: unknown): PriceSheet | null {
  if (!Array.isArray(cells) || !cells.every(Array.isArray)) throw invalidValue("errors.priceSheetNotARange");
  const grid = cells as Cell[][];
  if (grid.length === 1 && grid[0].every(isBlank)) return null;
  const at = headerPositions(grid[0]);
  const byModel = new Map<string, PriceSheetRow[]>();
  grid.slice(1).forEach((cellsOfRow, index) => {
    const parsed = parseRow(cellsOfRow, index + 2, at);
    if (!parsed) return;
    const rows = byModel.get(parsed.model);
    if (rows) rows.push(parsed);
    else byModel.set(parsed.model, [parsed]);
  });
  return { byModel };
}

/**
 * The sheet's price of one type for a model on a date, or undefined. `names` are the names the model goes by (as
 * typed, its catalog id, provider:id); `provider` its catalog provider (null for a model only the sheet knows).
 * With no date (newest prices), rows still in force apply (no valid_to). Of several rows in force, the one that
 * started last wins; on the same start, the lower row.
 */
export function sheetPrice(sheet: PriceSheet, names: string[], provider: string | null, type: SheetPriceType, asOf: string | null): PriceSheetRow | undefined {
  let best: PriceSheetRow | undefined;
  for (const name of new Set(names)) {
    for (const row of sheet.byModel.get(name) ?? []) {
      if (row.priceType !== type) continue;
      if (row.provider !== null && provider !== null && row.provider !== provider) continue;
      if (asOf === null ? row.validTo !== null : (row.validFrom !== null && asOf < row.validFrom) || (row.validTo !== null && asOf > row.validTo)) continue;
      if (!best || (row.validFrom ?? "") > (best.validFrom ?? "") || ((row.validFrom ?? "") === (best.validFrom ?? "") && row.row > best.row)) best = row;
    }
  }
  return best;
}
