import { test } from "node:test";
import assert from "node:assert/strict";
import { parseIsoOffsetDateTime } from "./timestamp.ts";

test("ISO-8601 extended offset date-time: accepted forms", () => {
  const cases: [string, number][] = [
    ["2016-03-14T01:59:00Z", Date.UTC(2016, 2, 14, 1, 59, 0)],
    ["2016-03-05T21:29:29.243167252Z", Date.UTC(2016, 2, 5, 21, 29, 29, 243)],
    ["2016-03-14T01:59Z", Date.UTC(2016, 2, 14, 1, 59)],
    ["2016-03-14t01:59:00z", Date.UTC(2016, 2, 14, 1, 59)],
    ["2016-03-14T03:59:00+02:00", Date.UTC(2016, 2, 14, 1, 59)],
    ["2016-03-13T23:59:00-02:00", Date.UTC(2016, 2, 14, 1, 59)],
    ["2016-02-29T00:00:00Z", Date.UTC(2016, 1, 29)],
  ];
  for (const [text, millis] of cases) assert.equal(parseIsoOffsetDateTime(text), millis, text);
});

test("ISO-8601 extended offset date-time: rejected forms [REC test_wait_timestamp_jsonata]", () => {
  for (const text of [
    "2016-12-05T21:29:29",
    "2016-13-05T21:29:29Z",
    "2016-12-05T25:29:29Z",
    "05-12-2016T21:29:29Z",
    "2015-02-29T00:00:00Z",
    "2016-12-05 21:29:29Z",
    "2016-12-05T21:29:60Z",
    "2016-12-05T21:29:29.1234567890Z",
    "2016-12-05T21:29:29+0100",
    "",
  ]) {
    assert.equal(parseIsoOffsetDateTime(text), undefined, text);
  }
});
