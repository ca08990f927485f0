/**
 * An Office.js stand-in: the subset of the Excel JavaScript API the task pane uses, driving a preview Workbook
 * (HyperFormula + what Excel keeps beside the cells). It keeps Office.js's rules so that code which works here
 * works in Excel: proxies queue commands that run only at context.sync(); a property read before load + sync
 * throws PropertyNotLoaded; *OrNullObject proxies answer isNullObject after a sync; a failing command rejects
 * sync() with an OfficeExtension.Error carrying Excel's code (ItemNotFound, InvalidArgument, …), commands before it
 * having taken effect; Excel.run syncs once more when the batch's promise resolves. No DOM: runs in Node tests too.
 */
import { MAX_COLS, MAX_ROWS, parseAddress, quoteSheet, rangeAddress, type RangeRef } from "./address";
import { ERR, isWorkbookError, WorkbookError } from "./errors";
import type { CellStyle, ChartModel, ConditionalFormatModel, NameModel, PageLayoutModel, SheetModel, TableModel, Workbook } from "./workbook";

// ---------------------------------------------------------------------------------------------------------------
// Errors

export class OfficeExtensionError extends Error {
  code: string;
  debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
  traceMessages: string[] = [];
  innerError: unknown = null;
  httpStatusCode: number;
  constructor(code: string, message: string, errorLocation?: string, httpStatusCode = 400) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
  toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

const propertyNotLoaded = (property: string, type: string) =>
  new OfficeExtensionError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );

const fromModelError = (error: unknown, where: string): OfficeExtensionError => {
  if (error instanceof OfficeExtensionError) return error;
  if (isWorkbookError(error)) return new OfficeExtensionError(error.code, error.message, where);
  return new OfficeExtensionError("GeneralException", `An internal error has occurred. (${(error as Error)?.message ?? String(error)})`, where, 500);
};

// ---------------------------------------------------------------------------------------------------------------
// Request context and client objects

type Action = { where: string; run: () => void };

export class RequestContext {
  readonly _queue: Action[] = [];
  readonly _afterSync: (() => void)[] = [];
  readonly _nullables: ClientObject[] = [];
  _closed = false;
  readonly workbook: WorkbookProxy;
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  readonly runtime = {};
  debugInfo = {};
  constructor(readonly _model: () => Workbook) {
    this.workbook = new WorkbookProxy(this, "Workbook", () => ({}));
  }

  _enqueue(where: string, run: () => void): void {
    if (this._closed) throw new OfficeExtensionError("InvalidObjectPath", `The object path '${where}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`, where);
    this._queue.push({ where, run });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const wb = this._model();
    const actions = this._queue.splice(0);
    this._afterSync.splice(0);
    const nullables = this._nullables.splice(0);
    // A round trip: Excel answers asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 0));
    wb.stats.syncs++;
    wb.suspend();
    try {
      for (const action of actions) {
        try {
          action.run();
        } catch (error) {
          throw fromModelError(error, action.where);
        }
      }
      for (const object of nullables) object._settleNull();
    } finally {
      wb.live();
      wb.notify();
    }
    for (const apply of this._afterSync.splice(0)) apply();
    return passThroughValue as T;
  }

  load<T extends ClientObject>(object: T, option?: LoadOption): T {
    return object.load(option) as T;
  }
}

type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown> | undefined;

/** Method syntax on purpose: one table holds accessors of many target types (ranges, sheets, …), read generically. */
interface PropertyDef<T> {
  get?(target: T, self: ClientObject): unknown;
  set?(target: T, value: unknown, self: ClientObject): void;
}

/** Makes a child proxy (format, font, tables, …) of its owner, the first time the child is read. */
type ChildMaker<Owner extends ClientObject> = (self: Owner) => ClientObject;

/** Normalizes load()'s arguments to property paths ("values", "format/font/bold", "items/name"). */
function loadPaths(option: LoadOption): string[] | null {
  if (option === undefined || option === null || option === "") return null;
  if (typeof option === "string") return option.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((o) => loadPaths(o) ?? []);
  const o = option as Record<string, unknown>;
  if ("select" in o || "expand" in o) return [...(loadPaths(o.select as LoadOption) ?? []), ...(loadPaths(o.expand as LoadOption) ?? [])];
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (v === true) out.push(k);
    else if (typeof v === "object" && v !== null) for (const inner of loadPaths(v as LoadOption) ?? []) out.push(`${k}/${inner}`);
  }
  return out;
}

export abstract class ClientObject {
  _values: Record<string, unknown> = {};
  _isNull: boolean | undefined;
  _cached: unknown;
  static readonly _typeName: string = "ClientObject";
  static _props: Record<string, PropertyDef<unknown>> = {};
  static _children: Record<string, ChildMaker<never>> = {};

  constructor(
    readonly context: RequestContext,
    readonly _path: string,
    private readonly _resolver: () => unknown,
    readonly _nullable = false,
  ) {
    if (_nullable) context._nullables.push(this);
  }

  get _type(): string {
    return (this.constructor as typeof ClientObject)._typeName;
  }

  /** The model object this proxy stands for, at execution time; null for a null object. */
  _target<T>(): T {
    if (this._cached !== undefined) return this._cached as T;
    let value: unknown;
    try {
      value = this._resolver();
    } catch (error) {
      if (this._nullable && isWorkbookError(error) && error.code === "ItemNotFound") value = null;
      else throw error;
    }
    if ((value === null || value === undefined) && !this._nullable) throw ERR.notFound(this._path);
    this._cached = value ?? null;
    return this._cached as T;
  }

  _settleNull(): void {
    try {
      this._isNull = this._target() === null;
    } catch {
      this._isNull = true;
    }
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject", this._type);
    return this._isNull;
  }

  /** Queues a command; on a null object Excel ignores it. */
  _do<Target>(where: string, run: (target: Target) => void): void {
    this.context._enqueue(`${this._type}.${where}`, () => {
      const target = this._target<Target | null>();
      if (target === null) return;
      run(target);
    });
  }

  _checkContext(other: unknown): void {
    if (other instanceof ClientObject && other.context !== this.context) {
      throw new OfficeExtensionError("InvalidRequestContext", "Cannot use the object across different request contexts.", this._type);
    }
  }

  _getProp(name: string): unknown {
    if (this._isNull === true) return null;
    if (!(name in this._values)) throw propertyNotLoaded(name, this._type);
    return this._values[name];
  }

  _setProp(name: string, value: unknown): void {
    const def = (this.constructor as typeof ClientObject)._props[name];
    this._values[name] = value;
    this._do(`${name}`, (target) => def.set!(target, value, this));
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context._enqueue(`${this._type}.load`, () => {
      const snapshot = this._snapshot(paths);
      this.context._afterSync.push(() => snapshot());
    });
    return this;
  }

  /** Reads the requested properties now (in batch order); returns how to apply them once the sync completes. */
  _snapshot(paths: string[] | null): () => void {
    const cls = this.constructor as typeof ClientObject;
    const target = this._target<unknown>();
    const own = new Map<string, unknown>();
    const nested: (() => void)[] = [];
    const names = paths ?? Object.keys(cls._props).filter((p) => cls._props[p].get);
    const childPaths = new Map<string, string[] | null>();
    for (const path of names) {
      const [head, ...rest] = path.split("/");
      if (cls._children[head]) {
        const list = childPaths.get(head) ?? [];
        if (rest.length) list.push(rest.join("/"));
        childPaths.set(head, rest.length ? list : list.length ? list : null);
      } else if (cls._props[head]?.get) {
        own.set(head, target === null ? null : cls._props[head].get!(target, this));
      } else if (paths) {
        throw new OfficeExtensionError("PropertyNotFound", `The property '${head}' is not part of the object '${this._type}'.`, `${this._type}.load`);
      }
    }
    for (const [child, sub] of childPaths) nested.push((this as unknown as Record<string, ClientObject>)[child]._snapshot(sub));
    return () => {
      for (const [k, v] of own) this._values[k] = v;
      this._isNull = target === null;
      for (const apply of nested) apply();
    };
  }

