/**
 * The preview page: the real task pane (dist/taskpane.html, in an iframe) beside a workbook view of a workbook held
 * by HyperFormula. The pane's functions.js registers the LLMCOST functions through CustomFunctions.associate into
 * the double this page hands to the pane's Office.js stand-in; those functions, and only those, compute the sheet.
 * Development tooling only: never part of the production dist/.
 */
import { createCustomFunctionsDouble } from "../../dev/custom-functions-double";
import type { FunctionsMetadata } from "../../dev/hyperformula-llmcost";
import { cellAddress, columnLetters, parseAddress, rangeAddress, type RangeRef } from "../../dev/excel-double/address";
import { chartSvg, PALETTE } from "./chart";
import { HOST_GLOBAL, type PreviewHost } from "./host";
import { llmcostWorkbookFactory, type SheetModel, type Workbook } from "../../dev/excel-double/workbook";

const PT_TO_PX = 4 / 3;
const double = createCustomFunctionsDouble();
let workbook: Workbook | undefined;
let creating: Promise<void> | undefined;
/** The active cell, and the selected range around it (the workbook keeps it, so Office.js's getSelectedRange sees it). */
let selected = { row: 0, col: 0 };
let extent: RangeRef = { top: 0, left: 0, bottom: 0, right: 0 };
/** The workbook change that the grid shows (Workbook.changes when it was drawn). */
let drawnChanges = -1;
/** The grid as last drawn: its sheet, the workbook change it shows, and its size (rows and columns of cells). */
let drawnGrid: { sheetId: string; changes: number; rows: number; cols: number } | null = null;
let editing: { input: HTMLInputElement; row: number; col: number } | null = null;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function createWorkbook(): Promise<void> {
  const response = await fetch("functions.json");
  const metadata = (await response.json()) as FunctionsMetadata;
  const missing = metadata.functions.filter((f) => !double.registered.has(f.id.toUpperCase())).map((f) => f.id);
  if (missing.length) console.warn(`LLMCOST preview: functions.json lists functions that functions.js did not associate: ${missing.join(", ")}`);
  workbook = llmcostWorkbookFactory(double, metadata)();
  workbook.onChange(scheduleRender);
  document.body.dataset.ready = "true";
  scheduleRender();
}

const host: PreviewHost = {
  customFunctions: double,
  paneLoading() {
    double.registered.clear();
    double.duplicates.length = 0;
  },
  paneReady() {
    if (!creating) creating = createWorkbook();
    return creating;
  },
  workbook() {
    if (!workbook) throw new Error("The preview workbook is not ready yet.");
    return workbook;
  },
  isIdle() {
    return workbook !== undefined && !renderScheduled && editing === null && !workbook.busy && drawnChanges === workbook.changes;
  },
  idleState() {
    const sheet = activeSheet();
    return {
      workbookReady: workbook !== undefined,
      renderScheduled,
      editing: editing && sheet ? `${sheet.name}!${cellAddress(editing.row, editing.col)}` : null,
      busy: workbook?.busy ?? false,
      changes: workbook?.changes ?? null,
      drawnChanges,
    };
  },
};
(window as unknown as Record<string, unknown>)[HOST_GLOBAL] = host;

// ---------------------------------------------------------------------------------------------------------------
// Rendering

let renderScheduled = false;
function scheduleRender(): void {
  if (renderScheduled) return;
  renderScheduled = true;
  requestAnimationFrame(() => {
    renderScheduled = false;
    render();
  });
}

function activeSheet(): SheetModel | undefined {
  return workbook?.activeSheet ?? workbook?.sheets[0];
}

