#!/usr/bin/env node
// The sfn-conformance command: registers the TypeScript loader, then hands over to conformance/cli.ts.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../conformance/cli.ts");
process.exitCode = await main(process.argv.slice(2));
