import { test } from "node:test";
import assert from "node:assert/strict";
import { JavaRandom } from "./java-random.ts";

// Reference values of java.util.Random as printed by the JDK.
test("JavaRandom reproduces java.util.Random.nextInt()", () => {
  const r = new JavaRandom(42n);
  assert.deepEqual([r.nextInt(), r.nextInt()], [-1170105035, 234785527]);
  assert.equal(new JavaRandom(0n).nextInt(), -1155484576);
});

test("JavaRandom reproduces java.util.Random.nextDouble()", () => {
  assert.equal(new JavaRandom(42n).nextDouble(), 0.7275636800328681);
  assert.equal(new JavaRandom(0n).nextDouble(), 0.730967787376657);
});

test("JavaRandom is deterministic per seed and stays in [0, 1)", () => {
  for (const seed of [-5n, 3n, 2n ** 70n]) {
    const a = new JavaRandom(seed);
    const b = new JavaRandom(seed);
    for (let i = 0; i < 100; i++) {
      const x = a.nextDouble();
      assert.equal(x, b.nextDouble());
      assert.ok(x >= 0 && x < 1);
    }
  }
});
