/**
 * Node/Deno (node: built-ins) — a ServiceModelSource over botocore's data directory
 * (`botocore/data/<service>/<api version>/service-2.json[.gz]`), the complete AWS service models
 * with every constraint (lengths, ranges, enums) that TestState's mock validation reports. botocore
 * is Python's AWS SDK core (with boto3 and the AWS CLI); the directory is given, or found by
 * asking `python3` where botocore is installed. Nothing found: the source knows no service.
 *
 * The directory is indexed on the first question (each model's `serviceId`, read from the head of
 * its file).
 */
import { execFile } from "node:child_process";
import { open, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { constants, gunzipSync } from "node:zlib";
import { indexedModelSource, newestModelPerService, serviceIdInModelHead, type ModelFile, type ServiceModel, type ServiceModelSource } from "./service-model-source.ts";

const HEAD_BYTES = 4096;
const MODEL_FILE = /^service-2\.json(\.gz)?$/;

/** Where the installed botocore keeps its models, if `python3` can import it. */
export function findBotocoreDataDirectory(): Promise<string | undefined> {
  const script = "import os, botocore; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))";
  return new Promise((resolve) => {
    try {
      execFile("python3", ["-c", script], { timeout: 15_000 }, (error, stdout) => resolve(error ? undefined : String(stdout).trim() || undefined));
    } catch {
      resolve(undefined); // no permission to run programs (Deno without --allow-run)
    }
  });
}

/** `dataDirectory`: the directory, or how to find it (asked on the first question only). */
export function botocoreModelSource(dataDirectory: string | (() => Promise<string | undefined>) = findBotocoreDataDirectory): ServiceModelSource {
  return indexedModelSource(
    async () => {
      const dir = typeof dataDirectory === "string" ? dataDirectory : await dataDirectory();
      return dir ? indexDataDirectory(dir) : new Map();
    },
    async (file) => JSON.parse(decode(await readFile(file.path), file.path)) as ServiceModel,
  );
}

async function indexDataDirectory(dir: string): Promise<Map<string, ModelFile>> {
  const files: ModelFile[] = [];
  let services: string[];
  try {
    services = await readdir(dir);
  } catch {
    return new Map(); // unreadable (or no permission): no models
  }
  for (const service of services) {
    for (const apiVersion of await readdir(join(dir, service)).catch(() => [] as string[])) {
      const name = (await readdir(join(dir, service, apiVersion)).catch(() => [] as string[])).find((f) => MODEL_FILE.test(f));
      if (!name) continue;
      const path = join(dir, service, apiVersion, name);
      const serviceId = serviceIdInModelHead(await readHead(path).catch(() => ""));
      if (serviceId) files.push({ serviceId, apiVersion, path });
    }
  }
  return newestModelPerService(files);
}

/** The first bytes of a model file as text (a gzipped one is inflated as far as they go). */
async function readHead(path: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const bytes = buffer.subarray(0, bytesRead);
    return new TextDecoder().decode(path.endsWith(".gz") ? gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }) : bytes);
  } finally {
    await handle.close();
  }
}

function decode(bytes: Uint8Array, path: string): string {
  return new TextDecoder().decode(path.endsWith(".gz") ? gunzipSync(bytes) : bytes);
}
