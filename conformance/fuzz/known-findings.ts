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

export const KNOWN_FINDINGS: readonly KnownFinding[] = [];

export function knownFinding(property: string, message: string): KnownFinding | undefined {
  return KNOWN_FINDINGS.find((known) => known.property === property && known.pattern.test(message));
}
