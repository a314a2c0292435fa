/**
 * The array intrinsics: States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem,
 * ArrayLength and ArrayUnique. Equality is deep JSON equality (object key order ignored)
 * [REC test_array_contains: [[1,2,3],2] contains [1,2,3]; [{"1":2,"2":[]}] contains {"1":2,"2":[]}].
 */
import { jsonEquals, type Json } from "../../core/json.ts";
import type { IntrinsicInvocation } from "../environment.ts";

/** The spec's limit on the size of an array built by States.ArrayRange. */
export const MAX_ARRAY_RANGE_ITEMS = 1000;

export function array({ args }: IntrinsicInvocation): Json {
  return [...args.values];
}

/** Consecutive chunks of `size` items; the last one may be shorter [REC test_array_partition]. */
export function arrayPartition({ args }: IntrinsicInvocation): Json {
  const items = args.array(0);
  const size = args.integer(1);
  if (size <= 0) args.fail(`the chunk size must be a positive integer, but was ${size}`);
  const chunks: Json[] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export function arrayContains({ args }: IntrinsicInvocation): Json {
  const items = args.array(0);
  const wanted = args.any(1);
  return items.some((item) => jsonEquals(item, wanted));
}

/**
 * start, start+step, ... while not past `end` (inclusive when reached) [REC test_array_range:
 * (0,10,3) → [0,3,6,9]; (1,9,9) → [1]]. A step pointing away from `end` gives an empty array.
 */
export function arrayRange({ args }: IntrinsicInvocation): Json {
  const start = args.integer(0);
  const end = args.integer(1);
  const step = args.integer(2);
  if (step === 0) args.fail("the step (third argument) must not be 0");
  const count = (end - start) / step < 0 ? 0 : Math.floor((end - start) / step) + 1;
  if (count > MAX_ARRAY_RANGE_ITEMS) {
    args.fail(`the range would contain ${count} items, more than the maximum of ${MAX_ARRAY_RANGE_ITEMS}`);
  }
  return Array.from({ length: count }, (_, i) => start + i * step);
}

/** Zero-based lookup [REC test_array_get_item: ([1..9], 5) → 6]. */
export function arrayGetItem({ args }: IntrinsicInvocation): Json {
  const items = args.array(0);
  const index = args.integer(1);
  if (index < 0 || index >= items.length) {
    args.fail(`the index ${index} is out of bounds for an array of length ${items.length}`);
  }
  return items[index]!;
}

export function arrayLength({ args }: IntrinsicInvocation): Json {
  return args.array(0).length;
}

/** Drops later duplicates, keeping first occurrences in order [REC: [1,2,2,3,3,4] → [1,2,3,4]]. */
export function arrayUnique({ args }: IntrinsicInvocation): Json {
  const seen = new Set<string>();
  const unique: Json[] = [];
  for (const item of args.array(0)) {
    const key = canonicalKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(item);
  }
  return unique;
}

/** A text equal for exactly the jsonEquals-equal values (objects keyed in sorted order). */
function canonicalKey(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalKey).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalKey(value[k]!)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
