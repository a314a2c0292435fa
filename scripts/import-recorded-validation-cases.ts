/**
 * Converts the recorded definition-validation answers in ../shared/oracle/aws-recorded/validation.json
 * (CreateStateMachine → InvalidDefinition, ValidateStateMachineDefinition → diagnostics) into
 * cases/validation/aws-recorded.json. Recordings whose message is a Python `Error=ValueError ...`
 * text are LocalStack's own answers, not AWS's, and are left out; so are API-level request errors
 * (they belong with the API contract cases). Both are listed on stdout.
 * Usage: node --import tsx scripts/import-recorded-validation-cases.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const oracle = join(root, "..", "shared", "oracle", "aws-recorded", "validation.json");
const recorded = JSON.parse(readFileSync(oracle, "utf8")) as Array<Record<string, any>>;

const cases: unknown[] = [];
const skipped: string[] = [];
const apiLevel: string[] = [];
for (const r of recorded) {
  const message: string | undefined = r.expected?.error?.message;
  if (message?.startsWith("Error=ValueError")) {
    skipped.push(r.id);
    continue;
  }
  if (r.expected?.error && r.expected.error.code !== "InvalidDefinition") {
    apiLevel.push(r.id); // request validation of the API itself (e.g. versionDescription without publish)
    continue;
  }
  cases.push({
    id: r.id,
    provenance: {
      kind: "aws-recorded",
      source: r.id,
      recorded: r.source?.last_validated ?? r.source?.recorded_date,
      oracleFile: "aws-recorded/validation.json",
    },
    operation: r.operation,
    request: { definition: resolveSymbols(r.request.definition), ...(r.request.type ? { type: r.request.type } : {}) },
    expected: r.expected.error ? { error: r.expected.error } : { response: r.expected.response },
  });
}
cases.sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1));
writeFileSync(join(root, "cases", "validation", "aws-recorded.json"), JSON.stringify({ cases }, null, 2) + "\n");
console.log(`imported ${cases.length} validation cases; skipped ${skipped.length} LocalStack-only answers (Error=ValueError ...)`);
console.log(`left for the API cases: ${apiLevel.join(", ")}`);

/**
 * The recorder left some request values as symbols it filled in at run time; put in a value of the
 * same kind (an activity ARN created by the test) so the definition is the one AWS judged.
 */
function resolveSymbols(definition: string): string {
  return definition.replace(/\$\{sym:CreateActivity#\d+\.activityArn\}/g, "arn:aws:states:us-east-1:111111111111:activity:recorded-activity");
}
