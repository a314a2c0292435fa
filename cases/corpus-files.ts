/** Every case file of the corpus, by kind, as the generated indexes list them (shared by coverage.test.ts and scripts). */
import type { ExecutionCase } from "../conformance/compare/execution-case.ts";
import type { ApiCase } from "../conformance/api/api-case.ts";
import { validationCaseFiles } from "../conformance/run/corpus.ts";
import { executionCaseFiles } from "./execution/index.ts";
import { apiCaseFiles } from "./api/index.ts";

export const corpusFiles = {
  execution: executionCaseFiles as Array<{ path: string; data: { cases: ExecutionCase[] } }>,
  api: apiCaseFiles as Array<{ path: string; data: { cases: ApiCase[] } }>,
  validation: validationCaseFiles as Array<{ path: string; data: { cases: unknown[] } }>,
};

export const allCorpusFiles = [...corpusFiles.execution, ...corpusFiles.api, ...corpusFiles.validation];

export const corpusCases = {
  execution: corpusFiles.execution.flatMap((f) => f.data.cases),
  api: corpusFiles.api.flatMap((f) => f.data.cases),
  validation: corpusFiles.validation.flatMap((f) => f.data.cases),
};
