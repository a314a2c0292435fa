/** Replaying API contract cases (cases/api/) against any Step Functions implementation, in process or over HTTP. */
export type { ApiCase, ApiCaseFile, ApiExpected, ApiRequest, ApiStep, PlaceholderValue } from "./api-case.ts";
export { isReadOperation, runApiCase, toActual } from "./run-api-case.ts";
export type { ApiActual, ApiCaseResult, ApiCaseRunOptions } from "./run-api-case.ts";
export { fetchTransport, httpTransport } from "./transport.ts";
export type { ApiAnswer, FetchFunction, SendOptions, Transport, TransportCredentials } from "./transport.ts";
export { resolveSymbols, runSymbols, UnresolvedSymbol } from "./symbols.ts";
export type { SymbolContext } from "./symbols.ts";
export { signRequest } from "./sigv4.ts";
export type { Credentials, SignInput } from "./sigv4.ts";
