/**
 * Converts the recorded real-AWS execution cases of the oracle (shared/oracle/aws-recorded/*.json)
 * into the suite's case format (cases/schema/execution-case.schema.json), one file per area:
 * cases/execution/<area>/aws-recorded.json. Also regenerates cases/execution/index.ts, the static
 * list of every case file under cases/execution/ (so web-standard code can load them without fs).
 *
 * Usage: node --import tsx scripts/import-recorded-cases.ts [--oracle <dir>]
 * Output is deterministic: cases sorted by id, 2-space JSON, trailing newline.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deriveMockedCase } from "./recorded-mocks.ts";
import { causeText } from "./recorded-payloads.ts";

type Obj = Record<string, unknown>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CASES = join(ROOT, "cases");
const EXECUTION_DIR = join(CASES, "execution");
const EXECUTION_KINDS = new Set(["execution", "express_sync_execution", "express_async_execution"]);
const SCHEMA_REF = "../../schema/execution-case.schema.json";

function oracleDir(): string {
  const flag = process.argv.indexOf("--oracle");
  if (flag >= 0 && process.argv[flag + 1]) return resolve(process.argv[flag + 1]!);
  const candidates = [join(ROOT, "..", "shared", "oracle", "aws-recorded"), "/work/shared/oracle/aws-recorded"];
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`oracle recordings not found (tried ${candidates.join(", ")}); pass --oracle <dir>`);
  return found;
}

function knownFeatures(): Set<string> {
  const doc = JSON.parse(readFileSync(join(CASES, "features.json"), "utf8")) as { groups: Record<string, { features: string[] }> };
  return new Set(Object.values(doc.groups).flatMap((g) => g.features));
}

const RENAMED: Record<string, string | null> = {
  comment: "field:Comment",
  "jsonata-expr": "jsonata",
  "map:INLINE": "map.inline",
  "map:DISTRIBUTED": "map.distributed",
  "task:unresolved": null, // the resource was a test-fixture ARN; `needs` says what it calls
};

/** Does any Task resource in the definition match `test`? */
function anyResource(definition: unknown, test: (resource: string) => boolean): boolean {
  if (Array.isArray(definition)) return definition.some((item) => anyResource(item, test));
  if (typeof definition !== "object" || definition === null) return false;
  const record = definition as Obj;
  if (typeof record.Resource === "string" && test(record.Resource)) return true;
  return Object.values(record).some((value) => anyResource(value, test));
}

function mapFeatures(recorded: Obj, known: Set<string>): string[] {
  const features = new Set<string>();
  for (const name of (recorded.features as string[] | undefined) ?? []) {
    const mapped = Object.hasOwn(RENAMED, name) ? RENAMED[name] : name;
    if (mapped) features.add(mapped);
  }
  const language = recorded.query_language;
  features.add(language === "JSONata" ? "jsonata" : "jsonpath");
  if (language === "mixed") {
    features.add("jsonata");
    features.add("query-language.mixed");
  }
  if (features.has("field:Assign")) features.add("variables");
  const needs = (recorded.needs as string[]) ?? [];
  if (needs.includes("callback") || anyResource(recorded.definition, (r) => r.includes(".waitForTaskToken"))) features.add("callbacks");
  if (needs.includes("activity_worker") || anyResource(recorded.definition, (r) => r.includes(":activity:"))) features.add("activities");
  if (recorded.kind === "express_sync_execution") features.add("express.sync");
  if (recorded.kind === "express_async_execution") features.add("express.async");
  const unknown = [...features].filter((f) => !known.has(f));
  if (unknown.length) throw new Error(`${String(recorded.id)}: features not in cases/features.json: ${unknown.join(", ")}`);
  return [...features].sort();
}

/** Self-contained, plain-ASL cases are `core`; those needing other services or Distributed Map are `optional`. */
function level(needs: string[], features: string[]): "core" | "optional" {
  const optional = ["map.distributed", "field:ItemReader", "field:ResultWriter", "field:Credentials", "callbacks", "activities", "express.async"];
  return needs.length > 0 || features.some((f) => optional.includes(f)) ? "optional" : "core";
}

/** Recorded history event → expected event: timestamps dropped; normalised (non-numeric) ids dropped. */
function convertEvent(event: Obj): Obj {
  const out: Obj = {};
  const numericIds = typeof event.id === "number";
  if (numericIds) {
    out.id = event.id;
    if (typeof event.previousEventId === "number") out.previousEventId = event.previousEventId;
  }
  out.type = event.type;
  for (const key of Object.keys(event).sort()) {
    if (key.endsWith("EventDetails")) out[key] = event[key];
  }
  return out;
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      collectStrings(item, into);
    }
  }
}

