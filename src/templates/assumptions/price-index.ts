/**
 * The API price index of a projected month, as a formula over the Assumptions names: the chosen model's own list
 * price falls by ApiPriceDeclinePerYear (compounded monthly), and every ModelRefreshMonths months the workload moves
 * to the maker's newer model at ModelRefreshPriceShare of the price (0 months: it never moves). One formula for every
 * sheet that projects API tokens, so that a use-case sheet's 36 months and the portfolio's yearly sums agree.
 */

/** Months 0–11 of a year, as an array constant: SUMPRODUCT sums the index over them in one cell. */
const MONTHS_OF_A_YEAR = `{${Array.from({ length: 12 }, (_, month) => month).join(",")}}`;

/** The index (1 at the first projected month) of the month `monthsSinceFirst` months after it: an expression. */
export function apiPriceIndexAt(monthsSinceFirst: string): string {
  const m = `(${monthsSinceFirst})`;
  return `(1-ApiPriceDeclinePerYear)^(${m}/{monthsPerYear})*ModelRefreshPriceShare^IF(ModelRefreshMonths>0,INT(${m}/ModelRefreshMonths),0)`;
}

/** A monthly projection row's index: `{period}` is the month number, 1 for the first projected month. */
export const API_PRICE_INDEX_EACH = `=${apiPriceIndexAt("{period}-1")}`;

/** The index summed over the 12 months of year `{yearNumber}` (1, 2, 3): the months at month-1 prices that year. */
export const API_PRICE_INDEX_OF_YEAR = `=SUMPRODUCT(${apiPriceIndexAt(`({yearNumber}-1)*{monthsPerYear}+${MONTHS_OF_A_YEAR}`)})`;

/** The index summed over the 12 months of year `year` (1, 2, 3) in one cell, for sheets without a monthly projection or a year row. */
export const apiPriceIndexOfYear = (year: number) => `=SUMPRODUCT(${apiPriceIndexAt(`${(year - 1) * 12}+${MONTHS_OF_A_YEAR}`)})`;