function render(): void {
  if (!workbook) return;
  drawnChanges = workbook.changes;
  const sheet = activeSheet();
  if (!sheet) return;
  // The selection lives in the workbook (Range.select() from the pane moves it too); another sheet's starts at A1.
  if (workbook.selection?.sheet !== sheet) workbook.selection = { sheet, ref: { top: 0, left: 0, bottom: 0, right: 0 } };
  extent = workbook.selection.ref;
  selected = { row: extent.top, col: extent.left };
  // Only the selection moved (same sheet, nothing changed, still inside the drawn grid): move its marks, as Excel does
  // without redrawing the sheet; a full redraw of a template sheet (thousands of cells) per click would lag.
  const grid = drawnGrid;
  if (grid && grid.sheetId === sheet.id && grid.changes === drawnChanges && selected.row < grid.rows - 5 && selected.col < grid.cols - 3) {
    moveSelectionMarks();
  } else {
    renderTabs(sheet);
    renderGrid(sheet);
  }
  renderFormulaBar(sheet);
}

/** Marks the active cell, the rest of the selected range and the active row and column headers in the drawn grid. */
function moveSelectionMarks(): void {
  const table = $("grid").querySelector("table");
  if (!table) return;
  for (const node of table.querySelectorAll(".selected, .in-selection, .hl")) node.classList.remove("selected", "in-selection", "hl");
  const body = table.tBodies[0];
  for (let r = extent.top; r <= Math.min(extent.bottom, body.rows.length - 1); r++) {
    const cells = body.rows[r].cells;
    for (let c = extent.left; c <= Math.min(extent.right, cells.length - 2); c++) cells[c + 1].classList.add(r === selected.row && c === selected.col ? "selected" : "in-selection");
  }
  table.tHead?.rows[0].cells[selected.col + 1]?.classList.add("hl");
  body.rows[selected.row]?.cells[0]?.classList.add("hl");
}

function renderTabs(active: SheetModel): void {
  const tabs = $("tabs");
  tabs.replaceChildren(
    ...workbook!.sheets
      .filter((s) => s.visibility === "Visible")
      .map((s) => {
        const tab = document.createElement("button");
        tab.className = "tab" + (s === active ? " active" : "");
        tab.textContent = s.name;
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-selected", String(s === active));
        if (s.tabColor) tab.style.borderBottomColor = s.tabColor;
        tab.addEventListener("click", () => {
          commitEdit();
          workbook!.activate(s);
        });
        return tab;
      }),
  );
}

function isBlank(wb: Workbook, sheet: SheetModel, row: number, col: number): boolean {
  const view = wb.view(sheet, row, col);
  return view.value === null || view.value === "";
}

