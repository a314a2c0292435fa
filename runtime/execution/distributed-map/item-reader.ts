import { StatesError } from "../../core/errors.ts";
import { isJsonObject, type Json, type JsonObject } from "../../core/json.ts";
import type { ItemReaderConfig } from "../../definition/map-data-config.ts";
import { evaluateTemplate } from "../jsonpath-io.ts";
import type { StateVisit } from "../state-visit.ts";
import { evaluateJsonata } from "../states/jsonata-io.ts";
import { integerSettingOf } from "../states/map-settings.ts";
import { CsvSyntaxError, delimiterCharacter, parseCsv } from "./csv.ts";
import { callService } from "./service-call.ts";

/**
 * A Distributed Map's ItemReader: reads the items from S3 through service calls (service-call.ts),
 * so a mock or handler stands in for S3:
 *
 * - `s3:getObject` (Parameters/Arguments `{Bucket, Key}`): the call's answer is the object, as the
 *   S3 GetObject response `{"Body": "<the object's text>", ...}` (a non-string Body is taken as
 *   that JSON value's text) or just the text. ReaderConfig.InputType says how to read it:
 *   JSON (an array, or the array at ItemsPointer), JSONL (one value per line), CSV (one object
 *   per row, keys from the first row or CSVHeaders, values strings), MANIFEST (an S3 Inventory
 *   manifest.json: each CSV data file it lists is then read with getObject from the destination
 *   bucket, as plain, uncompressed text, with the columns of its `fileSchema`).
 * - `s3:listObjectsV2` (`{Bucket, Prefix?}`): the answer is the S3 ListObjectsV2 response
 *   (`{Contents: [{Key, ETag, LastModified, Size, StorageClass}], IsTruncated, NextContinuationToken}`);
 *   pages are fetched with ContinuationToken until IsTruncated is false. Each object is one item
 *   `{Etag, LastModified, Key, Size, StorageClass}` (recorded item shape).
 *
 * MaxItems (or MaxItemsPath / a JSONata MaxItems) keeps the first n items; 0 means all. Failures
 * are States.ItemReaderFailed with AWS's recorded causes where known ("field MaxItems must be
 * positive", "Attempting to map over non-iterable node.", "CSV headers cannot contain
 * duplicates."); a failed S3 call's error becomes the cause. States.Runtime (a call nothing
 * answers, a malformed answer) passes unchanged: it is a problem of the local setup.
 */
/** The reader's settings, evaluated with the Map's other settings (before MapStateStarted). */
export interface ReaderPlan {
  /** The evaluated Parameters/Arguments. */
  args: Json;
  /** MaxItems (0 = all; checked when the run reads). */
  maxItems: number;
}

export async function planReader(reader: ItemReaderConfig, visit: StateVisit, input: Json): Promise<ReaderPlan> {
  const maxItems = reader.maxItems ? await integerSettingOf(reader.maxItems, "MaxItems", visit, input) : 0;
  if (!reader.arguments) return { args: {}, maxItems };
  const args =
    visit.state.queryLanguage === "JSONata"
      ? await evaluateJsonata(reader.arguments, visit, "Arguments")
      : await evaluateTemplate(reader.arguments, visit.pathEnvironment(input));
  return { args, maxItems };
}

/** Reads the items (in the Map Run: recorded, a negative MaxItems fails the run after MapRunStarted). */
export async function readItems(reader: ItemReaderConfig, plan: ReaderPlan, visit: StateVisit): Promise<Json[]> {
  const { maxItems } = plan;
  if (maxItems < 0) throw readerFailed("field MaxItems must be positive");
  if (!isJsonObject(plan.args)) {
    throw visit.runtimeError(`The ItemReader's ${visit.state.queryLanguage === "JSONata" ? "Arguments" : "Parameters"} must be an object, but was: ${JSON.stringify(plan.args)}`);
  }
  const items = reader.action === "listObjectsV2" ? await listObjects(reader, visit, plan.args) : await readObject(reader, visit, plan.args);
  return maxItems > 0 && items.length > maxItems ? items.slice(0, maxItems) : items;
}

