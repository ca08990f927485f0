import { HyperFormula } from "hyperformula";
import { EXCEL_LIKE_CONFIG } from "../../dev/hyperformula-config";
import { functionsBundle } from "./sheet-engine";

/**
 * A formula that leaves an optional argument out (`F(a,,c)`) passes null for it, as Excel does, so the function uses
 * its default; 0 or "" there would be a value (a 0 GPU count, a 0 bandwidth share) and an error. The sheets rely on it
 * to reach SELFHOST's last argument, output_tokens_per_request, past the seven they leave to their defaults.
 */
const call = (id: string, ...args: unknown[]) => functionsBundle().call(id, ...args);

function evaluate(formulas: string[]): unknown[] {
  functionsBundle();
  const hf = HyperFormula.buildEmpty(EXCEL_LIKE_CONFIG);
  hf.addSheet("S");
  formulas.forEach((formula, row) => hf.setCellContents({ sheet: 0, col: 0, row }, [[formula]]));
  const values = formulas.map((_, row) => hf.getCellValue({ sheet: 0, col: 0, row }));
  hf.destroy();
  return values;
}

describe("arguments a formula leaves out", () => {
  test("SELFHOST with the seven middle arguments left out and output_tokens_per_request given equals the call with nulls", () => {
    const [shaped, guessed] = evaluate([
      '=LLMCOST.SELFHOST("llama-3.1-8b","h100-sxm",300000000000,100000000000,1,2,0.6,,,,,,,,2000)',
      '=LLMCOST.SELFHOST("llama-3.1-8b","h100-sxm",300000000000,100000000000,1,2,0.6,,,,,,,,)',
    ]);
    const nulls = [null, null, null, null, null, null, null];
    expect(shaped).toBe(call("SELFHOST", "llama-3.1-8b", "h100-sxm", 3e11, 1e11, 1, 2, 0.6, ...nulls, 2000));
    expect(guessed).toBe(call("SELFHOST", "llama-3.1-8b", "h100-sxm", 3e11, 1e11, 1, 2, 0.6));
    expect(shaped).not.toBe(guessed);
  });

  test("the README's buy-vs-rent formula: gpus left out is the default GPU count, not 0", () => {
    const [owned] = evaluate(['=LLMCOST.SELFHOST("llama-3.1-70b","h100-sxm",9000000,15000000,,LLMCOST.GPUTCO("h100-sxm"))']);
    expect(owned).toBe(call("SELFHOST", "llama-3.1-70b", "h100-sxm", 9_000_000, 15_000_000, null, call("GPUTCO", "h100-sxm")));
    expect(typeof owned).toBe("number");
  });
});
