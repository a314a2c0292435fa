import type { ProblemCollector } from "./problems.ts";

/**
 * Task Resource checks made when a definition is created: optimized integrations must name an
 * action Step Functions offers (recorded: `arn:aws:states:::dynamodb:query` is "not recognized"),
 * and EXPRESS machines cannot use activities, `.sync` or `.waitForTaskToken` (recorded messages,
 * including AWS's trailing space after the `.waitForTaskToken` one).
 */
const OPTIMIZED_INTEGRATIONS: Record<string, readonly string[]> = {
  lambda: ["invoke"],
  sns: ["publish"],
  sqs: ["sendMessage"],
  dynamodb: ["getItem", "putItem", "updateItem", "deleteItem"],
  states: ["startExecution"],
  events: ["putEvents"],
  ecs: ["runTask"],
  batch: ["submitJob"],
  glue: ["startJobRun"],
  databrew: ["startJobRun"],
  athena: ["startQueryExecution", "stopQueryExecution", "getQueryExecution", "getQueryResults"],
  sagemaker: [
    "createTrainingJob", "createTransformJob", "createModel", "createEndpoint", "createEndpointConfig",
    "createHyperParameterTuningJob", "createLabelingJob", "createProcessingJob", "updateEndpoint",
  ],
  elasticmapreduce: [
    "createCluster", "terminateCluster", "addStep", "cancelStep", "setClusterTerminationProtection",
    "modifyInstanceFleetByName", "modifyInstanceGroupByName",
  ],
  "emr-containers": ["startJobRun", "createVirtualCluster", "deleteVirtualCluster"],
  "emr-serverless": ["createApplication", "startApplication", "stopApplication", "deleteApplication", "startJobRun", "cancelJobRun"],
  codebuild: ["startBuild", "stopBuild", "batchDeleteBuilds", "batchGetReports", "startBuildBatch"],
  eks: ["createCluster", "deleteCluster", "createFargateProfile", "deleteFargateProfile", "createNodegroup", "deleteNodegroup", "runJob", "call"],
  apigateway: ["invoke"],
  mediaconvert: ["createJob"],
  bedrock: ["invokeModel", "createModelCustomizationJob"],
  http: ["invoke"],
};

const STATES_ARN = /^arn:[^:]+:states:[^:]*:[^:]*:/;

export function checkTaskResource(resource: string, machineType: "STANDARD" | "EXPRESS", location: string, problems: ProblemCollector): void {
  if (/^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(resource)) {
    if (machineType === "EXPRESS") problems.schema("Express state machine does not support Activity ARN", location);
    return;
  }
  const integration = /^arn:[^:]+:states:::([^:]+):(.+)$/.exec(resource);
  if (!integration || !STATES_ARN.test(resource)) return;
  const [, service, rest] = integration as unknown as [string, string, string];
  if (machineType === "EXPRESS" && /\.sync(:2)?$/.test(rest)) {
    problems.schema("Express state machine does not support '.sync' service integration", location);
  }
  if (machineType === "EXPRESS" && rest.endsWith(".waitForTaskToken")) {
    problems.schema("Express state machine does not support '.waitForTaskToken' service integration ", location);
  }
  if (service === "aws-sdk") return;
  const action = rest.replace(/\.(sync(:2)?|waitForTaskToken)$/, "");
  const actions = OPTIMIZED_INTEGRATIONS[service];
  if (!actions || !actions.includes(action)) {
    problems.schema(
      `The resource provided ${resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.`,
      location,
    );
  }
}