async function readObject(reader: ItemReaderConfig, visit: StateVisit, args: JsonObject): Promise<Json[]> {
  const text = await getObjectText(reader.resource, visit, args);
  switch (reader.inputType ?? "JSON") {
    case "JSON":
      return jsonItems(text, reader.itemsPointer);
    case "JSONL":
      return jsonLinesItems(text);
    case "CSV":
      return csvItems(text, reader);
    case "MANIFEST":
      return manifestItems(text, reader, visit);
  }
}

/** One getObject call; its answer as the object's text. */
async function getObjectText(resource: string, visit: StateVisit, args: JsonObject): Promise<string> {
  return objectText(await readerCall(visit, resource, args), resource);
}

export function objectText(answer: Json, resource: string): string {
  if (typeof answer === "string") return answer;
  if (isJsonObject(answer) && Object.hasOwn(answer, "Body")) {
    const body = answer["Body"]!;
    return typeof body === "string" ? body : JSON.stringify(body);
  }
  throw new StatesError(
    "States.Runtime",
    `The answer to '${resource}' for an ItemReader must be the object: {"Body": "<its text>"} (the S3 GetObject response) or the text itself, but was: ${JSON.stringify(answer)}`,
  );
}

/** A service call of the reader: its failures become States.ItemReaderFailed (States.Runtime stays). */
async function readerCall(visit: StateVisit, resource: string, input: Json): Promise<Json> {
  try {
    return await callService(visit, resource, input);
  } catch (e) {
    if (e instanceof StatesError && e.error !== "States.Runtime") throw readerFailed(e.causeText ?? e.error);
    throw e;
  }
}

function jsonItems(text: string, itemsPointer: string | undefined): Json[] {
  let document: Json;
  try {
    document = JSON.parse(text) as Json;
  } catch (e) {
    throw readerFailed(`The object is not valid JSON: ${e instanceof Error ? e.message : String(e)}`); // ours
  }
  const items = itemsPointer ? resolvePointer(document, itemsPointer) : document;
  if (!Array.isArray(items)) throw readerFailed("Attempting to map over non-iterable node.");
  return items;
}

/** RFC 6901 JSON Pointer (ReaderConfig.ItemsPointer). */
function resolvePointer(document: Json, pointer: string): Json | undefined {
  if (pointer === "") return document;
  let node: Json | undefined = document;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(token)) node = node[Number(token)];
    else if (isJsonObject(node) && Object.hasOwn(node, token)) node = node[token];
    else throw readerFailed(`The ItemsPointer '${pointer}' does not point to a value in the object`); // ours
  }
  return node;
}

function jsonLinesItems(text: string): Json[] {
  const items: Json[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      items.push(JSON.parse(line) as Json);
    } catch {
      throw readerFailed(`Line ${index + 1} of the JSONL object is not valid JSON`); // ours
    }
  });
  return items;
}

function csvItems(text: string, reader: Pick<ItemReaderConfig, "csvHeaderLocation" | "csvHeaders" | "csvDelimiter">): Json[] {
  const rows = csvRows(text, delimiterCharacter(reader.csvDelimiter));
  const given = reader.csvHeaderLocation === "GIVEN";
  const headers = given ? (reader.csvHeaders ?? []) : rows[0];
  if (!headers) return [];
  return rowsToItems(headers, given ? rows : rows.slice(1));
}

function csvRows(text: string, delimiter: string): string[][] {
  try {
    return parseCsv(text, delimiter);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw readerFailed(e.message); // ours
    throw e;
  }
}

/**
 * One object per row: header i → field i, "" for a field the row lacks; fields beyond the headers
 * are dropped (recorded: `test_map_item_reader_csv_headers_decl_extra_fields`, `..._first_row_extra_fields`).
 */
