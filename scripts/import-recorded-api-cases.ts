/**
 * Converts the recorded real-AWS API answers of the oracle (`kind: "api"` cases in
 * shared/oracle/aws-recorded/*.json, except validation.json whose cases live in cases/validation/)
 * into API contract cases (cases/schema/api-case.schema.json), one file per area:
 * cases/api/<area>/aws-recorded.json. Also regenerates cases/api/index.ts, the static list of those
 * files (so web-standard code loads them without fs).
 *
 * What the conversion does (see cases/README.md, "An API contract case"):
 * - the recorded test's earlier calls (`setup`) become `steps`; the recorder artefact
 *   `target_aws_client` is dropped; `${sym:...}` symbols stay as they are (the runner resolves them);
 * - the case's own call gets its ref (`<Operation>#<n>`, n = number of earlier calls), so that the
 *   recorder's transformers can name it;
 * - the transformers say which request text became which placeholder token: RegexTransformer(text,
 *   token) and transform.sfn_sm_create_arn / sfn_sm_exec_arn (the ARN's last segment) become
 *   `placeholderValues`, pinning those tokens to the text this run sent or got back;
 * - `_SfnSortVariableReferences` (the recorder sorted those lists) becomes `unorderedLists`;
 * - JsonpathTransformer replacements found in the expectation (e.g. `creation-date`) become placeholders;
 * - response members AWS added after the recording (MEMBERS_ADDED_LATER) become `unrecordedMembers`;
 * - boto3's client-side ParamValidationError (the request never reached AWS) becomes the server's
 *   equivalent, a ValidationException whose message is not compared; botocore's text is kept in
 *   `clientSideError`. Client-side rejections with no error code at all are left out (listed on stdout);
 * - `skip_snapshot_verify_paths` is ignored (LocalStack's own gaps): everything is compared.
 *
 * Usage: node --import tsx scripts/import-recorded-api-cases.ts [--oracle <dir>]
 * Output is deterministic: areas and cases sorted by id, 2-space JSON, trailing newline.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

type Obj = Record<string, any>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const API_DIR = join(ROOT, "cases", "api");
const SCHEMA_REF = "../../schema/api-case.schema.json";
/** Definition-validation answers are imported by scripts/import-recorded-validation-cases.ts. */
const OTHER_IMPORTER_FILES = new Set(["validation.json"]);

function oracleDir(): string {
  const flag = process.argv.indexOf("--oracle");
  if (flag >= 0 && process.argv[flag + 1]) return resolve(process.argv[flag + 1]!);
  const candidates = [join(ROOT, "..", "shared", "oracle", "aws-recorded"), "/work/shared/oracle/aws-recorded"];
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`oracle recordings not found (tried ${candidates.join(", ")}); pass --oracle <dir>`);
  return found;
}

/** `last_validated` (ISO) or `recorded_date` ("22-06-2023, 13:47:21") as an ISO date-time. */
function recordedDate(source: Obj): string {
  if (typeof source.last_validated === "string") return source.last_validated;
  const m = /^(\d{2})-(\d{2})-(\d{4}), (\d{2}:\d{2}:\d{2})$/.exec(String(source.recorded_date ?? ""));
  if (!m) throw new Error(`no recording date in ${JSON.stringify(source)}`);
  return `${m[3]}-${m[2]}-${m[1]}T${m[4]}`;
}

function cleanRequest(request: Obj): Obj {
  const { target_aws_client: _artefact, ...rest } = request;
  return rest;
}

/** Python repr string literal ('...' with backslash escapes) → its text. */
function pythonString(literal: string): string {
  return literal.replace(/\\(.)/g, "$1");
}

/** Regex metacharacters other than `.` (which also matches itself): such a transformer text is a real pattern, not a literal. */
function isLiteralText(text: string): boolean {
  return !/[()[\]*+?^|\\]/.test(text.replace(/\$\{sym:[^}]*\}/g, ""));
}

type PlaceholderValue = string | { lastSegmentOf: string };

/**
 * Response members AWS added to the API after some recordings were made: recordings older than the
 * first one showing the member cannot say anything about it, so their cases do not judge it
 * (`unrecordedMembers`). Evidence: the oracle's own recordings, split cleanly by date.
 */
