/**
 * Recorded Distributed Map cases that read from or write to S3 (needs: ["s3"]), reproduced with a
 * Step Functions Local mock configuration standing in for S3: the test case names the Map state,
 * whose mocked response answers its ItemReader's getObject / listObjectsV2 calls and its
 * ResultWriter's putObject calls (see distributed-map/service-call.ts). The object contents are
 * those the recorded tests uploaded, as their recorded outputs show them; nothing here comes from
 * the runtime's own output. Recordings dated since 2024-11 are compared event by event; older
 * ones link MapStateExited differently (docs/history-rules.md §1), so for those the outcome and
 * the event types are compared.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../../core/json.ts";
import { StatesError } from "../../core/errors.ts";
import { runCase } from "../../../conformance/compare/run-case.ts";
import type { ExecutionCase } from "../../../conformance/compare/execution-case.ts";
import mapCases from "../../../cases/execution/map/aws-recorded.json" with { type: "json" };
import variableCases from "../../../cases/execution/variables/aws-recorded.json" with { type: "json" };
import { parseMockConfig } from "../../integrations/mock-config.ts";
import apiMapCases from "../../../cases/api/map/aws-recorded.json" with { type: "json" };
import type { ApiCase } from "../../../conformance/api/api-case.ts";
import { runApiCase } from "../../../conformance/api/run-api-case.ts";
import { fetchTransport } from "../../../conformance/api/transport.ts";
import { createService } from "../../api/service.ts";
import { runExecution } from "../run-execution.ts";

const recorded = [...(mapCases as { cases: ExecutionCase[] }).cases, ...(variableCases as { cases: ExecutionCase[] }).cases];

function recordedCase(suffix: string): ExecutionCase {
  const found = recorded.find((c) => c.id.endsWith(suffix));
  if (!found) throw new Error(`no recorded case ends with ${suffix}`);
  return found;
}

/** A mock configuration whose test case "S3" answers every call of `stateName` with `answer`. */
function s3Mock(stateName: string, answer: Json) {
  return parseMockConfig({
    StateMachines: { StateMachine: { TestCases: { S3: { [stateName]: "S3Object" } } } },
    MockedResponses: { S3Object: { "0-99": { Return: answer } } },
  });
}

const A = { verdict: "true", statement_date: "6/11/2008", statement_source: "speech" };
const B = { verdict: "false", statement_date: "6/7/2022", statement_source: "television" };
const C = { verdict: "mostly-true", statement_date: "5/18/2016", statement_source: "news" };
const D = { verdict: "false", statement_date: "5/18/2024", statement_source: "x" };
const CSV_ROWS = "Value4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";
const CSV_FOUR_ROWS = "Col1,Col2\nValue1,Value2\nValue3,Value4\nValue5,Value6\nValue7,Value8\n";

/** The case id's suffix, the Map state, and what S3 answers for it. */
const CASES: Array<[suffix: string, stateName: string, answer: Json]> = [
  ["test_map_item_reader_base_csv_headers_first_line", "MapState", { Body: `Col1,Col2,Col3\nValue1,Value2,Value3\n${CSV_ROWS}` }],
  ["test_map_item_reader_base_csv_headers_decl", "MapState", { Body: `Value1,Value2,Value3\n${CSV_ROWS}` }],
  ["test_map_item_reader_csv_headers_decl_duplicate_headers", "MapState", { Body: `Value1,Value2,Value3\n${CSV_ROWS}` }],
  ["test_map_item_reader_csv_headers_decl_extra_fields", "MapState", { Body: `Value1,Value2,Value3\n${CSV_ROWS}` }],
  ["test_map_item_reader_csv_headers_first_row_typed_headers", "MapState", { Body: `0,True,{}\n${CSV_ROWS}` }],
  ["test_map_item_reader_csv_first_row_extra_fields", "MapState", { Body: `H1,\n${CSV_ROWS}` }],
  ["test_map_item_reader_csv_max_items[0]", "MapState", { Body: CSV_FOUR_ROWS }],
  ["test_map_item_reader_csv_max_items[2]", "MapState", { Body: CSV_FOUR_ROWS }],
  ["test_map_item_reader_csv_max_items[100000000]", "MapState", { Body: CSV_FOUR_ROWS }],
  ["test_map_item_reader_csv_max_items_paths[-1]", "MapState", { Body: CSV_FOUR_ROWS }],
  ["test_map_item_reader_csv_max_items_paths[0]", "MapState", { Body: CSV_FOUR_ROWS }],
  ["test_map_item_reader_csv_max_items_paths[2]", "MapState", { Body: CSV_FOUR_ROWS }],
  ["test_map_item_reader_csv_max_items_paths[100000000]", "MapState", { Body: CSV_FOUR_ROWS }],
  ["test_map_item_reader_csv_max_items_paths[100000001]", "MapState", { Body: CSV_FOUR_ROWS }],
  ["test_map_item_reader_base_json", "MapState", { Body: JSON.stringify([A, B, C]) }],
  // Its recorded output repeats the first entry: that test's file began with it twice.
  ["test_map_item_reader_base_json_max_items", "MapState", { Body: JSON.stringify([A, A, B]) }],
  ["test_map_item_reader_json_no_json_list_object", "MapState", { Body: JSON.stringify(A) }],
  ["test_map_item_reader_base_json_max_items_jsonata", "MapState", { Body: JSON.stringify([A, B, C]) }],
  ["test_map_item_batching_base_json_max_per_batch_jsonata", "BatchMapState", { Body: JSON.stringify([A, B, C]) }],
  ["test_map_item_reader_base_json_with_items_path[VALID_ITEMS_PATH_FROM_PREVIOUS]", "MapState", { Body: '[["from-bucket-item-0"]]' }],
  ["test_map_item_reader_base_json_with_items_path[VALID_ITEMS_PATH_FROM_ITEM_READER]", "MapState", { Body: '[["from-bucket-item-0"]]' }],
  ["test_map_item_reader_base_json_with_items_path[INVALID_ITEMS_PATH]", "MapState", { Body: '[["from-bucket-item-0"]]' }],
  [
    "test_map_item_reader_base_list_objects_v2",
    "MapState",
    {
      // The recorder normalised the ETags to these texts and the dates to <date>.
      Contents: ["file_0.txt", "file_1.txt", "file_2.txt"].map((Key) => ({ Key, ETag: `<Etag-${Key}>`, LastModified: "2023-09-21T11:54:20Z", Size: 12, StorageClass: "STANDARD" })),
      IsTruncated: false,
    },
  ],
  ["test_map_state_result_writer", "MapState", { ETag: '"d41d8cd98f00b204e9800998ecf8427e"' }],
  ["test_reference_in_map_state_max_items_path[MAP_STATE_REFERENCE_IN_MAX_ITEMS_PATH]", "MapState", { Body: JSON.stringify([A, B, C]) }],
  ["test_reference_in_map_state_max_items_path[MAP_STATE_REFERENCE_IN_MAX_PER_BATCH_PATH]", "BatchMapState", { Body: JSON.stringify([A, B, C, D]) }],
];

