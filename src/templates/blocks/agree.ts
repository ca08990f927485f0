/**
 * "Two money figures agree" as formula text (issue 22, master checks), one rule for every check row that ties a total
 * to its parts or one sheet's figure to another's.
 *
 * A fixed tolerance of half a cent (the old ROUND(a-b,2)=0) fails on huge inputs: a double holds 9e13 won only to
 * about 0.016 and every step of a long sum rounds, so two routes to the same figure differ by more than a cent and the
 * master check read ERROR with nothing wrong. The tolerance is therefore the
 * larger of the absolute floor (half a cent) and a millionth of the figure's magnitude: an ordinary figure still has to
 * match to the cent (a millionth of 1,000 is 0.001), a figure of 9e13 to within 9e7 in 9e13, far below any real error
 * (a dropped or double-counted part moves a total by a whole part).
 *
 * `scale` is the figure whose magnitude sets the tolerance, `b` by default. Pass the larger side yourself where `b` is
 * a difference of big numbers (benefit − cost), since a difference can be small while its rounding error is not.
 * `floor` is the absolute tolerance; a figure checked to more decimals passes its own (e.g. "0.0000005").
 * No leading "=": wrap it in `check(...)` or another formula.
 */
export function agrees(a: string, b: string, scale = b, floor = "0.005"): string {
  return `ABS(${a}-${group(b)})<=MAX(${floor},0.000001*ABS(${scale}))`;
}

/** `x` as one operand of a subtraction: bracketed when it is a sum or difference. */
function group(x: string): string {
  return /[+-]/.test(x) ? `(${x})` : x;
}
