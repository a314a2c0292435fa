/**
 * Prints the corpus's areas table (folder, what it covers, case count) and the coverage figures of
 * issue 7; with `--write`, rewrites the "Areas" table of cases/README.md (coverage.test.ts checks it
 * is current). Usage: node --import tsx scripts/list-case-areas.ts [--write]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { caseAreasTable, countCasesByArea, withAreasTable } from "../cases/case-areas.ts";
import { allCorpusFiles, corpusCases } from "../cases/corpus-files.ts";
import { coverageShortfalls, measureCoverage } from "../cases/coverage.ts";

const table = caseAreasTable(countCasesByArea(allCorpusFiles));
if (process.argv.includes("--write")) {
  const readmePath = fileURLToPath(new URL("../cases/README.md", import.meta.url));
  writeFileSync(readmePath, withAreasTable(readFileSync(readmePath, "utf8"), table));
  console.log("cases/README.md: areas table updated");
} else {
  console.log(table);
  const figures = measureCoverage(corpusCases);
  console.log(`\nexecution cases: ${figures.executionCases}, API contract cases: ${figures.apiCases}, validation cases: ${figures.validationCases}`);
  for (const [label, counts] of [["state types", figures.stateTypes], ["error names", figures.errorNames], ["operations", figures.operations]] as const) {
    console.log(`${label}: ${Object.entries(counts).map(([name, n]) => `${name} ${n}`).join(", ")}`);
  }
  const shortfalls = coverageShortfalls(figures);
  console.log(shortfalls.length ? `\nthin:\n${shortfalls.join("\n")}` : "\nno area is thin");
}