/** AWS changed where Distributed Map's MapStateExited links in 2024-11 (docs/history-rules.md §1). */
const NEW_LINKS_SINCE = "2024-11";

for (const [suffix, stateName, answer] of CASES) {
  const testCase = recordedCase(suffix);
  const recordedAt = testCase.provenance.kind === "aws-recorded" ? (testCase.provenance.recorded ?? "") : "";
  const compareHistory = recordedAt >= NEW_LINKS_SINCE;
  test(`${suffix} (recorded ${recordedAt.slice(0, 10)}) with S3 mocked`, async () => {
    assert.deepEqual(testCase.needs, ["s3"]);
    const config = s3Mock(stateName, answer);
    let history: Array<{ type: string }> = [];
    const run = async (options: Record<string, unknown>) => {
      const result = await runExecution({ ...(options as object), definition: testCase.definition, mock: { config, testCase: "S3" } } as Parameters<typeof runExecution>[0]);
      history = result.history;
      return result;
    };
    const outcome = await runCase(testCase, run, { compareHistory, failure: (error, cause) => new StatesError(error, cause) });
    assert.ok(outcome.passed, outcome.report);
    if (!compareHistory) assert.deepEqual(history.map((e) => e.type), testCase.history!.map((e) => e["type"]));
  });
}

/** The recorded API cases that list and describe the Map Run of a CSV ItemReader (two rows). */
for (const suffix of ["test_list_map_runs_and_describe_map_run#list_map_runs", "test_list_map_runs_and_describe_map_run#describe_map_run"]) {
  test(`${suffix} (API, recorded 2023-09-21) with S3 answered by a handler`, async () => {
    const testCase = (apiMapCases as { cases: ApiCase[] }).cases.find((c) => c.id.endsWith(suffix))!;
    assert.deepEqual(testCase.needs, ["s3"]);
    const { app } = createService({
      timeScale: 0.001,
      handlers: { "arn:aws:states:::s3:getObject": () => ({ Body: "Col1,Col2\nValue1,Value2\nValue3,Value4\n" }) },
    });
    const accountId = "111111111111";
    const transport = fetchTransport(app.fetch, { accessKeyId: accountId, region: "us-east-1" });
    // The recorded test's bucket fixture: any name does, the handler answers for every bucket.
    const symbols = { "s3_create_bucket#1": "bucket-name" };
    const result = await runApiCase(testCase, transport, { accountId, region: "us-east-1", symbols, pollAttempts: 100, pollDelayMs: 20 });
    // Recorded in 2023-09, before Map Run redrive (2023-11) added these members to DescribeMapRun
    // (they are in the current API model); everything else must match.
    const sinceRedrive = new Set([
      "$.response.redriveCount",
      ...["itemCounts", "executionCounts"].flatMap((counts) => [`$.response.${counts}.failuresNotRedrivable`, `$.response.${counts}.pendingRedrive`]),
    ]);
    const others = result.mismatches.filter((m) => !(sinceRedrive.has(m.path) && m.expected === undefined && m.actual === 0));
    assert.deepEqual(others, [], result.report);
    assert.ok(result.actual && "response" in result.actual, result.report);
  });
}
