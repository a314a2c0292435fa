/**
 * Findings the reference runtime is known to show, so that the fixed-seed test stays a regression
 * test while they wait for a fix (like cases/known-failures.json): a violation of `property` whose
 * message matches `pattern` is counted as known instead of failing the run. Remove an entry when
 * its fix lands (the fuzz command prints how often each known finding was met).
 */
export interface KnownFinding {
  property: string;
  pattern: RegExp;
  reason: string;
}

export const KNOWN_FINDINGS: readonly KnownFinding[] = [
  {
    property: "robustness",
    pattern: /RangeError: Maximum call stack size exceeded/,
    reason:
      "a definition nested thousands of levels deep (e.g. a 20 000-deep array in Parameters or a JSONata Condition) overflows the stack in runtime/definition/payload-template.ts (compileJsonPath / compileJsonata recurse): runExecution throws RangeError and CreateStateMachine answers 500; AWS's answer (probably a Jackson nesting-depth error) is not recorded",
  },
  {
    property: "robustness",
    pattern: /^the run did not end: a Task state whose worker never answers has no TimeoutSeconds/,
    reason:
      "a Task state without TimeoutSeconds whose worker never answers waits forever (runtime/execution/states/task.ts sets no timer): the developer guide documents a default TimeoutSeconds of 99999999 (amazon-states-language-task-state.md); found when a mutation removes TimeoutSeconds",
  },
  {
    property: "api-requests",
    pattern: /^CreateActivity: HTTP 500 InternalFailure: Cannot read properties of null \(reading 'type'\)/,
    reason: "CreateActivity with \"encryptionConfiguration\": null answers 500 InternalFailure (a null member is read as an object); AWS's JSON protocol treats null as absent",
  },
  {
    property: "api-requests",
    pattern: /^TagResource: HTTP 500 InternalFailure: Cannot read properties of undefined \(reading 'startsWith'\)/,
    reason: "TagResource with a tag without a key answers 500 InternalFailure (the key is read unchecked; CreateActivity and CreateStateMachine accept such tags); the model does not require Tag.key, AWS's answer is not recorded",
  },
];

export function knownFinding(property: string, message: string): KnownFinding | undefined {
  return KNOWN_FINDINGS.find((known) => known.property === property && known.pattern.test(message));
}
