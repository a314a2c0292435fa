/**
 * Live progress while a run goes on. On a terminal: one status line rewritten in place (done/total,
 * passed/failed/skipped, ETA from the mean time per case so far), with each failure printed above
 * it. Otherwise (CI logs, pipes): one line per failure and a status line every ~5% of the cases.
 * Pure: it writes through `write` and reads time through `now`, so it is testable.
 */
import type { CaseResult } from "./run-report.ts";
import { isFailure, isPassed, isSkipped } from "./verdicts.ts";
import { representable } from "./markup-escape.ts";

export interface Progress {
  /** Records one finished case. */
  update(result: Pick<CaseResult, "id" | "status"> & Partial<Pick<CaseResult, "required">>): void;
  /** Writes the final status (and ends the terminal line); later calls do nothing. */
  finish(): void;
}

/** Terminal redraws are at most this often (failures and the last case always redraw). */
const REDRAW_INTERVAL_MS = 100;
/** The non-terminal status lines come every 1/STEPS of the cases (5%). */
const STEPS = 20;
const CLEAR_LINE = "\r\u001b[2K";

/** `42s`, `3m05s`, `1h02m`. */
export function formatEta(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

export function createProgress(write: (text: string) => void, isTTY: boolean, total: number, now: () => number = Date.now): Progress {
  const startedAt = now();
  let done = 0;
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let lastDrawAt = Number.NEGATIVE_INFINITY;
  let lastStep = 0;
  let lastReportedDone = -1;
  let finished = false;

  const statusLine = (): string => {
    const width = String(total).length;
    const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
    let eta = "";
    if (done > 0 && done < total) eta = `, ETA ${formatEta(((now() - startedAt) / done) * (total - done))}`;
    return `[${String(done).padStart(width)}/${total}] ${String(percent).padStart(3)}% ${passed} passed, ${failed} failed, ${skipped} skipped${eta}`;
  };

  const draw = (): void => {
    write(`${CLEAR_LINE}${statusLine()}`);
    lastDrawAt = now();
  };

  return {
    update(result) {
      if (finished) return;
      done++;
      if (isPassed(result.status)) passed++;
      else if (isSkipped(result.status)) skipped++;
      else if (isFailure(result.status)) failed++;
      const failure = isFailure(result.status);
      const failureLine = `${result.status} ${representable(result.id)}${result.required === false ? " (not required)" : ""}`;
      if (isTTY) {
        if (failure) write(`${CLEAR_LINE}${failureLine}\n`);
        if (failure || done === total || now() - lastDrawAt >= REDRAW_INTERVAL_MS) draw();
        return;
      }
      if (failure) write(`${failureLine}\n`);
      const step = total === 0 ? STEPS : Math.floor((done * STEPS) / total);
      if (step > lastStep) {
        lastStep = step;
        lastReportedDone = done;
        write(`${statusLine()}\n`);
      }
    },
    finish() {
      if (finished) return;
      finished = true;
      if (isTTY) {
        draw();
        write("\n");
      } else if (lastReportedDone !== done) {
        write(`${statusLine()}\n`);
      }
    },
  };
}
