/**
 * Writes findings where a reviewer can take them up: each execution finding as a case file in the
 * corpus format (cases/schema/execution-case.schema.json) with provenance
 * `{kind: "spec", section: "fuzz: <property> seed <n> path <p>"}` and what each run observed in
 * `notes`, plus `findings.json` listing them all. A case's `expected` is the outcome the property
 * itself prescribes when it prescribes one (the Pass law's Result); otherwise it is a placeholder
 * that can never pass (`FAILED` with the error `FuzzFinding.ToReview`) and findings.json marks the
 * file `review: true`: expectations are never taken from an implementation's output.
 * API-request findings are not executions: findings.json holds their request and answer.
 */
import type { Json, JsonObject } from "../../runtime/core/json.ts";
import type { ExecutionCase } from "../compare/execution-case.ts";
import type { FuzzFinding, PropertyReport } from "./fuzz-run.ts";
import { queryLanguageOf } from "./state-machine-gen.ts";

export const REVIEW_PLACEHOLDER = { status: "FAILED", error: "FuzzFinding.ToReview", causeMatch: "any" } as const;

export interface FindingsIndexEntry {
  property: string;
  seed: number;
  path: string;
  message: string;
  /** The case file (relative to the findings directory), when the finding is an execution. */
  file?: string;
  /** True when `expected` is the placeholder: someone must find the right outcome (on AWS). */
  review: boolean;
  duplicates: number;
  observed: Record<string, unknown>;
}

function shortHash(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** The definition as an object, and a note when its text could not be kept exactly. */
function definitionObject(definition: Json | string): { definition: JsonObject; note?: string } {
  if (typeof definition !== "string") return { definition: definition as JsonObject };
  try {
    const parsed = JSON.parse(definition) as Json;
    const exact = JSON.stringify(parsed) === definition;
    const object = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as JsonObject) : { States: {}, value: parsed };
    const withStates = "States" in object ? object : { ...object, States: {} };
    return exact && withStates === object ? { definition: object } : { definition: withStates, note: `The definition was sent as this exact text (the object above is only an approximation): ${definition.length > 4000 ? `${definition.slice(0, 4000)}… (${definition.length} characters)` : definition}` };
  } catch {
    return { definition: { States: {} }, note: `The definition was sent as this text (not JSON): ${definition.slice(0, 4000)}` };
  }
}

function noteOf(label: string, value: unknown): string {
  const text = JSON.stringify(value);
  return `${label}: ${text === undefined ? "undefined" : text.length > 4000 ? `${text.slice(0, 4000)}… (${text.length} characters)` : text}`;
}

export function findingCase(finding: FuzzFinding): ExecutionCase {
  const { definition, note } = definitionObject(finding.evidence.definition);
  const section = `fuzz: ${finding.property} seed ${finding.seed} path ${finding.path}`;
  const review = finding.evidence.expected === undefined;
  const taskResponses = [...finding.evidence.taskResponses];
  return {
    id: `fuzz::${finding.property}::${shortHash(`${section} ${finding.message}`)}`,
    title: `${review ? "TO REVIEW: " : ""}${finding.message.split("\n")[0]!.slice(0, 200)}`,
    provenance: { kind: "spec", section },
    level: "core",
    features: [],
    needs: taskResponses.length > 0 ? ["activity_worker"] : [],
    queryLanguage: queryLanguageOf(definition),
    stateMachineType: "STANDARD",
    definition: definition as Record<string, unknown>,
    input: finding.evidence.input,
    expected: finding.evidence.expected ?? { ...REVIEW_PLACEHOLDER },
    ...(taskResponses.length > 0 ? { taskResponses } : {}),
    notes: [
      `Found by sfn-conformance fuzz, property '${finding.property}': ${finding.message}`,
      review
        ? "expected is a placeholder (error FuzzFinding.ToReview) that no implementation passes: the property compares runs and does not say what the outcome should be; find it on AWS."
        : "expected is what the property itself prescribes.",
      ...(note ? [note] : []),
      ...Object.entries(finding.evidence.observed).map(([label, value]) => noteOf(`observed (${label})`, value)),
      `Replay: fc.check(property, { seed: ${finding.seed}, path: "${finding.path}" }) with the same generator options.`,
    ],
  };
}

/** What to write: file path (relative to the findings directory) → text. */
export function findingsFiles(reports: readonly PropertyReport[], schemaPath = "../cases/schema/execution-case.schema.json"): Map<string, string> {
  const files = new Map<string, string>();
  const index: FindingsIndexEntry[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const isExecution = finding.property !== "api-requests";
      const entry: FindingsIndexEntry = {
        property: finding.property,
        seed: finding.seed,
        path: finding.path,
        message: finding.message,
        review: !isExecution || finding.evidence.expected === undefined,
        duplicates: finding.duplicates,
        observed: finding.evidence.observed,
      };
      if (isExecution) {
        const testCase = findingCase(finding);
        const file = `${testCase.id.replace(/::/g, "-")}.json`;
        files.set(file, `${JSON.stringify({ $schema: schemaPath, cases: [testCase] }, null, 2)}\n`);
        entry.file = file;
      }
      index.push(entry);
    }
  }
  const summary = reports.map((r) => ({ property: r.property, summary: r.summary, runs: r.runs, findings: r.findings.length, known: r.known, milliseconds: r.milliseconds }));
  files.set("findings.json", `${JSON.stringify({ properties: summary, findings: index }, null, 2)}\n`);
  return files;
}
