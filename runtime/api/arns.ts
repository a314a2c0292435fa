import { ApiError, invalidArn } from "./api-error.ts";

/**
 * Step Functions ARNs: `arn:<partition>:states:<region>:<account>:<type>:<name>[:<qualifier>...]`.
 * Parsing reports AWS's recorded InvalidArn texts ("Invalid ARN prefix: x").
 */
export type ResourceType = "stateMachine" | "execution" | "express" | "activity" | "mapRun";

export interface ParsedArn {
  partition: string;
  region: string;
  account: string;
  resourceType: string;
  /** Everything after the resource type, split on ':'. */
  parts: string[];
}

export function parseArn(arn: string): ParsedArn {
  const segments = arn.split(":");
  if (segments[0] !== "arn" || segments.length < 7 || segments[2] !== "states") throw invalidArn(`Invalid ARN prefix: ${arn}`);
  return { partition: segments[1]!, region: segments[3]!, account: segments[4]!, resourceType: segments[5]!, parts: segments.slice(6) };
}

/** Parses and checks the resource type, with AWS's wording for a type used out of context. */
export function expectArn(arn: string, ...types: string[]): ParsedArn {
  const parsed = parseArn(arn);
  if (!types.includes(parsed.resourceType)) throw invalidArn(`Resource type not valid in this context: ${parsed.resourceType}`);
  return parsed;
}

export function stateMachineArn(region: string, account: string, name: string): string {
  return `arn:aws:states:${region}:${account}:stateMachine:${name}`;
}

export function activityArn(region: string, account: string, name: string): string {
  return `arn:aws:states:${region}:${account}:activity:${name}`;
}

/** AWS's name rule (recorded for activities; the same quota page applies to machines and executions). */
const INVALID_NAME_CHARACTERS = /[\s<>{}\[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/u;

export function checkName(name: string): void {
  if (name.length === 0 || name.length > 80 || INVALID_NAME_CHARACTERS.test(name)) throw new ApiError("InvalidName", `Invalid Name: '${name}'`);
}
