/**
 * Replays the recorded TestState cases (../shared/oracle/aws-recorded/test_state.json) through the
 * API (`app.fetch`), comparing answers with conformance/compare's compareJson and the cases'
 * placeholders. Required: every case with `needs: []`, except those listed in SKIPPED with the
 * reason. Also run: the cases whose only need is `unresolved_request`, once their recorder symbols
 * (ARNs, ids, dates) are replaced by values of the same shape; and the cases that need another
 * service (Lambda, API Gateway), which are skipped only when the runtime actually had to call it.
 */
import { type TestContext, test } from "node:test";
import assert from "node:assert/strict";
import recorded from "../../../../shared/oracle/aws-recorded/test_state.json" with { type: "json" };
import { compareJson } from "../../../conformance/compare/compare-json.ts";
import { formatMismatches } from "../../../conformance/compare/format.ts";
import { StatesError } from "../../core/errors.ts";
import { installedServiceModels } from "../model/installed-models-node.ts";
import { createService } from "../service.ts";

interface RecordedCase {
  id: string;
  needs: string[];
  request: Record<string, unknown>;
  expected: {
    response?: Record<string, unknown>;
    error?: { code: string; message?: string };
    http_status?: number;
    client_side_validation?: boolean;
  };
  placeholders_in_expected: string[];
}

/** Cases with `needs: []` this runtime cannot pass, and why. */
const SKIPPED: Record<string, string> = {
  "tests/aws/services/stepfunctions/v2/test_state/test_field_validation_mode_present.py::TestFieldValidationModePresent::test_present_mode_aws_sdk_lambda_get_function_task[integer_more_than_maximum_allowed]":
    "model drift: recorded when Lambda's MemorySize was at most 10240; the Lambda model validated against (botocore 1.43.11) allows up to 32768",
};

const ACCOUNT = "123456789012";
const REGION = "us-east-1";

/** Values of the right shape for the recorder's `${sym:...}` symbols. */
const SYMBOLS: Record<string, string> = {
  snf_role_arn: `arn:aws:iam::${ACCOUNT}:role/StepFunctionsTestStateRole`,
  short_uid: "a1b2c3d4",
  long_uid: "5f0e7c3a-9d2b-4e61-8a47-0c9b1d2e3f40",
  region_name: REGION,
  account_id: ACCOUNT,
  "localstack.utils.aws.arns.stepfunctions_state_machine_arn()": `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:TargetStateMachine`,
  "localstack.utils.aws.arns.stepfunctions_standard_execution_arn()": `arn:aws:states:${REGION}:${ACCOUNT}:execution:TargetStateMachine:TestStartTarget`,
  "datetime.datetime.now().isoformat()": "2025-12-03T01:10:10.123456",
  "localstack.utils.strings.md5()": "0cc175b9c0f1b6a831c399e269772661",
};

function substitute(value: unknown): unknown {
  if (typeof value === "string") {
    return value.replace(/\$\{sym:([^}]*)\}/g, (whole, name: string) => SYMBOLS[name] ?? whole);
  }
  if (Array.isArray(value)) return value.map(substitute);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v)]));
  return value;
}

/** Task calls the runtime made (no service besides Step Functions is reachable here). */
const serviceCalls: string[] = [];
const { app } = createService({
  serviceModels: installedServiceModels(),
  taskExecutor: async (request) => {
    serviceCalls.push(request.resource);
    throw new StatesError("States.TaskFailed", `${request.resource} is not reachable from this test`);
  },
});

async function callTestState(request: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const authorization = `AWS4-HMAC-SHA256 Credential=test/20251203/${REGION}/states/aws4_request, SignedHeaders=host, Signature=0`;
  const response = await app.fetch(
    new Request("http://localhost/", {
      method: "POST",
      headers: { "x-amz-target": "AWSStepFunctions.TestState", "content-type": "application/x-amz-json-1.0", authorization },
      body: JSON.stringify(request),
    }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function replay(c: RecordedCase, t?: TestContext): Promise<void> {
  serviceCalls.length = 0;
  const { status, body } = await callTestState(substitute(c.request));
  if (t && serviceCalls.length > 0) {
    // Checkable without the service: the Task called it once and reports its failure.
    assert.equal(serviceCalls.length, 1);
    assert.deepEqual([status, body["status"], body["error"]], [200, "FAILED", "States.TaskFailed"]);
    t.skip(`needs ${c.needs.join(", ")}: the state called ${serviceCalls.join(", ")}`);
    return;
  }
  const expected = c.expected;
  if (expected.client_side_validation) {
    // The SDK refused this request before sending it; the service refuses it the same way.
    assert.equal(status, 400, JSON.stringify(body));
    assert.equal(body["__type"], "ValidationException", JSON.stringify(body));
    return;
  }
  if (expected.error) {
    assert.equal(status, expected.http_status ?? 400, JSON.stringify(body));
    assert.equal(body["__type"], expected.error.code, JSON.stringify(body));
    if (expected.error.message !== undefined) assert.equal(body["message"], expected.error.message);
    return;
  }
  assert.equal(status, expected.http_status ?? 200, JSON.stringify(body));
  const mismatches = compareJson(expected.response, body, { placeholders: c.placeholders_in_expected, jsonText: "always" });
  assert.equal(mismatches.length, 0, `${formatMismatches(mismatches)}\nactual: ${JSON.stringify(body)}`);
}

const cases = recorded as unknown as RecordedCase[];
const selfContained = cases.filter((c) => c.needs.length === 0);
const unresolvedOnly = cases.filter((c) => c.needs.length === 1 && c.needs[0] === "unresolved_request");
const needingServices = cases.filter((c) => c.needs.some((need) => need !== "unresolved_request"));

test("the recorded TestState cases are where this test expects them", () => {
  assert.equal(selfContained.length, 121);
  for (const id of Object.keys(SKIPPED)) assert.ok(selfContained.some((c) => c.id === id), `skipped case not found: ${id}`);
});

for (const c of selfContained) {
  const reason = SKIPPED[c.id];
  test(c.id, reason ? { skip: reason } : {}, () => replay(c));
}

for (const c of unresolvedOnly) {
  test(`${c.id} [symbols substituted]`, () => replay(c));
}

for (const c of needingServices) {
  test(`${c.id} [needs ${c.needs.join(", ")}]`, (t) => replay(c, t));
}
