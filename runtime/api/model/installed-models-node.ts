/**
 * Node/Deno — the service models a host can offer (ServiceOptions.serviceModels): Step Functions'
 * own (built in), then botocore's if `python3` has botocore (complete models: types and every
 * constraint), then the `aws-sdk` npm package's (types only; a devDependency of this project).
 * Without either, only Step Functions results are checked and other services' mocks pass as NONE
 * would. Deno needs --allow-read (and --allow-run=python3 for botocore); without them a source is empty.
 */
import { awsSdkModelSource } from "./aws-sdk-models-node.ts";
import { botocoreModelSource } from "./botocore-models-node.ts";
import { firstModelSource, stepFunctionsModelSource, type ServiceModelSource } from "./service-model-source.ts";

export function installedServiceModels(): ServiceModelSource {
  return firstModelSource(stepFunctionsModelSource, botocoreModelSource(), awsSdkModelSource());
}
