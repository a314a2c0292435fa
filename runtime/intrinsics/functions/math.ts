/** States.MathAdd and States.MathRandom. */
import type { Json } from "../../core/json.ts";
import type { IntrinsicInvocation } from "../environment.ts";
import { roundHalfUp } from "../arguments.ts";
import { JavaRandom } from "../java-random.ts";

/**
 * Sum of two numbers. Non-integers are accepted: each operand is first rounded half up (Java
 * `Math.round`) [REC test_math_add: 1.49 + 1.5 → 3, -1.5 + 0 → -1, -0.5 + 0.5 → 1].
 */
export function mathAdd({ args }: IntrinsicInvocation): Json {
  return roundHalfUp(args.number(0)) + roundHalfUp(args.number(1)) + 0;
}

/**
 * A random integer from `start` (inclusive) to `end` (exclusive). Non-integer bounds are accepted
 * [REC test_math_random: (12.5, 44.51)] and rounded like MathAdd's operands (assumption). With a
 * seed the result is deterministic: the seed drives java.util.Random instead of the environment's
 * generator (AWS's seeded values are unrecorded, so only determinism is promised).
 */
export function mathRandom({ args, env }: IntrinsicInvocation): Json {
  const start = roundHalfUp(args.number(0));
  const end = roundHalfUp(args.number(1));
  if (end <= start) {
    args.fail(`the end (${end}) must be greater than the start (${start})`);
  }
  const fraction =
    args.length > 2 ? new JavaRandom(BigInt(roundHalfUp(args.number(2)))).nextDouble() : env.random();
  return start + Math.min(Math.floor(fraction * (end - start)), end - start - 1);
}
