/**
 * Every recorded definition-validation answer of AWS (cases/validation/aws-recorded.json) reproduced
 * in process: CreateStateMachine's InvalidDefinition message, and ValidateStateMachineDefinition's
 * result and diagnostics.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatInvalidDefinitionMessage } from "./problems.ts";
import { parseDefinition } from "./parse-definition.ts";
import { validateStateMachineDefinition } from "./validate.ts";
import recorded from "../../cases/validation/aws-recorded.json" with { type: "json" };

interface ValidationCase {
  id: string;
  operation: "CreateStateMachine" | "ValidateStateMachineDefinition";
  request: { definition: string; type?: "STANDARD" | "EXPRESS" };
  expected: { error?: { code: string; message: string }; response?: unknown };
}

/** The recorder wrote `arn:<partition>:` for the partition; our runs use `aws`. */
const unplaceholder = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll("arn:<partition>:", "arn:aws:"));

for (const c of (recorded as { cases: ValidationCase[] }).cases) {
  test(c.id, () => {
    const type = c.request.type ?? "STANDARD";
    if (c.operation === "CreateStateMachine") {
      const parsed = parseDefinition(c.request.definition, { type });
      assert.equal(parsed.ok, false, "AWS rejected this definition");
      if (!parsed.ok) {
        assert.equal(c.expected.error?.code, "InvalidDefinition");
        assert.equal(formatInvalidDefinitionMessage(parsed.problems), unplaceholder(c.expected.error?.message));
      }
    } else {
      assert.deepEqual(unplaceholder(validateStateMachineDefinition({ definition: c.request.definition, type })), unplaceholder(c.expected.response));
    }
  });
}
