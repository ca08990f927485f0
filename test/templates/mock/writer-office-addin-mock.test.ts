/**
 * The template writer (src/templates/writer.ts) against Microsoft's office-addin-mock (OfficeMockObject), as the
 * issue asks. test/templates/writer.test.ts covers the same writer with the hand-written fake-excel.ts.
 *
 * What the mock enforces here: every property declared in the mock data (sheet/table/name `name`, collection
 * `items`, range `address`/`values`/`formulas`/`numberFormat`, format leaves) reads as "Error, property was not
 * loaded" until `load` is called and as "Error, context.sync() was not called" until the next `context.sync()`.
 * A writer that read anything it did not load would get those strings (and crash on `.map`, or return "E" as the
 * master check): the test "the mock's load rules bite" shows both.
 *
 * What office-addin-mock cannot express on its own, and how the builder below bridges it (small, generic):
 * - `load("items/name")` on a collection: the mock treats an array as one scalar, so a navigational load into it
 *   throws ("Property name needs to be present…"). Collections therefore carry their own `load` in the mock data,
 *   which loads `items` through OfficeMockObject.prototype.load and then `name` on each item (items are mocks).
 * - Objects created after construction (sheets from worksheets.add, ranges from getRange, tables, charts, series)
 *   are not children of the context, so OfficeMockObject.prototype.sync would not reach them; the mock data's
 *   `context.sync` counts the call, then syncs the context and every object created so far.
 * - `items` of a collection is the live array the mock data holds (the mock keeps a reference): `add`/`delete`
 *   show up in a later `load("items/name")`, but once loaded the array also changes without a reload (lenient;
 *   real Excel keeps the loaded snapshot). The strictness applies to the first read only.
 * - Writes are plain property assignments (the mock keeps whatever the code assigns), operations apply at once
 *   rather than when the batch syncs, and the mock cannot calculate: a range's `values` is a sentinel
 *   "calculated:<sheet>!<cell>" so the master-check read-back can be told from an unloaded read.
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeApp } from "office-addin-manifest";
import { findTemplate, renderTemplate } from "../../../src/templates";
import type { RenderedTemplate } from "../../../src/templates";
import { colOf, columnLetter, rowOf } from "../../../src/templates/render";
import { insertRenderedTemplate, insertTemplateIntoWorkbook, TemplateInsertError } from "../../../src/templates/writer";

const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";

type Mock = OfficeMockObject;

interface RangeLog {
  address: string;
  mock: Mock;
}
interface SheetLog {
  name: string;
  mock: Mock;
  ranges: RangeLog[];
  names: Map<string, string>;
  tables: { address: string; hasHeaders: boolean; mock: Mock }[];
  charts: { type: string; source: string; seriesBy: string; mock: Mock; series: { mock: Mock; x?: string }[]; position?: string }[];
  frozen?: string;
  activated: number;
}

interface MockWorkbook {
  excel: Mock;
  office: Mock;
  context: Excel.RequestContext;
  sheets: SheetLog[];
  syncs: number;
  /** Make charts.add throw while queuing (a step failing before the write sync). */
  failChart?: boolean;
}

/** Cell addresses of an A1 range, row by row ("B:B" whole columns hold none). */
function grid(address: string): string[][] {
  const [from, to = from] = address.replace(/\$/g, "").split(":");
  if (!/\d/.test(from) || !/\d/.test(to)) return [];
  const rows: string[][] = [];
  for (let r = rowOf(from); r <= rowOf(to); r++) {
    const row: string[] = [];
    for (let c = colOf(from); c <= colOf(to); c++) row.push(`${columnLetter(c)}${r}`);
    rows.push(row);
  }
  return rows;
}

/** Loads `items` (strict: array read as one scalar) and each listed item property, as Excel's "items/name" does. */
function collectionLoad(this: Mock, items: Mock[], argument: string): Mock {
  const props = argument.split(",").map((p) => p.trim());
  for (const prop of props) if (!/^items\/\w+$/.test(prop)) throw new Error(`mock collection: unsupported load "${argument}"`);
  OfficeMockObject.prototype.load.call(this, "items");
  for (const item of items) item.load(props.map((p) => p.slice("items/".length)));
  return this;
}

