import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveSymbols, resolveText, runSymbols, UnresolvedSymbol, type SymbolContext } from "./symbols.ts";

const context = (): SymbolContext => ({
  named: runSymbols({ accountId: "123456789012", region: "eu-west-1" }, { short_uid: "abcd1234" }),
  answers: new Map<string, unknown>([
    ["CreateStateMachine#0", { stateMachineArn: "arn:aws:states:eu-west-1:123456789012:stateMachine:m" }],
    ["ListMapRuns#3", { mapRuns: [{ mapRunArn: "arn:run" }] }],
    ["ListExecutions#4", { executions: [], nextToken: "tok", maxResults: 5 }],
  ]),
});

test("run symbols: fixed ones as given, the target's account and region, fresh unique names", () => {
  const a = runSymbols({ accountId: "123456789012", region: "eu-west-1" });
  const b = runSymbols({ accountId: "123456789012", region: "eu-west-1" });
  assert.match(a["short_uid"]!, /^[0-9a-f]{8}$/);
  assert.notEqual(a["short_uid"], b["short_uid"]);
  assert.notEqual(a["long_uid"], b["long_uid"]);
  assert.equal(a["snf_role_arn"], "arn:aws:iam::123456789012:role/sfn-conformance-role");
  assert.match(a["log_group_arn"]!, /^arn:aws:logs:eu-west-1:123456789012:log-group:[^:]+:\*$/);
  assert.equal(runSymbols({ accountId: "1", region: "r" }, { snf_role_arn: "arn:aws:iam::1:role/real" })["snf_role_arn"], "arn:aws:iam::1:role/real");
});

test("symbols inside text, and answers of earlier calls by ref and member path", () => {
  const ctx = context();
  assert.equal(resolveText("statemachine_${sym:short_uid}", ctx), "statemachine_abcd1234");
  assert.equal(resolveText("${sym:CreateStateMachine#0.stateMachineArn}:1", ctx), "arn:aws:states:eu-west-1:123456789012:stateMachine:m:1");
  assert.equal(resolveText("${sym:ListMapRuns#3.mapRuns.0.mapRunArn}", ctx), "arn:run");
  assert.equal(resolveText("${sym:ListExecutions#4.maxResults}", ctx), 5, "a whole-string symbol keeps its JSON type");
  assert.equal(resolveText("https://sqs.${sym:region_name}.amazonaws.com/${sym:account_id}/q", ctx), "https://sqs.eu-west-1.amazonaws.com/123456789012/q");
});

test("requests resolve deeply; member names are kept", () => {
  const resolved = resolveSymbols({ name: "a-${sym:short_uid}", nested: [{ arn: "${sym:CreateStateMachine#0.stateMachineArn}" }], n: 1, b: true, z: null }, context());
  assert.deepEqual(resolved, { name: "a-abcd1234", nested: [{ arn: "arn:aws:states:eu-west-1:123456789012:stateMachine:m" }], n: 1, b: true, z: null });
});

test("a symbol that does not resolve names itself and why", () => {
  const ctx = context();
  assert.throws(() => resolveText("${sym:StartExecution#2.executionArn}", ctx), (e: unknown) => e instanceof UnresolvedSymbol && /StartExecution#2/.test(e.message) && /no successful answer/.test(e.message));
  assert.throws(() => resolveText("${sym:CreateStateMachine#0.nope}", ctx), /has no member nope/);
  assert.throws(() => resolveText("${sym:localstack.utils.strings.md5()}", ctx), /not a known symbol/);
});
