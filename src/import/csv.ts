/** Records of a CSV file, or why it cannot be read. */
export type CsvParse =
  { ok: true; rows: string[][]; warnings: string[] } | { ok: false; error: string };

/**
 * Parses CSV as RFC 4180 writes it and spreadsheets export it: fields split by `delimiter`,
 * records by CRLF, LF or CR; a field in double quotes may hold delimiters, newlines and `""`
 * for a quote. Lenient where spreadsheets are: text after a closing quote is kept (with a
 * warning). A quote that never closes is an error, since the rest of the file would be lost.
 */
export function parseCsv(text: string, delimiter: ',' | '\t' = ','): CsvParse {
  const rows: string[][] = [];
  const warnings: string[] = [];
  // Everything up to the next delimiter or line end, from lastIndex.
  const plain = new RegExp(`[^${delimiter === '\t' ? '\\t' : ','}\\r\\n]*`, 'y');
  const n = text.length;
  let row: string[] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  if (i >= n) return { ok: true, rows, warnings };
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0)
          return {
            ok: false,
            error: `row ${rows.length + 1}: a quoted field never closes (a " is missing)`,
          };
        field += text.slice(j, q);
        if (text[q + 1] === '"') {
          field += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      plain.lastIndex = i;
      const extra = plain.exec(text)?.[0] ?? '';
      if (extra) {
        warnings.push(`row ${rows.length + 1}: text after a closing quote kept as it is`);
        field += extra;
        i += extra.length;
      }
    } else {
      plain.lastIndex = i;
      field = plain.exec(text)?.[0] ?? '';
      i += field.length;
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (text[i] === delimiter) {
      i += 1;
      if (i >= n) {
        row.push('');
        rows.push(row);
        break;
      }
      continue;
    }
    // A line end: CRLF, LF or CR.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return { ok: true, rows, warnings };
}
