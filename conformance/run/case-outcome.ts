/**
 * What playing one case against a target gives the runner, before known failures turn it into a
 * report status (verdict.ts), and what every case player gets to work with.
 */
import type { Mismatch } from "../compare/compare-json.ts";
import type { Transport } from "../api/transport.ts";

export interface CaseOutcome {
  /**
   * pass / fail (the answer differs) / error (the target answered outside the protocol, or the
   * runner broke) / timeout (no result in time) / skip (the outcome cannot be observed).
   */
  result: "pass" | "fail" | "error" | "timeout" | "skip";
  mismatches: Mismatch[];
  /** Readable explanation for fail/error/timeout/skip. */
  message?: string;
  /** True when the outcome matched and only the history differs. */
  historyOnly?: boolean;
  /** Whether the history was compared at all. */
  historyCompared?: boolean;
  /** What the target answered (for the report's `actual`). */
  actual?: Record<string, unknown>;
}

/** Everything a case player needs about the target, for one case. */
export interface CaseContext {
  transport: Transport;
  /** The account the case acts in (fills symbols and the default role ARN). */
  accountId: string;
  region: string;
  /** The role state machines are created with. */
  roleArn: string;
  /** Unique, run-prefixed name for what the case creates (`sfnc-<runid>-<n>`). */
  namePrefix: string;
  /** The target's time scale (1 = real time): polling and waits are sized with it. */
  timeScale: number;
  /** Fires when the case is out of time. */
  signal: AbortSignal;
}