  set(properties: Record<string, unknown>): void {
    const cls = this.constructor as typeof ClientObject;
    for (const [k, v] of Object.entries(properties)) {
      if (cls._children[k] && typeof v === "object" && v !== null) (this as unknown as Record<string, ClientObject>)[k].set(v as Record<string, unknown>);
      else if (cls._props[k]?.set) (this as unknown as Record<string, unknown>)[k] = v;
      else throw new OfficeExtensionError("InvalidArgument", `The property '${k}' is read-only or does not exist on '${this._type}'.`, `${this._type}.set`);
    }
  }


}

/** Defines Office.js-style accessors: reads need load + sync (or a prior set), writes queue a command. */
function define<Target, Owner extends ClientObject>(cls: typeof ClientObject, typeName: string, props: Record<string, PropertyDef<Target>>, children: Record<string, ChildMaker<Owner>> = {}): void {
  Object.defineProperty(cls, "_typeName", { value: typeName });
  cls._props = props as Record<string, PropertyDef<unknown>>;
  cls._children = children;
  for (const [name, def] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      get(this: ClientObject) {
        return this._getProp(name);
      },
      ...(def.set
        ? {
            set(this: ClientObject, value: unknown) {
              this._setProp(name, value);
            },
          }
        : {}),
      configurable: true,
    });
  }
  for (const [name, make] of Object.entries(children)) {
    const slot = Symbol(name);
    Object.defineProperty(cls.prototype, name, {
      get(this: Owner) {
        const cache = this as unknown as Record<symbol, ClientObject>;
        if (!cache[slot]) cache[slot] = make(this);
        return cache[slot];
      },
      configurable: true,
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Value helpers

const COLOR_NAMES: Record<string, string> = { black: "#000000", white: "#FFFFFF", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00", gray: "#808080", grey: "#808080", orange: "#FFA500", purple: "#800080", navy: "#000080" };

function normalizeColor(value: unknown): string {
  if (typeof value !== "string") throw ERR.invalid("color");
  const v = value.trim();
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) return `#${v.slice(1).split("").map((c) => c + c).join("")}`.toUpperCase();
  const named = COLOR_NAMES[v.toLowerCase()];
  if (named) return named;
  throw ERR.invalid(`color '${value}'`);
}

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];
const oneOf = (allowed: string[], what: string) => (value: unknown): string => {
  const hit = allowed.find((a) => typeof value === "string" && a.toLowerCase() === value.toLowerCase());
  if (!hit) throw ERR.invalid(`${what} '${String(value)}'`);
  return hit;
};

export const CHART_TYPES = [
  "Invalid", "ColumnClustered", "ColumnStacked", "ColumnStacked100", "3DColumnClustered", "3DColumnStacked", "3DColumnStacked100", "BarClustered", "BarStacked", "BarStacked100",
  "3DBarClustered", "3DBarStacked", "3DBarStacked100", "LineStacked", "LineStacked100", "LineMarkers", "LineMarkersStacked", "LineMarkersStacked100", "PieOfPie", "PieExploded",
  "3DPieExploded", "BarOfPie", "XYScatterSmooth", "XYScatterSmoothNoMarkers", "XYScatterLines", "XYScatterLinesNoMarkers", "AreaStacked", "AreaStacked100", "3DAreaStacked",
  "3DAreaStacked100", "DoughnutExploded", "RadarMarkers", "RadarFilled", "Surface", "SurfaceWireframe", "SurfaceTopView", "SurfaceTopViewWireframe", "Bubble", "Bubble3DEffect",
  "StockHLC", "StockOHLC", "StockVHLC", "StockVOHLC", "CylinderColClustered", "CylinderColStacked", "CylinderColStacked100", "CylinderBarClustered", "CylinderBarStacked",
  "CylinderBarStacked100", "CylinderCol", "ConeColClustered", "ConeColStacked", "ConeColStacked100", "ConeBarClustered", "ConeBarStacked", "ConeBarStacked100", "ConeCol",
  "PyramidColClustered", "PyramidColStacked", "PyramidColStacked100", "PyramidBarClustered", "PyramidBarStacked", "PyramidBarStacked100", "PyramidCol", "3DColumn", "Line",
  "3DLine", "3DPie", "Pie", "XYScatter", "3DArea", "Area", "Doughnut", "Radar", "Histogram", "Boxwhisker", "Pareto", "RegionMap", "Treemap", "Waterfall", "Sunburst", "Funnel",
];

/** What Excel accepts when setting values/formulas/numberFormat: one value for every cell, or an exact-size 2D array. */
function toMatrix(value: unknown, rows: number, cols: number, what: string): unknown[][] {
  if (!Array.isArray(value)) return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
  if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new WorkbookError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${what}: range is ${rows}×${cols})`);
  }
  return value as unknown[][];
}

type RangeTarget = { sheet: SheetModel; ref: RangeRef };

function cellsOf(ref: RangeRef, wb: Workbook, sheet: SheetModel): RangeRef {
  // Whole columns/rows are bounded to what holds anything, so reads stay sized as Excel reports them only when small.
  const rows = ref.bottom - ref.top + 1;
  const cols = ref.right - ref.left + 1;
  if (rows * cols <= 200000) return ref;
  const used = wb.usedRange(sheet, false);
  return used ? { top: ref.top, left: ref.left, bottom: Math.min(ref.bottom, used.bottom), right: Math.min(ref.right, used.right) } : { top: ref.top, left: ref.left, bottom: ref.top, right: ref.left };
}

function matrix<T>(t: RangeTarget, wb: Workbook, f: (row: number, col: number) => T): T[][] {
  const ref = cellsOf(t.ref, wb, t.sheet);
  const out: T[][] = [];
  for (let r = ref.top; r <= ref.bottom; r++) {
    const row: T[] = [];
    for (let c = ref.left; c <= ref.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

/** A format property over a range: its value when every cell agrees, else null (as Excel reports mixed formats). */
function uniform<T>(t: RangeTarget, wb: Workbook, f: (style: CellStyle) => T): T | null {
  const ref = cellsOf(t.ref, wb, t.sheet);
  let first: T | undefined;
  for (let r = ref.top; r <= ref.bottom; r++) {
    for (let c = ref.left; c <= ref.right; c++) {
      const v = f(wb.style(t.sheet, r, c));
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  }
  return first ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook, application

export class WorkbookProxy extends ClientObject {
  get worksheets(): WorksheetCollectionProxy {
    return (this._w ??= new WorksheetCollectionProxy(this.context, "Workbook.worksheets", () => ({})));
  }
  get names(): NamedItemCollectionProxy {
    return (this._n ??= new NamedItemCollectionProxy(this.context, "Workbook.names", () => ({ scope: null })));
  }
  get tables(): TableCollectionProxy {
    return (this._t ??= new TableCollectionProxy(this.context, "Workbook.tables", () => ({ sheet: null })));
  }
  private _w?: WorksheetCollectionProxy;
  private _n?: NamedItemCollectionProxy;
  private _t?: TableCollectionProxy;

  getSelectedRange(): RangeProxy {
    const wb = this.context._model;
    return new RangeProxy(this.context, "Workbook.getSelectedRange()", () => {
      const w = wb();
      const sheet = w.activeSheet ?? w.sheets[0];
      if (w.selection?.sheet === sheet) return w.selection;
      return { sheet, ref: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getActiveCell(): RangeProxy {
    const selected = this.getSelectedRange();
    return new RangeProxy(this.context, "Workbook.getActiveCell()", () => {
      const t = selected._target<RangeTarget>();
      return { sheet: t.sheet, ref: { top: t.ref.top, left: t.ref.left, bottom: t.ref.top, right: t.ref.left } };
    });
  }
}
define(WorkbookProxy, "Workbook", {
  name: { get: () => "Preview.xlsx" },
});


// ---------------------------------------------------------------------------------------------------------------
// Worksheets

export class WorksheetCollectionProxy extends ClientObject {
  private wb(): Workbook {
    return this.context._model();
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `Workbook.worksheets.getItem('${key}')`, () => this.wb().findSheet(key) ?? this.wb().sheets.find((s) => s.id === key) ?? null);
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `Workbook.worksheets.getItemOrNullObject('${key}')`, () => this.wb().findSheet(key) ?? this.wb().sheets.find((s) => s.id === key) ?? null, true);
  }
  add(name?: string): WorksheetProxy {
    let created: SheetModel | undefined;
    this._do("add", () => {
      created = this.wb().addSheet(name);
    });
    return new WorksheetProxy(this.context, `Workbook.worksheets.add('${name ?? ""}')`, () => created ?? null);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, "Workbook.worksheets.getActiveWorksheet()", () => this.wb().activeSheet ?? this.wb().sheets[0]);
  }
  get items(): WorksheetProxy[] {
    return this._getProp("items") as WorksheetProxy[];
  }
  _snapshot(paths: string[] | null): () => void {
    return collectionSnapshot(this, paths, this.wb().sheets.slice(), (sheet) => new WorksheetProxy(this.context, `worksheet '${sheet.name}'`, () => sheet));
  }
}
define(WorksheetCollectionProxy, "WorksheetCollection", {});

function collectionSnapshot<M>(owner: ClientObject, paths: string[] | null, models: M[], make: (m: M) => ClientObject): () => void {
  const itemPaths = paths === null ? null : paths.map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
  const items = models.map(make);
  const applies = items.map((item) => item._snapshot(itemPaths && itemPaths.length ? itemPaths : null));
  return () => {
    owner._values.items = items;
    applies.forEach((apply) => apply());
  };
}

export class WorksheetProxy extends ClientObject {
  private wb(): Workbook {
    return this.context._model();
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getRange('${address ?? ""}')`, () => {
      const sheet = this._target<SheetModel>();
      if (sheet === null) return null;
      if (address === undefined || address === "") return { sheet, ref: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      const ref = parseAddress(address);
      if (!ref) {
        // A name (sheet-scoped first, then workbook) that refers to a range on this sheet.
        const name = this.wb().resolveName(address, sheet);
        const range = name && this.wb().nameRange(name);
        if (range && range.sheet === sheet) return range;
        throw ERR.invalid(`address '${address}'`);
      }
      if (ref.sheet !== undefined && this.wb().findSheet(ref.sheet) !== sheet) throw ERR.invalid(`address '${address}' is on another sheet`);
      return { sheet, ref };
    });
  }
  /** The sheet's used range (refreshing Budget vs actual in place reads it); an empty sheet's is A1, as in Excel. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getUsedRange()`, () => {
      const sheet = this._target<SheetModel>();
      return { sheet, ref: this.wb().usedRange(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getUsedRangeOrNullObject()`, () => {
      const sheet = this._target<SheetModel>();
      const ref = this.wb().usedRange(sheet, valuesOnly);
      return ref ? { sheet, ref } : null;
    }, true);
  }
  activate(): void {
    this._do("activate", (sheet: SheetModel) => this.wb().activate(sheet));
  }
  delete(): void {
    this._do("delete", (sheet: SheetModel) => this.wb().deleteSheet(sheet));
  }
}
define(
  WorksheetProxy,
  "Worksheet",
  {
    name: { get: (s: SheetModel) => s.name, set: (s: SheetModel, v, self) => (self as WorksheetProxy)["wb"]().renameSheet(s, String(v)) },
    id: { get: (s: SheetModel) => s.id },
    position: { get: (s: SheetModel, self) => (self as WorksheetProxy)["wb"]().sheets.indexOf(s), set: (s: SheetModel, v, self) => (self as WorksheetProxy)["wb"]().moveSheet(s, Number(v)) },
    visibility: {
      get: (s: SheetModel) => s.visibility,
      set: (s: SheetModel, v, self) => {
        const value = oneOf(["Visible", "Hidden", "VeryHidden"], "visibility")(v) as SheetModel["visibility"];
        const wb = (self as WorksheetProxy)["wb"]();
        if (value !== "Visible" && wb.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) throw ERR.operation("a workbook must contain at least one visible worksheet");
        s.visibility = value;
        wb.notify();
      },
    },
    tabColor: { get: (s: SheetModel) => s.tabColor, set: (s: SheetModel, v) => (s.tabColor = v === "" || v === null ? "" : normalizeColor(v)) },
    showGridlines: { get: (s: SheetModel) => s.showGridlines, set: (s: SheetModel, v) => (s.showGridlines = Boolean(v)) },
  },
  {
    names: (self: WorksheetProxy) => new NamedItemCollectionProxy(self.context, `${self._path}.names`, () => ({ scope: self._target<SheetModel>() })),
    freezePanes: (self: WorksheetProxy) => new FreezePanesProxy(self.context, `${self._path}.freezePanes`, () => self._target()),
    pageLayout: (self: WorksheetProxy) => new PageLayoutProxy(self.context, `${self._path}.pageLayout`, () => self._target()),
    charts: (self: WorksheetProxy) => new ChartCollectionProxy(self.context, `${self._path}.charts`, () => self._target()),
    tables: (self: WorksheetProxy) => new TableCollectionProxy(self.context, `${self._path}.tables`, () => ({ sheet: self._target<SheetModel>() })),
  },
);


export class FreezePanesProxy extends ClientObject {
  private wb(): Workbook {
    return this.context._model();
  }
  freezeAt(frozenRange: RangeProxy | string): void {
    this._checkContext(frozenRange);
    this._do("freezeAt", (s: SheetModel) => {
      const ref = typeof frozenRange === "string" ? parseAddress(frozenRange) : frozenRange._target<RangeTarget>().ref;
      if (!ref) throw ERR.invalid("freezeAt range");
      // The frozen pane is the range's top-left block from A1.
      s.freeze = { rows: ref.bottom === MAX_ROWS - 1 ? 0 : ref.bottom + 1, columns: ref.right === MAX_COLS - 1 ? 0 : ref.right + 1 };
      this.wb().notify();
    });
  }
}
define(FreezePanesProxy, "WorksheetFreezePanes", {});

/** Print titles as Excel takes them: whole rows ($10:$10) or whole columns ($A:$A). */
function printTitles(what: "rows" | "columns", value: RangeProxy | string): string {
  const text = typeof value === "string" ? value : rangeAddress(value._target<RangeTarget>().ref, true);
  const pattern = what === "rows" ? /^\$?\d+:\$?\d+$/ : /^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/i;
  if (!pattern.test(text)) throw ERR.invalid(`print title ${what} '${text}'`);
  return text.replace(/\$/g, "").replace(/([A-Z]+|\d+)/gi, "$$$1");
}

/** worksheet.pageLayout (ExcelApi 1.9): what the template writer sets for printing. */
export class PageLayoutProxy extends ClientObject {
  private wb(): Workbook {
    return this.context._model();
  }
  setPrintArea(printArea: RangeProxy | string): void {
    this._checkContext(printArea);
    this._do("setPrintArea", (s: SheetModel) => {
      const ref = typeof printArea === "string" ? parseAddress(printArea) : printArea._target<RangeTarget>().ref;
      if (!ref || (ref.sheet !== undefined && this.wb().findSheet(ref.sheet) !== s)) throw ERR.invalid(`print area '${String(printArea)}'`);
      s.pageLayout.printArea = { top: ref.top, left: ref.left, bottom: ref.bottom, right: ref.right };
    });
  }
  setPrintTitleRows(rows: RangeProxy | string): void {
    this._checkContext(rows);
    this._do("setPrintTitleRows", (s: SheetModel) => (s.pageLayout.titleRows = printTitles("rows", rows)));
  }
  setPrintTitleColumns(columns: RangeProxy | string): void {
    this._checkContext(columns);
    this._do("setPrintTitleColumns", (s: SheetModel) => (s.pageLayout.titleColumns = printTitles("columns", columns)));
  }
}
define(PageLayoutProxy, "PageLayout", {
  orientation: {
    get: (s: SheetModel) => s.pageLayout.orientation,
    set: (s: SheetModel, v) => (s.pageLayout.orientation = oneOf(["Portrait", "Landscape"], "orientation")(v) as PageLayoutModel["orientation"]),
  },
  zoom: {
    get: (s: SheetModel) => ({ ...s.pageLayout.zoom }),
    set: (s: SheetModel, v) => {
      const zoom = v as PageLayoutModel["zoom"];
      const whole = (n: unknown) => n === undefined || (typeof n === "number" && Number.isInteger(n) && n >= 0);
      if (typeof zoom !== "object" || zoom === null || !whole(zoom.horizontalFitToPages) || !whole(zoom.verticalFitToPages)) throw ERR.invalid("zoom");
      if (zoom.scale !== undefined && (typeof zoom.scale !== "number" || zoom.scale < 10 || zoom.scale > 400)) throw ERR.invalid("zoom scale");
      s.pageLayout.zoom = { ...zoom };
    },
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Ranges

export class RangeProxy extends ClientObject {
  _wb(): Workbook {
    return this.context._model();
  }
  /** The part of this range inside the sheet's used range; null when they do not meet. */
  private usedPart(valuesOnly: boolean): RangeTarget | null {
    const t = this._target<RangeTarget | null>();
    if (t === null) return null;
    const used = this._wb().usedRange(t.sheet, valuesOnly);
    const ref = used && { top: Math.max(used.top, t.ref.top), left: Math.max(used.left, t.ref.left), bottom: Math.min(used.bottom, t.ref.bottom), right: Math.min(used.right, t.ref.right) };
    return !ref || ref.top > ref.bottom || ref.left > ref.right ? null : { sheet: t.sheet, ref };
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getUsedRangeOrNullObject()`, () => this.usedPart(valuesOnly), true);
  }
  /** The `count` columns right of this range, as Office.js gives them (the actuals table writer widens a table into them). */
  getColumnsAfter(count = 1): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getColumnsAfter(${count})`, () => {
      const t = this._target<RangeTarget>();
      if (!Number.isInteger(count) || count < 1) throw ERR.invalid(`count ${count}`);
      return { sheet: t.sheet, ref: { ...t.ref, left: t.ref.right + 1, right: t.ref.right + count } };
    });
  }
  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" = "All"): void {
    this._do("clear", (t: RangeTarget) => {
      const what = oneOf(["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"], "applyTo")(applyTo);
      if (what === "Hyperlinks" || what === "RemoveHyperlinks") return;
      this._wb().clear(t.sheet, t.ref, what as "All" | "Formats" | "Contents");
      if (what === "All") this._wb().clearValidation(t.sheet, t.ref);
    });
  }
  select(): void {
    this._do("select", (t: RangeTarget) => {
      const wb = this._wb();
      wb.activate(t.sheet);
      wb.selection = t;
    });
  }
}

const rangeProps: Record<string, PropertyDef<RangeTarget>> = {
  address: { get: (t) => `${quoteSheet(t.sheet.name)}!${rangeAddress(t.ref)}` },
  cellCount: { get: (t) => (t.ref.bottom - t.ref.top + 1) * (t.ref.right - t.ref.left + 1) },
  columnIndex: { get: (t) => t.ref.left },
  rowIndex: { get: (t) => t.ref.top },
  hasSpill: { get: (t, self) => matrix(t, (self as RangeProxy)._wb(), (r, c) => (self as RangeProxy)._wb().hf.isCellPartOfArray({ sheet: t.sheet.hfId, row: r, col: c })).flat().some(Boolean) },
  values: {
    get: (t, self) => matrix(t, (self as RangeProxy)._wb(), (r, c) => (self as RangeProxy)._wb().value(t.sheet, r, c)),
    set: (t, v, self) => writeInputs(self as RangeProxy, t, v, "values"),
  },
  formulas: {
    get: (t, self) => matrix(t, (self as RangeProxy)._wb(), (r, c) => (self as RangeProxy)._wb().formula(t.sheet, r, c)),
    set: (t, v, self) => writeInputs(self as RangeProxy, t, v, "formulas"),
  },
  formulasLocal: {
    get: (t, self) => matrix(t, (self as RangeProxy)._wb(), (r, c) => (self as RangeProxy)._wb().formula(t.sheet, r, c)),
    set: (t, v, self) => writeInputs(self as RangeProxy, t, v, "formulasLocal"),
  },
  numberFormat: {
    get: (t, self) => matrix(t, (self as RangeProxy)._wb(), (r, c) => (self as RangeProxy)._wb().numberFormat(t.sheet, r, c)),
    set: (t, v, self) => {
      const wb = (self as RangeProxy)._wb();
      const rows = toMatrix(v, t.ref.bottom - t.ref.top + 1, t.ref.right - t.ref.left + 1, "numberFormat");
      rows.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f === null) return; // null leaves a cell as it is
          if (typeof f !== "string") throw ERR.invalid("numberFormat must be text");
          wb.setNumberFormat(t.sheet, t.ref.top + r, t.ref.left + c, f);
        }),
      );
    },
  },
  numberFormatLocal: { get: (t, self) => matrix(t, (self as RangeProxy)._wb(), (r, c) => (self as RangeProxy)._wb().numberFormat(t.sheet, r, c)) },
  text: { get: (t, self) => matrix(t, (self as RangeProxy)._wb(), (r, c) => (self as RangeProxy)._wb().text(t.sheet, r, c)) },
  valueTypes: { get: (t, self) => matrix(t, (self as RangeProxy)._wb(), (r, c) => (self as RangeProxy)._wb().valueType(t.sheet, r, c)) },
  style: { get: () => "Normal", set: () => undefined },
};

