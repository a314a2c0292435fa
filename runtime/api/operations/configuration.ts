import { ApiError } from "../api-error.ts";

/**
 * The logging, tracing and encryption settings of state machines (and activities' encryption):
 * AWS's validation, and the form DescribeStateMachine / DescribeActivity answer with. Requests
 * reach these functions already checked against the service model (types, enums, ranges).
 *
 * Recorded (logs.json, variables.json, activities.json):
 * - no loggingConfiguration, or `{}`: `{level: "OFF", includeExecutionData: false}`; a given
 *   `destinations` list (even empty) is described back as given;
 * - a level other than OFF needs exactly one destination ("Must specify exactly one Log
 *   Destination."); level OFF with a destination is accepted and kept;
 * - a destination that is not an existing log group: "Log Destination not found.";
 * - tracing defaults to `{enabled: false}`; encryption to `{type: "AWS_OWNED_KEY"}` (2024-11 on).
 */
export type Configuration = Record<string, unknown>;

const LOGGING_PREFIX = "Invalid Logging Configuration: ";
const ENCRYPTION_PREFIX = "Invalid Encryption Configuration: ";

/**
 * CloudWatchLogsLogGroup.logGroupArn (model docs: "The ARN must end with :*"). This runtime
 * cannot look log groups up, so a well-formed log group ARN counts as an existing one.
 */
const LOG_GROUP_ARN = /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[\w.\-/#]{1,512}:\*$/;

/** Default data key reuse period for customer managed keys (AWS developer guide: 300 s). */
const DEFAULT_KMS_DATA_KEY_REUSE_PERIOD_SECONDS = 300;

export function loggingConfiguration(given: unknown): Configuration {
  const config = (given ?? {}) as { level?: string; includeExecutionData?: boolean; destinations?: unknown[] };
  const level = config.level ?? "OFF";
  const normalised: Configuration = { level, includeExecutionData: config.includeExecutionData ?? false };
  if (config.destinations !== undefined) normalised["destinations"] = config.destinations;
  if (level !== "OFF") {
    const destinations = config.destinations ?? [];
    if (destinations.length !== 1) throw new ApiError("InvalidLoggingConfiguration", `${LOGGING_PREFIX}Must specify exactly one Log Destination.`);
    const arn = (destinations[0] as { cloudWatchLogsLogGroup?: { logGroupArn?: string } } | undefined)?.cloudWatchLogsLogGroup?.logGroupArn;
    if (arn === undefined || !LOG_GROUP_ARN.test(arn)) throw new ApiError("InvalidLoggingConfiguration", `${LOGGING_PREFIX}Log Destination not found.`);
  }
  return normalised;
}

export function tracingConfiguration(given: unknown): Configuration {
  return { enabled: (given as { enabled?: boolean } | undefined)?.enabled ?? false };
}

/**
 * EncryptionConfiguration: AWS_OWNED_KEY takes no key settings; CUSTOMER_MANAGED_KMS_KEY needs a
 * kmsKeyId (model docs of InvalidEncryptionConfiguration). The key itself cannot be checked here
 * (no KMS): any key id, alias or ARN is accepted as given.
 */
export function encryptionConfiguration(given: unknown): Configuration {
  if (given === undefined) return { type: "AWS_OWNED_KEY" };
  const config = given as { type: string; kmsKeyId?: string; kmsDataKeyReusePeriodSeconds?: number };
  if (config.type === "AWS_OWNED_KEY") {
    if (config.kmsKeyId !== undefined || config.kmsDataKeyReusePeriodSeconds !== undefined) {
      throw new ApiError("InvalidEncryptionConfiguration", `${ENCRYPTION_PREFIX}kmsKeyId and kmsDataKeyReusePeriodSeconds apply only to CUSTOMER_MANAGED_KMS_KEY.`);
    }
    return { type: "AWS_OWNED_KEY" };
  }
  if (config.kmsKeyId === undefined) {
    throw new ApiError("InvalidEncryptionConfiguration", `${ENCRYPTION_PREFIX}kmsKeyId must be specified for CUSTOMER_MANAGED_KMS_KEY.`);
  }
  return {
    type: config.type,
    kmsKeyId: config.kmsKeyId,
    kmsDataKeyReusePeriodSeconds: config.kmsDataKeyReusePeriodSeconds ?? DEFAULT_KMS_DATA_KEY_REUSE_PERIOD_SECONDS,
  };
}

/** Whether two normalised configurations are the same (CreateStateMachine's idempotency check). */
export function sameConfiguration(a: Configuration | undefined, b: Configuration | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
