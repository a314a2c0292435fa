/**
 * Random choices for the imperative generators of this folder, drawn through fast-check's
 * `fc.gen()` so that every choice shrinks (towards the first option, the smallest number, `false`):
 * a generator written as plain code (`c.int(0, 3)`, `c.pick([...])`) still yields minimal
 * counterexamples. Options are listed simplest first for that reason.
 *
 * fast-check replays a shrunk draw only when the arbitrary is the same one, which it recognises by
 * its builder function and arguments: so `int` draws `fc.integer` with plain arguments, and `from`
 * takes a builder that must be a stable (module-level) function.
 */
import fc from "fast-check";

/** What `fc.gen()` hands to a mapped function: draws one value from a builder's arbitrary. */
export type Draw = <T, A extends unknown[]>(builder: (...args: A) => fc.Arbitrary<T>, ...args: A) => T;

export class Choices {
  constructor(private readonly draw: Draw) {}

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    if (max <= min) return min;
    return this.draw(fc.integer, { min, max });
  }

  /** True with probability `percent`/100 (shrinks to false). */
  chance(percent: number): boolean {
    return this.int(0, 99) >= 100 - percent;
  }

  pick<T>(options: readonly T[]): T {
    if (options.length === 0) throw new Error("pick from no options");
    return options[this.int(0, options.length - 1)]!;
  }

  /** A value of the arbitrary a stable, module-level `builder` returns. */
  from<T>(builder: () => fc.Arbitrary<T>): T {
    return this.draw(builder);
  }

  /** `count` distinct options (in the order drawn), count clamped to the options. */
  subset<T>(options: readonly T[], count: number): T[] {
    const chosen: T[] = [];
    const left = [...options];
    for (let i = 0; i < count && left.length > 0; i++) chosen.push(left.splice(this.int(0, left.length - 1), 1)[0]!);
    return chosen;
  }
}

/** An arbitrary built by imperative code from random choices. */
export function generated<T>(build: (choices: Choices) => T): fc.Arbitrary<T> {
  return fc.gen().map((g) => build(new Choices(g as unknown as Draw)));
}
