import fc from "fast-check";
import { apiCatalog } from "../../src/engine";
import { compileRule, lowerCaseRule, matches, RuleIndex, type MatchLogic } from "../../src/engine/api/match";

/** The rule index answers exactly what evaluating every catalog rule answers, on ids, near-ids and random text. */
describe("RuleIndex over the catalog's match rules", () => {
  const rules: MatchLogic[] = apiCatalog.models.map((model) => lowerCaseRule(model.match));
  const index = new RuleIndex(rules);
  const bruteForce = (text: string) => rules.flatMap((rule, id) => (matches(rule, text) ? [id] : []));

  test("every catalog id, with and without suffixes, prefixes and date stamps", () => {
    const texts = apiCatalog.models.flatMap((model) => {
      const id = model.id.toLowerCase();
      return [id, `${id}-2025-01-01`, `${id}x`, `x${id}`, id.slice(0, Math.max(1, id.length - 2)), `openrouter/${id}`];
    });
    for (const text of texts) expect(index.accepting(text)).toEqual(bruteForce(text));
  });

  test("random text from the ids' alphabet", () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9./:@_-]{0,30}$/), (text) => expect(index.accepting(text)).toEqual(bruteForce(text))), { numRuns: 3000 });
  });

  test("a compiled rule agrees with the rule", () => {
    for (const rule of rules.slice(0, 400)) {
      const compiled = compileRule(rule);
      for (const text of ["gpt-4o-mini", "claude-3-haiku", "mistral-large", "deepseek-r1-0528", "glm-4.6"]) expect(compiled(text)).toBe(matches(rule, text));
    }
  });
});
