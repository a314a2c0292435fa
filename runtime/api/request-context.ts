/**
 * Who is calling: account and region come from the SigV4 credential scope of the Authorization
 * header (`Credential=<AKID>/<date>/<region>/states/aws4_request`), so two accounts never see each
 * other's resources. The account id is derived from the access key (AWS's test key maps to the
 * default account); unsigned requests use the defaults.
 */
export interface RequestContext {
  account: string;
  region: string;
}

export const DEFAULT_ACCOUNT = "123456789012";
export const DEFAULT_REGION = "us-east-1";

export function requestContext(authorization: string | null | undefined, overrides: Partial<RequestContext> = {}): RequestContext {
  const scope = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/[^/]+\/aws4_request/.exec(authorization ?? "");
  const accessKey = scope?.[1];
  const region = overrides.region ?? scope?.[2] ?? DEFAULT_REGION;
  const account = overrides.account ?? (accessKey && /^\d{12}$/.test(accessKey) ? accessKey : accessKey ? accountFromAccessKey(accessKey) : DEFAULT_ACCOUNT);
  return { account, region };
}

/** A stable 12-digit account per access key, except AWS's documented example/test keys. */
function accountFromAccessKey(accessKey: string): string {
  if (accessKey === "test" || accessKey.startsWith("AKIAIOSFODNN7") || accessKey === "testing") return DEFAULT_ACCOUNT;
  let hash = 0n;
  for (const ch of accessKey) hash = (hash * 131n + BigInt(ch.codePointAt(0)!)) % 1_000_000_000_000n;
  return hash.toString().padStart(12, "0");
}
