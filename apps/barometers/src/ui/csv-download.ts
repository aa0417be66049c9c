import { downloadFile } from '@piazza/shared';
import { toCsv, type CsvCell } from '@piazza/shared/screens';

/**
 * Saves a table the page already holds as a CSV file in the person's downloads. Numbers
 * are written as JavaScript does (a dot for decimals) and separated by commas, so the file
 * reads the same whatever the language of the person who exported it.
 */
export function downloadCsv(
  fileName: string,
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): void {
  downloadFile({ fileName, text: toCsv([header, ...rows]), type: 'text/csv;charset=utf-8' });
}
