import type { UsageRow } from "./types";

/**
 * The one-pass fold of usage rows into monthly lines: each row read is added into its group at once and forgotten,
 * so memory grows with the number of distinct lines (month × provider × model × team × tier × region × speed ×
 * charge × currency × billing month × invoice), never with the file. Teams and other texts keep the first spelling
 * seen but group case-insensitively, as Excel's SUMIFS compares text.
 */
export class UsageFold {
  private readonly groups = new Map<string, UsageRow>();
  /** The same groups by the texts as written (no lower-casing on the hot path: a log repeats a few spellings). */
  private readonly exact = new Map<string, UsageRow>();

  add(row: UsageRow): void {
    const raw = groupKey(row);
    let sum = this.exact.get(raw);
    if (!sum) {
      const key = raw.toLowerCase();
      sum = this.groups.get(key);
      if (!sum) {
        const first = { ...row };
        this.groups.set(key, first);
        if (this.exact.size < 100_000) this.exact.set(raw, first);
        return;
      }
      if (this.exact.size < 100_000) this.exact.set(raw, sum);
    }
    sum.inputTokens += row.inputTokens;
    sum.cachedInputTokens += row.cachedInputTokens;
    sum.cacheWriteTokens += row.cacheWriteTokens;
    sum.cacheWrite1hTokens += row.cacheWrite1hTokens;
    sum.outputTokens += row.outputTokens;
    sum.requests = sumNullable(sum.requests, row.requests);
    sum.webSearchRequests += row.webSearchRequests;
    sum.billedCost = sumNullable(sum.billedCost, row.billedCost);
    sum.listCost = sumNullable(sum.listCost, row.listCost);
    sum.contractedCost = sumNullable(sum.contractedCost, row.contractedCost);
    sum.effectiveCost = sumNullable(sum.effectiveCost, row.effectiveCost);
    sum.invoicedCost += row.invoicedCost;
    if (!sum.currency) sum.currency = row.currency;
  }

  get size(): number {
    return this.groups.size;
  }

  /** The lines, sorted by month, provider, model, team, tier, region, speed, charge. */
  rows(): UsageRow[] {
    const order = (row: UsageRow) => [row.month, row.provider, row.model, row.team, row.tier, row.region, row.speed, row.charge, row.billingMonth, row.invoiceId].join("\u0000");
    return [...this.groups.values()]
      .map((row) => ({ row, key: order(row) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ row }) => row);
  }
}

function groupKey(row: UsageRow): string {
  return row.month + "\u0000" + row.provider + "\u0000" + row.model + "\u0000" + row.team + "\u0000" + row.tier + "\u0000" + row.region + "\u0000" + row.speed + "\u0000" + row.charge + "\u0000" + row.currency + "\u0000" + row.billingMonth + "\u0000" + row.invoiceId;
}

const sumNullable = (a: number | null, b: number | null): number | null => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));
