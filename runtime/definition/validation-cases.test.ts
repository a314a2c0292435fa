/**
 * The definition-validation cases (cases/validation/*.json) reproduced in process:
 * CreateStateMachine's InvalidDefinition answer, and ValidateStateMachineDefinition's result,
 * truncation and diagnostics. An expected diagnostic is compared on the members it lists (AWS
 * documents that wording may change, so spec cases leave unrecorded messages out); the number of
 * diagnostics must match.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatInvalidDefinitionMessage } from "./problems.ts";
import { parseDefinition } from "./parse-definition.ts";
import { validateStateMachineDefinition } from "./validate.ts";
import recorded from "../../cases/validation/aws-recorded.json" with { type: "json" };
import spec from "../../cases/validation/spec.json" with { type: "json" };

interface ValidationCase {
  id: string;
  operation: "CreateStateMachine" | "UpdateStateMachine" | "ValidateStateMachineDefinition";
  request: { definition: string; type?: "STANDARD" | "EXPRESS"; severity?: "ERROR" | "WARNING"; maxResults?: number };
  expected: {
    error?: { code: string; message: string };
    response?: { result?: string; truncated?: boolean; diagnostics?: Array<Record<string, unknown>> };
  };
}

/** The recorder wrote `arn:<partition>:` for the partition; our runs use `aws`. */
const unplaceholder = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll("arn:<partition>:", "arn:aws:")) as T;

const cases = [...(recorded as { cases: ValidationCase[] }).cases, ...(spec as { cases: ValidationCase[] }).cases];

for (const c of cases) {
  test(c.id, () => {
    const type = c.request.type ?? "STANDARD";
    if (c.operation !== "ValidateStateMachineDefinition") {
      const parsed = parseDefinition(c.request.definition, { type });
      assert.equal(parsed.ok, false, "the definition must be rejected");
      if (!parsed.ok) {
        assert.equal(c.expected.error?.code, "InvalidDefinition");
        assert.equal(formatInvalidDefinitionMessage(parsed.problems), unplaceholder(c.expected.error?.message));
      }
      return;
    }
    const actual = validateStateMachineDefinition({
      definition: c.request.definition,
      type,
      ...(c.request.severity ? { severity: c.request.severity } : {}),
      ...(c.request.maxResults !== undefined ? { maxResults: c.request.maxResults } : {}),
    });
    const expected = unplaceholder(c.expected.response ?? {});
    if (expected.result !== undefined) assert.equal(actual.result, expected.result);
    if (expected.truncated !== undefined) assert.equal(actual.truncated, expected.truncated);
    if (expected.diagnostics !== undefined) {
      assert.equal(actual.diagnostics.length, expected.diagnostics.length, JSON.stringify(actual.diagnostics, null, 1));
      expected.diagnostics.forEach((want, i) => {
        const got = actual.diagnostics[i] as unknown as Record<string, unknown>;
        for (const [member, value] of Object.entries(want)) assert.deepEqual(got[member], value, `diagnostics[${i}].${member}`);
      });
    }
  });
}