function writeInputs(self: RangeProxy, t: RangeTarget, value: unknown, what: string): void {
  const rows = toMatrix(value, t.ref.bottom - t.ref.top + 1, t.ref.right - t.ref.left + 1, what);
  // null in the array leaves that cell unchanged, as in Excel: write runs of the others.
  if (rows.some((row) => row.some((cell) => cell === null))) {
    rows.forEach((row, r) => row.forEach((cell, c) => cell !== null && self._wb().setInputs(t.sheet, t.ref.top + r, t.ref.left + c, [[cell]])));
  } else self._wb().setInputs(t.sheet, t.ref.top, t.ref.left, rows);
}

define(RangeProxy, "Range", rangeProps, {
  format: (self: RangeProxy) => new RangeFormatProxy(self.context, `${self._path}.format`, () => self._target()),
  dataValidation: (self: RangeProxy) => new DataValidationProxy(self.context, `${self._path}.dataValidation`, () => self._target()),
  conditionalFormats: (self: RangeProxy) => new ConditionalFormatCollectionProxy(self.context, `${self._path}.conditionalFormats`, () => self._target()),
  worksheet: (self: RangeProxy) => new WorksheetProxy(self.context, `${self._path}.worksheet`, () => self._target<RangeTarget>().sheet),
});

