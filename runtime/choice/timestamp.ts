/**
 * Timestamps as Choice (and Wait) states understand them.
 *
 * Two grammars, because AWS uses two validators:
 * - definition literals (`"TimestampEquals": "..."`, Wait `Timestamp`) are checked against RFC3339 as
 *   the spec profiles it (uppercase `T`, `Z` or `±HH:MM`, seconds required); AWS rejects others with
 *   `SCHEMA_VALIDATION_FAILED: String does not match RFC3339 timestamp` (recorded for Wait);
 * - runtime values are parsed like Java's `ISO_OFFSET_DATE_TIME` — AWS's Wait error says "does not
 *   reference a valid ISO-8601 extended offset date-time format string", that formatter's wording:
 *   seconds optional, 0–9 fraction digits (nanoseconds recorded as valid), offset required, strict
 *   calendar ranges (month 13, hour 25 and a missing offset recorded as invalid).
 * Values are compared as instants, to the nanosecond.
 */

/** An instant: whole seconds since 1970-01-01T00:00:00Z plus a nanosecond part (0–999,999,999). */
export interface Instant {
  epochSeconds: bigint;
  nanos: number;
}

/** Definition-literal grammar (RFC3339 with the spec's uppercase restriction; leap second allowed). */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * Runtime grammar (Java ISO_OFFSET_DATE_TIME): case-insensitive `T`/`Z`, optional seconds, extended
 * years with a sign, lenient offsets (`+01`, `+0100`, `+01:00`, `+01:00:00`).
 */
const ISO_OFFSET =
  /^(\d{4}|\+\d{5,9}|-\d{4,9})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2})(?::?(\d{2}))?)?)$/;

/** Parses a runtime timestamp value; undefined when AWS would not consider it a timestamp. */
export function parseTimestamp(text: string): Instant | undefined {
  const m = ISO_OFFSET.exec(text);
  if (m === null) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zulu, sign, offH, offM, offS] = m;
  const offset = zulu !== undefined ? 0 : offsetSeconds(sign!, offH!, offM, offS, 18);
  if (offset === undefined) return undefined;
  return toInstant(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second ?? 0), fraction, offset);
}

/** True when a definition literal is an RFC3339 timestamp as the spec profiles it. */
export function isRfc3339Timestamp(text: string): boolean {
  const m = RFC3339.exec(text);
  if (m === null) return false;
  const [, year, month, day, hour, minute, second, zulu, sign, offH, offM] = m;
  if (zulu === undefined && offsetSeconds(sign!, offH!, offM, undefined, 23) === undefined) return false;
  const leapSecond = second === "60";
  return toInstant(Number(year), Number(month), Number(day), Number(hour), Number(minute), leapSecond ? 59 : Number(second), undefined, 0) !== undefined;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareInstants(a: Instant, b: Instant): number {
  if (a.epochSeconds !== b.epochSeconds) return a.epochSeconds < b.epochSeconds ? -1 : 1;
  return a.nanos - b.nanos;
}

function offsetSeconds(sign: string, h: string, m: string | undefined, s: string | undefined, maxHours: number): number | undefined {
  const hours = Number(h);
  const minutes = Number(m ?? 0);
  const seconds = Number(s ?? 0);
  if (hours > maxHours || minutes > 59 || seconds > 59) return undefined;
  const total = hours * 3600 + minutes * 60 + seconds;
  if (total > maxHours * 3600) return undefined;
  return sign === "-" ? -total : total;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function toInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  fraction: string | undefined,
  offset: number,
): Instant | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const local = BigInt(daysFromCivil(year, month, day)) * 86400n + BigInt(hour * 3600 + minute * 60 + second);
  const nanos = fraction === undefined ? 0 : Number(fraction.padEnd(9, "0"));
  return { epochSeconds: local - BigInt(offset), nanos };
}
