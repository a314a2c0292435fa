/**
 * The HTML matrix: a static, self-contained site comparing implementations from their run reports.
 *   style.css           the one stylesheet every page links
 *   index.html          implementations, then rows (overall, per level, features grouped as in
 *                       cases/features.json, per kind/area) × columns (one per report): pass/total
 *   rows/<name>.html    the cases of one row with each implementation's status
 *   cases/<name>.html   one case: what it asked, and each implementation's answer side by side
 * Files are handed to an injected writer, so this core runs anywhere (the CLI writes with node:fs).
 */
import featuresJson from "../../cases/features.json" with { type: "json" };
import { buildMatrixModel, type FeatureGroups } from "./matrix-model.ts";
import { indexPage } from "./matrix-index-page.ts";
import { rowPage } from "./matrix-row-page.ts";
import { casePage } from "./matrix-case-page.ts";
import { STYLE, STYLESHEET_PATH } from "./matrix-layout.ts";
import type { RunReport } from "./run-report.ts";

export type SiteWriter = (path: string, text: string) => void;

export interface MatrixOptions {
  /** The feature tree (default: cases/features.json). */
  featureGroups?: FeatureGroups;
  /** Shown on the index (e.g. the reader's warnings about an interrupted report; interrupted columns are flagged anyway). */
  warnings?: readonly string[];
  /** Shown on the index as the generation time. */
  generatedAt?: string;
}

/** Writes the site through `write` (site-relative paths) and returns the paths written. */
export function buildMatrix(reports: readonly RunReport[], write: SiteWriter, options: MatrixOptions = {}): string[] {
  const matrix = buildMatrixModel(reports, options.featureGroups ?? (featuresJson as FeatureGroups));
  const written: string[] = [];
  const emit = (path: string, text: string) => {
    write(path, text);
    written.push(path);
  };
  emit(STYLESHEET_PATH, STYLE.trimStart());
  emit("index.html", indexPage(matrix, options.warnings ?? [], options.generatedAt));
  const rowPages = new Set<string>();
  for (const section of matrix.sections) {
    for (const row of section.rows) {
      if (rowPages.has(row.page)) continue;
      rowPages.add(row.page);
      emit(row.page, rowPage(matrix, row));
    }
  }
  for (const c of matrix.cases.values()) emit(c.page, casePage(matrix, c));
  return written;
}
