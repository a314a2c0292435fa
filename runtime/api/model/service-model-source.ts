import { serviceModel as stepFunctionsModel } from "./validate-request.ts";

/**
 * The service model port: where the runtime finds other AWS services' API models (the
 * botocore / AWS SDK JSON format: `metadata`, `operations`, `shapes`), e.g. to check a TestState
 * mock against the output shape of the operation a Task calls.
 *
 * A source answers by the service's name as Step Functions' AWS SDK integrations spell it
 * (`arn:aws:states:::aws-sdk:<service>:<action>`): `sfn`, `eventbridge`, `s3`, `kms`, `lambda`,
 * `dynamodb`, ... — `undefined` when it has no model for that service. This runtime carries only
 * Step Functions' own model (stepFunctionsModelSource); the Node/Deno sources in
 * installed-models-node.ts read the models of installed SDKs.
 */
export type ServiceModelSource = (service: string) => Promise<ServiceModel | undefined>;

export interface ServiceModel {
  metadata: { serviceId?: string; apiVersion?: string; protocol?: string };
  operations: Record<string, { input?: ShapeRef; output?: ShapeRef }>;
  shapes: Record<string, ModelShape>;
}

/**
 * A member's, list member's or map value's shape: a named shape (`{"shape": "Name"}`, plus
 * wire details such as `location`), or — in the AWS SDK for JavaScript's minified models — the
 * shape itself inline (`{"type": "integer"}`; `{}` and a bare `location` mean a string).
 */
export type ShapeRef = { shape: string } | ModelShape;

export interface ModelShape {
  type?: "structure" | "list" | "map" | "string" | "integer" | "long" | "float" | "double" | "boolean" | "timestamp" | "blob";
  members?: Record<string, ShapeRef>;
  required?: string[];
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  min?: number;
  max?: number;
  enum?: string[];
  /** A Smithy document type: any JSON value. */
  document?: boolean;
}

/** Step Functions' own model (service-model.json, from botocore), which the runtime always carries. */
export const stepFunctionsModelSource: ServiceModelSource = async (service) =>
  service === "sfn" ? (stepFunctionsModel as unknown as ServiceModel) : undefined;

/** Asks each source in turn; the first that has a model for the service answers. */
export function firstModelSource(...sources: ServiceModelSource[]): ServiceModelSource {
  return async (service) => {
    for (const source of sources) {
      const model = await source(service);
      if (model) return model;
    }
    return undefined;
  };
}

/**
 * The AWS SDK integration name of a service, from its model's `metadata.serviceId` — how the AWS
 * SDK for Java 2.x (which those integrations follow) names its clients: spaces and dashes
 * dropped, lower case, a trailing "Service" dropped. `SFN` → `sfn`, `EventBridge` →
 * `eventbridge`, `CloudWatch Logs` → `cloudwatchlogs`, `Database Migration Service` →
 * `databasemigration`.
 */
export function integrationServiceName(serviceId: string): string {
  return serviceId.replace(/[\s-]/g, "").toLowerCase().replace(/(?<=.)service$/, "");
}

/** The `serviceId` in the first bytes of a model file (its `metadata` comes first). */
export function serviceIdInModelHead(head: string): string | undefined {
  return /"serviceId"\s*:\s*"([^"]+)"/.exec(head)?.[1];
}

/** A model file found on disk: which service it describes (`metadata.serviceId`) and its API version. */
export interface ModelFile {
  serviceId: string;
  apiVersion: string;
  path: string;
}

/** Each service's newest model file, by AWS SDK integration name. */
export function newestModelPerService(files: readonly ModelFile[]): Map<string, ModelFile> {
  const index = new Map<string, ModelFile>();
  for (const file of files) {
    const name = integrationServiceName(file.serviceId);
    const known = index.get(name);
    if (!known || known.apiVersion < file.apiVersion) index.set(name, file);
  }
  return index;
}

/**
 * A source over model files: indexes them on the first question (`index`), reads and parses each
 * service's model once (`read`). A failing index or read is no model, never an error.
 */
export function indexedModelSource(index: () => Promise<Map<string, ModelFile>>, read: (file: ModelFile) => Promise<ServiceModel>): ServiceModelSource {
  let files: Promise<Map<string, ModelFile>> | undefined;
  const models = new Map<string, Promise<ServiceModel | undefined>>();
  return (service) => {
    files ??= index().catch(() => new Map<string, ModelFile>());
    let model = models.get(service);
    if (!model) {
      model = files.then((found) => (found.has(service) ? read(found.get(service)!) : undefined)).catch(() => undefined);
      models.set(service, model);
    }
    return model;
  };
}