function renderGrid(sheet: SheetModel): void {
  const wb = workbook!;
  const used = wb.usedRange(sheet, false);
  const chartExtent = sheet.charts.reduce((acc, c) => ({ right: Math.max(acc.right, c.left + c.width), bottom: Math.max(acc.bottom, c.top + c.height) }), { right: 0, bottom: 0 });
  let rows = Math.max(40, (used?.bottom ?? 0) + 12, selected.row + 5);
  let cols = Math.max(12, (used?.right ?? 0) + 4, selected.col + 3);
  while (wb.rowOffset(sheet, rows) < chartExtent.bottom + 40 && rows < 400) rows++;
  while (wb.columnOffset(sheet, cols) < chartExtent.right + 40 && cols < 120) cols++;
  rows = Math.min(rows, 1000);
  cols = Math.min(cols, 120);

  const table = document.createElement("table");
  table.className = "grid" + (sheet.showGridlines ? "" : " no-gridlines");
  let tableWidth = 44;
  for (let c = 0; c < cols; c++) tableWidth += Math.round(wb.columnWidth(sheet, c) * PT_TO_PX);
  table.style.width = `${tableWidth}px`;
  const colgroup = document.createElement("colgroup");
  const headCol = document.createElement("col");
  headCol.style.width = "44px";
  colgroup.append(headCol);
  for (let c = 0; c < cols; c++) {
    const col = document.createElement("col");
    col.style.width = `${Math.round(wb.columnWidth(sheet, c) * PT_TO_PX)}px`;
    colgroup.append(col);
  }
  table.append(colgroup);

  const headerHeight = 20;
  // Row heights in pixels; a row grows with its largest font, as Excel's auto-fit rows do.
  const rowPx: number[] = [];
  for (let r = 0; r < rows; r++) {
    let px = Math.round(wb.rowHeight(sheet, r) * PT_TO_PX);
    if (used && r >= used.top && r <= used.bottom) {
      for (let c = used.left; c <= used.right; c++) {
        const size = wb.style(sheet, r, c).fontSize;
        if (size) px = Math.max(px, Math.ceil(size * PT_TO_PX * 1.25) + 2);
      }
    }
    rowPx.push(px);
  }
  const frozenTop = (r: number) => headerHeight + rowPx.slice(0, r).reduce((a, b) => a + b, 0);
  const frozenLeft = (c: number) => 44 + Math.round(wb.columnOffset(sheet, c) * PT_TO_PX);

  const thead = document.createElement("thead");
  const headRow = document.createElement("tr");
  const corner = document.createElement("th");
  corner.className = "corner";
  headRow.append(corner);
  for (let c = 0; c < cols; c++) {
    const th = document.createElement("th");
    th.textContent = columnLetters(c);
    th.className = "col-header" + (c === selected.col ? " hl" : "");
    if (c < sheet.freeze.columns) {
      th.style.left = `${frozenLeft(c)}px`;
      th.classList.add("frozen-col");
    }
    headRow.append(th);
  }
  thead.append(headRow);
  table.append(thead);

  const tbody = document.createElement("tbody");
  for (let r = 0; r < rows; r++) {
    const tr = document.createElement("tr");
    tr.style.height = `${rowPx[r]}px`;
    const th = document.createElement("th");
    th.className = "row-header" + (r === selected.row ? " hl" : "");
    th.textContent = String(r + 1);
    tr.append(th);
    const frozenRow = r < sheet.freeze.rows;
    if (frozenRow) tr.classList.add("frozen-row");
    if (frozenRow && r === sheet.freeze.rows - 1) tr.classList.add("last-frozen");
    for (let c = 0; c < cols; c++) {
      const td = document.createElement("td");
      const address = cellAddress(r, c);
      td.dataset.address = address;
      const inUse = used && r >= used.top && r <= used.bottom && c >= used.left && c <= used.right;
      if (inUse) {
        const view = wb.view(sheet, r, c);
        td.textContent = view.text;
        td.style.textAlign = view.align;
        // Excel lets left-aligned text run on over the empty cells to its right.
        if (typeof view.value === "string" && view.align === "left" && !wb.style(sheet, r, c).wrapText) {
          let spill = 0;
          for (let next = c + 1; next < cols && isBlank(wb, sheet, r, next); next++) {
            spill += Math.round(wb.columnWidth(sheet, next) * PT_TO_PX);
          }
          if (spill > 0) {
            const text = document.createElement("span");
            text.className = "overflow-text";
            text.textContent = view.text;
            text.style.width = `${Math.round(wb.columnWidth(sheet, c) * PT_TO_PX) + spill - 6}px`;
            td.replaceChildren(text);
            td.classList.add("overflows");
          }
        }
        if (view.value !== null) {
          td.dataset.value = String(view.value);
          td.dataset.type = view.isError ? "error" : typeof view.value;
        }
        if (view.isFormula) td.dataset.formula = view.input;
        const s = view.style;
        const table = wb.tableAt(sheet, r, c);
        if (table && r === table.ref.top && table.showHeaders) td.classList.add("table-header");
        else if (table && (r - table.ref.top) % 2 === 1) td.classList.add("table-band");
        if (s.bold) td.style.fontWeight = "bold";
        if (s.italic) td.style.fontStyle = "italic";
        if (s.fontColor) td.style.color = s.fontColor;
        if (view.color) td.style.color = view.color;
        if (s.fill) td.style.background = s.fill;
        if (s.fontSize) td.style.fontSize = `${s.fontSize * PT_TO_PX}px`;
        if (s.wrapText) td.classList.add("wrap");
        if (s.borders?.EdgeBottom && s.borders.EdgeBottom.style !== "None") td.style.borderBottom = `1px solid ${s.borders.EdgeBottom.color ?? "#000"}`;
        if (s.borders?.EdgeTop && s.borders.EdgeTop.style !== "None") td.style.borderTop = `1px solid ${s.borders.EdgeTop.color ?? "#000"}`;
        if (view.isError) {
          td.classList.add("error");
          if (view.errorMessage) td.title = view.errorMessage;
        }
        if (view.spillChild) td.classList.add("spill");
        if (wb.validationAt(sheet, r, c)) td.classList.add("has-list");
        if (s.locked === false) td.classList.add("unlocked");
      }
      if (r === selected.row && c === selected.col) td.classList.add("selected");
      else if (r >= extent.top && r <= extent.bottom && c >= extent.left && c <= extent.right) td.classList.add("in-selection");
      if (frozenRow) td.style.top = `${frozenTop(r)}px`;
      if (c < sheet.freeze.columns) {
        td.style.left = `${frozenLeft(c)}px`;
        td.classList.add("frozen-col");
        if (!td.style.background) td.style.background = "#fff";
      }
      if (frozenRow && !td.style.background) td.style.background = "#fff";
      tr.append(td);
    }
    if (frozenRow) {
      th.style.top = `${frozenTop(r)}px`;
      th.classList.add("frozen");
    }
    tbody.append(tr);
  }
  table.append(tbody);

  const grid = $("grid");
  // A sheet shows from its top-left when it becomes active, as in Excel.
  const scroll = grid.dataset.sheet === sheet.id ? { top: grid.scrollTop, left: grid.scrollLeft } : { top: 0, left: 0 };
  grid.dataset.sheet = sheet.id;
  grid.dataset.sheetName = sheet.name;
  const layer = document.createElement("div");
  layer.className = "layer";
  layer.append(table);
  for (const chart of sheet.charts) layer.append(renderChart(chart, headerHeight));
  grid.replaceChildren(layer);
  drawnGrid = { sheetId: sheet.id, changes: wb.changes, rows, cols };
  grid.scrollTop = scroll.top;
  grid.scrollLeft = scroll.left;
  const freezeNote = sheet.freeze.rows || sheet.freeze.columns ? `Frozen: ${sheet.freeze.rows} rows, ${sheet.freeze.columns} columns` : "";
  $("status").textContent = [`${sheet.name}`, used ? `Used range ${cellAddress(used.top, used.left)}:${cellAddress(used.bottom, used.right)}` : "Empty sheet", freezeNote, `${wb.stats.runs} Excel.run · ${wb.stats.syncs} sync`].filter(Boolean).join(" · ");
}

