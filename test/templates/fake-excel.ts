/**
 * The smallest faithful in-memory stand-in for the parts of Excel's object model the template writer uses.
 * Why not office-addin-mock alone: its OfficeMockObject cannot model collections whose `add` creates new objects
 * that later `load("items/name")` must list, nor sheet-scoped `names`, tables or charts, nor a batch that fails part
 * way (operations before the failure applied, as Excel does). This fake applies operations immediately, like a queued
 * batch that later succeeds, and can make a given sync reject to simulate a failing batch.
 */
export interface FakeCell {
  formula?: unknown;
  numberFormat?: string;
  style: Record<string, unknown>;
  validation?: unknown;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  names: Map<string, string>;
  tables: string[];
  charts: { type: string; source: string; seriesBy: string; title?: string; series: Record<number, { name?: string; x?: string }>; position?: string }[];
  frozen?: string;
  widths: Record<string, number>;
  deleted: boolean;
}

function expand(address: string): string[] {
  const [from, to] = address.replace(/\$/g, "").split(":");
  const parse = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) return null;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return { c, r: Number(m[2]) };
  };
  const a = parse(from);
  const b = parse(to ?? from);
  if (!a || !b) return []; // whole-column ranges (widths) hold no cells here
  const letters = (n: number) => {
    let s = "";
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  const out: string[] = [];
  for (let r = a.r; r <= b.r; r++) for (let c = a.c; c <= b.c; c++) out.push(`${letters(c)}${r}`);
  return out;
}

export interface FakeExcel {
  context: Excel.RequestContext;
  sheets: FakeSheet[];
  workbookNames: string[];
  workbookTables: string[];
  syncCount: number;
  /** Make the n-th sync (1-based) reject, after its operations were applied. */
  failOnSync?: number;
  /** Make charts.add throw while queuing (a step failing before any sync). */
  failChart?: boolean;
}

export function createFakeExcel(existing: { sheets?: string[]; names?: string[]; tables?: string[] } = {}): FakeExcel {
  const fake: FakeExcel = {
    context: null as unknown as Excel.RequestContext,
    sheets: [],
    workbookNames: [...(existing.names ?? [])],
    workbookTables: [...(existing.tables ?? [])],
    syncCount: 0,
  };
  const makeSheet = (name: string): FakeSheet => ({ name, cells: new Map(), names: new Map(), tables: [], charts: [], widths: {}, deleted: false });
  for (const name of existing.sheets ?? []) {
    const sheet = makeSheet(name);
    sheet.cells.set("A1", { formula: `existing content of ${name}`, style: {} });
    fake.sheets.push(sheet);
  }
  const cell = (sheet: FakeSheet, a: string) => {
    let c = sheet.cells.get(a);
    if (!c) sheet.cells.set(a, (c = { style: {} }));
    return c;
  };
  const rangeProxy = (sheet: FakeSheet, address: string) => {
    const addresses = expand(address);
    const styleSetter = (prefix: string) =>
      new Proxy({}, {
        set(_t, key: string, value) {
          if (prefix === "format" && key === "columnWidth") {
            sheet.widths[address.split(":")[0]] = value;
            return true;
          }
          for (const a of addresses) cell(sheet, a).style[`${prefix}.${key}`] = value;
          return true;
        },
      });
    const format = Object.assign(styleSetter("format"), {});
    const formatObject = new Proxy(format, {
      get(_t, key: string) {
        if (key === "font" || key === "fill" || key === "protection") return styleSetter(key);
        return undefined;
      },
      set(_t, key: string, value) {
        if (key === "columnWidth") sheet.widths[address.split(":")[0]] = value;
        return true;
      },
    });
    const range = {
      address,
      values: undefined as unknown,
      load() {},
      format: formatObject,
      dataValidation: {
        set rule(rule: unknown) {
          for (const a of addresses) cell(sheet, a).validation = rule;
        },
      },
      set numberFormat(rows: string[][]) {
        rows.flat().forEach((f, i) => (cell(sheet, addresses[i]).numberFormat = f));
      },
      set formulas(rows: unknown[][]) {
        rows.flat().forEach((f, i) => (cell(sheet, addresses[i]).formula = f));
      },
    };
    Object.defineProperty(range, "values", { get: () => addresses.map((a) => [sheet.cells.get(a)?.formula ?? ""]) });
    return range;
  };
  const sheetProxy = (sheet: FakeSheet) => ({
    get name() {
      return sheet.name;
    },
    getRange: (address: string) => rangeProxy(sheet, address),
    names: {
      add(name: string, range: { address: string }) {
        if (sheet.names.has(name.toLowerCase())) throw new Error(`name ${name} exists on ${sheet.name}`);
        sheet.names.set(name.toLowerCase(), range.address);
      },
    },
    tables: {
      add(address: string) {
        const table = { name: "", style: "" };
        sheet.tables.push(address);
        return new Proxy(table, {
          set(t, key: string, value) {
            if (key === "name") {
              if (fake.workbookTables.some((n) => n.toLowerCase() === String(value).toLowerCase())) throw new Error(`table name ${value} is taken`);
              fake.workbookTables.push(value);
            }
            (t as Record<string, unknown>)[key] = value;
            return true;
          },
        });
      },
    },
    charts: {
      add(type: string, source: { address: string }, seriesBy: string) {
        if (fake.failChart) throw new Error("InvalidArgument: chart source");
        const chart = { type, source: source.address, seriesBy, title: undefined as string | undefined, series: {} as Record<number, { name?: string; x?: string }>, position: undefined as string | undefined };
        sheet.charts.push(chart);
        return {
          title: {
            set text(t: string) {
              chart.title = t;
            },
          },
          series: {
            getItemAt(i: number) {
              const s = (chart.series[i] ??= {});
              return {
                set name(n: string) {
                  s.name = n;
                },
                setXAxisValues(r: { address: string }) {
                  s.x = r.address;
                },
              };
            },
          },
          setPosition(a: string) {
            chart.position = a;
          },
        };
      },
    },
    freezePanes: {
      freezeAt(r: { address: string }) {
        sheet.frozen = r.address;
      },
    },
    activate() {},
    delete() {
      sheet.deleted = true;
      fake.sheets = fake.sheets.filter((s) => s !== sheet);
    },
  });
  const live = () => fake.sheets.filter((s) => !s.deleted);
  const context = {
    workbook: {
      worksheets: {
        load() {},
        get items() {
          return live().map(sheetProxy);
        },
        add(name: string) {
          if (live().some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
          const sheet = makeSheet(name);
          fake.sheets.push(sheet);
          return sheetProxy(sheet);
        },
      },
      tables: {
        load() {},
        get items() {
          return fake.workbookTables.map((name) => ({ name }));
        },
      },
      names: {
        load() {},
        get items() {
          return fake.workbookNames.map((name) => ({ name }));
        },
        add(name: string) {
          if (fake.workbookNames.some((taken) => taken.toLowerCase() === name.toLowerCase())) throw new Error(`name ${name} exists in the workbook`);
          fake.workbookNames.push(name);
        },
      },
    },
    async sync() {
      fake.syncCount++;
      if (fake.failOnSync === fake.syncCount) throw new Error("GeneralException: the batch failed");
    },
  };
  fake.context = context as unknown as Excel.RequestContext;
  return fake;
}

export function snapshot(fake: FakeExcel): string {
  return JSON.stringify(
    fake.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()], names: [...s.names.entries()], tables: s.tables, charts: s.charts })),
  );
}
