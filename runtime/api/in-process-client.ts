import { createService, type ServiceOptions } from "./service.ts";

/** An API answer as a client sees it: the HTTP status and the parsed JSON body. */
export interface ApiAnswer {
  status: number;
  body: Record<string, any>;
}

/**
 * Calls a fresh reference runtime's API in process the way an AWS SDK does (AWS JSON 1.0, one
 * POST per operation with `X-Amz-Target`), without a socket: for tests and examples.
 */
export function inProcessClient(options: ServiceOptions = { timeScale: 0.001 }): (operation: string, body: unknown) => Promise<ApiAnswer> {
  const { app } = createService(options);
  return async (operation, body) => {
    const response = await app.fetch(
      new Request("http://localhost/", {
        method: "POST",
        headers: { "x-amz-target": `AWSStepFunctions.${operation}`, "content-type": "application/x-amz-json-1.0" },
        body: JSON.stringify(body),
      }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
}