function renderChart(chart: Workbook["sheets"][number]["charts"][number], headerHeight: number): HTMLElement {
  const wb = workbook!;
  const box = document.createElement("figure");
  box.className = "chart";
  box.dataset.chartType = chart.type;
  box.style.left = `${44 + chart.left * PT_TO_PX}px`;
  box.style.top = `${headerHeight + chart.top * PT_TO_PX}px`;
  const width = chart.width * PT_TO_PX;
  const height = chart.height * PT_TO_PX;
  box.style.width = `${width}px`;
  box.style.height = `${height}px`;
  const title = document.createElement("figcaption");
  title.textContent = chart.title || chart.name;
  box.append(title);
  const { categories, series } = wb.chartSeries(chart);
  const names = series.map((s, i) => (chart.settings[`series.${i}.name`] as string | undefined) ?? s.name);
  const svg = chartSvg({ type: chart.type, categories, series: series.map((s, i) => ({ name: names[i], values: s.values })) }, width - 24, height - 64);
  box.append(svg);
  const legend = document.createElement("div");
  legend.className = "legend";
  names.forEach((name, i) => {
    const item = document.createElement("span");
    item.innerHTML = `<i style="background:${PALETTE[i % PALETTE.length]}"></i>`;
    item.append(document.createTextNode(name));
    legend.append(item);
  });
  box.append(legend);
  return box;
}

