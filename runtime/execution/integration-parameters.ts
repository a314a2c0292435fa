import type { Json } from "../core/json.ts";
import type { TaskResource } from "./task-resource.ts";

/**
 * Checks Step Functions makes on an optimized integration's Parameters before it calls the service:
 * a field whose value cannot take the integration's documented shape stops the Task before it is
 * scheduled, with States.Runtime "The Parameters '<parameters>' could not be used to start the Task:
 * [The value of the field '<field>' has an invalid format]" (recorded, services.json
 * test_invoke_with_headers[singleStringHeader]: `Headers: {"custom_header": "singleStringHeader"}`
 * for `apigateway:invoke`; no TaskScheduled is written).
 *
 * Only the shapes AWS documents for the integration are checked here: API Gateway's `Headers` and
 * `QueryParameters` are multi-value maps, `{"name": ["value", ...]}` (developer guide
 * connect-api-gateway), so each member must be a list of plain values (strings, numbers, booleans).
 *
 * Returns the problems, in the order of the fields (empty: the Parameters can start the Task).
 */
export function integrationParameterProblems(resource: TaskResource, parameters: Json): string[] {
  if (resource.kind !== "integration") return [];
  const fields = MULTI_VALUE_MAP_FIELDS[`${resource.resourceType}:${baseAction(resource.resource)}`];
  if (!fields || parameters === null || typeof parameters !== "object" || Array.isArray(parameters)) return [];
  const problems: string[] = [];
  for (const field of fields) {
    // Absent or null: nothing to send (Jackson reads null into an absent map).
    if (parameters[field] === undefined || parameters[field] === null) continue;
    if (!isMultiValueMap(parameters[field])) problems.push(`The value of the field '${field}' has an invalid format`);
  }
  return problems;
}

/** The fields of an integration that are multi-value maps, by `<resourceType>:<action>`. */
const MULTI_VALUE_MAP_FIELDS: Readonly<Record<string, readonly string[]>> = {
  "apigateway:invoke": ["Headers", "QueryParameters"],
};

function baseAction(resource: string): string {
  return resource.replace(/\.(sync(:2)?|waitForTaskToken)$/, "");
}

/** `{"name": ["value", ...]}`: an object whose members are lists of strings, numbers or booleans. */
function isMultiValueMap(value: Json | undefined): boolean {
  if (value === undefined || value === null || typeof value !== "object" || Array.isArray(value)) return false;
  return Object.values(value).every(
    (values) => Array.isArray(values) && values.every((item) => typeof item === "string" || typeof item === "number" || typeof item === "boolean"),
  );
}
