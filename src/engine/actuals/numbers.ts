const PLAIN = /^-?\d+(\.\d+)?$/;

/** A number as spreadsheets export it: "1,234,567", "1 234", "$12.50", "12.5 USD"; null when empty; NaN when unreadable. */
export function readNumber(text: string): number | null {
  if (PLAIN.test(text)) return Number(text); // the common case of logs and exports, without the clean-up below
  let t = text.trim().replace(/[\u00a0\u202f ]/g, "");
  if (t === "") return null;
  t = t.replace(/^[$€£¥]|(?:USD|EUR|GBP|\$)$/gi, "");
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return NaN;
  return Number(t);
}
