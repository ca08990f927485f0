import { cellAddressAt, parseCellTarget } from "../../src/taskpane/token-panel";
import { cellText, summarizeSample, type Tokenizer } from "../../src/engine/tokens";
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";

/** The task pane's pure parts: address arithmetic and the sample summary (the Office.js calls are a thin shell). */
const tokenizer: Tokenizer = { encoding: "o200k_base", count: (text) => countTokens(text) };

test("cell addresses inside a selection", () => {
  expect(cellAddressAt("Sheet1!B2:D9", 0, 0)).toBe("B2");
  expect(cellAddressAt("Sheet1!B2:D9", 1, 2)).toBe("D3");
  expect(cellAddressAt("'Q3 model'!Y10:AB12", 2, 3)).toBe("AB12");
  expect(cellAddressAt("Z1", 0, 1)).toBe("AA1");
  expect(parseCellTarget("'Bob''s sheet'!A1")).toEqual({ sheet: "Bob's sheet", cell: "A1" });
});

test("insert targets: a single cell, optionally on a sheet", () => {
  expect(parseCellTarget("d7")).toEqual({ sheet: null, cell: "D7" });
  expect(parseCellTarget("$D$7")).toEqual({ sheet: null, cell: "D7" });
  expect(parseCellTarget("Inputs!D7")).toEqual({ sheet: "Inputs", cell: "D7" });
  expect(parseCellTarget("'Q3 model'!AB12")).toEqual({ sheet: "Q3 model", cell: "AB12" });
  expect(() => parseCellTarget("D7:D9")).toThrow(/single cell/);
  expect(() => parseCellTarget("")).toThrow(/single cell/);
  expect(() => parseCellTarget("XFE1")).toThrow(/single cell/);
});

test("sample summary: per-cell counts, total, average per non-empty cell", () => {
  const values = [
    ["Summarise this complaint in one sentence.", ""],
    ["고객 불만을 한 문장으로 요약하세요.", 42],
  ];
  const summary = summarizeSample(tokenizer, values);
  const expected = ["Summarise this complaint in one sentence.", "고객 불만을 한 문장으로 요약하세요.", "42"].map((t) => countTokens(t));
  expect(summary.cells.map((c) => [c.row, c.column, c.tokens])).toEqual([
    [0, 0, expected[0]],
    [1, 0, expected[1]],
    [1, 1, expected[2]],
  ]);
  expect(summary.total).toBe(expected[0] + expected[1] + expected[2]);
  expect(summary.nonEmptyCells).toBe(3);
  expect(summary.averagePerCell).toBeCloseTo(summary.total / 3, 12);
  expect(summarizeSample(tokenizer, [["", null]])).toEqual({ cells: [], total: 0, nonEmptyCells: 0, averagePerCell: 0 });
  expect(cellText(true)).toBe("TRUE");
  expect(cellText(0.1 + 0.2)).toBe("0.3");
});
