import { test } from "node:test";
import assert from "node:assert/strict";
import { md5 } from "./md5.ts";
import { toHex } from "./functions/hash.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

/** RFC 1321 appendix A.5 test suite, plus the AWS-recorded "input data" digest. */
const vectors: Array<[string, string]> = [
  ["", "d41d8cd98f00b204e9800998ecf8427e"],
  ["a", "0cc175b9c0f1b6a831c399e269772661"],
  ["abc", "900150983cd24fb0d6963f7d28e17f72"],
  ["message digest", "f96b697d7cb7938d525a2f31aaf161d0"],
  ["abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"],
  ["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"],
  ["12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"],
  ["The quick brown fox jumps over the lazy dog", "9e107d9d372bb6826bd81d3542a419d6"],
  ["input data", "812f45842bc6d66ee14572ce20db8e86"],
];

for (const [input, expected] of vectors) {
  test(`md5(${JSON.stringify(input)})`, () => {
    assert.equal(toHex(md5(utf8(input))), expected);
  });
}

test("md5 handles every padding boundary (lengths 0..130) without throwing and returns 16 bytes", () => {
  const seen = new Set<string>();
  for (let n = 0; n <= 130; n++) {
    const digest = md5(new Uint8Array(n).fill(0x61));
    assert.equal(digest.length, 16);
    seen.add(toHex(digest));
  }
  assert.equal(seen.size, 131, "distinct inputs give distinct digests");
  // 56 and 64 'a's straddle the one-block/two-block padding boundary.
  assert.equal(toHex(md5(utf8("a".repeat(56)))), "3b0c8ac703f828b04c6c197006d17218");
  assert.equal(toHex(md5(utf8("a".repeat(64)))), "014842d480b571495a4a0363793f7367");
});
