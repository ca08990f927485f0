import fs from "fs";
import path from "path";
import { DIST } from "../support/functions-bundle";

/**
 * Workbooks last years: a formula saved today must mean the same thing after every release. Function ids and
 * parameter lists are pinned here; the only allowed change is an optional parameter appended at the end (and then
 * the snapshot is updated in the same commit).
 */
type Parameter = { name: string; optional: boolean };
const snapshot = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "snapshots", "function-signatures.json"), "utf8")) as { functions: Record<string, Parameter[]> };
const shipped = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string; parameters: { name: string; optional?: boolean }[] }[] };
const current = new Map(shipped.functions.map((fn) => [fn.id, fn.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))]));

describe("function ids and parameters never change once shipped", () => {
  for (const [id, pinned] of Object.entries(snapshot.functions)) {
    test(`${id} keeps its id and its parameters, in order`, () => {
      const now = current.get(id);
      expect(now).toBeDefined(); // a removed or renamed id breaks every workbook that uses it
      expect(now!.slice(0, pinned.length)).toEqual(pinned);
      for (const added of now!.slice(pinned.length)) expect(added.optional).toBe(true);
    });
  }

  test("the snapshot lists exactly the shipped functions and parameters (update it when appending)", () => {
    expect([...current.keys()].sort()).toEqual(Object.keys(snapshot.functions).sort());
    for (const [id, pinned] of Object.entries(snapshot.functions)) expect(current.get(id)).toEqual(pinned);
  });

  test("ids are upper case letters and digits (Excel shows them as LLMCOST.<ID>)", () => {
    for (const id of current.keys()) expect(id).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
});