function buildExpected(recorded: Obj, notes: string[]): Obj {
  const source = recorded.expected as Obj;
  const expected: Obj = { status: source.status };
  if (source.output_unparsed === true) {
    notes.push("The recorded output was replaced by a placeholder in the recording; output is not compared.");
  } else if (Object.hasOwn(source, "output")) {
    expected.output = source.output;
  }
  if (typeof source.error === "string") expected.error = source.error;
  // A cause the recorder parsed (JSON text on the wire) is JSON text again; it compares as JSON.
  if (source.cause !== undefined && source.cause !== null) expected.cause = causeText(source.cause, recorded);
  if (typeof source.note === "string") notes.push(`Recorder: ${source.note}.`);
  // Async Express executions record their end only as a log event: take the outcome from it.
  const end = recorded.end_event as Obj | undefined;
  const details = end?.details as Obj | undefined;
  if (details) {
    if (source.status === "SUCCEEDED" && !Object.hasOwn(expected, "output") && Object.hasOwn(details, "output")) expected.output = details.output;
    if (source.status !== "SUCCEEDED") {
      if (typeof details.error === "string" && expected.error === undefined) expected.error = details.error;
      if (details.cause !== undefined && details.cause !== null && expected.cause === undefined) expected.cause = causeText(details.cause, recorded);
    }
    notes.push("Outcome taken from the execution's end event in CloudWatch Logs.");
  }
  return expected;
}

/** `last_validated` (ISO), else the snapshot's `recorded_date` ("DD-MM-YYYY, HH:MM:SS") as ISO text. */
function recordedDate(src: Obj): string {
  if (typeof src.last_validated === "string") return src.last_validated;
  const m = /^(\d{2})-(\d{2})-(\d{4}), (\d{2}:\d{2}:\d{2})$/.exec(String(src.recorded_date));
  if (!m) throw new Error(`unreadable recording date ${String(src.recorded_date)}`);
  return `${m[3]}-${m[2]}-${m[1]}T${m[4]}`;
}

function convertCase(recorded: Obj, oracleFile: string, known: Set<string>): Obj {
  const src = recorded.source as Obj;
  const notes: string[] = [];
  const needs = [...((recorded.needs as string[]) ?? [])];
  // A definition/input still holding a test-fixture reference (`${sym:...}`) cannot run on its own:
  // the oracle marks such cases `setup`; add it where the extractor left `needs` empty.
  if (needs.length === 0 && JSON.stringify([recorded.definition, recorded.input]).includes("${sym:")) {
    needs.push("setup");
    notes.push("Importer: added the `setup` need, the definition refers to a fixture created by the test.");
  }
  needs.sort();
  const features = mapFeatures(recorded, known);
  const expected = buildExpected(recorded, notes);
  const history = Array.isArray(recorded.history) && recorded.history.length > 0 ? (recorded.history as Obj[]).map(convertEvent) : undefined;
  const out: Obj = {
    id: recorded.id,
    provenance: {
      kind: "aws-recorded",
      source: recorded.id,
      recorded: recordedDate(src),
      oracleFile,
      snapshotFile: src.snapshot_file,
      snapshotKey: src.snapshot_key,
    },
    level: level(needs, features),
    features,
    needs,
    queryLanguage: recorded.query_language ?? "JSONPath",
    stateMachineType: recorded.state_machine_type ?? "STANDARD",
  };
  if (recorded.kind === "express_sync_execution") out.startMode = "express-sync";
  if (recorded.kind === "express_async_execution") out.startMode = "express-async";
  out.definition = recorded.definition;
  out.input = recorded.input ?? {};
  const raw = recorded.input_raw;
  if (typeof raw === "string" && raw !== JSON.stringify(out.input)) out.inputText = raw;
  if (typeof recorded.input_note === "string") notes.push(`Recorder: ${recorded.input_note}.`);
  const declared = [
    ...((recorded.placeholders_in_expected as string[] | undefined) ?? []),
    ...((recorded.placeholders_in_history as string[] | undefined) ?? []),
    ...transformerReplacements(src.transformers),
  ];
  const strings: string[] = [];
  collectStrings(expected, strings);
  collectStrings(history ?? [], strings);
  const used = [...new Set(declared)].filter((token) => strings.some((s) => s.includes(token))).sort();
  if (used.length) out.placeholders = used;
  out.expected = expected;
  if (history) {
    out.history = history;
    if (src.parallel_events_normalised === true) out.historyMatching = { parallelBranchesUnordered: true };
  }
  if (Array.isArray(recorded.unresolved_values) && recorded.unresolved_values.length) {
    notes.push(`The recorded input/definition holds test-fixture values that were never resolved: ${(recorded.unresolved_values as string[]).join(", ")}.`);
  }
  for (const note of (src.interpretation_notes as string[] | undefined) ?? []) notes.push(`Extractor: ${note}.`);
  if (notes.length) out.notes = notes;
  return out;
}

