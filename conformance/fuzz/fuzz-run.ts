/**
 * Runs properties with fast-check: in batches of fixed seeds (seed, seed+1, ...), so that one
 * counterexample does not end the run; each failure is shrunk (bounded) and becomes a finding
 * with its seed and fast-check's counterexample path, which replay it:
 * `fc.check(property, { seed, path, endOnFailure: true })`. Violations matching a known finding
 * (known-findings.ts) are counted, not failed on; so are violations with the message of a finding
 * already made (digits and quoted text aside): each kind of finding is shrunk and reported once,
 * with a count of the others.
 */
import fc from "fast-check";
import type { FuzzProperty } from "./properties.ts";
import { knownFinding } from "./known-findings.ts";
import { PropertyViolation, type Evidence } from "./violation.ts";

export interface FuzzFinding {
  property: string;
  seed: number;
  /** fast-check's counterexample path (replays the shrunk counterexample with the seed). */
  path: string;
  message: string;
  evidence: Evidence;
  /** Other counterexamples with the same message. */
  duplicates: number;
}

export interface PropertyReport {
  property: string;
  summary: string;
  /** Generated values checked. */
  runs: number;
  findings: FuzzFinding[];
  /** Violations matching known findings, by reason. */
  known: Record<string, number>;
  milliseconds: number;
}

export interface FuzzRunOptions {
  /** Values to check. */
  runs: number;
  seed: number;
  /** Values per fast-check run (one counterexample at most per batch). */
  batchSize?: number;
  /** Stop after this many distinct findings. */
  maxFindings?: number;
  /** Shrink steps per counterexample. */
  maxShrinks?: number;
  /** Told after each batch. */
  onProgress?: (report: PropertyReport) => void;
}

/** A message without the parts that vary between counterexamples of one problem. */
export function findingSignature(property: string, message: string): string {
  const general = message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/'[^']*'/g, "'…'").replace(/\d+/g, "N");
  return `${property}: ${general.slice(0, 100)}`;
}

export async function fuzzProperty<T>(property: FuzzProperty<T>, options: FuzzRunOptions): Promise<PropertyReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 1000;
  const report: PropertyReport = { property: property.name, summary: property.summary, runs: 0, findings: [], known: {}, milliseconds: 0 };
  const bySignature = new Map<string, FuzzFinding>();
  // A violation like one already found (same signature) is counted, not failed on: shrinking is
  // spent on new kinds of findings only.
  const check = async (value: T) => {
    try {
      await property.check(value);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const known = knownFinding(property.name, message);
      if (known) {
        report.known[known.reason] = (report.known[known.reason] ?? 0) + 1;
        return;
      }
      const seen = bySignature.get(findingSignature(property.name, message));
      if (!seen) throw e;
      seen.duplicates++;
    }
  };
  const arbitrary = fc.limitShrink(property.arbitrary, options.maxShrinks ?? 200);
  for (let batch = 0; report.runs < options.runs; batch++) {
    const seed = options.seed + batch;
    const numRuns = Math.min(batchSize, options.runs - report.runs);
    const details = await fc.check(fc.asyncProperty(arbitrary, check), { seed, numRuns });
    report.runs += details.failed ? details.numRuns : numRuns;
    if (details.failed) {
      const error = details.errorInstance;
      const message = error instanceof Error ? error.message : String(error);
      const signature = findingSignature(property.name, message);
      if (!bySignature.has(signature)) {
        const evidence: Evidence =
          error instanceof PropertyViolation
            ? error.evidence
            : { definition: {}, input: {}, taskResponses: [], observed: { counterexample: details.counterexample as unknown, error: error instanceof Error ? (error.stack ?? message) : message } };
        const finding: FuzzFinding = { property: property.name, seed, path: details.counterexamplePath ?? "", message, evidence, duplicates: 0 };
        bySignature.set(signature, finding);
        report.findings.push(finding);
      }
    }
    report.milliseconds = Date.now() - started;
    options.onProgress?.(report);
    if (report.findings.length >= (options.maxFindings ?? Infinity)) break;
  }
  report.milliseconds = Date.now() - started;
  return report;
}
