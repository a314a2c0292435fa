/**
 * What an intrinsic function implementation gets to work with. Kept apart from evaluate.ts so the
 * per-function modules can import these types without importing the dispatcher.
 */
import type { Json } from "../core/json.ts";
import type { IntrinsicArguments } from "./arguments.ts";
import type { IntrinsicCall } from "./parse.ts";

/** Supplied by the interpreter; random() and uuid() are injectable for deterministic runs. */
export interface IntrinsicEnvironment {
  /** Resolves `$...`, `$$...` or `$var...`; throws a StatesError itself when the path is missing. */
  resolvePath(path: string): Json;
  /** A number in [0, 1). */
  random(): number;
  /** A version-4 UUID string. */
  uuid(): string;
}

export interface IntrinsicInvocation {
  /** The parsed call, for functions that look at how an argument was written (States.Format). */
  readonly call: IntrinsicCall;
  /** The evaluated argument values. */
  readonly args: IntrinsicArguments;
  readonly env: IntrinsicEnvironment;
}

export type IntrinsicImplementation = (invocation: IntrinsicInvocation) => Json | Promise<Json>;
