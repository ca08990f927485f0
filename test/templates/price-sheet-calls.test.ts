import { TEMPLATES, renderTemplate } from "../../src/templates";
import { PRICE_SHEET_NAME } from "../../src/templates/price-sheet";
import { callsIn } from "./formula-calls";

/**
 * Every LLMCOST price call in every template passes the organisation price sheet ({PriceSheet}) as its price_sheet
 * argument (trailing, or followed only by the optional tier and region arguments), with every argument before it given (no empty argument: HyperFormula passes 0, Excel null).
 */
const PRICE_SHEET_POSITION: Record<string, number> = {
  "LLMCOST.PRICE": 4,
  "LLMCOST.INFERENCE": 9,
  "LLMCOST.FINETUNE": 5,
  "LLMCOST.EMBEDDING": 4,
  "LLMCOST.COMPARE": 7,
  "LLMCOST.BREAKEVEN": 9,
};
const PRICE_FUNCTIONS = /LLMCOST\.(?:PRICE|INFERENCE|FINETUNE|EMBEDDING|COMPARE|BREAKEVEN)/;

describe("the formula reader", () => {
  test("reads nested calls and ignores commas, parentheses and names inside text", () => {
    const calls = callsIn('=IFERROR(LLMCOST.INFERENCE("a,(b",B1,MAX(1,B2)),"LLMCOST.PRICE(x)")+LLMCOST.PRICE("ft:"&B3,"input",B4,"")', PRICE_FUNCTIONS);
    expect(calls).toEqual([
      { name: "LLMCOST.INFERENCE", args: ['"a,(b"', "B1", "MAX(1,B2)"] },
      { name: "LLMCOST.PRICE", args: ['"ft:"&B3', '"input"', "B4", '""'] },
    ]);
  });
});

const NO_PRICE_CALLS = ["price-table", "commitment-planner"];

describe.each([
  ["a workbook with the price table", PRICE_SHEET_NAME],
  ["a workbook without it", '""'],
])("in %s, every price call of every template ends with the price sheet", (_where, reference) => {
  const priceSheet = reference === '""' ? "" : reference;
  test.each(TEMPLATES.map((t) => [t.id, t]))("%s", (id, template) => {
    const rendered = renderTemplate(template, { priceSheet });
    const calls = rendered.sheets.flatMap((sheet) =>
      sheet.cells.filter((cell) => cell.formula !== undefined).flatMap((cell) => callsIn(cell.formula!, PRICE_FUNCTIONS).map((call) => ({ cell: `${sheet.name}!${cell.address}`, ...call }))),
    );
    // The price table holds prices, and the commitment planner prices nothing itself: its forecast is an amount at list
    // prices or a link to use-case sheets, whose own calls are checked here.
    if (!NO_PRICE_CALLS.includes(id)) expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      const args = call.args.map((arg) => arg.trim());
      const position = PRICE_SHEET_POSITION[call.name];
      expect({ cell: call.cell, call: call.name, given: args.length >= position, priceSheet: args[position - 1] }).toEqual({ cell: call.cell, call: call.name, given: true, priceSheet: reference });
      expect({ cell: call.cell, call: call.name, empty: args.some((arg) => arg === "") }).toEqual({ cell: call.cell, call: call.name, empty: false });
    }
  });
});
