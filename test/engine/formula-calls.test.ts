import { costCallsIn, evaluateArgument, NotEvaluated, type Reference } from "../../src/engine/formula-calls";

/** The formula reading behind the pane's price-change view: which cells hold a cost call, and its arguments' values. */
const values: Record<string, unknown> = { B1: 46235, B2: "gpt-4o", B3: 1000, "Rates!C4": 0.5, PriceDate: 46000, Model: "gpt-4.1" };
const resolve = (ref: Reference): unknown => {
  const key = ref.kind === "name" ? ref.name : ref.sheet ? `${ref.sheet}!${ref.address}` : ref.address;
  if (!(key in values)) throw new NotEvaluated(key);
  return values[key];
};

describe("cost calls in a formula", () => {
  test("arguments split at top-level commas, omitted ones empty; a product keeps the cell proportional", () => {
    const [call] = costCallsIn('=LLMCOST.INFERENCE(B2,B3*2,MAX(1,2),,"a,b",,PriceDate)*FxRate');
    expect(call.fn).toBe("INFERENCE");
    expect(call.args).toEqual(["B2", "B3*2", "MAX(1,2)", "", '"a,b"', "", "PriceDate"]);
    expect(call.proportional).toBe(true);
  });

  test("inside IFERROR it is still proportional; a sum, a difference or two calls are not", () => {
    expect(costCallsIn('=IFERROR(LLMCOST.EMBEDDING(Model,B3,PriceDate)*FxRate,"n/a: not priced")')[0].proportional).toBe(true);
    expect(costCallsIn("=LLMCOST.INFERENCE(B2,1,1)+10")[0].proportional).toBe(false);
    expect(costCallsIn("=100-LLMCOST.INFERENCE(B2,1,1)")[0].proportional).toBe(false);
    expect(costCallsIn("=LLMCOST.INFERENCE(B2,1,1)+LLMCOST.INFERENCE(B2,2,2)").map((c) => c.proportional)).toEqual([false, false]);
  });

  test("constants, other functions and non-formulas have none", () => {
    expect(costCallsIn(12)).toEqual([]);
    expect(costCallsIn("LLMCOST.INFERENCE(B2,1,1)")).toEqual([]);
    expect(costCallsIn('=LLMCOST.PRICE("gpt-4o")')).toEqual([]);
  });
});

describe("argument values", () => {
  test("numbers, text, references on other sheets, names, arithmetic and &", () => {
    expect(evaluateArgument("B3*2+1", resolve)).toBe(2001);
    expect(evaluateArgument("-(B3-1)/2", resolve)).toBe(-499.5);
    expect(evaluateArgument("Rates!$C$4*B3", resolve)).toBe(500);
    expect(evaluateArgument('"ft:"&Model', resolve)).toBe("ft:gpt-4.1");
    expect(evaluateArgument("PriceDate", resolve)).toBe(46000);
    expect(evaluateArgument("1.5e3", resolve)).toBe(1500);
    expect(evaluateArgument("", resolve)).toBeUndefined();
  });

  test("another function, an unknown name or text in arithmetic is not evaluated (never guessed)", () => {
    expect(() => evaluateArgument("MAX(1,2)", resolve)).toThrow(NotEvaluated);
    expect(() => evaluateArgument("Unknown*2", resolve)).toThrow(NotEvaluated);
    expect(() => evaluateArgument("B2*2", resolve)).toThrow(NotEvaluated);
    expect(() => evaluateArgument("B3>1", resolve)).toThrow(NotEvaluated);
  });
});
