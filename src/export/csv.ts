/**
 * CSV as RFC 4180 writes it (https://www.rfc-editor.org/rfc/rfc4180): fields separated by commas, records by CRLF,
 * a field quoted when it holds a comma, a quote, CR or LF, and quotes inside doubled. The text starts with a
 * byte-order mark: Excel reads a CSV without one in the system's legacy code page (GBK on a Chinese Windows,
 * Windows-1252 elsewhere), which garbles every Chinese character; with U+FEFF first it reads UTF-8.
 */
export const BOM = '\ufeff';

/**
 * Characters that make a spreadsheet read a cell as a formula. Excel, LibreOffice and Google Sheets evaluate
 * `=…`, and also `+…`, `-…` and `@…`, and a leading tab or CR can hide one. The task texts come from
 * government web pages we do not control: a cell reading `=HYPERLINK("http://…?"&A1, "…")` would run when an
 * analyst opens the export, and could send other cells to a third party. OWASP's advice
 * (https://owasp.org/www-community/attacks/CSV_Injection) is to prefix such a cell with an apostrophe, which
 * spreadsheets take as "this is text" and do not show in the cell. The cost: a tool that reads the CSV as plain
 * data sees the apostrophe; no value we export starts with these characters except by accident of the text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: guarded against formula injection, then quoted if it needs to be. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Records to CSV text: BOM, header first, CRLF after every record (RFC 4180 allows the last one either way;
 * ending with CRLF is what Excel itself writes).
 */
export function toCsv(records: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return BOM + records.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
