/** What an expression generator may refer to at the place it writes an expression. */
export interface ExpressionScope {
  /** Workflow variables readable here (assigned somewhere in this scope or an enclosing one). */
  variables: readonly string[];
  /** In a Map state's ItemSelector (`$$.Map.Item.*` exists). */
  inMap: boolean;
  /**
   * Only expressions whose value is the same on every run and every implementation: no UUIDs,
   * unseeded random numbers, clocks, execution names or state names (the laws compare runs).
   */
  deterministic: boolean;
  /** Also invalid arguments, wrong types and unknown functions (robustness). */
  invalid: boolean;
}
