/**
 * Benchmarks (figures only, never asserted in tests):
 *  - transitions per second through a 1,000-state Pass chain;
 *  - wall time of an inline Map over 10,000 items.
 */
import { runExecution } from "../mod.ts";

function passChain(length: number) {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < length; i++) {
    states[`S${i}`] = i === length - 1 ? { Type: "Pass", End: true } : { Type: "Pass", Next: `S${i + 1}` };
  }
  return { StartAt: "S0", States: states };
}

const mapOverItems = {
  StartAt: "M",
  States: {
    M: {
      Type: "Map",
      ItemsPath: "$.items",
      ItemProcessor: { StartAt: "P", States: { P: { Type: "Pass", Parameters: { "v.$": "$" }, End: true } } },
      End: true,
    },
  },
};

async function measure<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

const rounds = 5;
let best = Infinity;
for (let i = 0; i < rounds; i++) {
  const { ms, value } = await measure(() => runExecution({ definition: passChain(1000) as never, input: { x: 1 }, timeScale: 0 }));
  if (value.status !== "SUCCEEDED") throw new Error(`pass chain ended ${value.status}`);
  best = Math.min(best, ms);
}
console.log(`pass chain: 1000 states, best of ${rounds}: ${best.toFixed(1)} ms = ${Math.round(1000 / (best / 1000))} transitions/s`);

const items = Array.from({ length: 10_000 }, (_, i) => i);
const map = await measure(() => runExecution({ definition: mapOverItems as never, input: { items }, timeScale: 0 }));
if (map.value.status !== "SUCCEEDED") throw new Error(`map ended ${map.value.status}`);
const heap = (globalThis as { process?: { memoryUsage(): { heapUsed: number } } }).process?.memoryUsage().heapUsed;
console.log(`inline Map over 10,000 items: ${map.ms.toFixed(1)} ms, ${map.value.history.length} history events${heap ? `, heap ${(heap / 2 ** 20).toFixed(0)} MiB` : ""}`);