const MEMBERS_ADDED_LATER: Array<{ operations: string[]; path: string; firstRecorded: string; evidence: string }> = [
  {
    operations: ["DescribeStateMachine", "DescribeStateMachineForExecution"],
    path: "$.encryptionConfiguration",
    firstRecorded: "2024-11-20",
    evidence: "absent from every DescribeStateMachine* recording up to 2024-06-26, present ({type: AWS_OWNED_KEY}) in every one from 2024-11-20 (test_sfn_api_variable_references)",
  },
  {
    operations: ["ListExecutions"],
    path: "$.executions.*.redriveCount",
    firstRecorded: "2024-03-14",
    evidence: "absent from the 2023-08-17 ListExecutions recordings (before RedriveExecution launched), present (0) in every one from 2024-03-14",
  },
];

/** Tokens the recorder's JsonpathTransformer(jsonpath=..., replacement=...) put in place of member values. */
function jsonpathReplacements(transformers: string[]): string[] {
  return transformers.flatMap((t) => {
    const m = /^JsonpathTransformer\(jsonpath='[^']*', replacement='([^']*)'/.exec(t);
    return m ? [m[1]!] : [];
  });
}

/** The tokens the recorder's transformers introduced, with the text each stood for (when it is knowable). */
function placeholderValues(transformers: string[], tokens: Set<string>): Record<string, PlaceholderValue> {
  const values: Record<string, PlaceholderValue> = {};
  const set = (token: string, value: PlaceholderValue) => {
    if (tokens.has(token) && !Object.hasOwn(values, token)) values[token] = value;
  };
  for (const t of transformers) {
    const regex = /^RegexTransformer\('((?:[^'\\]|\\.)*)', '((?:[^'\\]|\\.)*)'\)$/.exec(t);
    if (regex) {
      const text = pythonString(regex[1]!);
      if (isLiteralText(text)) set(pythonString(regex[2]!), text);
      continue;
    }
    const arn = /^transform\.sfn_sm_(create|exec)_arn\(([A-Za-z]+#\d+), (\d+)\)$/.exec(t);
    if (arn) {
      const [, kind, ref, index] = arn;
      if (kind === "create") set(`<ArnPart_${index}idx>`, { lastSegmentOf: `\${sym:${ref}.stateMachineArn}` });
      else set(`<ExecArnPart_${index}idx>`, { lastSegmentOf: `\${sym:${ref}.executionArn}` });
    }
  }
  return values;
}

interface Converted {
  apiCase?: Obj;
  skipped?: string;
}

function convert(recorded: Obj, oracleFile: string): Converted {
  const expected = recorded.expected as Obj;
  const source = recorded.source as Obj;
  const steps = ((recorded.setup as Obj[] | undefined) ?? []).map((s) => ({
    ref: s.ref as string,
    operation: s.operation as string,
    request: cleanRequest(s.request as Obj),
    expectFailure: s.expected_to_fail === true,
  }));
  const notes: string[] = [];
  let clientSideError: string | undefined;
  let expectedOut: Obj;
  if (expected.client_side_validation === true) {
    if (expected.error?.code !== "ParamValidationError") return { skipped: "client-side validation with no error code (the request never reached AWS)" };
    clientSideError = String(expected.error_string);
    expectedOut = { error: { code: "ValidationException", message: { $type: "string" } } };
    notes.push(
      "Recorded as boto3's client-side ParamValidationError (the request never reached AWS); a server answers such a request " +
        "with a 400 ValidationException, so the code is checked and the message is not (botocore's text is in clientSideError).",
    );
  } else if (expected.error) {
    expectedOut = { error: { code: expected.error.code, message: expected.error.message } };
    if (typeof expected.http_status === "number") expectedOut.httpStatus = expected.http_status;
  } else {
    expectedOut = { response: expected.response };
    if (typeof expected.http_status === "number") expectedOut.httpStatus = expected.http_status;
  }
  if (expected.response_postprocessed_by_test) {
    notes.push("The recorded test filtered the response to the resources it created before recording it; each case runs in a fresh account, so the raw answer is comparable.");
  }
  const transformers: string[] = source.transformers ?? [];
  const expectedText = JSON.stringify(expectedOut);
  const replaced = jsonpathReplacements(transformers).filter((token) => expectedText.includes(JSON.stringify(token)));
  const placeholders = [...new Set<string>([...(recorded.placeholders_in_expected ?? []), ...replaced])].sort();
  const values = placeholderValues(transformers, new Set(placeholders));
  const unordered = transformers.some((t) => t.startsWith("_SfnSortVariableReferences")) ? ["$.variableReferences.*"] : [];
  const recordedOn = recordedDate(source).slice(0, 10);
  const unrecorded = "response" in expectedOut
    ? MEMBERS_ADDED_LATER.filter((m) => m.operations.includes(recorded.operation) && recordedOn < m.firstRecorded)
    : [];
  for (const m of unrecorded) notes.push(`Recorded ${recordedOn}, before AWS added ${m.path} (${m.evidence}); that member is not judged here.`);
  const apiCase: Obj = {
    id: recorded.id,
    provenance: {
      kind: "aws-recorded",
      source: recorded.id,
      recorded: recordedDate(source),
      oracleFile: `aws-recorded/${oracleFile}`,
      ...(source.snapshot_file ? { snapshotFile: source.snapshot_file } : {}),
      ...(source.snapshot_key ? { snapshotKey: source.snapshot_key } : {}),
    },
    area: recorded.area,
    needs: recorded.needs ?? [],
    ...(steps.length ? { steps } : {}),
    ref: `${recorded.operation}#${steps.length}`,
    operation: recorded.operation,
    request: cleanRequest(recorded.request as Obj),
    expected: expectedOut,
    ...(placeholders.length ? { placeholders } : {}),
    ...(Object.keys(values).length ? { placeholderValues: values } : {}),
    ...(unordered.length ? { unorderedLists: unordered } : {}),
    ...(unrecorded.length ? { unrecordedMembers: unrecorded.map((m) => m.path) } : {}),
    ...(clientSideError !== undefined ? { clientSideError } : {}),
    ...(notes.length ? { notes } : {}),
  };
  return { apiCase };
}

function main(): void {
  const dir = oracleDir();
  const byArea = new Map<string, Obj[]>();
  const skipped: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    if (OTHER_IMPORTER_FILES.has(file)) continue;
    const recorded = JSON.parse(readFileSync(join(dir, file), "utf8")) as Obj[];
    for (const r of recorded) {
      if (r.kind !== "api") continue;
      if (r.provenance_warning) {
        skipped.push(`${r.id}: ${r.provenance_warning}`);
        continue;
      }
      const { apiCase, skipped: why } = convert(r, file);
      if (!apiCase) {
        skipped.push(`${r.id}: ${why}`);
        continue;
      }
      const area = String(apiCase.area);
      if (!byArea.has(area)) byArea.set(area, []);
      byArea.get(area)!.push(apiCase);
    }
  }
  for (const [area, cases] of [...byArea].sort(([a], [b]) => (a < b ? -1 : 1))) {
    cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    mkdirSync(join(API_DIR, area), { recursive: true });
    writeFileSync(join(API_DIR, area, "aws-recorded.json"), JSON.stringify({ $schema: SCHEMA_REF, cases }, null, 2) + "\n");
    const required = cases.filter((c) => c.needs.length === 0).length;
    console.log(`${area}: ${cases.length} api cases (${required} with no needs)`);
  }
  writeIndex(listCaseFiles());
  console.log(`skipped ${skipped.length}:\n  ${skipped.join("\n  ")}`);
}

/** Every JSON file under cases/api/ (generated and hand-written), as paths relative to it. */
function listCaseFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else if (name.endsWith(".json")) found.push(`${prefix}${name}`);
    }
  };
  walk(API_DIR, "");
  return found;
}

/** cases/api/index.ts: a static import of every API case file. */
function writeIndex(files: string[]): void {
  const lines = [
    "// Generated by scripts/import-recorded-api-cases.ts: every API contract case file under cases/api/.",
    "// Regenerate after adding a case file (the case-files test checks this list is complete).",
    'import type { ApiCaseFile } from "../../conformance/api/api-case.ts";',
    ...files.map((f, i) => `import file${i} from "./${f}" with { type: "json" };`),
    "",
    "export const apiCaseFiles: Array<{ path: string; data: ApiCaseFile }> = [",
    ...files.map((f, i) => `  { path: "cases/api/${f}", data: file${i} as unknown as ApiCaseFile },`),
    "];",
    "",
  ];
  writeFileSync(join(API_DIR, "index.ts"), lines.join("\n"));
}

main();
