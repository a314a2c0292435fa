import { test } from "node:test";
import assert from "node:assert/strict";
import { createProgress, formatEta } from "./progress.ts";
import type { CaseStatus } from "./run-report.ts";

function harness(isTTY: boolean, total: number) {
  const out: string[] = [];
  let clock = 1_000;
  const progress = createProgress((t) => out.push(t), isTTY, total, () => clock);
  return {
    out,
    progress,
    advance(ms: number) {
      clock += ms;
    },
    text: () => out.join(""),
  };
}

test("off a terminal: one line per failure and a status line every 5%", () => {
  const h = harness(false, 40);
  const statuses: CaseStatus[] = ["PASS", "FAIL", "PASS", "SKIP", "XFAIL", "TIMEOUT"];
  for (let i = 0; i < 40; i++) {
    h.advance(500);
    h.progress.update({ id: `case-${i}`, status: i < statuses.length ? statuses[i]! : "PASS" });
  }
  h.progress.finish();
  const lines = h.text().split("\n").filter(Boolean);
  assert.deepEqual(lines.filter((l) => !l.startsWith("[")), ["FAIL case-1", "TIMEOUT case-5"]);
  const status = lines.filter((l) => l.startsWith("["));
  assert.equal(status.length, 20, "40 cases: every 2nd case is another 5%");
  assert.equal(status[0], "[ 2/40]   5% 1 passed, 1 failed, 0 skipped, ETA 19s");
  assert.equal(status.at(-1), "[40/40] 100% 37 passed, 2 failed, 1 skipped");
  assert.ok(!h.text().includes("\r"), "no carriage returns in logs");
});

test("off a terminal, finish() writes the last state when no 5% line did", () => {
  const h = harness(false, 200);
  h.progress.update({ id: "a", status: "PASS" });
  assert.equal(h.text(), "");
  h.progress.finish();
  h.progress.finish();
  assert.equal(h.text(), "[  1/200]   0% 1 passed, 0 failed, 0 skipped, ETA 0s\n");
});

test("on a terminal: one status line rewritten in place, failures printed above it, ETA from the mean time per case", () => {
  const h = harness(true, 10);
  h.advance(2_000);
  h.progress.update({ id: "a", status: "PASS" });
  assert.equal(h.text(), "\r\u001b[2K[ 1/10]  10% 1 passed, 0 failed, 0 skipped, ETA 18s");
  h.out.length = 0;
  h.advance(10); // too soon after the last redraw: nothing is written
  h.progress.update({ id: "b", status: "PASS" });
  assert.equal(h.text(), "");
  h.advance(10);
  h.progress.update({ id: "c\u001b[2J", status: "ERROR", required: false });
  assert.equal(h.text(), "\r\u001b[2KERROR c\u241b[2J (not required)\n\r\u001b[2K[ 3/10]  30% 2 passed, 1 failed, 0 skipped, ETA 5s");
  h.out.length = 0;
  h.advance(200);
  h.progress.update({ id: "d", status: "UNSUPPORTED" });
  assert.match(h.text(), /^\r\u001b\[2K\[ 4\/10\]  40% 2 passed, 1 failed, 1 skipped, ETA 3s$/);
  h.out.length = 0;
  h.progress.finish();
  assert.equal(h.text(), "\r\u001b[2K[ 4/10]  40% 2 passed, 1 failed, 1 skipped, ETA 3s\n");
  h.progress.update({ id: "e", status: "FAIL" });
  assert.equal(h.out.length, 2, "updates after finish() are ignored");
});

test("a run with no cases and ETA formats", () => {
  const h = harness(false, 0);
  h.progress.finish();
  assert.equal(h.text(), "[0/0] 100% 0 passed, 0 failed, 0 skipped\n");
  assert.equal(formatEta(42_400), "42s");
  assert.equal(formatEta(185_000), "3m05s");
  assert.equal(formatEta(3_720_000), "1h02m");
});
