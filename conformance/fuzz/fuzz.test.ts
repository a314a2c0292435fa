/**
 * A fixed-seed fuzz run of the reference runtime (a few thousand executions): every property of
 * properties.ts and the differential property (the embedded runtime behind its API against
 * itself) must find nothing but known findings (known-findings.ts).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { fuzzProperty } from "./fuzz-run.ts";
import { PROPERTY_FACTORIES } from "./properties.ts";
import { apiTarget, differentialProperty } from "./differential.ts";
import { embeddedTarget } from "../run/target.ts";

const SEED = 20240601;
const RUNS: Record<string, number> = {
  robustness: 500,
  "history-links": 300,
  "pass-result": 300,
  "parallel-wrap": 300,
  "map-wrap": 300,
  rename: 300,
  "time-scale": 300,
  "api-requests": 500,
};

for (const [name, runs] of Object.entries(RUNS)) {
  test(`fuzz: ${name} holds for ${runs} generated values (seed ${SEED})`, async () => {
    const property = PROPERTY_FACTORIES[name]!({ timeoutMs: 10_000 });
    try {
      const report = await fuzzProperty(property, { runs, seed: SEED, maxShrinks: 50 });
      assert.equal(report.runs, runs);
      assert.deepEqual(report.findings.map((f) => `${f.message}\n${JSON.stringify(f.evidence).slice(0, 3000)}`), []);
    } finally {
      property.close?.();
    }
  });
}

test(`fuzz: differential, the embedded runtime through its API against itself, 60 executions (seed ${SEED})`, async () => {
  const connection = () => embeddedTarget({ timeScale: 0.001, region: "us-east-1", suiteVersion: "test" });
  const property = differentialProperty(apiTarget(connection(), { timeoutMs: 20_000 }), apiTarget(connection(), { timeoutMs: 20_000 }), { machines: { taskTimeouts: false } });
  const report = await fuzzProperty(property, { runs: 60, seed: SEED, maxShrinks: 20 });
  assert.equal(report.runs, 60);
  assert.deepEqual(report.findings.map((f) => `${f.message}\n${JSON.stringify(f.evidence).slice(0, 3000)}`), []);
});