// ---------------------------------------------------------------------------------------------------------------
// Range formats

function styleProp<K extends keyof CellStyle>(key: K, fallback: CellStyle[K], normalize?: (v: unknown) => CellStyle[K]): PropertyDef<RangeTarget> {
  return {
    get: (t, self) => uniform(t, self.context._model(), (s) => (s[key] ?? fallback) as never),
    set: (t, v, self) => self.context._model().setStyle(t.sheet, t.ref, { [key]: normalize ? normalize(v) : v } as CellStyle),
  };
}

export class RangeFormatProxy extends ClientObject {
  autofitColumns(): void {
    this._do("autofitColumns", (t: RangeTarget) => {
      const wb = this.context._model();
      const used = wb.usedRange(t.sheet, true);
      if (!used) return;
      for (let c = Math.max(t.ref.left, used.left); c <= Math.min(t.ref.right, used.right); c++) {
        let widest = 0;
        for (let r = Math.max(t.ref.top, used.top); r <= Math.min(t.ref.bottom, used.bottom); r++) widest = Math.max(widest, wb.text(t.sheet, r, c).length * (wb.style(t.sheet, r, c).bold ? 6.2 : 5.7));
        if (widest > 0) t.sheet.columnWidths.set(c, Math.ceil(widest + 8));
      }
      wb.notify();
    });
  }
}
define(
  RangeFormatProxy,
  "RangeFormat",
  {
    columnWidth: {
      get: (t, self) => {
        const wb = self.context._model();
        const first = wb.columnWidth(t.sheet, t.ref.left);
        for (let c = t.ref.left; c <= Math.min(t.ref.right, t.ref.left + 500); c++) if (wb.columnWidth(t.sheet, c) !== first) return null;
        return first;
      },
      set: (t, v, self) => {
        if (typeof v !== "number" || v < 0) throw ERR.invalid("columnWidth");
        for (let c = t.ref.left; c <= Math.min(t.ref.right, 16383); c++) t.sheet.columnWidths.set(c, v);
        self.context._model().notify();
      },
    },
    rowHeight: {
      get: (t, self) => self.context._model().rowHeight(t.sheet, t.ref.top),
      set: (t, v, self) => {
        if (typeof v !== "number" || v < 0 || v > 409) throw ERR.invalid("rowHeight");
        for (let r = t.ref.top; r <= Math.min(t.ref.bottom, t.ref.top + 10000); r++) t.sheet.rowHeights.set(r, v);
        self.context._model().notify();
      },
    },
    horizontalAlignment: styleProp("horizontalAlignment", "General", oneOf(H_ALIGN, "horizontalAlignment")),
    verticalAlignment: styleProp("verticalAlignment", "Bottom", oneOf(V_ALIGN, "verticalAlignment")),
    wrapText: styleProp("wrapText", false, (v) => Boolean(v)),
    indentLevel: styleProp("indentLevel", 0, (v) => {
      if (typeof v !== "number" || v < 0 || v > 250) throw ERR.invalid("indentLevel");
      return v;
    }),
  },
  {
    font: (self: RangeFormatProxy) => new RangeFontProxy(self.context, `${self._path}.font`, () => self._target()),
    fill: (self: RangeFormatProxy) => new RangeFillProxy(self.context, `${self._path}.fill`, () => self._target()),
    borders: (self: RangeFormatProxy) => new RangeBorderCollectionProxy(self.context, `${self._path}.borders`, () => self._target()),
    protection: (self: RangeFormatProxy) => new FormatProtectionProxy(self.context, `${self._path}.protection`, () => self._target()),
  },
);

