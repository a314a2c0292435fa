/**
 * Parsing a Wait `Timestamp` produced by JSONata. AWS's runtime error reads "cannot be parsed as an
 * ISO-8601 extended offset date-time format string" — the wording of Java's
 * DateTimeFormatter.ISO_OFFSET_DATE_TIME — so this follows that format rather than the stricter
 * RFC 3339 pattern AWS applies to literal timestamps at definition time: `T` and `Z` in any case,
 * seconds optional, 1–9 fraction digits, offset `Z` or ±HH:MM[:SS], strict calendar dates.
 * Recorded: no offset, month 13, hour 25 and dd-MM-yyyy are rejected; nanoseconds are accepted.
 */
const ISO_OFFSET_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2})(?::(\d{2}))?)$/;

/** Milliseconds since the epoch, or undefined when the text is not in that format. */
export function parseIsoOffsetDateTime(text: string): number | undefined {
  const m = ISO_OFFSET_DATE_TIME.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetSeconds = 0;
  if (m[8] === undefined) {
    const [oh, om, os] = [Number(m[10]), Number(m[11]), m[12] === undefined ? 0 : Number(m[12])];
    if (oh > 18 || om > 59 || os > 59) return undefined;
    offsetSeconds = (m[9] === "-" ? -1 : 1) * (oh * 3600 + om * 60 + os);
    if (Math.abs(offsetSeconds) > 18 * 3600) return undefined;
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000));
  return date.getTime() - offsetSeconds * 1000;
}
