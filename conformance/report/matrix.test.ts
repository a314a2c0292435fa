import { test } from "node:test";
import assert from "node:assert/strict";
import { buildMatrix } from "./matrix.ts";
import { emulatorReport, interruptedReport, NASTY_ID, referenceReport } from "./sample-reports.ts";
import { safeFileName } from "./safe-file-name.ts";
import type { RunReport } from "./run-report.ts";

function render(reports: RunReport[], warnings: string[] = []): Map<string, string> {
  const site = new Map<string, string>();
  const written = buildMatrix(reports, (path, text) => {
    assert.ok(!site.has(path), `${path} written twice`);
    site.set(path, text);
  }, { warnings, generatedAt: "2025-01-02T04:00:00.000Z" });
  assert.deepEqual(written, [...site.keys()]);
  return site;
}

/** Resolves a relative href against a site-relative page path. */
function resolve(from: string, href: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const segment of href.split("#")[0]!.split("/")) {
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
const cells = (html: string, label: string) => {
  const row = html.split("</tr>").find((r) => r.includes(`>${label}</a>`));
  assert.ok(row, `a row for ${label}`);
  return [...row.matchAll(/<td class="cell[^>]*>(?:<a [^>]*>)?([^<]*)/g)].map((m) => m[1]);
};

test("the site: an index, a page per row and a page per case, with portable names", () => {
  const site = render([referenceReport(), emulatorReport()]);
  assert.ok(site.has("index.html"));
  const casePages = [...site.keys()].filter((p) => p.startsWith("cases/"));
  assert.equal(casePages.length, 8, "the union of both reports' cases");
  assert.ok(site.has(`cases/${safeFileName(NASTY_ID)}.html`));
  assert.match(site.get("style.css") ?? "", /\.s-PASS \{/, "one stylesheet for the whole site");
  for (const path of site.keys()) assert.match(path, /^(index\.html|style\.css|(rows|cases)\/[a-z0-9_.-]+\.html)$/);
  for (const [path, html] of site) {
    if (path === "style.css") continue;
    assert.ok(html.startsWith("<!DOCTYPE html>"), path);
    const stylesheet = `${"../".repeat(path.split("/").length - 1)}style.css`;
    assert.ok(html.includes(`<link rel="stylesheet" href="${stylesheet}">`), `${path} links the site's stylesheet`);
    assert.ok(!/<script|src=/.test(html), `${path} needs no external asset or script`);
  }
});

test("every link points at a page of the site", () => {
  const site = render([referenceReport(), emulatorReport(), interruptedReport()]);
  let links = 0;
  for (const [path, html] of site) {
    for (const href of hrefs(html)) {
      if (href.startsWith("#")) continue;
      links++;
      assert.ok(site.has(resolve(path, href)), `${path} links to ${href}, which does not exist`);
    }
  }
  assert.ok(links > 50);
});

test("the matrix: feature groups, areas and levels, pass/total per implementation", () => {
  const index = render([referenceReport(), emulatorReport()]).get("index.html")!;
  assert.match(index, /<thead><tr><th>feature \/ area<\/th><th>reference-runtime 0\.1\.0<\/th><th>other-emulator<\/th><\/tr><\/thead>/);
  assert.deepEqual(cells(index, "All cases"), ["1/6", "2/5"]);
  assert.deepEqual(cells(index, "level: core"), ["1/3", "1/2"]);
  assert.deepEqual(cells(index, "state:Map"), ["0/2", "2/2"]);
  assert.deepEqual(cells(index, "map.distributed"), ["0/1", "1/1"]);
  assert.deepEqual(cells(index, "execution/map"), ["0/2", "2/2"]);
  assert.deepEqual(cells(index, "api/validation"), ["0/1", "—"]);
  // Rows follow cases/features.json's groups; features no case declares are listed, not drawn.
  const order = ["Features: state", "state:Pass", "state:Map", "Features: field", "Features: intrinsic", "intrinsic:States.Hash", "Features: map", "map.inline", "Features: api", "api.ValidateStateMachineDefinition", "Features not in cases/features.json", "custom:not-in-features-json", "Areas"];
  const positions = order.map((text) => index.indexOf(text));
  assert.ok(positions.every((p) => p > 0), `all rows present: ${order.filter((_, i) => positions[i]! < 0)}`);
  assert.deepEqual([...positions].sort((a, b) => a - b), positions, "in features.json order");
  assert.match(index, /No case declares: [^<]*state:Parallel/);
  // The colour: all passed is green (hue 120), none red (hue 0), none ran grey.
  assert.match(index, /hsl\(120 70% 86%\)" title="PASS 2"><a [^>]*>2\/2/);
  assert.match(index, /hsl\(0 70% 86%\)" title="FAIL 1"><a [^>]*>0\/1/);
  assert.match(index, /<td class="cell none" title="SKIP 1"><a [^>]*>0\/1<\/a><small>1 skipped<\/small>/);
  assert.match(index, /title="[^"]*1 not in this report/);
  // Some passed: between red and yellow (2 of 5 ran and passed → hue 32).
  assert.match(index, /hsl\(32 70% 86%\)" title="PASS 2, FAIL 1, XFAIL 1, XPASS 1, 3 not in this report"><a [^>]*>2\/5<\/a><small>1 failed · 1 xpass · 1 xfail · 3 not reported<\/small>/);
});

test("a row page lists its cases with every implementation's status", () => {
  const site = render([referenceReport(), emulatorReport()]);
  const index = site.get("index.html")!;
  const href = hrefs(index).find((h) => index.includes(`<a href="${h}">state:Map</a>`))!;
  const page = site.get(href)!;
  assert.match(page, /<h1>state:Map<\/h1>/);
  assert.match(page, /<h2 id="cases">2 case\(s\)<\/h2>/);
  const distributed = page.split("</tr>").find((r) => r.includes("aws::map::distributed-basic"))!;
  assert.match(distributed, /s-UNSUPPORTED">UNSUPPORTED<\/span>[^]*s-PASS">PASS<\/span>/);
  assert.match(distributed, /title="the manifest declares map\.distributed unsupported"/);
  const choice = hrefs(index).find((h) => index.includes(`<a href="${h}">execution/choice</a>`))!;
  assert.match(site.get(choice)!, /s-ABSENT">not run<\/span>[^]*s-XPASS">XPASS<\/span>/);
});

test("a case page shows what the case asked and each implementation's answer side by side, all escaped", () => {
  const site = render([referenceReport(), emulatorReport(), interruptedReport()]);
  const page = site.get(`cases/${safeFileName(NASTY_ID)}.html`)!;
  assert.ok(page.includes("<h1>aws::map[items]/nested:case #3 &lt;x&gt;</h1>"));
  assert.ok(!page.includes("<x>") && !page.includes("<b>") && !page.includes("]]>"), "nothing from a report is markup");
  assert.ok(page.includes("expected &lt;b&gt;&quot;a&amp;b&quot;&lt;/b&gt; ]]&gt; got \u2401\u241b[31m&#39;x&#39;\uFFFD"));
  assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(page));
  const panels = page.split('<section class="result">').slice(1);
  assert.equal(panels.length, 3);
  assert.match(panels[0]!, /<h3>reference-runtime 0\.1\.0<\/h3>[^]*s-FAIL[^]*1 mismatch\(es\)[^]*&quot;v&quot;: &quot;\]\]&gt;&quot;/);
  assert.match(panels[1]!, /<h3>other-emulator<\/h3>[^]*s-PASS/);
  assert.match(panels[2]!, /<h3>flaky-emulator 2\.0<\/h3>[^]*s-ABSENT/);
  assert.match(page, /<h3>definition<\/h3><pre>\{\n  &quot;StartAt&quot;: &quot;M&quot;/);
  assert.match(page, /<h3>input<\/h3><pre>\[\n  1,\n  2\n\]<\/pre>/);
  assert.match(page, /<h3>expected<\/h3>/);
  assert.match(page, /<dt>provenance<\/dt><dd>kind: aws-recorded<br>source: tests\/map\.py::test_nested<br>/);
  assert.match(page, /<a href="\.\.\/rows\/feature-state-map-[0-9a-f]{12}\.html">state:Map<\/a>/);
});

test("an interrupted report is flagged, warnings shown, duplicate implementation names told apart", () => {
  const index = render([referenceReport(), referenceReport(), interruptedReport()], ["flaky.jsonl: no footer <!>"]).get("index.html")!;
  assert.match(index, /<th>reference-runtime 0\.1\.0 #1<\/th><th>reference-runtime 0\.1\.0 #2<\/th><th>flaky-emulator 2\.0<\/th>/);
  assert.match(index, /flaky-emulator 2\.0 <span class="badge s-TIMEOUT" title="the report has no footer">interrupted<\/span>/);
  assert.match(index, /<td>2 of 4<\/td>/);
  assert.ok(index.includes('<p class="warning">flaky.jsonl: no footer &lt;!&gt;</p>'));
  assert.ok(index.includes("Generated 2025-01-02T04:00:00.000Z."));
});

test("cases whose definition differs between reports are noted", () => {
  const other = emulatorReport();
  other.cases[0] = { ...other.cases[0]!, case: { definition: { StartAt: "Q" } } };
  const site = render([referenceReport(), other]);
  const page = site.get(`cases/${safeFileName("spec::pass::result-path-merges")}.html`)!;
  assert.match(page, /The case differs in the reports of: other-emulator/);
});
