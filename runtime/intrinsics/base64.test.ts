import { test } from "node:test";
import assert from "node:assert/strict";
import { Base64FormatError, decodeBase64, encodeBase64 } from "./base64.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** RFC 4648 section 10 test vectors. */
const rfc4648: Array<[string, string]> = [
  ["", ""],
  ["f", "Zg=="],
  ["fo", "Zm8="],
  ["foo", "Zm9v"],
  ["foob", "Zm9vYg=="],
  ["fooba", "Zm9vYmE="],
  ["foobar", "Zm9vYmFy"],
];

for (const [plain, encoded] of rfc4648) {
  test(`base64 RFC 4648 vector ${JSON.stringify(plain)}`, () => {
    assert.equal(encodeBase64(utf8(plain)), encoded);
    assert.equal(text(decodeBase64(encoded)), plain);
  });
}

test("base64 encodes UTF-8 bytes of non-ASCII text", () => {
  assert.equal(encodeBase64(utf8("é")), "w6k=");
  assert.equal(encodeBase64(utf8("€")), "4oKs");
  assert.equal(text(decodeBase64("4oKs")), "€");
  assert.equal(encodeBase64(new Uint8Array([0xff, 0xfe, 0x00])), "//4A");
  assert.deepEqual([...decodeBase64("//4A")], [0xff, 0xfe, 0x00]);
});

test("base64 decoding ignores line breaks and accepts missing padding", () => {
  assert.equal(text(decodeBase64("Zm9v\r\nYmFy")), "foobar");
  assert.equal(text(decodeBase64("Zm9vYg")), "foob");
  assert.equal(text(decodeBase64("Zm9vYmE")), "fooba");
});

test("base64 decoding rejects malformed text", () => {
  for (const bad of ["Zm9v!", "Z", "Zm9vY", "Zg===", "Z=g=", "Zm-_"]) {
    assert.throws(() => decodeBase64(bad), Base64FormatError, bad);
  }
});