function renderFormulaBar(sheet: SheetModel): void {
  const wb = workbook!;
  const nameBox = $<HTMLInputElement>("name-box");
  if (document.activeElement !== nameBox) nameBox.value = rangeAddress(extent);
  const view = wb.view(sheet, selected.row, selected.col);
  const input = $<HTMLInputElement>("formula-input");
  const parent = wb.spillParent(sheet, selected.row, selected.col);
  if (document.activeElement !== input) {
    input.value = parent ? String(wb.formula(sheet, parent.row, parent.col)) : view.input;
    input.classList.toggle("spill", Boolean(parent));
  }
  const message = $("cell-message");
  if (view.isError) message.textContent = `${view.text}${view.errorMessage ? ` — ${view.errorMessage}` : ""}`;
  else message.textContent = "";
  const list = wb.validationAt(sheet, selected.row, selected.col);
  const picker = $<HTMLSelectElement>("list-picker");
  if (list) {
    const items = wb.validationList(sheet, list) ?? [];
    picker.replaceChildren(...["", ...items].map((item) => Object.assign(document.createElement("option"), { value: item, textContent: item || "▾ choose…" })));
    picker.hidden = false;
  } else picker.hidden = true;
}

// ---------------------------------------------------------------------------------------------------------------
// Interaction

function showAlert(message: string): void {
  const alert = $("alert");
  alert.querySelector(".alert-text")!.textContent = message;
  alert.hidden = false;
}

function commit(sheet: SheetModel, row: number, col: number, text: string): boolean {
  const wb = workbook!;
  const invalid = wb.validate(sheet, row, col, text);
  if (invalid) {
    showAlert(invalid);
    return false;
  }
  try {
    wb.setInputs(sheet, row, col, [[text]]);
  } catch (error) {
    showAlert(error instanceof Error && /formula/.test(error.message) ? "There's a problem with this formula." : (error as Error).message);
    return false;
  }
  return true;
}

function commitEdit(): boolean {
  if (!editing) return true;
  const { input, row, col } = editing;
  const sheet = activeSheet()!;
  editing = null;
  input.remove();
  return commit(sheet, row, col, input.value);
}

/** Selects a cell, or with `to` the range from it to `to` (the first cell stays active), as Excel's grid does. */
function select(row: number, col: number, to?: { row: number; col: number }): void {
  selected = { row: Math.max(0, row), col: Math.max(0, col) };
  const end = to ? { row: Math.max(0, to.row), col: Math.max(0, to.col) } : selected;
  extent = { top: Math.min(selected.row, end.row), left: Math.min(selected.col, end.col), bottom: Math.max(selected.row, end.row), right: Math.max(selected.col, end.col) };
  const sheet = activeSheet();
  // The active cell is the range's top-left here (Office.js reports the range; the pane reads its top-left).
  if (workbook && sheet) workbook.selection = { sheet, ref: extent };
  selected = { row: extent.top, col: extent.left };
  scheduleRender();
  requestAnimationFrame(() => document.querySelector(`#grid td.selected`)?.scrollIntoView({ block: "nearest", inline: "nearest" }));
}

