import fc from "fast-check";
import { apiModelNames } from "../../src/engine";
import { closestIds, editDistance, tableDistance, unknownIdParams } from "../../src/engine/closest";
import { t } from "../../src/i18n/messages";

describe("closest ids for an unknown id", () => {
  test("the bit-parallel edit distance equals the two-row table on any pair (query up to 31 characters)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 31 }), fc.string({ maxLength: 60 }), (a, b) => editDistance(a, b) === tableDistance(a, b)),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.stringMatching(/^[a-e0-9.-]{0,31}$/), fc.stringMatching(/^[a-e0-9.-]{0,40}$/), (a, b) => editDistance(a, b) === tableDistance(a, b)), { numRuns: 3000 });
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("가나다라", "가다라")).toBe(tableDistance("가나다라", "가다라")); // beyond ASCII: the table
    expect(editDistance("가나다라", "가다라")).toBe(1);
    expect(editDistance("gpt-4o-mni", "gpt-4o-mini")).toBe(1);
  });

  test("over the whole catalog, the nearest ids of common misspellings come first", () => {
    const names = apiModelNames();
    expect(closestIds("gpt-4o-mni", names)[0]).toBe("gpt-4o-mini");
    expect(closestIds("claude-sonet-4", names)[0]).toBe("claude-sonnet-4");
    expect(closestIds("gemni-2.5-pro", names)[0]).toBe("gemini-2.5-pro");
    expect(closestIds("deepsek-chat", names)[0]).toBe("deepseek-chat");
    expect(closestIds("mistral-larg", names)[0]).toBe("mistral-large");
    expect(closestIds("sonar-pr", names)[0]).toBe("sonar-pro");
    expect(t("errors.unknownId", unknownIdParams("model", "gpt-4o-mni", names))).toMatch(/^Unknown model "gpt-4o-mni"\. Closest: gpt-4o-mini, /);
  });
});
