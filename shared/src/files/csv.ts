/**
 * A cell of a CSV file: text as it is, numbers as JavaScript writes them (a spreadsheet
 * computes with them), null for a value that is missing.
 */
export type CsvCell = string | number | null;

/** Makes Excel open the file as UTF-8, accents included. */
const BYTE_ORDER_MARK = '\uFEFF';
/** Spreadsheets run a cell starting with these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Comma, or semicolon where the comma is the decimal separator (as Excel expects there). */
export type CsvSeparator = ',' | ';';

/** The separator a spreadsheet in this language expects. */
export function csvSeparator(locale: string): CsvSeparator {
  return new Intl.NumberFormat(locale).format(1.5).includes(',') ? ';' : ',';
}

function csvCell(cell: CsvCell, separator: CsvSeparator): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as a CSV file (RFC 4180: separated by commas or the given separator, CRLF, quotes
 * doubled inside quoted cells), with a byte order mark so that Excel reads it as UTF-8.
 *
 * @example
 * ```ts
 * toCsv([['Name', 'City'], ['Dupont, Marie', 'Lyon']]); // '\uFEFFName,City\r\n"Dupont, Marie",Lyon\r\n'
 * ```
 */
export function toCsv(
  rows: readonly (readonly CsvCell[])[],
  separator: CsvSeparator = ',',
): string {
  const line = (row: readonly CsvCell[]) =>
    `${row.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`;
  return BYTE_ORDER_MARK + rows.map(line).join('');
}
