/** JSONata evaluation as AWS Step Functions does it. */
export { DEFAULT_JSONATA_LIMITS, type JsonataEnvironment, type JsonataLimits } from "./environment.ts";
export {
  QueryEvaluationError,
  evaluateJsonataArray,
  evaluateJsonataBoolean,
  evaluateJsonataExpression,
  evaluateJsonataInteger,
  evaluateJsonataNumber,
  evaluateJsonataString,
  evaluateJsonataTemplate,
  evaluateJsonataTimestamp,
} from "./evaluate.ts";
export { checkJsonataSyntax } from "./compile.ts";
export { parseIsoOffsetDateTime } from "./timestamp.ts";