export class RangeFontProxy extends ClientObject {}
define(RangeFontProxy, "RangeFont", {
  bold: styleProp("bold", false, (v) => Boolean(v)),
  italic: styleProp("italic", false, (v) => Boolean(v)),
  color: styleProp("fontColor", "#000000", normalizeColor),
  name: styleProp("fontName", "Calibri", (v) => String(v)),
  size: styleProp("fontSize", 11, (v) => {
    if (typeof v !== "number" || v < 1 || v > 409) throw ERR.invalid("font size");
    return v;
  }),
  underline: styleProp("underline", "None", oneOf(UNDERLINE, "underline")),
});

export class RangeFillProxy extends ClientObject {
  clear(): void {
    this._do("clear", (t: RangeTarget) => this.context._model().setStyle(t.sheet, t.ref, { fill: undefined }));
  }
}
define(RangeFillProxy, "RangeFill", {
  color: styleProp("fill", "#FFFFFF", (v) => (v === "" || v === null ? undefined : normalizeColor(v))),
  pattern: { get: () => "Solid", set: () => undefined },
});

export class FormatProtectionProxy extends ClientObject {}
define(FormatProtectionProxy, "FormatProtection", {
  locked: styleProp("locked", true, (v) => Boolean(v)),
});

const BORDER_INDEX = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
const BORDER_STYLE = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"];

export class RangeBorderCollectionProxy extends ClientObject {
  getItem(index: string): RangeBorderProxy {
    const side = oneOf(BORDER_INDEX, "border index")(index);
    return new RangeBorderProxy(this.context, `${this._path}.getItem('${side}')`, () => ({ range: this._target<RangeTarget>(), side }));
  }
}
define(RangeBorderCollectionProxy, "RangeBorderCollection", {});

type BorderTarget = { range: RangeTarget; side: string };
function borderProp(field: "style" | "color" | "weight", fallback: string, normalize: (v: unknown) => string): PropertyDef<BorderTarget> {
  return {
    get: (b, self) => uniform(b.range, self.context._model(), (s) => s.borders?.[b.side]?.[field] ?? fallback),
    set: (b, v, self) => {
      const wb = self.context._model();
      const value = normalize(v);
      const { ref } = b.range;
      for (let r = ref.top; r <= ref.bottom; r++) {
        for (let c = ref.left; c <= ref.right; c++) {
          const current = wb.style(b.range.sheet, r, c).borders?.[b.side] ?? {};
          wb.setStyle(b.range.sheet, { top: r, left: c, bottom: r, right: c }, { borders: { [b.side]: { ...current, [field]: value } } });
        }
      }
    },
  };
}
export class RangeBorderProxy extends ClientObject {}
define(RangeBorderProxy, "RangeBorder", {
  style: borderProp("style", "None", oneOf(BORDER_STYLE, "border style")),
  color: borderProp("color", "#000000", normalizeColor),
  weight: borderProp("weight", "Thin", oneOf(BORDER_WEIGHT, "border weight")),
  sideIndex: { get: (b: BorderTarget) => b.side },
});

// ---------------------------------------------------------------------------------------------------------------
// Conditional formats (only the Custom type, the one the add-in uses)

export class ConditionalFormatCollectionProxy extends ClientObject {
  add(type: string): ConditionalFormatProxy {
    let created: ConditionalFormatModel | undefined;
    this._do("add", (t: RangeTarget) => {
      if (type !== "Custom") throw ERR.invalid(`conditional format type '${type}' (the double implements Custom only)`);
      created = { ref: t.ref, formula: "", look: {} };
      t.sheet.conditionalFormats.push(created);
    });
    return new ConditionalFormatProxy(this.context, `${this._path}.add('${type}')`, () => created);
  }
}
define(ConditionalFormatCollectionProxy, "ConditionalFormatCollection", {});

export class ConditionalFormatProxy extends ClientObject {}
define(ConditionalFormatProxy, "ConditionalFormat", { type: { get: () => "Custom" } }, {
  custom: (self: ConditionalFormatProxy) => new CustomConditionalFormatProxy(self.context, `${self._path}.custom`, () => self._target()),
});

export class CustomConditionalFormatProxy extends ClientObject {}
define(CustomConditionalFormatProxy, "CustomConditionalFormat", {}, {
  rule: (self: CustomConditionalFormatProxy) => new ConditionalFormatRuleProxy(self.context, `${self._path}.rule`, () => self._target()),
  format: (self: CustomConditionalFormatProxy) => new ConditionalRangeFormatProxy(self.context, `${self._path}.format`, () => self._target()),
});

export class ConditionalFormatRuleProxy extends ClientObject {}
define(ConditionalFormatRuleProxy, "ConditionalFormatRule", {
  formula: {
    get: (cf: ConditionalFormatModel) => cf.formula,
    set: (cf: ConditionalFormatModel, v) => {
      if (typeof v !== "string" || !v.startsWith("=")) throw ERR.invalid("conditional format formula");
      // Excel shifts a rule's relative references across its range; the double evaluates a rule as written.
      const oneCell = cf.ref.top === cf.ref.bottom && cf.ref.left === cf.ref.right;
      if (!oneCell && /(^|[^$A-Za-z_])[A-Z]{1,3}\d+/.test(v)) throw ERR.invalid("a Custom rule with relative references over several cells (the double evaluates one cell's rule)");
      cf.formula = v;
    },
  },
});

export class ConditionalRangeFormatProxy extends ClientObject {}
define(ConditionalRangeFormatProxy, "ConditionalRangeFormat", {}, {
  font: (self: ConditionalRangeFormatProxy) => new ConditionalRangeFontProxy(self.context, `${self._path}.font`, () => self._target()),
  fill: (self: ConditionalRangeFormatProxy) => new ConditionalRangeFillProxy(self.context, `${self._path}.fill`, () => self._target()),
});

export class ConditionalRangeFontProxy extends ClientObject {}
define(ConditionalRangeFontProxy, "ConditionalRangeFont", {
  color: { get: (cf: ConditionalFormatModel) => cf.look.fontColor ?? null, set: (cf: ConditionalFormatModel, v) => (cf.look.fontColor = normalizeColor(v)) },
  bold: { get: (cf: ConditionalFormatModel) => cf.look.bold ?? null, set: (cf: ConditionalFormatModel, v) => (cf.look.bold = Boolean(v)) },
});

export class ConditionalRangeFillProxy extends ClientObject {}
define(ConditionalRangeFillProxy, "ConditionalRangeFill", {
  color: { get: (cf: ConditionalFormatModel) => cf.look.fill ?? null, set: (cf: ConditionalFormatModel, v) => (cf.look.fill = normalizeColor(v)) },
});

// ---------------------------------------------------------------------------------------------------------------
// Data validation

const RULE_KEYS = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"];

