import { replicaLatency } from "../src/engine/selfhost";
import { SELFHOST_DEFAULTS } from "../src/engine/selfhost/assumptions";
const D = SELFHOST_DEFAULTS as any;
const [lay, st, tp, moe] = process.argv.slice(2).map(Number);
D.layerOverheadSeconds = lay; D.stepOverheadSeconds = st; D.moeLayerOverheadSeconds = moe; if (tp) D.tensorParallelEfficiency = tp;
const cases: [string, string, any, number][] = [
  ["llama-3.1-70b", "mi300x", { gpus: 8, precision: "fp8", kvCachePrecision: "bf16", inputTokens: 128, outputTokens: 2048, concurrentRequests: 1 }, 0.00775],
  ["deepseek-v3", "h200", { gpus: 8, precision: "fp8", kvCachePrecision: "bf16", inputTokens: 922, outputTokens: 922, concurrentRequests: 4 }, 0.0121],
  ["llama-2-70b", "mi300x", { gpus: 1, precision: "fp8", inputTokens: 222.3, outputTokens: 300.59, concurrentRequests: 35.8 }, 0.0321],
  ["deepseek-v3", "b200", { gpus: 8, precision: "fp4", inputTokens: 803.8, outputTokens: 3748.44, concurrentRequests: 1235 }, 0.0665],
  ["llama-3.1-8b", "h100-sxm", { gpus: 1, precision: "fp8", inputTokens: 128, outputTokens: 1024, concurrentRequests: 1 }, NaN],
  ["llama-3.1-8b", "h100-sxm", { gpus: 1, precision: "bf16", inputTokens: 128, outputTokens: 1024, concurrentRequests: 1 }, NaN],
  ["gpt-oss-120b", "h200", { gpus: 1, inputTokens: 1000, outputTokens: 1000, concurrentRequests: 1 }, NaN],
];
for (const [m, g, o, tpot] of cases) {
  const l = replicaLatency(m, g, o);
  console.log(m, g, o.gpus, o.concurrentRequests, "tpot ms", (l.secondsPerOutputToken * 1e3).toFixed(2), "measured", (tpot * 1e3).toFixed(2), "ratio", (l.secondsPerOutputToken / tpot).toFixed(2), "ttft ms", (l.timeToFirstTokenSeconds*1e3).toFixed(1));
}
