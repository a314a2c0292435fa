/**
 * The corpus a run draws from, as one list: execution cases (cases/execution/), API contract cases
 * (cases/api/) and definition-validation cases (cases/validation/), each with what a report line
 * needs (kind, area, level, features, provenance) and what selection needs (needs, capabilities).
 */
import { executionCaseFiles } from "../../cases/execution/index.ts";
import { apiCaseFiles } from "../../cases/api/index.ts";
import recordedValidation from "../../cases/validation/aws-recorded.json" with { type: "json" };
import specValidation from "../../cases/validation/spec.json" with { type: "json" };
import featuresJson from "../../cases/features.json" with { type: "json" };
import type { ApiCase } from "../api/api-case.ts";
import type { ExecutionCase, Provenance } from "../compare/execution-case.ts";
import type { CaseKind, CaseLevel, CaseRequest } from "../report/run-report.ts";
import { apiCaseCapabilities, executionCaseCapabilities, validationCaseCapabilities } from "./capabilities.ts";
import { unplayableScript } from "./execution-case-player.ts";

/** A definition-validation case (cases/schema/validation-case.schema.json). */
export interface ValidationCase {
  id: string;
  provenance: Provenance;
  operation: "CreateStateMachine" | "UpdateStateMachine" | "ValidateStateMachineDefinition";
  request: { definition: string; type?: "STANDARD" | "EXPRESS"; severity?: "ERROR" | "WARNING"; maxResults?: number };
  expected: {
    error?: { code: string; message: string };
    response?: { result?: string; truncated?: boolean; diagnostics?: Array<Record<string, unknown>> };
  };
}

interface CaseFacts {
  id: string;
  /** The report's kind: validation cases are API calls. */
  kind: CaseKind;
  area: string;
  level: CaseLevel;
  features: string[];
  provenance: Provenance;
  /** Services besides Step Functions; a case with needs is not required (SKIP). */
  needs: string[];
  /** What the target must support (capabilities.ts). */
  capabilities: string[];
  /** Why the case cannot be played through the API at all (it is then SKIP). */
  unplayable?: string;
}

export type CorpusCase =
  | (CaseFacts & { source: "execution"; testCase: ExecutionCase })
  | (CaseFacts & { source: "api"; testCase: ApiCase })
  | (CaseFacts & { source: "validation"; testCase: ValidationCase });

/** The validation case files (add a new file under cases/validation/ here). */
export const validationCaseFiles: Array<{ path: string; data: { cases: ValidationCase[] } }> = [
  { path: "cases/validation/aws-recorded.json", data: recordedValidation as unknown as { cases: ValidationCase[] } },
  { path: "cases/validation/spec.json", data: specValidation as unknown as { cases: ValidationCase[] } },
];

const FEATURE_NAMES = new Set(Object.values((featuresJson as unknown as { groups: Record<string, { features: string[] }> }).groups).flatMap((g) => g.features));

/** Capabilities that make an API case `optional`, as the importer does for execution cases. */
const OPTIONAL_CAPABILITIES = new Set(["map.distributed", "activities", "callbacks", "express.async", "logging", "api.TestState"]);

/** `cases/execution/<area>/file.json` → `<area>`. */
function areaOf(path: string): string {
  const parts = path.split("/");
  return parts[parts.length - 2] ?? "execution";
}

export function executionCorpusCase(testCase: ExecutionCase, area: string): CorpusCase {
  const unplayable = unplayableScript(testCase);
  return {
    source: "execution",
    id: testCase.id,
    kind: "execution",
    area,
    level: testCase.level,
    features: testCase.features,
    provenance: testCase.provenance,
    needs: testCase.needs,
    capabilities: executionCaseCapabilities(testCase),
    ...(unplayable ? { unplayable } : {}),
    testCase,
  };
}

export function apiCorpusCase(testCase: ApiCase): CorpusCase {
  const capabilities = apiCaseCapabilities(testCase);
  const optional = testCase.needs.length > 0 || capabilities.some((c) => OPTIONAL_CAPABILITIES.has(c));
  return {
    source: "api",
    id: testCase.id,
    kind: "api",
    area: testCase.area,
    level: optional ? "optional" : "core",
    features: capabilities.filter((c) => FEATURE_NAMES.has(c)),
    provenance: testCase.provenance,
    needs: testCase.needs,
    capabilities,
    testCase,
  };
}

export function validationCorpusCase(testCase: ValidationCase): CorpusCase {
  const capabilities = validationCaseCapabilities(testCase);
  return {
    source: "validation",
    id: testCase.id,
    kind: "api",
    area: "validation",
    level: "core",
    features: capabilities.filter((c) => FEATURE_NAMES.has(c)),
    provenance: testCase.provenance,
    needs: [],
    capabilities,
    testCase,
  };
}

/** Every case of the corpus: execution, then API contract, then validation cases, in file order. */
export function loadCorpus(): CorpusCase[] {
  return [
    ...executionCaseFiles.flatMap((file) => file.data.cases.map((c) => executionCorpusCase(c, areaOf(file.path)))),
    ...apiCaseFiles.flatMap((file) => file.data.cases.map(apiCorpusCase)),
    ...validationCaseFiles.flatMap((file) => file.data.cases.map(validationCorpusCase)),
  ];
}

/** What the case asked, for the report line (so a report is self-contained). */
export function caseRequest(c: CorpusCase): CaseRequest {
  switch (c.source) {
    case "execution": {
      const t = c.testCase;
      return {
        definition: t.definition,
        input: t.inputText ?? t.input,
        ...(t.startMode ? { startMode: t.startMode } : {}),
        stateMachineType: t.stateMachineType,
        expected: t.expected,
        ...(t.taskResponses ? { taskResponses: t.taskResponses } : {}),
      };
    }
    case "api": {
      const t = c.testCase;
      return {
        operation: t.operation,
        request: t.request,
        expected: t.expected,
        ...(t.steps?.length ? { steps: t.steps.map((s) => ({ operation: s.operation, request: s.request })) } : {}),
      };
    }
    case "validation":
      return { operation: c.testCase.operation, request: c.testCase.request, expected: c.testCase.expected };
  }
}
