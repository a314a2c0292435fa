/** The API contract case format (cases/schema/api-case.schema.json) as TypeScript types. See cases/README.md. */
import type { Provenance } from "../compare/execution-case.ts";

/** A request body: JSON whose strings may hold `${sym:...}` symbols (resolved per run). */
export type ApiRequest = Record<string, unknown>;

/** An earlier call of the recorded test whose result later requests may reference by `ref`. */
export interface ApiStep {
  /** `<Operation>#<n>`: the n-th call of the recorded test, counted from 0. */
  ref: string;
  operation: string;
  request: ApiRequest;
  /** The call failed when recorded (an error answer is then what the step expects). */
  expectFailure?: boolean;
  /**
   * A read step (Describe*, List*, Get* but GetActivityTask) re-sent until the answer's `member` (a
   * dotted path, e.g. `status`) equals one of `oneOf`: a case waits for an execution to end before the
   * call under test (e.g. RedriveExecution). Bounded by the runner's polling options.
   */
  waitUntil?: { member: string; oneOf: unknown[] };
}

/**
 * The text a placeholder token stood for in the recording: a template with `${sym:...}` symbols, or
 * the last `:`-separated segment of such a template's text (an ARN's resource name).
 */
export type PlaceholderValue = string | { lastSegmentOf: string };

export type ApiExpected =
  | { error: { code: string; message: unknown }; httpStatus?: number }
  | { response: unknown; httpStatus?: number };

export interface ApiCase {
  id: string;
  title?: string;
  description?: string;
  provenance: Provenance;
  /** The oracle area (api, activities, test_state, ...). */
  area: string;
  /** Services / pseudo-needs besides Step Functions; `[]` = self-contained. */
  needs: string[];
  steps?: ApiStep[];
  /** This call's ref (`<Operation>#<n>`, n = number of steps), so placeholder values may name its answer. */
  ref?: string;
  operation: string;
  request: ApiRequest;
  expected: ApiExpected;
  placeholders?: string[];
  placeholderValues?: Record<string, PlaceholderValue>;
  /** Lists in the response compared as multisets (`$.a.b`, `*` = every member), e.g. `$.variableReferences.*`. */
  unorderedLists?: string[];
  /** Response members AWS added after the case was recorded (`$.a.*.b`): not judged. */
  unrecordedMembers?: string[];
  /** boto3's client-side error text, for requests the recording's client rejected before sending. */
  clientSideError?: string;
  notes?: string[];
}

export interface ApiCaseFile {
  $schema?: string;
  cases: ApiCase[];
}
