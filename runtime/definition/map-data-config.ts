import type { Json } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import { FieldReader } from "./field-reader.ts";
import { compileTemplate, isValidPathReference, jsonataExpressionOf, type PayloadTemplate } from "./payload-template.ts";
import type { ProblemCollector } from "./problems.ts";
import type { DynamicValue, QueryLanguage } from "./types.ts";

/**
 * A Distributed Map's data fields, checked and compiled at definition time: ItemReader (where the
 * items come from), ItemBatcher (how items are grouped per child execution) and ResultWriter (where
 * the results go). The spec ("Reading Items", "Batching Items", "Writing Results") defines their
 * shape; the reader and writer formats are AWS's (the ASL language service schema in
 * /work/shared/reference/asl-schema lists the fields and enums used here).
 */

export type ReaderInputType = "JSON" | "JSONL" | "CSV" | "MANIFEST";
export type CsvHeaderLocation = "FIRST_ROW" | "GIVEN";
export type CsvDelimiter = "COMMA" | "PIPE" | "SEMICOLON" | "SPACE" | "TAB";
/** The S3 actions an ItemReader reads through. */
export type ReaderAction = "getObject" | "listObjectsV2";

export interface ItemReaderConfig {
  /** The Resource as written (`arn:aws:states:::s3:getObject` / `...:s3:listObjectsV2`). */
  resource: string;
  action: ReaderAction;
  /** Parameters (JSONPath) or Arguments (JSONata): the call's input (Bucket and Key, or Bucket and Prefix). */
  arguments?: PayloadTemplate;
  /** ReaderConfig.InputType; absent for listObjectsV2 (and getObject defaults to JSON). */
  inputType?: ReaderInputType;
  csvHeaderLocation: CsvHeaderLocation;
  csvHeaders?: string[];
  csvDelimiter: CsvDelimiter;
  /** ReaderConfig.MaxItems / MaxItemsPath (0 = no limit). */
  maxItems?: DynamicValue<number>;
  /** ReaderConfig.ItemsPointer: a JSON Pointer to the array inside a JSON file. */
  itemsPointer?: string;
}

export interface ItemBatcherConfig {
  maxItemsPerBatch?: DynamicValue<number>;
  maxInputBytesPerBatch?: DynamicValue<number>;
  /** The same value in every batch, as `BatchInput` next to `Items`. */
  batchInput?: PayloadTemplate;
}

export type WriterOutputType = "JSON" | "JSONL";
export type WriterTransformation = "NONE" | "COMPACT" | "FLATTEN";

export interface ResultWriterConfig {
  /** `arn:aws:states:::s3:putObject`; absent when only WriterConfig is given (results stay in the state's output). */
  resource?: string;
  /** Parameters (JSONPath) or Arguments (JSONata): Bucket and Prefix. */
  arguments?: PayloadTemplate;
  /** WriterConfig, when given. */
  outputType?: WriterOutputType;
  transformation?: WriterTransformation;
}

const INPUT_TYPES: readonly ReaderInputType[] = ["JSON", "JSONL", "CSV", "MANIFEST"];
const HEADER_LOCATIONS: readonly CsvHeaderLocation[] = ["FIRST_ROW", "GIVEN"];
const DELIMITERS: readonly CsvDelimiter[] = ["COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"];
const OUTPUT_TYPES: readonly WriterOutputType[] = ["JSON", "JSONL"];
const TRANSFORMATIONS: readonly WriterTransformation[] = ["NONE", "COMPACT", "FLATTEN"];

const READER_RESOURCE = /^arn:[^:]+:states:::s3:(getObject|listObjectsV2)$/;
const WRITER_RESOURCE = /^arn:[^:]+:states:::s3:putObject$/;

