import { StatesError } from "../../core/errors.ts";
import { isJsonObject, utf8ByteLength, type Json, type JsonObject } from "../../core/json.ts";
import type { ResultWriterConfig, WriterTransformation } from "../../definition/map-data-config.ts";
import { evaluateTemplate } from "../jsonpath-io.ts";
import type { MapRun, MapRunChild } from "../map-run.ts";
import { redriveStatusOf } from "../redrive-eligibility.ts";
import type { StateVisit } from "../state-visit.ts";
import { evaluateJsonata } from "../states/jsonata-io.ts";
import { callService } from "./service-call.ts";

/**
 * ResultWriter: exports a Map Run's results to S3 with `s3:putObject` service calls
 * (service-call.ts: a mock or handler sees each put as `{Bucket, Key, Body}`, Body the file's
 * text), then the Map state's result is `{"MapRunArn", "ResultWriterDetails": {"Bucket", "Key"}}`
 * with Key `<Prefix>/<Map Run id>/manifest.json` (recorded, test_map_state_result_writer).
 *
 * The files (AWS's documented layout; their contents are not recorded): one per status that has
 * children, `SUCCEEDED_0.json`, `FAILED_0.json` (failed, timed out or aborted children) and
 * `PENDING_0.json` (items whose child never started), each an array of per-execution entries
 * `{ExecutionArn, Input, InputDetails, Name, Output|Error+Cause, OutputDetails, RedriveCount,
 * RedriveStatus, RedriveStatusReason?, StartDate, StateMachineArn, Status, StopDate}` (payloads as
 * JSON text), written first; then `manifest.json`: `{DestinationBucket, MapRunArn, ResultFiles:
 * {FAILED: [{Key, Size}], PENDING: [...], SUCCEEDED: [...]}}`.
 *
 * WriterConfig (unverified against AWS): OutputType JSONL writes one entry per line (files named
 * `.jsonl`); Transformation COMPACT writes only the succeeded children's outputs, FLATTEN also
 * flattens outputs that are arrays. A WriterConfig without Resource exports nothing: the
 * Map's result is the transformed results (NONE: the entries; COMPACT: the outputs; FLATTEN: the
 * flattened outputs).
 *
 * A failed put fails the run with States.ResultWriterFailed (its error as the cause); States.Runtime
 * (nothing answers the put) passes unchanged.
 */

/** What the Map knows of one child execution when it writes the results. */
export interface ChildRecord {
  child: MapRunChild;
  /** The child's input (its selected item or its batch). */
  input: Json;
  output?: Json;
  error?: string;
  cause?: string;
}

export interface RunResults {
  mapRun: MapRun;
  /** Children that ran, in item order. */
  children: readonly ChildRecord[];
  /** Inputs of the items whose child never started. */
  pending: readonly Json[];
  executionType: "STANDARD" | "EXPRESS";
}

type FileStatus = "SUCCEEDED" | "FAILED" | "PENDING";

/** The writer's Parameters/Arguments, evaluated with the Map's other settings (before MapStateStarted). */
export interface WriterPlan {
  args: Json;
}

export async function planWriter(writer: ResultWriterConfig, visit: StateVisit, input: Json): Promise<WriterPlan> {
  if (!writer.arguments) return { args: {} };
  const args =
    visit.state.queryLanguage === "JSONata"
      ? await evaluateJsonata(writer.arguments, visit, "Arguments")
      : await evaluateTemplate(writer.arguments, visit.pathEnvironment(input));
  return { args };
}

