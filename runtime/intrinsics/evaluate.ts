/**
 * Evaluates a parsed intrinsic call: arguments left to right (paths through the environment,
 * nested calls recursively), then the function itself. Always asynchronous, because States.Hash
 * uses Web Crypto's digest, which only exists as a Promise.
 */
import type { Json } from "../core/json.ts";
import { IntrinsicArguments } from "./arguments.ts";
import type { IntrinsicEnvironment, IntrinsicImplementation } from "./environment.ts";
import { IntrinsicFailure } from "./failure.ts";
import type { IntrinsicArg, IntrinsicCall } from "./parse.ts";
import {
  array,
  arrayContains,
  arrayGetItem,
  arrayLength,
  arrayPartition,
  arrayRange,
  arrayUnique,
} from "./functions/arrays.ts";
import { base64Decode, base64Encode } from "./functions/encoding.ts";
import { format } from "./functions/format.ts";
import { hash } from "./functions/hash.ts";
import { jsonMerge, jsonToString, stringToJson } from "./functions/json.ts";
import { mathAdd, mathRandom } from "./functions/math.ts";
import { stringSplit, uuid } from "./functions/strings.ts";

export type { IntrinsicEnvironment } from "./environment.ts";

const IMPLEMENTATIONS: Readonly<Record<string, IntrinsicImplementation>> = {
  "States.Format": format,
  "States.StringToJson": stringToJson,
  "States.JsonToString": jsonToString,
  "States.Array": array,
  "States.ArrayPartition": arrayPartition,
  "States.ArrayContains": arrayContains,
  "States.ArrayRange": arrayRange,
  "States.ArrayGetItem": arrayGetItem,
  "States.ArrayLength": arrayLength,
  "States.ArrayUnique": arrayUnique,
  "States.Base64Encode": base64Encode,
  "States.Base64Decode": base64Decode,
  "States.Hash": hash,
  "States.JsonMerge": jsonMerge,
  "States.MathRandom": mathRandom,
  "States.MathAdd": mathAdd,
  "States.StringSplit": stringSplit,
  "States.UUID": uuid,
};

/**
 * Runs the call. Throws IntrinsicFailure (a StatesError named States.IntrinsicFailure) for bad
 * arguments; errors thrown by env.resolvePath (e.g. a missing path) pass through unchanged.
 */
export async function evaluateIntrinsic(call: IntrinsicCall, env: IntrinsicEnvironment): Promise<Json> {
  const implementation = Object.hasOwn(IMPLEMENTATIONS, call.name) ? IMPLEMENTATIONS[call.name] : undefined;
  if (implementation === undefined) {
    throw new IntrinsicFailure(call.name, "no intrinsic function has this name");
  }
  const values: Json[] = [];
  for (const arg of call.args) values.push(await evaluateArgument(arg, env));
  return implementation({ call, args: new IntrinsicArguments(call.name, values), env });
}

async function evaluateArgument(arg: IntrinsicArg, env: IntrinsicEnvironment): Promise<Json> {
  switch (arg.kind) {
    case "literal":
      return arg.value;
    case "path":
      return env.resolvePath(arg.path);
    case "call":
      return evaluateIntrinsic(arg.call, env);
  }
}

/** Environment defaults for production runs: Math.random and crypto.randomUUID. */
export function defaultIntrinsicEnvironment(resolvePath: (path: string) => Json): IntrinsicEnvironment {
  return { resolvePath, random: () => Math.random(), uuid: () => crypto.randomUUID() };
}
