/**
 * java.util.Random's 48-bit linear congruential generator. States.MathRandom with a seed must give
 * the same number every time; AWS runs on the JVM, so this is the most plausible generator it uses
 * (its exact seeded values are not recorded).
 */

const MULTIPLIER = 0x5deece66dn;
const ADDEND = 0xbn;
const MASK = (1n << 48n) - 1n;

export class JavaRandom {
  private state: bigint;

  /** `seed` is taken as a Java long (wrapped to 64 bits). */
  constructor(seed: bigint) {
    this.state = (BigInt.asIntN(64, seed) ^ MULTIPLIER) & MASK;
  }

  /** `next(bits)`: the top `bits` bits of the new state, as a signed 32-bit int. */
  next(bits: number): number {
    this.state = (this.state * MULTIPLIER + ADDEND) & MASK;
    return Number(BigInt.asIntN(32, this.state >> BigInt(48 - bits)));
  }

  /** `nextDouble()`: uniform in [0, 1) with 53 random bits. */
  nextDouble(): number {
    return (this.next(26) * 2 ** 27 + this.next(27)) * 2 ** -53;
  }

  /** `nextInt()`: a uniformly distributed signed 32-bit int. */
  nextInt(): number {
    return this.next(32);
  }
}
