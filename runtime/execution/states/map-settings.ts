import type { Json } from "../../core/json.ts";
import type { DynamicValue } from "../../definition/types.ts";
import { resolveReference } from "../jsonpath-io.ts";
import type { StateVisit } from "../state-visit.ts";
import { jsonataNumberField } from "./jsonata-io.ts";

/**
 * A Map state's numeric settings (MaxConcurrency, ToleratedFailureCount/Percentage, ItemReader
 * MaxItems, ItemBatcher MaxItemsPerBatch/MaxInputBytesPerBatch): a literal, a `...Path` reference
 * (AWS accepts numeric strings there, recorded: variables holding "1", "2", "15000"), or in
 * JSONata a `{% %}` expression. `field` is the Path field's name, as AWS's causes name it.
 */
export function integerSetting(value: DynamicValue<number>, field: string, visit: StateVisit, input: Json): number {
  const resolved = numberSetting(value, field, visit, input);
  if (!Number.isInteger(resolved)) throw visit.runtimeError(`The ${field} field refers to value "${resolved}" which is not a valid integer: ${pathOf(value)}`);
  return resolved;
}

/** A number from a literal or a `...Path` field. */
export function numberSetting(value: DynamicValue<number>, field: string, visit: StateVisit, input: Json, kind: "integer" | "float" = "integer"): number {
  if (value.kind === "literal") return value.value;
  if (value.kind === "jsonata") throw visit.runtimeError(`The JSONata query language is not supported by this runtime yet`);
  const found = resolveReference(value.path, visit.pathEnvironment(input));
  if (!found.found) throw visit.runtimeError(`Invalid path '${value.path}' : ${found.message}`);
  const raw = found.value;
  const number = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN;
  if (Number.isNaN(number)) {
    const shown = typeof raw === "string" ? raw : JSON.stringify(raw);
    throw visit.runtimeError(`The ${field} field refers to value "${shown}" which is not a valid ${kind}: ${value.path}`);
  }
  return number;
}

/** An integer setting in either query language: `name` is the field (`MaxItems`), its Path twin is `<name>Path`. */
export async function integerSettingOf(value: DynamicValue<number>, name: string, visit: StateVisit, input: Json): Promise<number> {
  return value.kind === "jsonata" ? jsonataNumberField(value, visit, name) : integerSetting(value, `${name}Path`, visit, input);
}

function pathOf(value: DynamicValue<number>): string {
  return value.kind === "path" ? value.path : "";
}
