/**
 * Plays one definition-validation case (cases/validation/) as an API call:
 *   CreateStateMachine       the definition under a unique name; the expected InvalidDefinition
 *                            error (code and message) must come back
 *   UpdateStateMachine       a valid machine is created first, then updated with the definition
 *   ValidateStateMachineDefinition
 *                            `result` and `truncated` as expected; the same number of diagnostics,
 *                            each compared on the members the case lists (AWS documents that the
 *                            wording may change, so spec cases leave unrecorded messages out)
 * Machines created (the base of an update, or a definition accepted by mistake) are deleted.
 */
import { compareJson, type Mismatch } from "../compare/compare-json.ts";
import { formatMismatches } from "../compare/format.ts";
import { call, CaseAborted, expectOk, ProtocolError } from "./api-call.ts";
import type { CaseContext, CaseOutcome } from "./case-outcome.ts";
import type { ValidationCase } from "./corpus.ts";

/** Recorded messages name the partition, region and account as tokens. */
const PLACEHOLDERS = ["<partition>", "<region>", "111111111111"];
const BASE_DEFINITION = JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", End: true } } });

function compareValidation(expected: ValidationCase["expected"], body: Record<string, unknown>): Mismatch[] {
  const want = expected.response ?? {};
  const out: Mismatch[] = [];
  for (const member of ["result", "truncated"] as const) {
    if (want[member] !== undefined) out.push(...compareJson(want[member], body[member], { path: `$.${member}`, placeholders: PLACEHOLDERS, jsonText: "never" }));
  }
  if (want.diagnostics !== undefined) {
    const got = Array.isArray(body["diagnostics"]) ? (body["diagnostics"] as Array<Record<string, unknown>>) : [];
    if (got.length !== want.diagnostics.length) {
      out.push({ path: "$.diagnostics", expected: want.diagnostics, actual: body["diagnostics"], message: `expected ${want.diagnostics.length} diagnostic(s), got ${got.length}` });
    } else {
      want.diagnostics.forEach((diagnostic, i) => {
        for (const [member, value] of Object.entries(diagnostic)) {
          out.push(...compareJson(value, got[i]?.[member], { path: `$.diagnostics[${i}].${member}`, placeholders: PLACEHOLDERS, jsonText: "never" }));
        }
      });
    }
  }
  return out;
}

export async function playValidationCase(testCase: ValidationCase, ctx: CaseContext): Promise<CaseOutcome> {
  const created: string[] = [];
  try {
    const request: Record<string, unknown> = { ...testCase.request };
    if (testCase.operation === "CreateStateMachine") Object.assign(request, { name: ctx.namePrefix, roleArn: ctx.roleArn });
    if (testCase.operation === "UpdateStateMachine") {
      const base = await expectOk(ctx.transport, "CreateStateMachine", { name: ctx.namePrefix, definition: BASE_DEFINITION, roleArn: ctx.roleArn, ...(testCase.request.type ? { type: testCase.request.type } : {}) }, ctx.signal);
      created.push(String(base["stateMachineArn"]));
      delete request["type"];
      request["stateMachineArn"] = base["stateMachineArn"];
    }
    const answer = await call(ctx.transport, testCase.operation, request, ctx.signal);
    if (answer.ok && testCase.operation === "CreateStateMachine" && typeof answer.body["stateMachineArn"] === "string") created.push(answer.body["stateMachineArn"]);
    if (!answer.ok && !answer.protocol) throw new ProtocolError(`${testCase.operation} answered HTTP ${answer.status}: ${answer.message}`);
    const actual: Record<string, unknown> = answer.ok ? { response: answer.body } : { error: { code: answer.code, message: answer.message }, httpStatus: answer.status };
    let mismatches: Mismatch[];
    if (testCase.expected.error) {
      mismatches = answer.ok
        ? [{ path: "$", expected: { error: testCase.expected.error }, actual: answer.body, message: "expected an error answer, the call succeeded" }]
        : compareJson(testCase.expected.error, { code: answer.code, message: answer.message }, { path: "$.error", placeholders: PLACEHOLDERS, jsonText: "never" });
    } else {
      mismatches = answer.ok
        ? compareValidation(testCase.expected, answer.body)
        : [{ path: "$", expected: testCase.expected.response, actual: actual["error"], message: `expected a response, got ${answer.code}` }];
    }
    if (mismatches.length === 0) return { result: "pass", mismatches: [], actual };
    return { result: "fail", mismatches, message: formatMismatches(mismatches), actual };
  } catch (e) {
    if (e instanceof CaseAborted) return { result: "timeout", mismatches: [], message: "no result in time" };
    if (e instanceof ProtocolError) return { result: "error", mismatches: [], message: e.message };
    return { result: e instanceof Error && e.name === "CallRefused" ? "fail" : "error", mismatches: [], message: e instanceof Error ? e.message : String(e) };
  } finally {
    const signal = AbortSignal.timeout(10_000);
    for (const stateMachineArn of created) await call(ctx.transport, "DeleteStateMachine", { stateMachineArn }, signal).catch(() => undefined);
  }
}
