/** JSONPath intrinsic functions: parse `States.Xxx(...)` text, then evaluate it. */
export {
  IntrinsicSyntaxError,
  looksLikeIntrinsic,
  MAX_INTRINSIC_NESTING,
  parseIntrinsic,
  type IntrinsicArg,
  type IntrinsicCall,
} from "./parse.ts";
export { defaultIntrinsicEnvironment, evaluateIntrinsic, type IntrinsicEnvironment } from "./evaluate.ts";
export { IntrinsicFailure } from "./failure.ts";
export { INTRINSIC_SIGNATURES, isKnownIntrinsic, type IntrinsicSignature } from "./signatures.ts";
export { renderFormatValue } from "./functions/format.ts";
export { HASH_ALGORITHMS, type HashAlgorithm } from "./functions/hash.ts";
export { MAX_ARRAY_RANGE_ITEMS } from "./functions/arrays.ts";
export { MAX_BASE64_INPUT_CHARS } from "./functions/encoding.ts";
export { MAX_HASH_INPUT_CHARS } from "./functions/hash.ts";