function createMockWorkbook(existing: { sheets?: string[]; tables?: string[]; names?: string[] } = {}): MockWorkbook {
  const created: Mock[] = [];
  const make = (data: object): Mock => {
    const mock = new OfficeMockObject(data as never, OfficeApp.Excel);
    created.push(mock);
    return mock;
  };
  const addressOf = new WeakMap<Mock, string>();
  const sheetItems: Mock[] = [];
  const tableItems: Mock[] = [];
  const nameItems: Mock[] = [];
  const wb = { sheets: [] as SheetLog[], syncs: 0 } as MockWorkbook;

  const rangeMock = (log: SheetLog, address: string): Mock => {
    const range = make({
      address: `${log.name}!${address}`,
      values: grid(address).map((row) => row.map((cell) => `calculated:${log.name}!${cell}`)),
      formulas: [[]],
      numberFormat: [[]],
      format: { font: { color: "#000000", bold: false, italic: false, size: 11 }, fill: { color: "" }, protection: { locked: true }, columnWidth: 64 },
      dataValidation: {},
    });
    addressOf.set(range, address);
    log.ranges.push({ address, mock: range });
    return range;
  };
  const addressArg = (range: Mock) => {
    const address = addressOf.get(range);
    if (address === undefined) throw new Error("InvalidArgument: not a range of this workbook");
    return address;
  };

  const addSheet = (name: string): Mock => {
    if (wb.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: a sheet named "${name}" exists`);
    const log: SheetLog = { name, mock: null as unknown as Mock, ranges: [], names: new Map(), tables: [], charts: [], activated: 0 };
    log.mock = make({
      name,
      getRange: (address: string) => rangeMock(log, address),
      names: {
        add: (itemName: string, range: Mock) => {
          if (log.names.has(itemName.toLowerCase())) throw new Error(`ItemAlreadyExists: name ${itemName} on ${log.name}`);
          log.names.set(itemName.toLowerCase(), addressArg(range));
          return make({ name: itemName });
        },
      },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          const table = make({ name: `Table${tableItems.length + 1}`, style: "TableStyleMedium2" });
          tableItems.push(table);
          log.tables.push({ address, hasHeaders, mock: table });
          return table;
        },
      },
      charts: {
        add: (type: string, source: Mock, seriesBy: string) => {
          if (wb.failChart) throw new Error("InvalidArgument: chart source");
          const chart = { type, source: addressArg(source), seriesBy, series: [] as { mock: Mock; x?: string }[], position: undefined as string | undefined, mock: null as unknown as Mock };
          chart.mock = make({
            name: `Chart ${log.charts.length + 1}`,
            title: { text: "" },
            series: {
              getItemAt: (i: number) => {
                if (!chart.series[i]) {
                  const entry: { mock: Mock; x?: string } = { mock: null as unknown as Mock };
                  entry.mock = make({ name: `Series${i + 1}`, setXAxisValues: (range: Mock) => void (entry.x = addressArg(range)) });
                  chart.series[i] = entry;
                }
                return chart.series[i].mock;
              },
            },
            setPosition: (anchor: string) => void (chart.position = anchor),
          });
          log.charts.push(chart);
          return chart.mock;
        },
      },
      freezePanes: { freezeAt: (range: Mock) => void (log.frozen = addressArg(range)) },
      activate: () => void log.activated++,
      delete: () => {
        sheetItems.splice(sheetItems.indexOf(log.mock), 1);
        wb.sheets.splice(wb.sheets.indexOf(log), 1);
      },
    });
    sheetItems.push(log.mock);
    wb.sheets.push(log);
    return log.mock;
  };

  for (const name of existing.sheets ?? []) addSheet(name);
  for (const name of existing.tables ?? []) tableItems.push(make({ name }));
  for (const name of existing.names ?? []) nameItems.push(make({ name }));

  wb.excel = new OfficeMockObject(
    {
      context: {
        workbook: {
          worksheets: {
            items: sheetItems,
            load(this: Mock, argument: string) {
              return collectionLoad.call(this, sheetItems, argument);
            },
            add: (name: string) => addSheet(name),
          },
          tables: {
            items: tableItems,
            load(this: Mock, argument: string) {
              return collectionLoad.call(this, tableItems, argument);
            },
          },
          names: {
            items: nameItems,
            load(this: Mock, argument: string) {
              return collectionLoad.call(this, nameItems, argument);
            },
            // the price sheet's workbook-scoped name (price-table)
            add: (name: string) => nameItems.push(make({ name })),
          },
        },
        async sync(this: Mock) {
          wb.syncs++;
          await OfficeMockObject.prototype.sync.call(this);
          await Promise.all(created.map((mock) => mock.sync()));
        },
      },
      async run(this: Mock, batch: (context: Excel.RequestContext) => Promise<unknown>) {
        return batch(this.context);
      },
    },
    OfficeApp.Excel,
  );
  wb.context = wb.excel.context as Excel.RequestContext;
  wb.office = new OfficeMockObject(
    { context: { requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version) <= 1.8 } } },
    OfficeApp.Excel,
  );
  return wb;
}

/** What the writer wrote on a sheet, cell by cell: the last formulas/numberFormat assigned through any range. */
function writtenCells(log: SheetLog): Map<string, { formula?: unknown; numberFormat?: unknown }> {
  const cells = new Map<string, { formula?: unknown; numberFormat?: unknown }>();
  for (const { address, mock } of log.ranges) {
    grid(address).forEach((row, r) =>
      row.forEach((cell, c) => {
        const entry = cells.get(cell) ?? {};
        if (Array.isArray(mock.formulas) && mock.formulas[r]?.[c] !== undefined) entry.formula = mock.formulas[r][c];
        if (Array.isArray(mock.numberFormat) && mock.numberFormat[r]?.[c] !== undefined) entry.numberFormat = mock.numberFormat[r][c];
        cells.set(cell, entry);
      }),
    );
  }
  return cells;
}

/** The last value assigned to format property `path` ("font.color", "protection.locked") covering `cell`. */
function formatOf(log: SheetLog, cell: string, path: string): unknown {
  let value: unknown;
  for (const { address, mock } of log.ranges) {
    if (!grid(address).flat().includes(cell)) continue;
    const [group, prop] = path.split(".");
    const v = mock.format[group][prop];
    if (v !== NOT_LOADED && v !== NOT_SYNCED) value = v;
  }
  return value;
}

const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };

function install(wb: MockWorkbook): void {
  globals.Excel = wb.excel;
  globals.Office = wb.office;
}

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

function expectWritten(wb: MockWorkbook, rendered: RenderedTemplate, sheetNames: string[]): void {
  rendered.sheets.forEach((spec, index) => {
    const log = wb.sheets.find((s) => s.name === sheetNames[index])!;
    expect(log).toBeDefined();
    const cells = writtenCells(log);
    for (const cell of spec.cells) {
      expect({ address: cell.address, ...cells.get(cell.address) }).toEqual({
        address: cell.address,
        formula: cell.formula !== undefined ? cell.formula : (cell.value ?? ""),
        numberFormat: cell.format ?? "General",
      });
    }
    // (c) names are sheet-scoped, with the rendered addresses; none went to the workbook.
    const names = rendered.names.filter((n) => n.sheet === spec.name && !n.workbook);
    expect([...log.names.entries()].sort()).toEqual(names.map((n) => [n.name.toLowerCase(), n.address] as [string, string]).sort());
    for (const table of spec.tables) expect(log.tables.map((t) => t.address)).toContain(table.range);
    expect(log.tables.map((t) => t.mock.name)).toEqual(spec.tables.map((t) => expect.stringMatching(new RegExp(`^${t.name}(_\\d+)?$`))));
    for (const validation of spec.validations) {
      const rules = log.ranges.filter((r) => r.address === validation.address && r.mock.dataValidation.rule).map((r) => r.mock.dataValidation.rule);
      expect(rules).toEqual([{ list: { inCellDropDown: true, source: validation.list.join(",") } }]);
    }
    for (const cell of spec.cells.filter((c) => c.style === "input")) expect(formatOf(log, cell.address, "protection.locked")).toBe(false);
    expect(log.frozen).toBe(`A1:${columnLetter(spec.freeze.columns - 1)}${spec.freeze.rows}`);
    if (spec.chart) {
      expect(log.charts).toHaveLength(1);
      const [chart] = log.charts;
      expect(chart).toMatchObject({ type: spec.chart.type, source: spec.chart.dataRange, seriesBy: spec.chart.seriesBy, position: spec.chart.anchor });
      expect(chart.mock.title.text).toBe(spec.chart.title);
      expect(chart.series.map((s) => s.mock.name)).toEqual(spec.chart.seriesNames);
    } else {
      expect(log.charts).toHaveLength(0);
    }
  });
}

describe("office-addin-manifest stub", () => {
  test("exports the same OfficeApp enum as the real package", () => {
    const real = jest.requireActual("../../../node_modules/office-addin-manifest/lib/officeApp.js") as { OfficeApp: Record<string, string> };
    expect({ ...OfficeApp }).toEqual({ ...real.OfficeApp });
  });
});

describe("template writer against office-addin-mock", () => {
  test("the mock's load rules bite: unloaded reads are error strings, and a writer that skipped load would fail", async () => {
    const wb = createMockWorkbook({ sheets: ["Sheet1"] });
    const worksheets = wb.excel.context.workbook.worksheets;
    expect(worksheets.items).toBe(NOT_LOADED);
    worksheets.load("items/name");
    expect(worksheets.items).toBe(NOT_SYNCED);
    await wb.context.sync();
    expect(worksheets.items.map((s: Mock) => s.name)).toEqual(["Sheet1"]);
    const range = worksheets.items[0].getRange("B2");
    expect(range.values).toBe(NOT_LOADED);
    expect(range.address).toBe(NOT_LOADED);

    // The same writer, with the worksheets load made a no-op: it reads an unloaded `items` and fails.
    const forgetful = createMockWorkbook({ sheets: ["Sheet1"] });
    forgetful.excel.context.workbook.worksheets.load = () => undefined;
    await expect(insertRenderedTemplate(forgetful.context, renderTemplate(findTemplate("sentiment-analysis")!))).rejects.toThrow(/items\.map is not a function/);
  });

  test.each(["sentiment-analysis", "roi-business-case"])("%s: 3 syncs, cells, names, layout and master check as rendered", async (id) => {
    const wb = createMockWorkbook({ sheets: ["Sheet1"], tables: ["Existing"], names: ["Existing_Name"] });
    install(wb);
    const rendered = renderTemplate(findTemplate(id)!);
    const progress: string[] = [];
    const result = await insertTemplateIntoWorkbook(rendered, (message) => progress.push(message));

    // (a) read, write, read back: exactly three round trips.
    expect(result.syncs).toBe(3);
    expect(wb.syncs).toBe(3);
    expect(progress).toEqual(["Reading the workbook…", `Writing ${rendered.sheets.map((s) => s.name).join(", ")}…`, "Checking…", "Done."]);

    // (b), (c) and the layout.
    expect(result.sheets).toEqual(rendered.sheets.map((s) => s.name));
    expectWritten(wb, rendered, result.sheets);
    expect(wb.sheets.find((s) => s.name === result.sheets[0])!.activated).toBe(1);
    expect(wb.sheets.find((s) => s.name === "Sheet1")!.ranges).toHaveLength(0);

    // (e) the master check was loaded and synced before it was read (an unloaded read gives "E", the error's first letter).
    const masterSheet = result.sheets[Math.max(0, rendered.sheets.findIndex((s) => s.name === rendered.masterCheck.sheet))];
    expect(result.masterCheck).toBe(`calculated:${masterSheet}!${rendered.masterCheck.address.replace(/\$/g, "")}`);

    // Workbook names untouched (template names are sheet-scoped); table names unique.
    const workbook = wb.excel.context.workbook;
    workbook.names.load("items/name");
    workbook.tables.load("items/name");
    await wb.context.sync();
    expect(workbook.names.items.map((n: Mock) => n.name)).toEqual(["Existing_Name"]);
    expect(workbook.tables.items.map((t: Mock) => t.name)).toEqual(["Existing", ...result.tables]);
  });

  // price-table carries a table (the other two templates have none), so it covers table-name collisions too.
  test.each(["roi-business-case", "price-table"])("(d) %s: taken sheet/table names get \" (2)\" / \"_2\"; a second insert sees the first and gets \" (3)\"", async (id) => {
    const rendered = renderTemplate(findTemplate(id)!);
    const base = rendered.sheets[0].name;
    const tableNames = rendered.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tableNames).toHaveLength(id === "price-table" ? 1 : 0);
    const wb = createMockWorkbook({ sheets: ["Sheet1", base.toUpperCase()], tables: tableNames });
    install(wb);

    const first = await insertTemplateIntoWorkbook(rendered);
    expect(first.syncs).toBe(3);
    expect(wb.syncs).toBe(3);
    expect(first.sheets[0]).toBe(`${base} (2)`);
    expect(first.tables).toEqual(tableNames.map((t) => `${t}_2`));
    expectWritten(wb, rendered, first.sheets);
    expect(wb.sheets.find((s) => s.name === base.toUpperCase())!.ranges).toHaveLength(0); // the existing sheet was not touched

    const second = await insertTemplateIntoWorkbook(rendered);
    expect(wb.syncs).toBe(6);
    expect(second.sheets[0]).toBe(`${base} (3)`);
    expect(second.tables).toEqual(tableNames.map((t) => `${t}_3`));
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", base.toUpperCase(), `${base} (2)`, `${base} (3)`]);
  });

  test("a step that throws while queuing: the added sheet shows up in the rollback's load and is deleted", async () => {
    const rendered = renderTemplate(findTemplate("sentiment-analysis")!);
    expect(rendered.sheets.some((s) => s.chart)).toBe(true);
    const wb = createMockWorkbook({ sheets: ["Sheet1"] });
    wb.failChart = true;
    install(wb);
    const error = await insertTemplateIntoWorkbook(rendered).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateInsertError);
    expect((error as TemplateInsertError).rolledBack).toBe(true);
    expect((error as Error).message).toMatch(/InvalidArgument: chart source.*removed/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(wb.syncs).toBe(3); // read, then the rollback's load and delete
  });

  test("without ExcelApi 1.8 the insert refuses before touching the workbook", async () => {
    const wb = createMockWorkbook({ sheets: ["Sheet1"] });
    wb.office.context.requirements.isSetSupported = () => false;
    install(wb);
    await expect(insertTemplateIntoWorkbook(renderTemplate(findTemplate("roi-business-case")!))).rejects.toThrow(/ExcelApi 1\.8/);
    expect(wb.syncs).toBe(0);
  });
});
