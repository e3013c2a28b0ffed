/**
 * A small RFC 4180 parser for tests: CRLF (or LF) records, `"`-quoted fields with `""` escapes and
 * line breaks inside quotes. An unquoted empty field is null, a quoted one is "" — the exports keep
 * the two apart.
 */
export function parseCsv(text: string): Array<Array<string | null>> {
  const records: Array<Array<string | null>> = [];
  let record: Array<string | null> = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field === "" && !quoted ? null : field);
    field = "";
    quoted = false;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"' && field === "" && !quoted) {
      quoted = true;
      i += 1;
      for (;;) {
        const next = text.indexOf('"', i);
        if (next === -1) throw new Error("unterminated quoted field");
        field += text.slice(i, next);
        if (text[next + 1] === '"') {
          field += '"';
          i = next + 2;
        } else {
          i = next + 1;
          break;
        }
      }
      continue;
    }
    if (ch === ",") {
      endField();
      i += 1;
    } else if (ch === "\r" && text[i + 1] === "\n") {
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (ch === "\n") {
      endField();
      records.push(record);
      record = [];
      i += 1;
    } else {
      if (quoted) throw new Error(`text after a closing quote at ${i}`);
      field += ch;
      i += 1;
    }
  }
  if (field !== "" || quoted || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/** Undoes the export's formula guard: a leading `'` was added to cells starting with = + - @ TAB CR '. */
export const unguard = (cell: string | null) => (cell?.startsWith("'") ? cell.slice(1) : cell);