function rowsToItems(headers: readonly string[], rows: readonly string[][]): Json[] {
  if (new Set(headers).size !== headers.length) throw readerFailed("CSV headers cannot contain duplicates.");
  return rows.map((row) => {
    const item: JsonObject = {};
    headers.forEach((header, i) => {
      Object.defineProperty(item, header, { value: row[i] ?? "", enumerable: true, writable: true, configurable: true });
    });
    return item;
  });
}

async function listObjects(reader: ItemReaderConfig, visit: StateVisit, args: JsonObject): Promise<Json[]> {
  const items: Json[] = [];
  const seenTokens = new Set<string>();
  let token: string | undefined;
  do {
    const answer = await readerCall(visit, reader.resource, token === undefined ? args : { ...args, ContinuationToken: token });
    if (!isJsonObject(answer)) {
      throw new StatesError("States.Runtime", `The answer to '${reader.resource}' must be the S3 ListObjectsV2 response ({"Contents": [...]}), but was: ${JSON.stringify(answer)}`);
    }
    const contents = answer["Contents"] ?? [];
    if (!Array.isArray(contents)) throw new StatesError("States.Runtime", `The answer to '${reader.resource}' has Contents that is not an array`);
    for (const object of contents) items.push(listedObject(object));
    const next = answer["IsTruncated"] === true ? answer["NextContinuationToken"] : undefined;
    token = typeof next === "string" && next !== "" ? next : undefined;
    if (token !== undefined) {
      if (seenTokens.has(token)) throw new StatesError("States.Runtime", `The answers to '${reader.resource}' repeat the continuation token '${token}'`);
      seenTokens.add(token);
    }
  } while (token !== undefined);
  return items;
}

/** An S3 object of a ListObjectsV2 page as the reader's item (ETag is spelt `Etag` there). */
function listedObject(object: Json): Json {
  if (!isJsonObject(object)) return object;
  const item: JsonObject = {};
  const etag = object["ETag"] ?? object["Etag"];
  if (etag !== undefined) item["Etag"] = etag;
  for (const key of ["LastModified", "Key", "Size", "StorageClass"]) if (object[key] !== undefined) item[key] = object[key]!;
  return item;
}

/**
 * An S3 Inventory manifest: `{destinationBucket: "arn:aws:s3:::<bucket>", fileFormat: "CSV",
 * fileSchema: "Bucket, Key, ...", files: [{key, ...}]}`; every listed file is read and each row
 * becomes an item keyed by the schema's columns.
 */
async function manifestItems(text: string, reader: ItemReaderConfig, visit: StateVisit): Promise<Json[]> {
  let manifest: Json;
  try {
    manifest = JSON.parse(text) as Json;
  } catch {
    throw readerFailed("The manifest is not valid JSON"); // ours
  }
  if (!isJsonObject(manifest)) throw readerFailed("The manifest is not a JSON object"); // ours
  const { destinationBucket, fileFormat, fileSchema, files } = manifest;
  if (fileFormat !== "CSV") throw readerFailed(`The manifest's fileFormat ${JSON.stringify(fileFormat ?? null)} is not supported; only CSV inventories are read`); // ours
  if (typeof destinationBucket !== "string" || typeof fileSchema !== "string" || !Array.isArray(files)) {
    throw readerFailed("The manifest must have destinationBucket, fileSchema and files"); // ours
  }
  const bucket = destinationBucket.replace(/^arn:[^:]*:s3:::/, "");
  const headers = fileSchema.split(",").map((column) => column.trim());
  const items: Json[] = [];
  for (const file of files) {
    const key = isJsonObject(file) ? file["key"] : undefined;
    if (typeof key !== "string") throw readerFailed("Each file of the manifest must have a key"); // ours
    const data = await getObjectText(reader.resource, visit, { Bucket: bucket, Key: key });
    items.push(...rowsToItems(headers, csvRows(data, ",")));
  }
  return items;
}

function readerFailed(cause: string): StatesError {
  return new StatesError("States.ItemReaderFailed", cause);
}
