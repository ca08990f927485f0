/**
 * A gateway request log of any size, one row per request, as LiteLLM's spend logs export it (request_id, startTime,
 * model, custom_llm_provider, prompt_tokens, completion_tokens, total_tokens, spend, team_id, user, cache_hit,
 * status). Deterministic: the same row count gives the same file, and the fold's expected totals are computed here
 * while writing, so a bench run also checks the import it times.
 */
import { closeSync, openSync, writeSync } from "fs";

const MODELS = [
  ["gpt-4.1-mini", "openai"],
  ["gpt-4o-mini", "openai"],
  ["claude-haiku-4-5", "anthropic"],
  ["claude-sonnet-4-5", "anthropic"],
  ["gemini-2.5-flash", "gemini"],
] as const;
const TEAMS = ["support", "sales", "research", "marketing", "platform", "legal", "finance", "hr"];

export interface LogTotals {
  rows: number;
  bytes: number;
  inputTokens: number;
  outputTokens: number;
}

export function writeGatewayLog(file: string, rows: number): LogTotals {
  const fd = openSync(file, "w");
  const totals: LogTotals = { rows, bytes: 0, inputTokens: 0, outputTokens: 0 };
  const header = "request_id,startTime,model,custom_llm_provider,prompt_tokens,completion_tokens,total_tokens,spend,team_id,user,cache_hit,status\n";
  let batch = header;
  const start = Date.UTC(2026, 8, 1);
  const span = Date.UTC(2026, 11, 1) - start; // three months
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < rows; i++) {
    const [model, provider] = MODELS[next() % MODELS.length];
    const prompt = 200 + (next() % 4000);
    const completion = 20 + (next() % 800);
    totals.inputTokens += prompt;
    totals.outputTokens += completion;
    const time = new Date(start + Math.floor((i / rows) * span)).toISOString();
    const spend = ((prompt * 0.4 + completion * 1.6) / 1e6).toFixed(8);
    // one user name in 50 carries a comma, so the quoted-field path is exercised as real exports do
    const user = i % 50 === 0 ? `"user ${i % 997}, contractor"` : `user${i % 997}`;
    batch += `chatcmpl-${i.toString(36)},${time},${model},${provider},${prompt},${completion},${prompt + completion},${spend},${TEAMS[next() % TEAMS.length]},${user},${i % 7 === 0},success\n`;
    if (batch.length > 1 << 20) {
      totals.bytes += writeSync(fd, batch);
      batch = "";
    }
  }
  totals.bytes += writeSync(fd, batch);
  closeSync(fd);
  return totals;
}
