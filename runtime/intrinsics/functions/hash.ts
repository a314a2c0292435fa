/**
 * States.Hash(data, algorithm): lowercase hex digest of the UTF-8 bytes of `data` [REC test_hash].
 * MD5 is computed in plain TypeScript; the SHA family through Web Crypto (asynchronous).
 */
import { toJsonText, type Json } from "../../core/json.ts";
import type { IntrinsicInvocation } from "../environment.ts";
import { md5 } from "../md5.ts";

/** Spec: the stringified first argument must be 10,000 characters or fewer. */
export const MAX_HASH_INPUT_CHARS = 10_000;

export const HASH_ALGORITHMS = ["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"] as const;
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number];

export async function hash({ args }: IntrinsicInvocation): Promise<Json> {
  const data = args.any(0);
  // Strings hash as themselves; other values as their compact JSON text (unrecorded assumption).
  const text = typeof data === "string" ? data : toJsonText(data);
  if (text.length > MAX_HASH_INPUT_CHARS) {
    args.fail(`the data to hash has ${text.length} characters, more than the maximum of ${MAX_HASH_INPUT_CHARS}`);
  }
  const algorithm = args.string(1);
  if (!isHashAlgorithm(algorithm)) {
    return args.fail(`the hash algorithm ${JSON.stringify(algorithm)} is not supported; use one of ${HASH_ALGORITHMS.join(", ")}`);
  }
  return toHex(await digest(algorithm, new TextEncoder().encode(text)));
}

export async function digest(algorithm: HashAlgorithm, bytes: Uint8Array): Promise<Uint8Array> {
  if (algorithm === "MD5") return md5(bytes);
  return new Uint8Array(await crypto.subtle.digest(algorithm, new Uint8Array(bytes)));
}

function isHashAlgorithm(name: string): name is HashAlgorithm {
  return (HASH_ALGORITHMS as readonly string[]).includes(name);
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
