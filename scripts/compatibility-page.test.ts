import { test } from "node:test";
import assert from "node:assert/strict";
import type { CaseResult, CaseStatus, RunReport } from "../conformance/report/run-report.ts";
import { compatibilityPage, formatTally } from "./compatibility-page.ts";

function result(id: string, status: CaseStatus, area: string, features: string[], kind: "execution" | "api" = "execution"): CaseResult {
  return { type: "case", id, kind, area, level: "core", features, provenance: { kind: "spec" }, status, durationMs: 1 };
}

function report(name: string, cases: CaseResult[]): RunReport {
  return {
    header: { type: "header", suite: "sfn-conformance", suiteVersion: "0.1.0", target: { name }, startedAt: "2026-01-01T00:00:00.000Z", seed: 1, options: {}, caseCount: cases.length } as RunReport["header"],
    cases,
  };
}

const features = {
  groups: {
    state: { description: "State types.", features: ["state:Pass", "state:Map"] },
    language: { description: "Languages.", features: ["jsonata"] },
  },
};

const reference = report("sfn-conformance reference runtime", [
  result("a", "PASS", "pass", ["state:Pass"]),
  result("b", "PASS", "pass", ["state:Pass", "jsonata"]),
  result("c", "FAIL", "map", ["state:Map"]),
  result("d", "SKIP", "map", ["state:Map"]),
  result("e", "XFAIL", "api", [], "api"),
]);
const moto = report("moto", [
  result("a", "PASS", "pass", ["state:Pass"]),
  result("b", "FAIL", "pass", ["state:Pass", "jsonata"]),
  result("c", "UNSUPPORTED", "map", ["state:Map"]),
  result("d", "SKIP", "map", ["state:Map"]),
  result("e", "ERROR", "api", [], "api"),
]);

const page = compatibilityPage({
  targets: [
    { label: "reference", report: reference, command: "npx sfn-conformance run --seed 1" },
    { label: "moto", report: moto, command: "npx sfn-conformance run --manifest docs/targets/moto.manifest.json" },
  ],
  features,
  generatedAt: "2026-01-02T00:00:00.000Z",
  regenerate: "npm run matrix -- --moto",
  versions: ["node v20"],
});

test("a tally cell: passed/played with a percentage, a dash when nothing ran, n/a when no case exists", () => {
  assert.equal(formatTally({ played: 3, passed: 2, total: 4 }), "2/3 (66%)");
  assert.equal(formatTally({ played: 0, passed: 0, total: 2 }), "—");
  assert.equal(formatTally({ played: 0, passed: 0, total: 0 }), "n/a");
});

test("the area table puts both targets side by side; skipped and unsupported cases are not played", () => {
  assert.ok(page.includes("| execution/pass | 2 | 2/2 (100%) | 1/2 (50%) |"), page);
  assert.ok(page.includes("| execution/map | 2 | 0/1 (0%) | — |"), page);
  assert.ok(page.includes("| api/api | 1 | 1/1 (100%) | 0/1 (0%) |"), page);
});

test("feature groups list their features in features.json order with a group total", () => {
  const state = page.slice(page.indexOf("### state"), page.indexOf("### language"));
  assert.ok(state.indexOf("state:Pass") < state.indexOf("state:Map"));
  assert.ok(state.includes("| **all state** |  | **2/3 (66%)** | **1/2 (50%)** |"), state);
  assert.ok(page.includes("| jsonata | 1 | 1/1 (100%) | 0/1 (0%) |"), page);
});

test("the page names each run's command, totals and the regenerating command", () => {
  assert.ok(page.includes("Command: `npx sfn-conformance run --manifest docs/targets/moto.manifest.json`"));
  assert.ok(page.includes("moto, run of 2026-01-01T00:00:00.000Z, seed 1: 5 cases, 1 passed, 2 failed, 2 skipped."));
  assert.ok(page.includes("`npm run matrix -- --moto`"));
  assert.ok(page.includes("- node v20"));
});