export class DataValidationProxy extends ClientObject {
  clear(): void {
    this._do("clear", (t: RangeTarget) => this.context._model().clearValidation(t.sheet, t.ref));
  }
}
const currentValidation = (t: RangeTarget, wb: Workbook) => wb.validationAt(t.sheet, t.ref.top, t.ref.left);
define<RangeTarget, DataValidationProxy>(DataValidationProxy, "DataValidation", {
  rule: {
    get: (t, self) => currentValidation(t, self.context._model())?.rule ?? {},
    set: (t, v, self) => {
      if (typeof v !== "object" || v === null) throw ERR.invalid("dataValidation.rule");
      const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      if (keys.length !== 1 || !RULE_KEYS.includes(keys[0])) throw ERR.invalid("dataValidation.rule must have exactly one of " + RULE_KEYS.join(", "));
      self.context._model().setValidation(t.sheet, t.ref, { rule: v as Record<string, unknown> });
    },
  },
  type: {
    get: (t, self) => {
      const rule = currentValidation(t, self.context._model())?.rule;
      const k = rule && Object.keys(rule)[0];
      return k ? k[0].toUpperCase() + k.slice(1) : "None";
    },
  },
  errorAlert: {
    get: (t, self) => currentValidation(t, self.context._model())?.errorAlert ?? { message: "", showAlert: true, style: "Stop", title: "" },
    set: (t, v, self) => self.context._model().setValidation(t.sheet, t.ref, { errorAlert: v as Record<string, unknown> }),
  },
  prompt: {
    get: (t, self) => currentValidation(t, self.context._model())?.prompt ?? { message: "", showPrompt: false, title: "" },
    set: (t, v, self) => self.context._model().setValidation(t.sheet, t.ref, { prompt: v as Record<string, unknown> }),
  },
  ignoreBlanks: {
    get: (t, self) => currentValidation(t, self.context._model())?.ignoreBlanks ?? true,
    set: (t, v, self) => self.context._model().setValidation(t.sheet, t.ref, { ignoreBlanks: Boolean(v) }),
  },
  valid: {
    get: (t, self) => {
      const wb = self.context._model();
      for (let r = t.ref.top; r <= t.ref.bottom; r++) for (let c = t.ref.left; c <= t.ref.right; c++) if (wb.validate(t.sheet, r, c, wb.text(t.sheet, r, c))) return false;
      return true;
    },
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Names

type NameScope = { scope: SheetModel | null };

export class NamedItemCollectionProxy extends ClientObject {
  private wb(): Workbook {
    return this.context._model();
  }
  private find(name: string): NameModel | null {
    const { scope } = this._target<NameScope>();
    return this.wb().findName(name, scope) ?? null;
  }
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this._checkContext(reference);
    let created: NameModel | undefined;
    this._do("add", ({ scope }: NameScope) => {
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const t = reference._target<RangeTarget>();
        formula = `=${quoteSheet(t.sheet.name)}!${rangeAddress(t.ref, true)}`;
      }
      created = this.wb().addName(name, formula, scope, comment ?? "");
    });
    return new NamedItemProxy(this.context, `${this._path}.add('${name}')`, () => created ?? null);
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, `${this._path}.getItem('${name}')`, () => this.find(name));
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, `${this._path}.getItemOrNullObject('${name}')`, () => this.find(name), true);
  }
  get items(): NamedItemProxy[] {
    return this._getProp("items") as NamedItemProxy[];
  }
  _snapshot(paths: string[] | null): () => void {
    const { scope } = this._target<NameScope>();
    return collectionSnapshot(this, paths, this.wb().names.filter((n) => n.sheet === scope), (n) => new NamedItemProxy(this.context, `name '${n.name}'`, () => n));
  }
}
define(NamedItemCollectionProxy, "NamedItemCollection", {});

export class NamedItemProxy extends ClientObject {
  private wb(): Workbook {
    return this.context._model();
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getRange()`, () => {
      const range = this.wb().nameRange(this._target<NameModel>());
      if (!range) throw ERR.invalid("the name does not refer to a range");
      return range;
    });
  }
  delete(): void {
    this._do("delete", (n: NameModel) => this.wb().removeName(n));
  }
}
define(
  NamedItemProxy,
  "NamedItem",
  {
    name: { get: (n: NameModel) => n.name },
    formula: {
      get: (n: NameModel) => n.formula,
      set: (n: NameModel, v, self) => {
        const wb = self.context._model();
        const text = String(v).startsWith("=") ? String(v) : `=${String(v)}`;
        wb.hf.changeNamedExpression(n.name, text, n.sheet?.hfId);
        n.formula = text;
        wb.notify();
      },
    },
    visible: { get: (n: NameModel) => n.visible, set: (n: NameModel, v) => (n.visible = Boolean(v)) },
    scope: { get: (n: NameModel) => (n.sheet ? "Worksheet" : "Workbook") },
    type: { get: (n: NameModel, self) => self.context._model().nameType(n) },
    value: { get: (n: NameModel, self) => self.context._model().nameValue(n) },
  },
  {
    worksheet: (self: NamedItemProxy) => new WorksheetProxy(self.context, `${self._path}.worksheet`, () => {
      const n = self._target<NameModel>();
      if (!n.sheet) throw ERR.notFound("the name is workbook-scoped");
      return n.sheet;
    }),
    worksheetOrNullObject: (self: NamedItemProxy) => new WorksheetProxy(self.context, `${self._path}.worksheetOrNullObject`, () => self._target<NameModel>()?.sheet ?? null, true),
  },
);

// ---------------------------------------------------------------------------------------------------------------
// Tables

type TableScope = { sheet: SheetModel | null };

export class TableCollectionProxy extends ClientObject {
  private wb(): Workbook {
    return this.context._model();
  }
  private scoped(): TableModel[] {
    const { sheet } = this._target<TableScope>();
    return this.wb().tables.filter((t) => !sheet || t.ref.sheet === sheet.name);
  }
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    this._checkContext(address);
    let created: TableModel | undefined;
    this._do("add", ({ sheet }: TableScope) => {
      let target: RangeTarget;
      if (typeof address === "string") {
        const ref = parseAddress(address);
        if (!ref) throw ERR.invalid(`address '${address}'`);
        const on = ref.sheet !== undefined ? this.wb().getSheet(ref.sheet) : sheet ?? this.wb().activeSheet!;
        if (sheet && on !== sheet) throw ERR.invalid("the table range is on another sheet");
        target = { sheet: on, ref };
      } else target = address._target<RangeTarget>();
      created = this.wb().addTable(target.sheet, target.ref, hasHeaders);
    });
    return new TableProxy(this.context, `${this._path}.add()`, () => created ?? null);
  }
  getItem(key: string): TableProxy {
    return new TableProxy(this.context, `${this._path}.getItem('${key}')`, () => this.scoped().find((t) => t.name.toUpperCase() === key.toUpperCase() || t.id === key) ?? null);
  }
  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this.context, `${this._path}.getItemOrNullObject('${key}')`, () => this.scoped().find((t) => t.name.toUpperCase() === key.toUpperCase() || t.id === key) ?? null, true);
  }
  getItemAt(index: number): TableProxy {
    return new TableProxy(this.context, `${this._path}.getItemAt(${index})`, () => this.scoped()[index] ?? null);
  }
  get items(): TableProxy[] {
    return this._getProp("items") as TableProxy[];
  }
  _snapshot(paths: string[] | null): () => void {
    return collectionSnapshot(this, paths, this.scoped(), (t) => new TableProxy(this.context, `table '${t.name}'`, () => t));
  }
}
define(TableCollectionProxy, "TableCollection", {});

export class TableProxy extends ClientObject {
  private wb(): Workbook {
    return this.context._model();
  }
  private part(where: string, f: (t: TableModel) => RangeRef | null): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.${where}`, () => {
      const t = this._target<TableModel>();
      const ref = f(t);
      if (!ref) throw ERR.notFound(where);
      return { sheet: this.wb().getSheet(t.ref.sheet!), ref };
    });
  }
  getRange(): RangeProxy {
    return this.part("getRange()", (t) => t.ref);
  }
  delete(): void {
    this._do("delete", (t: TableModel) => {
      const wb = this.wb();
      wb.tables.splice(wb.tables.indexOf(t), 1);
      wb.clear(wb.getSheet(t.ref.sheet!), t.ref, "All");
    });
  }
  convertToRange(): RangeProxy {
    const range = this.getRange();
    this._do("convertToRange", (t: TableModel) => {
      const wb = this.wb();
      wb.tables.splice(wb.tables.indexOf(t), 1);
      wb.notify();
    });
    return range;
  }
}
define(TableProxy, "Table", {
  name: { get: (t: TableModel) => t.name, set: (t: TableModel, v, self) => self.context._model().renameTable(t, String(v)) },
  id: { get: (t: TableModel) => t.id },
  showHeaders: { get: (t: TableModel) => t.showHeaders, set: (t: TableModel, v, self) => { t.showHeaders = Boolean(v); self.context._model().notify(); } },
  style: { get: (t: TableModel) => t.style, set: (t: TableModel, v, self) => { t.style = String(v); self.context._model().notify(); } },
});