function startEdit(initial: string | null): void {
  const td = document.querySelector<HTMLElement>("#grid td.selected");
  if (!td || !workbook) return;
  const sheet = activeSheet()!;
  const input = document.createElement("input");
  input.className = "cell-editor";
  input.value = initial ?? workbook.view(sheet, selected.row, selected.col).input;
  const rect = td.getBoundingClientRect();
  const layer = $("grid").getBoundingClientRect();
  input.style.left = `${rect.left - layer.left + $("grid").scrollLeft}px`;
  input.style.top = `${rect.top - layer.top + $("grid").scrollTop}px`;
  input.style.minWidth = `${rect.width}px`;
  input.style.height = `${rect.height}px`;
  $("grid").querySelector(".layer")!.append(input);
  editing = { input, row: selected.row, col: selected.col };
  input.focus();
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      const { row, col } = editing!;
      if (commitEdit()) {
        select(event.key === "Enter" ? row + 1 : row, event.key === "Tab" ? col + 1 : col);
        $("grid").focus();
      }
    } else if (event.key === "Escape") {
      editing = null;
      input.remove();
      $("grid").focus();
    }
  });
}

function setup(): void {
  const grid = $("grid");
  grid.addEventListener("mousedown", (event) => {
    const td = (event.target as HTMLElement).closest<HTMLElement>("td[data-address]");
    if (!td || (event.target as HTMLElement).classList.contains("cell-editor")) return;
    if (editing && !commitEdit()) return;
    const ref = parseAddress(td.dataset.address!)!;
    if (event.shiftKey) select(selected.row, selected.col, { row: ref.top, col: ref.left });
    else select(ref.top, ref.left);
    grid.focus();
  });
  grid.addEventListener("dblclick", (event) => {
    if ((event.target as HTMLElement).closest("td[data-address]")) startEdit(null);
  });
  grid.addEventListener("keydown", (event) => {
    if (editing || event.target !== grid) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      select(selected.row + move[0], selected.col + move[1]);
    } else if (event.key === "F2") {
      event.preventDefault();
      startEdit(null);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      commit(activeSheet()!, selected.row, selected.col, "");
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      startEdit(event.key);
    }
  });
  const formulaInput = $<HTMLInputElement>("formula-input");
  formulaInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      if (commit(activeSheet()!, selected.row, selected.col, formulaInput.value)) {
        formulaInput.blur();
        select(selected.row + 1, selected.col);
        grid.focus();
      }
    } else if (event.key === "Escape") {
      formulaInput.blur();
      scheduleRender();
    }
  });
  const nameBox = $<HTMLInputElement>("name-box");
  nameBox.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !workbook) return;
    event.preventDefault();
    const text = nameBox.value.trim();
    const sheet = activeSheet()!;
    // As Excel's name box: an address, or a name (this sheet's own names first, then the workbook's).
    const ref = parseAddress(text);
    let target: { sheet: SheetModel; ref: RangeRef } | null = null;
    if (ref) {
      const on = ref.sheet ? workbook.findSheet(ref.sheet) : sheet;
      if (on) target = { sheet: on, ref };
    } else {
      const name = workbook.resolveName(text, sheet) ?? workbook.names.find((n) => n.name.toUpperCase() === text.toUpperCase());
      const range = name && workbook.nameRange(name);
      if (range) target = range;
    }
    if (!target) {
      showAlert(`Reference isn't valid: ${text}`);
      return;
    }
    workbook.activate(target.sheet);
    nameBox.blur();
    select(target.ref.top, target.ref.left, { row: target.ref.bottom, col: target.ref.right });
    grid.focus();
  });
  $<HTMLSelectElement>("list-picker").addEventListener("change", (event) => {
    const value = (event.target as HTMLSelectElement).value;
    if (value !== "" && workbook) commit(activeSheet()!, selected.row, selected.col, value);
    grid.focus();
  });
  $("alert").querySelector("button")!.addEventListener("click", () => {
    $("alert").hidden = true;
    grid.focus();
  });
  $("add-sheet").addEventListener("click", () => workbook && workbook.activate(workbook.addSheet()));
  $<HTMLIFrameElement>("pane").src = "taskpane.html";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
else setup();
