import { OfficeExtensionError } from "../../dev/excel-double/excel-standin";
import { describeError } from "../../src/excel/excel-messages";

/** What the pane shows when something fails: a sentence, never an exception's text. */
describe("pane messages", () => {
  test("Excel's refusals, by Office.js error code, with the code for support", () => {
    expect(describeError(new OfficeExtensionError("ItemNotFound", "The requested resource doesn't exist."))).toBe("Excel could not find that sheet, name or cell (ItemNotFound).");
    expect(describeError(new OfficeExtensionError("AccessDenied", "You cannot perform the requested operation."))).toBe("Excel refused the change: the sheet or workbook is protected or read-only (AccessDenied).");
    expect(describeError(new OfficeExtensionError("SomethingNew", "?"))).toBe("Excel could not complete the request (SomethingNew).");
    // Real Office.js errors are recognised by their name and code, whatever class they come from.
    expect(describeError(Object.assign(new Error("x"), { name: "RichApi.Error", code: "InvalidArgument" }))).toBe("Excel refused a value or an address as invalid (InvalidArgument).");
  });

  test("the add-in's own messages pass through; a bug says so without its exception text", () => {
    expect(describeError(new Error('"D7:D9" is not a single cell address; type one such as D7 or Inputs!D7.'))).toBe('"D7:D9" is not a single cell address; type one such as D7 or Inputs!D7.');
    for (const bug of [new TypeError("x.getUsedRangeOrNullObject is not a function"), new ReferenceError("y is not defined"), "a string thrown", undefined]) {
      expect(describeError(bug)).toBe("The add-in hit an unexpected problem: reload the task pane and try again.");
    }
  });
});