export async function writeResults(writer: ResultWriterConfig, plan: WriterPlan, visit: StateVisit, results: RunResults): Promise<Json> {
  const transformation = writer.transformation ?? (writer.resource ? "NONE" : "COMPACT");
  if (!writer.resource) return transformed(results, transformation);
  const { bucket, prefix } = destination(plan.args);
  const mapRunArn = results.mapRun.mapRunArn;
  const directory = `${prefix === "" ? "" : `${prefix.replace(/\/+$/, "")}/`}${mapRunArn.slice(mapRunArn.lastIndexOf(":") + 1)}`;
  const extension = writer.outputType === "JSONL" ? "jsonl" : "json";
  const files: Record<FileStatus, JsonObject[]> = { FAILED: [], PENDING: [], SUCCEEDED: [] };
  const contents: Record<FileStatus, Json[]> = {
    SUCCEEDED: succeededContent(results, transformation),
    FAILED: results.children.filter((record) => record.child.status !== "SUCCEEDED").map((record) => entry(record, results)),
    PENDING: results.pending.map((pendingInput) => ({ Input: JSON.stringify(pendingInput), InputDetails: { Included: true }, Status: "PENDING" })),
  };
  for (const status of ["SUCCEEDED", "FAILED", "PENDING"] as const) {
    if (contents[status].length === 0) continue;
    const key = `${directory}/${status}_0.${extension}`;
    const body = writer.outputType === "JSONL" ? contents[status].map((value) => JSON.stringify(value)).join("\n") : JSON.stringify(contents[status]);
    await put(visit, writer.resource, { Bucket: bucket, Key: key, Body: body });
    files[status].push({ Key: key, Size: utf8ByteLength(body) });
  }
  const manifestKey = `${directory}/manifest.json`;
  const manifest = { DestinationBucket: bucket, MapRunArn: mapRunArn, ResultFiles: files };
  await put(visit, writer.resource, { Bucket: bucket, Key: manifestKey, Body: JSON.stringify(manifest) });
  return { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: bucket, Key: manifestKey } };
}

/** The Map's result when the WriterConfig has no Resource to export to. */
function transformed(results: RunResults, transformation: WriterTransformation): Json {
  if (transformation === "NONE") return results.children.map((record) => entry(record, results));
  return outputs(results.children.map((record) => (record.child.status === "SUCCEEDED" ? (record.output ?? null) : null)), transformation);
}

function succeededContent(results: RunResults, transformation: WriterTransformation): Json[] {
  const succeeded = results.children.filter((record) => record.child.status === "SUCCEEDED");
  if (transformation === "NONE") return succeeded.map((record) => entry(record, results));
  return outputs(
    succeeded.map((record) => record.output ?? null),
    transformation,
  );
}

function outputs(values: Json[], transformation: WriterTransformation): Json[] {
  return transformation === "FLATTEN" ? values.flatMap((value) => (Array.isArray(value) ? value : [value])) : values;
}

/** One child execution as the result files describe it. */
function entry(record: ChildRecord, results: RunResults): JsonObject {
  const { child } = record;
  const status = child.status;
  const redrive = redriveStatusOf(
    { status, type: results.executionType, startDate: child.startDate, stopDate: child.stopDate, historyLength: child.history.events.length },
    child.stopDate ?? child.startDate,
  );
  const result: JsonObject = {
    ExecutionArn: child.executionArn,
    Input: JSON.stringify(record.input),
    InputDetails: { Included: true },
    Name: child.name,
  };
  if (status === "SUCCEEDED") {
    result["Output"] = JSON.stringify(record.output ?? null);
    result["OutputDetails"] = { Included: true };
  } else {
    if (record.error !== undefined) result["Error"] = record.error;
    if (record.cause !== undefined) result["Cause"] = record.cause;
  }
  result["RedriveCount"] = 0;
  result["RedriveStatus"] = redrive.redriveStatus;
  if (redrive.redriveStatus === "NOT_REDRIVABLE") result["RedriveStatusReason"] = redrive.redriveStatusReason;
  result["StartDate"] = child.startDate.toISOString();
  result["StateMachineArn"] = results.mapRun.identity.stateMachineArn;
  result["Status"] = status;
  if (child.stopDate) result["StopDate"] = child.stopDate.toISOString();
  return result;
}

function destination(args: Json): { bucket: string; prefix: string } {
  const bucket = isJsonObject(args) ? args["Bucket"] : undefined;
  const prefix = isJsonObject(args) ? (args["Prefix"] ?? "") : "";
  // ours: AWS documents Bucket (required) and Prefix as strings.
  if (typeof bucket !== "string" || bucket === "") throw writerFailed(`The ResultWriter needs a Bucket (a non-empty string), but its arguments were: ${JSON.stringify(args)}`);
  if (typeof prefix !== "string") throw writerFailed(`The ResultWriter's Prefix must be a string, but was: ${JSON.stringify(prefix)}`);
  return { bucket, prefix };
}

async function put(visit: StateVisit, resource: string, input: JsonObject): Promise<void> {
  try {
    await callService(visit, resource, input);
  } catch (e) {
    if (e instanceof StatesError && e.error !== "States.Runtime") throw writerFailed(e.causeText ?? e.error);
    throw e;
  }
}

function writerFailed(cause: string): StatesError {
  return new StatesError("States.ResultWriterFailed", cause);
}
