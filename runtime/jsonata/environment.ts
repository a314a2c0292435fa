/**
 * What a JSONata expression in a state can see. The interpreter builds one per field evaluation
 * (the members of `$states` differ between Arguments, Output, a Catcher's Output, ...).
 */
import type { Json } from "../core/json.ts";

export interface JsonataEnvironment {
  /** `$states`: { input, context, result?, errorOutput? } as the current field may see them. */
  states: { input: Json; context: Json; result?: Json; errorOutput?: Json };
  /** All variables visible to the state (outer scopes merged, inner wins), bound as `$name`. */
  variables: Record<string, Json>;
  /** A number in [0, 1), for `$random()` without a seed. Injectable for deterministic runs. */
  random(): number;
  /** A version-4 UUID, for `$uuid()`. Injectable for deterministic runs. */
  uuid(): string;
  /** Guards against runaway expressions; defaults in DEFAULT_JSONATA_LIMITS. */
  limits?: Partial<JsonataLimits>;
}

/**
 * Bounds on one expression evaluation. JSONata has no loops, only recursion: non-tail recursion
 * is stopped by `maxDepth` (nesting of evaluation frames), tail recursion (which JSONata runs as
 * a loop) by `timeoutMs`. Neither can interrupt a single long-running built-in call.
 */
export interface JsonataLimits {
  /** Wall-clock milliseconds one expression may run. */
  timeoutMs: number;
  /** Maximum nesting of JSONata evaluation frames (roughly 5–10 per user-function call level). */
  maxDepth: number;
}

export const DEFAULT_JSONATA_LIMITS: JsonataLimits = { timeoutMs: 2000, maxDepth: 5000 };

export function resolveLimits(limits: Partial<JsonataLimits> | undefined): JsonataLimits {
  return { ...DEFAULT_JSONATA_LIMITS, ...limits };
}
