/**
 * The data behind the HTML matrix: one column per report (implementation), the union of their
 * cases, and the rows — overall and per level, one per feature grouped as in cases/features.json,
 * one per kind/area — each with the cases it covers and the page listing them.
 */
import { CASE_LEVELS, type CaseKind, type CaseLevel, type CaseRequest, type CaseResult, type RunReport, type RunReportHeader, type StatusCounts } from "./run-report.ts";
import { countStatuses } from "./verdicts.ts";
import { createFileNamer } from "./safe-file-name.ts";

/** The shape of cases/features.json. */
export interface FeatureGroups {
  groups: Record<string, { description?: string; features: string[] }>;
}

export interface MatrixColumn {
  /** `name version`, made unique among the columns. */
  label: string;
  header: RunReportHeader;
  interrupted: boolean;
  results: Map<string, CaseResult>;
}

export interface MatrixCase {
  id: string;
  kind: CaseKind;
  area: string;
  level: CaseLevel;
  features: string[];
  provenance: CaseResult["provenance"];
  /** What the case asked, from the first report that carries it. */
  request?: CaseRequest;
  /** Labels of columns whose report carries a different `case` (e.g. another suite version). */
  requestDiffersIn: string[];
  /** Site-relative path of the case page. */
  page: string;
}

export interface MatrixRow {
  label: string;
  description?: string;
  /** A summary row (a whole feature group, all cases): rendered emphasised. */
  summary?: boolean;
  caseIds: string[];
  /** Site-relative path of the page listing the row's cases. */
  page: string;
}

export interface MatrixSection {
  title: string;
  description?: string;
  rows: MatrixRow[];
  /** Features of the group no case in any report declares. */
  featuresWithoutCases: string[];
}

export interface Matrix {
  columns: MatrixColumn[];
  cases: Map<string, MatrixCase>;
  sections: MatrixSection[];
  /** Site-relative page of each feature row, for links from case pages. */
  featurePages: Map<string, string>;
}

/** One cell: the statuses of a row's cases in one column; `absent` counts cases that report does not have. */
export interface Cell {
  counts: StatusCounts;
  absent: number;
  /** Cases the column reported (any status). */
  total: number;
  /** Cases that ran to a verdict (not SKIP/UNSUPPORTED). */
  evaluated: number;
}

function columnLabels(reports: readonly RunReport[]): string[] {
  const base = reports.map((r) => (r.header.target.version ? `${r.header.target.name} ${r.header.target.version}` : r.header.target.name));
  return base.map((label, i) => (base.filter((b) => b === label).length > 1 ? `${label} #${base.slice(0, i + 1).filter((b) => b === label).length}` : label));
}

export function buildMatrixModel(reports: readonly RunReport[], featureGroups: FeatureGroups): Matrix {
  const labels = columnLabels(reports);
  const columns: MatrixColumn[] = reports.map((report, i) => ({
    label: labels[i]!,
    header: report.header,
    interrupted: !report.footer,
    results: new Map(report.cases.map((c) => [c.id, c])),
  }));

  const caseName = createFileNamer();
  const cases = new Map<string, MatrixCase>();
  for (const [i, report] of reports.entries()) {
    for (const c of report.cases) {
      const known = cases.get(c.id);
      if (!known) {
        cases.set(c.id, {
          id: c.id,
          kind: c.kind,
          area: c.area,
          level: c.level,
          features: c.features,
          provenance: c.provenance,
          ...(c.case ? { request: c.case } : {}),
          requestDiffersIn: [],
          page: `cases/${caseName(c.id)}.html`,
        });
      } else if (c.case) {
        if (!known.request) known.request = c.case;
        else if (JSON.stringify(known.request) !== JSON.stringify(c.case)) known.requestDiffersIn.push(labels[i]!);
      }
    }
  }

  const rowName = createFileNamer();
  const row = (key: string, label: string, caseIds: string[], extra: Partial<MatrixRow> = {}): MatrixRow => ({
    label,
    caseIds,
    page: `rows/${rowName(key)}.html`,
    ...extra,
  });
  const all = [...cases.values()];
  const idsWhere = (keep: (c: MatrixCase) => boolean) => all.filter(keep).map((c) => c.id);

  const sections: MatrixSection[] = [
    {
      title: "Overall",
      rows: [
        row("all", "All cases", idsWhere(() => true), { summary: true }),
        ...CASE_LEVELS.map((level) => row(`level:${level}`, `level: ${level}`, idsWhere((c) => c.level === level))).filter((r) => r.caseIds.length > 0),
      ],
      featuresWithoutCases: [],
    },
  ];

  const featurePages = new Map<string, string>();
  const featureRow = (feature: string): MatrixRow | undefined => {
    const ids = idsWhere((c) => c.features.includes(feature));
    if (ids.length === 0) return undefined;
    const r = row(`feature:${feature}`, feature, ids);
    featurePages.set(feature, r.page);
    return r;
  };
  const grouped = new Set<string>();
  for (const [name, group] of Object.entries(featureGroups.groups)) {
    group.features.forEach((f) => grouped.add(f));
    const rows = group.features.map(featureRow).filter((r): r is MatrixRow => r !== undefined);
    const groupIds = idsWhere((c) => c.features.some((f) => group.features.includes(f)));
    sections.push({
      title: `Features: ${name}`,
      ...(group.description ? { description: group.description } : {}),
      rows: groupIds.length > 0 ? [row(`group:${name}`, `all ${name} features`, groupIds, { summary: true }), ...rows] : [],
      featuresWithoutCases: group.features.filter((f) => !featurePages.has(f)),
    });
  }
  const ungrouped = [...new Set(all.flatMap((c) => c.features))].filter((f) => !grouped.has(f)).sort();
  if (ungrouped.length > 0) {
    sections.push({
      title: "Features not in cases/features.json",
      rows: ungrouped.map(featureRow).filter((r): r is MatrixRow => r !== undefined),
      featuresWithoutCases: [],
    });
  }

  const areas = [...new Set(all.map((c) => `${c.kind}/${c.area}`))].sort();
  sections.push({
    title: "Areas",
    description: "Cases by kind and area (their folder under cases/).",
    rows: areas.map((area) => row(`area:${area}`, area, idsWhere((c) => `${c.kind}/${c.area}` === area))),
    featuresWithoutCases: [],
  });

  return { columns, cases, sections, featurePages };
}

/** The statuses of `caseIds` in `column`. */
export function cellOf(column: MatrixColumn, caseIds: readonly string[]): Cell {
  const results: CaseResult[] = [];
  let absent = 0;
  for (const id of caseIds) {
    const r = column.results.get(id);
    if (r) results.push(r);
    else absent++;
  }
  const counts = countStatuses(results);
  return { counts, absent, total: results.length, evaluated: results.length - counts.SKIP - counts.UNSUPPORTED };
}
