/**
 * The functions Step Functions adds to JSONata (jsonata-and-variables.md §2.2, intrinsic-functions.md
 * §7): $partition, $range, $hash, $random([seed]), $uuid, $parse. They are registered once per
 * compiled expression; the per-evaluation environment (for $random/$uuid) is bound under a name no
 * JSONata expression can spell (it contains a dot), so concurrent evaluations never share state.
 */
import { parseJson, type Json } from "../core/json.ts";
import { digest, HASH_ALGORITHMS, MAX_HASH_INPUT_CHARS, toHex, type HashAlgorithm } from "../intrinsics/functions/hash.ts";
import { MAX_ARRAY_RANGE_ITEMS } from "../intrinsics/functions/arrays.ts";
import { JavaRandom } from "../intrinsics/java-random.ts";
import { base64decode, base64encode } from "./base64.ts";
import type { JsonataEnvironment } from "./environment.ts";

/** Binding name of the current JsonataEnvironment; `$sfn.runtime` would parse as a path. */
export const RUNTIME_BINDING = "sfn.runtime";

/** What jsonata passes as `this` to a registered function. */
interface Focus {
  environment: { lookup(name: string): unknown };
  createSequence(): Json[];
}

/** An error raised by one of the added functions; its message becomes the cause detail. */
export class JsonataFunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JsonataFunctionError";
  }
}

export interface AddedFunction {
  name: string;
  /** JSONata signature, so argument type errors read like the standard library's (T0410, ...). */
  signature: string;
  implementation: (this: Focus, ...args: never[]) => unknown;
}

function runtimeOf(focus: Focus): JsonataEnvironment {
  return focus.environment.lookup(RUNTIME_BINDING) as JsonataEnvironment;
}

function requireInteger(fn: string, what: string, value: number): void {
  if (!Number.isInteger(value)) throw new JsonataFunctionError(`The ${what} of $${fn} must be an integer, but was: ${value}`);
}

/** Consecutive chunks of `size` items, the last one possibly shorter [REC test_array_partition]. */
function partition(this: Focus, items: Json[] | undefined, size: number | undefined): Json[] | undefined {
  if (items === undefined || size === undefined) return undefined;
  requireInteger("partition", "chunk size", size);
  if (size <= 0) throw new JsonataFunctionError(`The chunk size of $partition must be a positive integer, but was: ${size}`);
  const chunks: Json[] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * start, start+step, ... up to and including `end`, as a JSONata sequence: a single value comes
 * back bare and an empty range as nothing [REC test_array_range: (0,9,3) → [0,3,6,9]; facts
 * sheet: (1,9,9) → 1]. Capped like States.ArrayRange (assumption: AWS shares the limit).
 */
function range(this: Focus, start: number | undefined, end: number | undefined, step: number | undefined): Json[] | undefined {
  if (start === undefined || end === undefined || step === undefined) return undefined;
  requireInteger("range", "start", start);
  requireInteger("range", "end", end);
  requireInteger("range", "step", step);
  if (step === 0) throw new JsonataFunctionError("The step of $range must not be 0");
  const count = (end - start) / step < 0 ? 0 : Math.floor((end - start) / step) + 1;
  if (count > MAX_ARRAY_RANGE_ITEMS) {
    throw new JsonataFunctionError(`The range would contain ${count} items, more than the maximum of ${MAX_ARRAY_RANGE_ITEMS}`);
  }
  const sequence = this.createSequence();
  for (let i = 0; i < count; i++) sequence.push(start + i * step);
  return sequence;
}

/** Lowercase hex digest of the UTF-8 bytes, with the algorithms of States.Hash. */
async function hash(this: Focus, data: string | undefined, algorithm: string | undefined): Promise<string | undefined> {
  if (data === undefined || algorithm === undefined) return undefined;
  if (data.length > MAX_HASH_INPUT_CHARS) {
    throw new JsonataFunctionError(`The data to hash has ${data.length} characters, more than the maximum of ${MAX_HASH_INPUT_CHARS}`);
  }
  if (!(HASH_ALGORITHMS as readonly string[]).includes(algorithm)) {
    throw new JsonataFunctionError(`The hash algorithm ${JSON.stringify(algorithm)} is not supported; use one of ${HASH_ALGORITHMS.join(", ")}`);
  }
  return toHex(await digest(algorithm as HashAlgorithm, new TextEncoder().encode(data)));
}

/**
 * 0 ≤ n < 1. With a seed the value is deterministic: java.util.Random's nextDouble (AWS runs on the
 * JVM; its seeded values are unrecorded, so only determinism is promised).
 */
function random(this: Focus, seed?: number): number {
  if (seed === undefined) return runtimeOf(this).random();
  return new JavaRandom(BigInt(Math.trunc(seed))).nextDouble();
}

function uuid(this: Focus): string {
  return runtimeOf(this).uuid();
}

/** JSON text to value [REC test_parse: "-0" → 0, "1.1" → 1.1, "\"HelloWorld\"" → "HelloWorld"]. */
function parse(this: Focus, text: string | undefined): Json | undefined {
  if (text === undefined) return undefined;
  try {
    return parseJson(text);
  } catch {
    throw new JsonataFunctionError(`The argument of $parse is not valid JSON: ${text}`);
  }
}

export const ADDED_FUNCTIONS: readonly AddedFunction[] = [
  { name: "partition", signature: "<an:a>", implementation: partition as AddedFunction["implementation"] },
  { name: "range", signature: "<nnn:a<n>>", implementation: range as AddedFunction["implementation"] },
  { name: "hash", signature: "<ss:s>", implementation: hash as AddedFunction["implementation"] },
  { name: "random", signature: "<n?:n>", implementation: random as AddedFunction["implementation"] },
  { name: "uuid", signature: "<:s>", implementation: uuid as AddedFunction["implementation"] },
  { name: "parse", signature: "<s:j>", implementation: parse as AddedFunction["implementation"] },
  // JSONata's own, but without Node's Buffer (workerd has none).
  { name: "base64encode", signature: "<s-:s>", implementation: base64encode as AddedFunction["implementation"] },
  { name: "base64decode", signature: "<s-:s>", implementation: base64decode as AddedFunction["implementation"] },
];
