import { test } from "node:test";
import assert from "node:assert/strict";
import { toJUnit } from "./junit.ts";
import { emulatorReport, interruptedReport, NASTY_ID, referenceReport } from "./sample-reports.ts";

/**
 * A strict-enough well-formedness check for the XML we write: only the XML declaration, elements
 * with double-quoted attributes and text; no markup characters or forbidden control characters in
 * text or attribute values; tags balanced.
 */
function assertWellFormed(xml: string): void {
  assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml), "no forbidden control characters");
  assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml), "no lone surrogates");
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, "");
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: string[] = [];
  let consumed = 0;
  for (const m of body.matchAll(token)) {
    consumed += m[0].length;
    const [, closing, name, attrs, selfClosing, text] = m;
    const content = text ?? attrs ?? "";
    assert.ok(!/&(?!(amp|lt|gt|quot|#39|#10|#13|#9);)/.test(content), `bare & in ${content.slice(0, 40)}`);
    assert.ok(!content.includes("]]>"), `raw ]]> in ${content.slice(0, 40)}`);
    if (text !== undefined) continue;
    if (closing) assert.equal(stack.pop(), name);
    else if (!selfClosing) stack.push(name!);
  }
  assert.equal(consumed, body.length, `unparsable XML near ${body.slice(consumed, consumed + 60)}`);
  assert.deepEqual(stack, []);
}

test("one testsuite per kind/area with the right tallies", () => {
  const xml = toJUnit(referenceReport());
  assertWellFormed(xml);
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="sfn-conformance 0\.1\.0 on reference-runtime 0\.1\.0" tests="6" failures="1" errors="2" skipped="2" time="61\.234"/);
  const suites = [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)" errors="(\d+)" skipped="(\d+)"/g)].map((m) => m.slice(1).join(" "));
  assert.deepEqual(suites, [
    "api/validation 1 0 1 0",
    "execution/map 2 1 0 1",
    "execution/pass 1 0 0 0",
    "execution/services 1 0 0 1",
    "execution/wait 1 0 1 0",
  ]);
  assert.match(xml, /<testcase name="spec::pass::result-path-merges" classname="execution\.pass" time="0\.012"\/>/);
  assert.match(xml, /<error type="TIMEOUT" message="no result in time">no result in time<\/error>/);
  assert.match(xml, /<error type="ERROR" message="the target answered HTTP 500 with an HTML page">/);
  assert.match(xml, /<skipped message="UNSUPPORTED: the manifest declares map\.distributed unsupported"\/>/);
  assert.match(xml, /<skipped message="SKIP: needs lambda"\/>/);
  assert.match(xml, /<property name="seed" value="42"\/>/);
});

test("nasty ids and messages are escaped, control characters made visible", () => {
  const xml = toJUnit(referenceReport());
  assertWellFormed(xml);
  assert.ok(xml.includes(`name="aws::map[items]/nested:case #3 &lt;x&gt;"`));
  assert.ok(!xml.includes("]]>"), "]]> never appears raw");
  // Attribute: the first line only; element text: every line.
  assert.ok(xml.includes(`<failure type="FAIL" message="at $.output: expected &lt;b&gt;&quot;a&amp;b&quot;&lt;/b&gt; ]]&gt; got \u2401\u241b[31m&#39;x&#39;\uFFFD # not a directive">`));
  assert.ok(xml.includes(`]]&gt; got \u2401\u241b[31m'x'\uFFFD # not a directive\nsecond line</failure>`));
  assert.ok(!xml.includes(NASTY_ID));
});

test("XFAIL is skipped with its reason, XPASS is a failure", () => {
  const xml = toJUnit(emulatorReport());
  assertWellFormed(xml);
  assert.match(xml, /<skipped message="XFAIL: known failure: hash of a surrogate pair"\/>/);
  assert.match(xml, /<failure type="XPASS" message="listed as a known failure but passed: remove it from the known failures">/);
  assert.match(xml, /<testsuites name="sfn-conformance 0\.1\.0 on other-emulator" tests="5" failures="2" errors="0" skipped="1"/);
});

test("an interrupted report is marked", () => {
  const xml = toJUnit(interruptedReport());
  assertWellFormed(xml);
  assert.match(xml, /<property name="interrupted" value="true"\/>/);
  assert.match(xml, /tests="2"/);
});

test("the well-formedness check itself rejects broken XML", () => {
  assert.throws(() => assertWellFormed('<a x="1"><b></a>'));
  assert.throws(() => assertWellFormed("<a>x & y</a>"));
  assert.throws(() => assertWellFormed("<a>\u0001</a>"));
  assert.throws(() => assertWellFormed("<a>x ]]> y</a>"));
});
