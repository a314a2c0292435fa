/**
 * Node/Deno (node: built-ins) — a ServiceModelSource over the AWS SDK for JavaScript v2's models
 * (npm `aws-sdk`, a devDependency: `node_modules/aws-sdk/apis/<prefix>-<api version>.min.json`),
 * when the package is installed. These minified models keep every service's shapes, member
 * names, types and required members, but not lengths, ranges or enums: checked against them, a
 * mock gets the type errors (`must be a string|a number|an array`, missing required fields) and
 * none of the constraint ones. botocore's models (botocore-models-node.ts) have everything.
 *
 * The directory is indexed on the first question (each model's `serviceId`, read from the head of
 * its file).
 */
import { createRequire } from "node:module";
import { open, readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { indexedModelSource, newestModelPerService, serviceIdInModelHead, type ModelFile, type ServiceModel, type ServiceModelSource } from "./service-model-source.ts";

const HEAD_BYTES = 2048;
const MODEL_FILE = /^.+-(\d{4}-\d{2}-\d{2})\.min\.json$/;

/** `node_modules/aws-sdk/apis`, if the package resolves from here. */
export function findAwsSdkApisDirectory(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve("aws-sdk/package.json")), "apis");
  } catch {
    return undefined;
  }
}

/** `apisDirectory`: the directory, or how to find it (asked on the first question only). */
export function awsSdkModelSource(apisDirectory: string | (() => string | undefined) = findAwsSdkApisDirectory): ServiceModelSource {
  return indexedModelSource(
    async () => {
      const dir = typeof apisDirectory === "string" ? apisDirectory : apisDirectory();
      return dir ? indexApisDirectory(dir) : new Map();
    },
    async (file) => JSON.parse(await readFile(file.path, "utf8")) as ServiceModel,
  );
}

async function indexApisDirectory(dir: string): Promise<Map<string, ModelFile>> {
  const files: ModelFile[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return new Map(); // unreadable (or no permission): no models
  }
  for (const name of names) {
    const apiVersion = MODEL_FILE.exec(name)?.[1];
    if (!apiVersion) continue;
    const path = join(dir, name);
    const serviceId = serviceIdInModelHead(await readHead(path).catch(() => ""));
    if (serviceId) files.push({ serviceId, apiVersion, path });
  }
  return newestModelPerService(files);
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return new TextDecoder().decode(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