export function parseItemReader(raw: Json, location: string, ql: QueryLanguage, problems: ProblemCollector): ItemReaderConfig | undefined {
  if (!isJsonObject(raw)) return undefined; // reported by the Map's reader
  const r = new FieldReader(raw, location, problems);
  r.require("Resource");
  const resource = r.string("Resource", { nonEmpty: true });
  const action = resource !== undefined ? READER_RESOURCE.exec(resource)?.[1] : undefined;
  if (resource !== undefined && action === undefined) {
    // ours: the two readers AWS documents for S3.
    problems.schema(`The ItemReader resource '${resource}' is not supported; use arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2`, r.at("Resource"));
  }
  const args = callArguments(r, ql);
  const config: ItemReaderConfig = {
    resource: resource ?? "",
    action: (action as ReaderAction | undefined) ?? "getObject",
    csvHeaderLocation: "FIRST_ROW",
    csvDelimiter: "COMMA",
    ...(args ? { arguments: args } : {}),
  };
  const readerConfig = r.object("ReaderConfig");
  if (readerConfig) readReaderConfig(new FieldReader(readerConfig, r.at("ReaderConfig"), problems), ql, config);
  r.rejectUnknown();
  return config;
}

function readReaderConfig(c: FieldReader, ql: QueryLanguage, config: ItemReaderConfig): void {
  const inputType = enumField(c, "InputType", INPUT_TYPES);
  if (inputType) config.inputType = inputType;
  const headerLocation = enumField(c, "CSVHeaderLocation", HEADER_LOCATIONS);
  if (headerLocation) config.csvHeaderLocation = headerLocation;
  const headers = c.stringArray("CSVHeaders", { nonEmpty: true });
  if (headers) config.csvHeaders = headers;
  if (headerLocation === "GIVEN" && !c.has("CSVHeaders")) c.problems.schema("The field 'CSVHeaders' is required when 'CSVHeaderLocation' is GIVEN", c.location); // ours
  const delimiter = enumField(c, "CSVDelimiter", DELIMITERS);
  if (delimiter) config.csvDelimiter = delimiter;
  const maxItems = dynamicInteger(c, "MaxItems", ql, 0);
  if (maxItems) config.maxItems = maxItems;
  const pointer = c.string("ItemsPointer");
  if (pointer !== undefined) {
    if (pointer !== "" && !pointer.startsWith("/")) c.problems.schema("The value for the field 'ItemsPointer' must be a JSON Pointer", c.at("ItemsPointer")); // ours
    config.itemsPointer = pointer;
  }
  c.rejectUnknown();
}

export function parseItemBatcher(raw: Json, location: string, ql: QueryLanguage, problems: ProblemCollector): ItemBatcherConfig | undefined {
  if (!isJsonObject(raw)) return undefined;
  const r = new FieldReader(raw, location, problems);
  const fields = ["MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath"];
  // Spec "Batching Items": at least one of the four.
  if (!fields.some((f) => r.has(f))) problems.schema(`At least one of these fields is required: [${fields.join(", ")}]`, location); // ours
  const config: ItemBatcherConfig = {};
  const maxItems = dynamicInteger(r, "MaxItemsPerBatch", ql, 1);
  if (maxItems) config.maxItemsPerBatch = maxItems;
  const maxBytes = dynamicInteger(r, "MaxInputBytesPerBatch", ql, 1);
  if (maxBytes) config.maxInputBytesPerBatch = maxBytes;
  const batchInput = r.any("BatchInput");
  if (batchInput !== undefined) {
    if (ql === "JSONPath" && !isJsonObject(batchInput)) problems.schema("The value for the field 'BatchInput' must be an OBJECT", r.at("BatchInput"));
    config.batchInput = compileTemplate(batchInput, ql, r.at("BatchInput"), problems);
  }
  r.rejectUnknown();
  return config;
}

