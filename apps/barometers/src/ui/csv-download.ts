import { downloadFile } from '@piazza/shared';

/** A cell of an exported table: numbers stay raw (a spreadsheet computes with them). */
export type CsvValue = string | number | null;

/** Makes Excel open the file as UTF-8, accents included. */
const BYTE_ORDER_MARK = '\uFEFF';
/** Spreadsheets run a cell starting with these as a formula: a name must never be one. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV text (RFC 4180: commas, CRLF, quotes doubled inside quoted cells) with a
 * byte order mark. Numbers are written as JavaScript does (a dot for decimals), so the file
 * reads the same whatever the language of the person who exported it.
 */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (row: readonly CsvValue[]) => `${row.map(csvCell).join(',')}\r\n`;
  return BYTE_ORDER_MARK + [header, ...rows].map(line).join('');
}

/** Saves a table the page already holds as a CSV file in the person's downloads. */
export function downloadCsv(
  fileName: string,
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): void {
  downloadFile({ fileName, text: csvText(header, rows), type: 'text/csv;charset=utf-8' });
}
