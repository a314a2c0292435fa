import type { Json } from "../../core/json.ts";
import { isJsonObject } from "../../core/json.ts";
import type { MapState } from "../../definition/types.ts";
import { invalidRequest } from "./test-state-request.ts";

/**
 * The items of a Map's ItemReader from TestState's `mapItemReaderData` ("the data read by
 * ItemReader ... as found in its original source"): a JSON array for `InputType: JSON` (and for
 * readers without a ReaderConfig), one JSON value per line for `JSONL`. Other formats (CSV,
 * MANIFEST, PARQUET) are not read by this runtime; such a request is refused with a clear message.
 */
export function itemReaderItems(state: MapState, data: string): Json[] {
  const config = isJsonObject(state.itemReader) ? state.itemReader["ReaderConfig"] : undefined;
  const inputType = isJsonObject(config) && typeof config["InputType"] === "string" ? config["InputType"] : "JSON";
  if (inputType === "JSON") {
    const parsed = parseJson(data);
    if (!Array.isArray(parsed)) throw invalidRequest("MapItemReaderData must be a JSON array for an ItemReader with InputType JSON."); // ours
    return parsed;
  }
  if (inputType === "JSONL") {
    return data
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "")
      .map(parseJson);
  }
  throw invalidRequest(`MapItemReaderData with InputType ${inputType} is not supported by this runtime.`); // ours
}

function parseJson(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    throw invalidRequest("MapItemReaderData must be valid JSON."); // ours
  }
}