export function parseResultWriter(raw: Json, location: string, ql: QueryLanguage, problems: ProblemCollector): ResultWriterConfig | undefined {
  if (!isJsonObject(raw)) return undefined;
  const r = new FieldReader(raw, location, problems);
  // A WriterConfig alone shapes the results without exporting them.
  if (!r.has("WriterConfig")) r.require("Resource");
  const config: ResultWriterConfig = {};
  const resource = r.string("Resource", { nonEmpty: true });
  if (resource !== undefined) {
    // ours: the writer AWS documents.
    if (!WRITER_RESOURCE.test(resource)) problems.schema(`The ResultWriter resource '${resource}' is not supported; use arn:aws:states:::s3:putObject`, r.at("Resource"));
    config.resource = resource;
  }
  const args = callArguments(r, ql);
  if (args) config.arguments = args;
  // Where to write needs what to write with.
  if (args && resource === undefined && r.has("WriterConfig")) problems.schema("These fields are required: [Resource]", location);
  const writerConfig = r.object("WriterConfig");
  if (writerConfig) {
    const w = new FieldReader(writerConfig, r.at("WriterConfig"), problems);
    w.require("OutputType");
    const outputType = enumField(w, "OutputType", OUTPUT_TYPES);
    if (outputType) config.outputType = outputType;
    const transformation = enumField(w, "Transformation", TRANSFORMATIONS);
    if (transformation) config.transformation = transformation;
    w.rejectUnknown();
  }
  r.rejectUnknown();
  return config;
}

/** Parameters (JSONPath) or Arguments (JSONata) of a reader/writer call. */
function callArguments(r: FieldReader, ql: QueryLanguage): PayloadTemplate | undefined {
  const field = ql === "JSONata" ? "Arguments" : "Parameters";
  const other = ql === "JSONata" ? "Parameters" : "Arguments";
  if (r.has(other)) {
    r.accept(other);
    r.problems.schema(
      ql === "JSONata" ? `The field '${other}' is not supported when the query language is JSONata` : `The field '${other}' is supported only when the query language is JSONata`,
      r.at(other),
    );
  }
  const raw = r.any(field);
  if (raw === undefined) return undefined;
  if (ql === "JSONPath" && !isJsonObject(raw)) r.problems.schema(`The value for the field '${field}' must be an OBJECT`, r.at(field));
  return compileTemplate(raw, ql, r.at(field), r.problems);
}

function enumField<T extends string>(r: FieldReader, name: string, values: readonly T[]): T | undefined {
  const value = r.string(name);
  if (value === undefined) return undefined;
  if (!values.includes(value as T)) {
    r.problems.schema(`The field '${name}' should have one of these values: [${values.join(", ")}]`, r.at(name));
    return undefined;
  }
  return value as T;
}

/** An integer field with a `...Path` twin (JSONPath) or a `{% %}` form (JSONata). */
function dynamicInteger(r: FieldReader, name: string, ql: QueryLanguage, min: number): DynamicValue<number> | undefined {
  const pathName = `${name}Path`;
  if (r.has(pathName)) {
    if (r.has(name)) r.problems.schema(`These fields are mutually exclusive: [${name}, ${pathName}]`, r.location);
    r.accept(name);
    if (ql === "JSONata") {
      r.accept(pathName);
      r.problems.schema(`The field '${pathName}' is not supported when the query language is JSONata`, r.at(pathName));
      return undefined;
    }
    const path = r.string(pathName);
    if (path === undefined) return undefined;
    if (!isValidPathReference(path)) {
      r.problems.schema(`The value for the field '${pathName}' must be a valid JSONPath`, r.at(pathName));
      return undefined;
    }
    return { kind: "path", path };
  }
  const raw = r.any(name);
  if (raw === undefined) return undefined;
  if (typeof raw === "string" && ql === "JSONata") {
    const expression = jsonataExpressionOf(raw);
    if (expression !== undefined) return { kind: "jsonata", expression };
  }
  const value = r.integer(name, min);
  return value === undefined ? undefined : { kind: "literal", value };
}
