/**
 * The 18 intrinsic functions of the States language and how many arguments each accepts. The
 * parser uses this table to reject unknown names and wrong argument counts before anything runs.
 */

export interface IntrinsicSignature {
  /** Fewest arguments accepted. */
  readonly min: number;
  /** Most arguments accepted (`Infinity` for variadic functions). */
  readonly max: number;
}

export const INTRINSIC_SIGNATURES: Readonly<Record<string, IntrinsicSignature>> = {
  "States.Format": { min: 1, max: Infinity },
  "States.StringToJson": { min: 1, max: 1 },
  "States.JsonToString": { min: 1, max: 1 },
  "States.Array": { min: 0, max: Infinity },
  "States.ArrayPartition": { min: 2, max: 2 },
  "States.ArrayContains": { min: 2, max: 2 },
  "States.ArrayRange": { min: 3, max: 3 },
  "States.ArrayGetItem": { min: 2, max: 2 },
  "States.ArrayLength": { min: 1, max: 1 },
  "States.ArrayUnique": { min: 1, max: 1 },
  "States.Base64Encode": { min: 1, max: 1 },
  "States.Base64Decode": { min: 1, max: 1 },
  "States.Hash": { min: 2, max: 2 },
  "States.JsonMerge": { min: 3, max: 3 },
  "States.MathRandom": { min: 2, max: 3 },
  "States.MathAdd": { min: 2, max: 2 },
  "States.StringSplit": { min: 2, max: 2 },
  "States.UUID": { min: 0, max: 0 },
};

export function isKnownIntrinsic(name: string): boolean {
  return Object.hasOwn(INTRINSIC_SIGNATURES, name);
}

/** "exactly 2 arguments", "at least 1 argument", "2 or 3 arguments", ... */
export function describeArity(signature: IntrinsicSignature): string {
  const plural = (n: number) => `${n} argument${n === 1 ? "" : "s"}`;
  if (signature.max === Infinity) return `at least ${plural(signature.min)}`;
  if (signature.min === signature.max) return `exactly ${plural(signature.min)}`;
  if (signature.max === signature.min + 1) return `${signature.min} or ${plural(signature.max)}`;
  return `${signature.min} to ${plural(signature.max)}`;
}
