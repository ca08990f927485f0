import { resolveApiModel, apiModelNames, notAvailable } from "../src/engine";
import { closestIds } from "../src/engine/closest";
const cpu = (f: (i: number) => void, N: number) => { const s = process.cpuUsage(); for (let i = 0; i < N; i++) f(i); const d = process.cpuUsage(s); return ((d.user + d.system) / N).toFixed(2); };
const names = apiModelNames();
let k = 0;
for (let r = 0; r < 3; r++) {
  console.log(
    "resolve", cpu(() => { try { resolveApiModel(`acme-model-${k++}`); } catch {} }, 5000),
    "closest", cpu(() => closestIds(`acme-model-${k++}`, names), 5000),
    "error", cpu(() => { try { throw notAvailable("x"); } catch {} }, 50000),
    "known", cpu(() => resolveApiModel("gpt-4o-mini"), 200000),
  );
}