// ---------------------------------------------------------------------------------------------------------------
// Charts (recorded: the preview draws a simple picture of them)

export class ChartCollectionProxy extends ClientObject {
  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    this._checkContext(sourceData);
    let created: ChartModel | undefined;
    this._do("add", (sheet: SheetModel) => {
      const chartType = oneOf(CHART_TYPES.slice(1), "chart type")(type);
      const by = oneOf(["Auto", "Columns", "Rows"], "seriesBy")(seriesBy);
      if (!(sourceData instanceof RangeProxy)) throw ERR.invalid("sourceData must be a Range");
      const t = sourceData._target<RangeTarget>();
      created = this.context._model().addChart(sheet, chartType, { ...t.ref, sheet: t.sheet.name }, by);
    });
    return new ChartProxy(this.context, `${this._path}.add()`, () => created ?? null);
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, `${this._path}.getItem('${name}')`, () => this._target<SheetModel>().charts.find((c) => c.name === name) ?? null);
  }
  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.context, `${this._path}.getItemOrNullObject('${name}')`, () => this._target<SheetModel>().charts.find((c) => c.name === name) ?? null, true);
  }
  getItemAt(index: number): ChartProxy {
    return new ChartProxy(this.context, `${this._path}.getItemAt(${index})`, () => this._target<SheetModel>().charts[index] ?? null);
  }
  get items(): ChartProxy[] {
    return this._getProp("items") as ChartProxy[];
  }
  _snapshot(paths: string[] | null): () => void {
    const sheet = this._target<SheetModel>();
    return collectionSnapshot(this, paths, sheet.charts.slice(), (c) => new ChartProxy(this.context, `chart '${c.name}'`, () => c));
  }
}
define(ChartCollectionProxy, "ChartCollection", {});

export class ChartProxy extends ClientObject {
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._checkContext(startCell);
    this._checkContext(endCell);
    this._do("setPosition", (chart: ChartModel) => {
      const wb = this.context._model();
      const sheet = wb.sheets.find((s) => s.charts.includes(chart))!;
      const toRef = (cell: RangeProxy | string): RangeRef => {
        if (typeof cell !== "string") return cell._target<RangeTarget>().ref;
        const ref = parseAddress(cell);
        if (!ref) throw ERR.invalid(`address '${cell}'`);
        return ref;
      };
      const start = toRef(startCell);
      const end = endCell === undefined ? undefined : toRef(endCell);
      chart.position = { start, end };
      chart.left = wb.columnOffset(sheet, start.left);
      chart.top = wb.rowOffset(sheet, start.top);
      if (end) {
        chart.width = wb.columnOffset(sheet, end.right + 1) - chart.left;
        chart.height = wb.rowOffset(sheet, end.bottom + 1) - chart.top;
      }
      wb.notify();
    });
  }
  delete(): void {
    this._do("delete", (chart: ChartModel) => {
      const wb = this.context._model();
      const sheet = wb.sheets.find((s) => s.charts.includes(chart))!;
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
      wb.notify();
    });
  }
  activate(): void {
    this._do("activate", () => undefined);
  }
}

const chartNumber = (field: "top" | "left" | "width" | "height"): PropertyDef<ChartModel> => ({
  get: (c) => c[field],
  set: (c, v, self) => {
    if (typeof v !== "number" || v < 0) throw ERR.invalid(`chart ${field}`);
    c[field] = v;
    self.context._model().notify();
  },
});

/** A chart part whose settable properties are recorded on the chart model under a path, e.g. "legend.position". */
function recordedPart(typeName: string, props: Record<string, unknown>, children: Record<string, (self: ClientObject) => ClientObject> = {}, methods: Record<string, (self: ClientObject, ...args: unknown[]) => void> = {}) {
  class Part extends ClientObject {}
  const defs: Record<string, PropertyDef<{ chart: ChartModel; path: string }>> = {};
  for (const [name, fallback] of Object.entries(props)) {
    defs[name] = {
      get: (p) => (`${p.path}.${name}` in p.chart.settings ? p.chart.settings[`${p.path}.${name}`] : fallback),
      set: (p, v, self) => {
        p.chart.settings[`${p.path}.${name}`] = v;
        self.context._model().notify();
      },
    };
  }
  define(Part, typeName, defs, children);
  for (const [name, method] of Object.entries(methods)) {
    (Part.prototype as unknown as Record<string, unknown>)[name] = function (this: ClientObject, ...args: unknown[]) {
      method(this, ...args);
    };
  }
  return Part;
}

const sub = (Part: ReturnType<typeof recordedPart>, name: string) => (self: ClientObject) =>
  new Part(self.context, `${self._path}.${name}`, () => {
    const p = self._target<{ chart: ChartModel; path: string } | ChartModel>();
    return "chart" in p ? { chart: p.chart, path: `${p.path}.${name}` } : { chart: p, path: name };
  });

const FontPart = recordedPart("ChartFont", { bold: false, color: "#000000", italic: false, name: "Calibri", size: 10, underline: "None" });
const FillPart = recordedPart("ChartFill", {}, {}, { setSolidColor: (self, color) => self._do("setSolidColor", (p: { chart: ChartModel; path: string }) => (p.chart.settings[`${p.path}.color`] = normalizeColor(color))), clear: (self) => self._do("clear", () => undefined) });
const LinePart = recordedPart("ChartLineFormat", { color: "#000000", lineStyle: "Continuous", weight: 0.75 });
const TextFormatPart = recordedPart("ChartTitleFormat", {}, { font: sub(FontPart, "font"), fill: sub(FillPart, "fill") });
const TitleTextPart = recordedPart("ChartAxisTitle", { text: "", visible: false }, { format: sub(TextFormatPart, "format") });
const LegendPart = recordedPart("ChartLegend", { position: "Right", visible: true, overlay: false }, { format: sub(TextFormatPart, "format") });
const AxisFormatPart = recordedPart("ChartAxisFormat", {}, { font: sub(FontPart, "font"), line: sub(LinePart, "line") });
const GridlinesPart = recordedPart("ChartGridlines", { visible: true });
const AxisPart = recordedPart("ChartAxis", { numberFormat: "General", visible: true, minimum: null, maximum: null, displayUnit: "None", reversePlotOrder: false, tickLabelPosition: "NextToAxis" }, { title: sub(TitleTextPart, "title"), format: sub(AxisFormatPart, "format"), majorGridlines: sub(GridlinesPart, "majorGridlines") });
const AxesPart = recordedPart("ChartAxes", {}, { categoryAxis: sub(AxisPart, "categoryAxis"), valueAxis: sub(AxisPart, "valueAxis"), seriesAxis: sub(AxisPart, "seriesAxis") });
const DataLabelsPart = recordedPart("ChartDataLabels", { showValue: false, showCategoryName: false, showSeriesName: false, showLegendKey: false, showPercentage: false, position: "BestFit", numberFormat: "General" }, { format: sub(TextFormatPart, "format") });
const ChartAreaFormatPart = recordedPart("ChartAreaFormat", { colorScheme: "ColorfulPalette1" }, { font: sub(FontPart, "font"), fill: sub(FillPart, "fill") });

