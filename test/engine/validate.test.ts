import { choice, fraction, nonNegative } from "../../src/engine/validate";
import { EngineError } from "../../src/engine/errors";
import { closestIds } from "../../src/engine/closest";

test("validators reject impossible numbers with typed errors", () => {
  expect(() => nonNegative(-1, "input_tokens")).toThrow(EngineError);
  expect(() => fraction(1.5, "utilization")).toThrow(/decimal/);
  expect(choice("ON_DEMAND", ["on_demand", "spot"], "pricing")).toBe("on_demand");
  expect(() => choice("weekly", ["on_demand", "spot"], "pricing")).toThrow(/on_demand, spot/);
});

test("closest ids suggest near matches first", () => {
  expect(closestIds("gpt-4o-mni", ["gpt-4o-mini", "claude-3-haiku", "gpt-4o"])[0]).toBe("gpt-4o-mini");
});
