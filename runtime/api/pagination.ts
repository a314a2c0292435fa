import { ApiError } from "./api-error.ts";

/**
 * nextToken pagination: the token is an opaque base64 of the offset into a stable listing; a token
 * that does not decode is AWS's `InvalidToken: Invalid Token: 'Invalid token'` (recorded).
 */
export function paginate<T>(items: readonly T[], maxResults: number | undefined, nextToken: string | undefined, defaultPageSize = 100): { page: T[]; nextToken?: string } {
  let offset = 0;
  if (nextToken !== undefined) {
    const decoded = decodeToken(nextToken);
    if (decoded === undefined) throw new ApiError("InvalidToken", "Invalid Token: 'Invalid token'");
    offset = decoded;
  }
  const size = maxResults && maxResults > 0 ? maxResults : defaultPageSize;
  const page = items.slice(offset, offset + size);
  const next = offset + size < items.length ? encodeToken(offset + size) : undefined;
  return next === undefined ? { page } : { page, nextToken: next };
}

function encodeToken(offset: number): string {
  return btoa(JSON.stringify({ o: offset, v: 1 }));
}

function decodeToken(token: string): number | undefined {
  try {
    const value = JSON.parse(atob(token)) as { o?: unknown; v?: unknown };
    return typeof value.o === "number" && Number.isInteger(value.o) && value.o >= 0 && value.v === 1 ? value.o : undefined;
  } catch {
    return undefined;
  }
}
