import { returnOnInvestment } from "../../src/engine";

/**
 * The guide's figures (corpus and inference tokens, the $6,000 fine-tune + inference, the $240,000 sentiment case,
 * the $1,690.50 embedding case) are checked to the cent where they are computed: in the template sheets
 * (test/templates/templates.test.ts, and in the browser through the pane in test/e2e). Here: the guide's ROI.
 */
test("ROI is the guide's (net profit − investment) / investment", () => {
  expect(returnOnInvestment(15_000, 6_000)).toBeCloseTo(1.5, 12);
});