/** Writes cases/execution/index.ts: a static import of every JSON case file under cases/execution/. */
function writeIndex(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".json")) files.push(relative(EXECUTION_DIR, full).split("\\").join("/"));
    }
  };
  walk(EXECUTION_DIR);
  const lines = [
    "// Generated by scripts/import-recorded-cases.ts: every case file under cases/execution/.",
    "// Regenerate after adding a case file (the case-files test checks this list is complete).",
    'import type { CaseFile } from "../../conformance/compare/execution-case.ts";',
    ...files.map((file, i) => `import file${i} from "./${file}" with { type: "json" };`),
    "",
    "export const executionCaseFiles: { path: string; data: CaseFile }[] = [",
    ...files.map((file, i) => `  { path: "cases/execution/${file}", data: file${i} as unknown as CaseFile },`),
    "];",
    "",
  ];
  writeFileSync(join(EXECUTION_DIR, "index.ts"), lines.join("\n"));
  return files;
}

function main(): void {
  const dir = oracleDir();
  const known = knownFeatures();
  const byArea = new Map<string, Obj[]>();
  const skipped: string[] = [];
  const mockTally = new Map<string, { derived: number; total: number }>();
  let apiCases = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const recordings = JSON.parse(readFileSync(join(dir, name), "utf8")) as Obj[];
    for (const recorded of recordings) {
      if (!EXECUTION_KINDS.has(String(recorded.kind))) {
        apiCases++;
        continue;
      }
      if (recorded.provenance_warning !== undefined) {
        skipped.push(`${String(recorded.id)}: ${JSON.stringify(recorded.provenance_warning)}`);
        continue;
      }
      if (typeof recorded.definition !== "object" || recorded.definition === null) {
        skipped.push(`${String(recorded.id)}: no definition recorded`);
        continue;
      }
      const area = String(recorded.area);
      if (!byArea.has(area)) byArea.set(area, []);
      byArea.get(area)!.push(withRecordedMocks(recorded, convertCase(recorded, `aws-recorded/${name}`, known), mockTally));
    }
  }
  const seen = new Set<string>();
  let total = 0;
  for (const [area, cases] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
    cases.sort((a, b) => String(a.id).localeCompare(String(b.id)));
    for (const c of cases) {
      if (seen.has(String(c.id))) throw new Error(`duplicate id ${String(c.id)}`);
      seen.add(String(c.id));
    }
    const target = join(EXECUTION_DIR, area, "aws-recorded.json");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify({ $schema: SCHEMA_REF, cases }, null, 2)}\n`);
    const required = cases.filter((c) => (c.needs as string[]).length === 0 && c.queryLanguage === "JSONPath").length;
    console.log(`${area.padEnd(22)} ${String(cases.length).padStart(4)} cases (${required} self-contained JSONPath)`);
    total += cases.length;
  }
  const files = writeIndex();
  console.log(`imported ${total} execution cases into ${byArea.size} areas; index lists ${files.length} case file(s); ${apiCases} api cases not in scope`);
  console.log(skipped.length ? `skipped ${skipped.length}:\n  ${skipped.join("\n  ")}` : "skipped 0 (no provenance warnings)");
  console.log("mocked from the recorded history, per need group (derived/total):");
  for (const [group, { derived, total }] of [...mockTally].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${group.padEnd(40)} ${derived}/${total}`);
}

/**
 * A case that needed other services, with its Task states mocked from its recorded history
 * (scripts/recorded-mocks.ts) when the history covers them; otherwise unchanged, with a note saying why.
 */
function withRecordedMocks(recorded: Obj, converted: Obj, tally: Map<string, { derived: number; total: number }>): Obj {
  const needs = converted.needs as string[];
  if (needs.length === 0) return converted;
  const group = needs.join("+");
  const entry = tally.get(group) ?? { derived: 0, total: 0 };
  tally.set(group, entry);
  entry.total++;
  const derivation = deriveMockedCase(recorded, converted);
  if (derivation.mocked) {
    entry.derived++;
    return derivation.testCase;
  }
  return { ...converted, notes: [...((converted.notes as string[] | undefined) ?? []), `Not mocked: ${derivation.reason}.`] };
}

main();

/**
 * Values the recorder substituted through its transformers (e.g.
 * `JsonpathTransformer(jsonpath='$..StartTime', replacement='start-time', ...)`): the oracle does not
 * always list them among its placeholders, but they stand for values that vary all the same.
 */
function transformerReplacements(transformers: unknown): string[] {
  if (!Array.isArray(transformers)) return [];
  const out: string[] = [];
  for (const t of transformers) {
    if (typeof t !== "string") continue;
    const match = /replacement='([^']+)'/.exec(t);
    if (match) out.push(match[1]!);
  }
  return out;
}
