/**
 * CSV as a Distributed Map's ItemReader reads it (RFC 4180 with a choice of delimiter): fields are
 * separated by the delimiter; a field in double quotes may hold delimiters, line breaks and doubled
 * quotes (`""` is one `"`); a quote elsewhere in a field is an ordinary character; rows end at
 * LF, CRLF or CR. Whitespace is kept as it is (recorded: a
 * row of three spaces gives the value "   "). A line with nothing on it is not a row (so a file's
 * last line break ends the last row rather than adding an empty one).
 */
export class CsvSyntaxError extends Error {
  override readonly name = "CsvSyntaxError";
}

export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  /** Whether the current row has anything (a character or a delimiter) in it yet. */
  let rowStarted = false;
  let i = 0;
  const endRow = () => {
    if (rowStarted) {
      row.push(field);
      rows.push(row);
    }
    row = [];
    field = "";
    rowStarted = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === "") {
      // A quoted field: up to the closing quote; "" inside is a literal quote.
      rowStarted = true;
      i++;
      let closed = false;
      while (i < text.length) {
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        field += q;
        i++;
      }
      if (!closed) throw new CsvSyntaxError(`Unterminated quoted field in CSV row ${rows.length + 1}`);
      continue;
    }
    if (ch === delimiter) {
      rowStarted = true;
      row.push(field);
      field = "";
      i++;
      continue;
    }
    if (ch === "\n" || ch === "\r") {
      endRow();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    rowStarted = true;
    field += ch;
    i++;
  }
  endRow();
  return rows;
}

/** The character a ReaderConfig.CSVDelimiter names. */
export function delimiterCharacter(name: "COMMA" | "PIPE" | "SEMICOLON" | "SPACE" | "TAB"): string {
  return { COMMA: ",", PIPE: "|", SEMICOLON: ";", SPACE: " ", TAB: "\t" }[name];
}
