/**
 * States.Base64Encode / States.Base64Decode: Base64 of the UTF-8 bytes of a string of at most
 * 10,000 characters [SPEC App. B; REC test_encode_decode: "Data to encode" ↔ "RGF0YSB0byBlbmNvZGU="].
 */
import type { Json } from "../../core/json.ts";
import type { IntrinsicInvocation } from "../environment.ts";
import type { IntrinsicArguments } from "../arguments.ts";
import { Base64FormatError, decodeBase64, encodeBase64 } from "../base64.ts";

/** Input limit of both functions, in characters (UTF-16 code units, as Java counts them). */
export const MAX_BASE64_INPUT_CHARS = 10_000;

export function base64Encode({ args }: IntrinsicInvocation): Json {
  const text = limitedString(args);
  return encodeBase64(new TextEncoder().encode(text));
}

/**
 * Bytes that are not valid UTF-8 decode to U+FFFD and a leading BOM is kept, as Java's
 * `new String(bytes, UTF_8)` does.
 */
export function base64Decode({ args }: IntrinsicInvocation): Json {
  const text = limitedString(args);
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(text);
  } catch (error) {
    if (!(error instanceof Base64FormatError)) throw error;
    return args.fail(`the string is not valid Base64: ${error.message}`);
  }
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

function limitedString(args: IntrinsicArguments): string {
  const text = args.string(0);
  if (text.length > MAX_BASE64_INPUT_CHARS) {
    args.fail(`the input string has ${text.length} characters, more than the maximum of ${MAX_BASE64_INPUT_CHARS}`);
  }
  return text;
}
