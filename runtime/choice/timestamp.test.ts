import { test } from "node:test";
import assert from "node:assert/strict";
import { compareInstants, isRfc3339Timestamp, parseTimestamp } from "./timestamp.ts";

test("runtime timestamps: what parses (recorded Wait: nanoseconds OK; no offset, month 13, hour 25, dd-mm-yyyy rejected)", () => {
  const valid = [
    "2016-03-14T01:59:00Z",
    "2016-03-05T21:29:29.243167252Z",
    "2012-10-09T19:00:55+01:00",
    "2012-10-09T19:00:55-05:30",
    "2016-02-29T00:00:00Z", // leap year
    "2000-02-29T23:59:59.9Z",
    "2016-03-14T01:59Z", // ISO_OFFSET_DATE_TIME: seconds optional
    "2012-10-09T19:00:55+0100", // lenient offset forms of ISO_OFFSET_DATE_TIME
    "2012-10-09T19:00:55+01",
  ];
  const invalid = [
    "2016-12-05T21:29:29",
    "2016-13-05T21:29:29Z",
    "2016-12-05T25:29:29Z",
    "05-12-2016T21:29:29Z",
    "2012-10-09 19:00:55Z",
    "2023-02-24 12:15:56.832957",
    "2023-02-24",
    "2015-02-29T00:00:00Z", // not a leap year
    "1900-02-29T00:00:00Z",
    "2016-04-31T00:00:00Z",
    "2016-03-14T01:60:00Z",
    "2016-03-14T01:59:60Z",
    "2016-03-14T01:59:00.Z",
    "2016-03-14T01:59:00.1234567890Z", // more than nanoseconds
    "2016-03-14T01:59:00+19:00", // offsets stop at ±18:00
    "",
    " 2016-03-14T01:59:00Z",
  ];
  for (const text of valid) assert.notEqual(parseTimestamp(text), undefined, text);
  for (const text of invalid) assert.equal(parseTimestamp(text), undefined, text);
});

test("instants: offsets normalised, nanosecond precision, epoch anchored", () => {
  assert.deepEqual(parseTimestamp("1970-01-01T00:00:00Z"), { epochSeconds: 0n, nanos: 0 });
  assert.deepEqual(parseTimestamp("1970-01-01T01:00:00+01:00"), { epochSeconds: 0n, nanos: 0 });
  assert.deepEqual(parseTimestamp("2016-03-05T21:29:29.243167252Z"), {
    epochSeconds: BigInt(Date.UTC(2016, 2, 5, 21, 29, 29) / 1000),
    nanos: 243167252,
  });
  assert.deepEqual(parseTimestamp("1969-12-31T23:59:59.5Z"), { epochSeconds: -1n, nanos: 500000000 });
  const a = parseTimestamp("2012-10-09T19:00:55.000000001Z")!;
  const b = parseTimestamp("2012-10-09T19:00:55.000000002Z")!;
  assert.ok(compareInstants(a, b) < 0);
  assert.ok(compareInstants(b, a) > 0);
  assert.equal(compareInstants(parseTimestamp("2012-10-09T19:00:55.1Z")!, parseTimestamp("2012-10-09T19:00:55.100Z")!), 0);
});

test("definition literals follow RFC3339 as the spec profiles it (uppercase T and Z, seconds required)", () => {
  for (const text of ["2001-01-01T12:00:00Z", "2016-03-05T21:29:29.243167252Z", "2012-10-09T19:00:55+01:00", "2016-12-31T23:59:60Z"]) {
    assert.equal(isRfc3339Timestamp(text), true, text);
  }
  for (const text of [
    "2016-12-05T21:29:29",
    "2016-13-05T21:29:29Z",
    "2016-12-05T25:29:29Z",
    "2016-03-14t01:59:00Z",
    "2016-03-14T01:59:00z",
    "2016-03-14T01:59Z",
    "2016-03-14T01:59:00+0100",
    "{% $now() %}",
  ]) {
    assert.equal(isRfc3339Timestamp(text), false, text);
  }
});
