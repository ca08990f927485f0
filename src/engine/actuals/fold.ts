import type { UsageRow } from "./types";

/**
 * The one-pass fold of usage rows into monthly lines: each row read is added into its group at once and forgotten,
 * so memory grows with the number of distinct lines (month × provider × model × team × tier × region × speed ×
 * charge × currency × billing month × invoice), never with the file. Teams and other texts keep the first spelling
 * seen but group case-insensitively, as Excel's SUMIFS compares text.
 */
export class UsageFold {
  private readonly groups = new Map<string, UsageRow>();

  add(row: UsageRow): void {
    const key = groupKey(row);
    const sum = this.groups.get(key);
    if (!sum) {
      this.groups.set(key, { ...row });
      return;
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
  return [row.month, row.provider, row.model, row.team, row.tier, row.region, row.speed, row.charge, row.currency, row.billingMonth, row.invoiceId].join("\u0000").toLowerCase();
}

const sumNullable = (a: number | null, b: number | null): number | null => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));
