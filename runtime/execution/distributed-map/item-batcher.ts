import { utf8ByteLength, type Json, type JsonObject } from "../../core/json.ts";
import type { ItemBatcherConfig } from "../../definition/map-data-config.ts";
import { evaluateTemplate } from "../jsonpath-io.ts";
import { MAX_PAYLOAD_BYTES, type StateVisit } from "../state-visit.ts";
import { evaluateJsonata } from "../states/jsonata-io.ts";
import { integerSettingOf } from "../states/map-settings.ts";

/**
 * ItemBatcher: groups the selected items (after ItemSelector) into batches, each the input of one
 * child workflow execution: `{"BatchInput": <BatchInput>, "Items": [...]}` (BatchInput only when
 * the batcher has one; it is evaluated once, against the Map's effective input). A batch takes
 * items in order while it has fewer than MaxItemsPerBatch and its JSON text (the whole batch
 * input, BatchInput included, UTF-8 bytes) stays within MaxInputBytesPerBatch; without
 * MaxInputBytesPerBatch the payload limit of a child's input (256 KiB) bounds it.
 */
export interface Batches {
  /** The child inputs, in item order. */
  inputs: Json[];
  /** How many items each batch holds (MapRun item counts, ListExecutions itemCount). */
  sizes: number[];
}

/** The batcher's settings, evaluated with the Map's other settings (before MapStateStarted). */
export interface BatcherPlan {
  /** 0 = no item limit. */
  maxItems: number;
  maxBytes: number;
  batchInput: Json | undefined;
}

export async function planBatcher(batcher: ItemBatcherConfig, visit: StateVisit, input: Json): Promise<BatcherPlan> {
  const maxItems = batcher.maxItemsPerBatch ? await integerSettingOf(batcher.maxItemsPerBatch, "MaxItemsPerBatch", visit, input) : 0;
  const maxBytes = batcher.maxInputBytesPerBatch ? await integerSettingOf(batcher.maxInputBytesPerBatch, "MaxInputBytesPerBatch", visit, input) : MAX_PAYLOAD_BYTES;
  // ours (unrecorded): the spec requires positive integers; named like the recorded MaxItems cause.
  if (batcher.maxItemsPerBatch && maxItems <= 0) throw visit.runtimeError("field MaxItemsPerBatch must be positive");
  if (maxBytes <= 0) throw visit.runtimeError("field MaxInputBytesPerBatch must be positive");
  const batchInput = batcher.batchInput ? await evaluateBatchInput(batcher, visit, input) : undefined;
  return { maxItems, maxBytes, batchInput };
}

export function batchItems(plan: BatcherPlan, visit: StateVisit, items: readonly Json[]): Batches {
  const { maxItems, maxBytes, batchInput } = plan;
  const wrapper = (batch: Json[]): JsonObject => (batchInput === undefined ? { Items: batch } : { BatchInput: batchInput, Items: batch });
  const emptyBytes = utf8ByteLength(JSON.stringify(wrapper([])));
  const batches: Json[][] = [];
  let current: Json[] = [];
  let currentBytes = emptyBytes;
  items.forEach((item, index) => {
    const itemBytes = utf8ByteLength(JSON.stringify(item));
    const added = itemBytes + (current.length > 0 ? 1 : 0);
    const full = current.length > 0 && ((maxItems > 0 && current.length >= maxItems) || currentBytes + added > maxBytes);
    if (full) {
      batches.push(current);
      current = [];
      currentBytes = emptyBytes;
    }
    if (emptyBytes + itemBytes > maxBytes) {
      // ours (unrecorded): an item that cannot fit any batch.
      throw visit.runtimeError(`The item at index ${index} does not fit in a batch of at most ${maxBytes} bytes (MaxInputBytesPerBatch)`);
    }
    currentBytes += itemBytes + (current.length > 0 ? 1 : 0);
    current.push(item);
  });
  if (current.length > 0) batches.push(current);
  return { inputs: batches.map(wrapper), sizes: batches.map((batch) => batch.length) };
}

async function evaluateBatchInput(batcher: ItemBatcherConfig, visit: StateVisit, input: Json): Promise<Json> {
  return visit.state.queryLanguage === "JSONata"
    ? evaluateJsonata(batcher.batchInput!, visit, "BatchInput")
    : evaluateTemplate(batcher.batchInput!, visit.pathEnvironment(input));
}