define(
  ChartProxy,
  "Chart",
  {
    name: { get: (c: ChartModel) => c.name, set: (c: ChartModel, v, self) => { c.name = String(v); self.context._model().notify(); } },
    id: { get: (c: ChartModel) => c.id },
    chartType: { get: (c: ChartModel) => c.type, set: (c: ChartModel, v, self) => { c.type = oneOf(CHART_TYPES.slice(1), "chart type")(v); self.context._model().notify(); } },
    top: chartNumber("top"),
    left: chartNumber("left"),
    width: chartNumber("width"),
    height: chartNumber("height"),
    showAllFieldButtons: { get: () => false, set: () => undefined },
    style: { get: () => 2, set: () => undefined },
  },
  {
    title: (self: ChartProxy) =>
      new ChartTitleProxy(self.context, `${self._path}.title`, () => self._target()),
    legend: sub(LegendPart, "legend"),
    axes: sub(AxesPart, "axes"),
    dataLabels: sub(DataLabelsPart, "dataLabels"),
    format: sub(ChartAreaFormatPart, "format"),
    series: (self: ChartProxy) => new ChartSeriesCollectionProxy(self.context, `${self._path}.series`, () => self._target()),
  },
);

/** The chart title: its text is the chart model's title (the grid draws it). */
export class ChartTitleProxy extends ClientObject {}
define(
  ChartTitleProxy,
  "ChartTitle",
  {
    text: { get: (c: ChartModel) => c.title, set: (c: ChartModel, v, self) => { c.title = String(v); self.context._model().notify(); } },
    visible: { get: (c: ChartModel) => c.settings["title.visible"] ?? true, set: (c: ChartModel, v) => (c.settings["title.visible"] = Boolean(v)) },
    overlay: { get: () => false, set: () => undefined },
    position: { get: () => "Automatic", set: () => undefined },
  },
  { format: (self: ChartTitleProxy) => new TextFormatPart(self.context, `${self._path}.format`, () => ({ chart: self._target<ChartModel>(), path: "title.format" })) },
);

export class ChartSeriesCollectionProxy extends ClientObject {
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this._path}.getItemAt(${index})`, () => {
      const chart = this._target<ChartModel>();
      const src = chart.source;
      const lines = chart.seriesBy === "Columns" ? src.right - src.left + 1 : chart.seriesBy === "Rows" ? src.bottom - src.top + 1 : Math.max(src.right - src.left, src.bottom - src.top) + 1;
      if (!Number.isInteger(index) || index < 0 || index >= lines) throw ERR.invalid(`series index ${index}`);
      return { chart, index };
    });
  }
  add(name?: string): ChartSeriesProxy {
    let index = -1;
    this._do("add", (chart: ChartModel) => {
      index = this.context._model().chartSeries(chart).series.length;
      if (name) chart.settings[`series.${index}.name`] = name;
    });
    return new ChartSeriesProxy(this.context, `${this._path}.add()`, () => ({ chart: this._target<ChartModel>(), index }));
  }
}
define(ChartSeriesCollectionProxy, "ChartSeriesCollection", {});

type SeriesTarget = { chart: ChartModel; index: number };
export class ChartSeriesProxy extends ClientObject {
  setXAxisValues(sourceData: RangeProxy): void {
    this._checkContext(sourceData);
    this._do("setXAxisValues", (s: SeriesTarget) => (s.chart.settings[`series.${s.index}.xValues`] = sourceData._target<RangeTarget>().ref));
  }
  delete(): void {
    this._do("delete", (s: SeriesTarget) => (s.chart.settings[`series.${s.index}.deleted`] = true));
  }
}
const seriesProp = (name: string, fallback: (s: SeriesTarget, wb: Workbook) => unknown): PropertyDef<SeriesTarget> => ({
  get: (s, self) => s.chart.settings[`series.${s.index}.${name}`] ?? fallback(s, self.context._model()),
  set: (s, v, self) => {
    s.chart.settings[`series.${s.index}.${name}`] = v;
    self.context._model().notify();
  },
});
define(
  ChartSeriesProxy,
  "ChartSeries",
  {
    name: seriesProp("name", (s, wb) => wb.chartSeries(s.chart).series[s.index]?.name ?? `Series${s.index + 1}`),
    chartType: seriesProp("chartType", (s) => s.chart.type),
    hasDataLabels: seriesProp("hasDataLabels", () => false),
    markerStyle: seriesProp("markerStyle", () => "Automatic"),
    smooth: seriesProp("smooth", () => false),
    axisGroup: seriesProp("axisGroup", () => "Primary"),
    gapWidth: seriesProp("gapWidth", () => 219),
  },
  {
    format: (self: ChartSeriesProxy) => {
      const SeriesFormat = seriesFormatPart;
      return new SeriesFormat(self.context, `${self._path}.format`, () => {
        const s = self._target<SeriesTarget>();
        return { chart: s.chart, path: `series.${s.index}.format` };
      });
    },
  },
);
const seriesFormatPart = recordedPart("ChartSeriesFormat", {}, { fill: sub(FillPart, "fill"), line: sub(LinePart, "line") });

// ---------------------------------------------------------------------------------------------------------------
// Excel.run and the namespaces

function enumOf(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) out[v[0].toLowerCase() + v.slice(1)] = v;
  return out;
}

export interface OfficeStandin {
  Excel: Record<string, unknown>;
  OfficeExtension: Record<string, unknown>;
}

/** Builds the Excel and OfficeExtension namespaces over the workbook that `model()` returns. */
export function createExcelStandin(model: () => Workbook): OfficeStandin {
  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw new OfficeExtensionError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Excel.run");
    const wb = model();
    wb.stats.runs++;
    const context = new RequestContext(model);
    try {
      const returned = (batch as (ctx: RequestContext) => unknown)(context);
      if (!returned || typeof (returned as Promise<unknown>).then !== "function") {
        throw new OfficeExtensionError("RunMustReturnPromise", 'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".', "Excel.run");
      }
      const value = await returned;
      // Excel.run sends what the batch queued after its last sync.
      if (context._queue.length > 0) await context.sync();
      return value;
    } finally {
      context._closed = true;
    }
  }

  const Excel: Record<string, unknown> = {
    run,
    RequestContext: function RequestContextCtor() {
      return new RequestContext(model);
    },
    ErrorCodes: enumOf(["AccessDenied", "ApiNotFound", "GeneralException", "InsertDeleteConflict", "InvalidArgument", "InvalidBinding", "InvalidOperation", "InvalidReference", "InvalidSelection", "ItemAlreadyExists", "ItemNotFound", "NotImplemented", "UnsupportedOperation", "InvalidOperationInCellEditMode"]),
    ChartType: enumOf(CHART_TYPES),
    ChartSeriesBy: enumOf(["Auto", "Columns", "Rows"]),
    ChartLegendPosition: enumOf(["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"]),
    HorizontalAlignment: enumOf(H_ALIGN),
    VerticalAlignment: enumOf(V_ALIGN),
    ClearApplyTo: enumOf(["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"]),
    BorderIndex: enumOf(BORDER_INDEX),
    BorderLineStyle: enumOf(BORDER_STYLE),
    BorderWeight: enumOf(BORDER_WEIGHT),
    SheetVisibility: enumOf(["Visible", "Hidden", "VeryHidden"]),
    NamedItemType: enumOf(["String", "Integer", "Double", "Boolean", "Range", "Error", "Array"]),
    NamedItemScope: enumOf(["Worksheet", "Workbook"]),
    RangeUnderlineStyle: enumOf(UNDERLINE),
    DataValidationType: enumOf(["None", "WholeNumber", "Decimal", "List", "Date", "Time", "TextLength", "Custom", "Inconsistent", "MixedCriteria"]),
    DataValidationAlertStyle: enumOf(["Stop", "Warning", "Information"]),
    RangeValueType: enumOf(["Unknown", "Empty", "String", "Integer", "Double", "Boolean", "Error", "RichValue"]),
  };
  const OfficeExtension: Record<string, unknown> = {
    Error: OfficeExtensionError,
    ErrorCodes: enumOf(["AccessDenied", "GeneralException", "ActivityLimitReached", "InvalidObjectPath", "PropertyNotLoaded", "ValueNotLoaded", "InvalidRequestContext", "InvalidArgument", "RunMustReturnPromise", "ItemNotFound"]),
    ClientObject,
    ClientRequestContext: RequestContext,
    config: { extendedErrorLogging: false },
    Promise,
  };
  return { Excel, OfficeExtension };
}
