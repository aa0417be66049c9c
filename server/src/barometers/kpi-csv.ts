import { parse } from 'csv-parse/sync';
import type { KpiImportError } from '../generated/resolvers.js';
import type { KpiRow } from './kpi-rows.js';

/** A file over 10 MB is refused before it is read. */
export const MAX_KPI_CSV_BYTES = 10 * 1024 * 1024;
/** Rows below the header. */
export const MAX_KPI_CSV_ROWS = 100_000;

const REQUIRED = ['dealer_id', 'kpi_code', 'period', 'value'] as const;
const OPTIONAL = ['base', 'target', 'subject'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];
const COLUMNS: readonly string[] = [...REQUIRED, ...OPTIONAL];

/** Line 0: an error about the whole file rather than one of its lines. */
export const WHOLE_FILE = 0;

export interface CsvReading {
  rows: KpiRow[];
  errors: KpiImportError[];
}

/** A refused value as the report shows it: at most 80 characters. */
export const shown = (value: string): string => value.slice(0, 80);

/**
 * Excel writes `;` and decimal commas where the comma is the decimal separator (de, it,
 * fr…): the header line tells which separator the file uses.
 */
function separatorOf(csv: string): ',' | ';' {
  const header = csv.slice(0, csv.search(/\r?\n|$/));
  const count = (char: string) => header.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** A plain decimal number ("12.5", "-3", "1e3"; "12,5" in a `;` file), or undefined. */
function readNumber(text: string, decimalComma: boolean): number | undefined {
  const normal = decimalComma ? text.replace(/^([+-]?\d*),(\d+)$/, '$1.$2') : text;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(normal)) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Reads a KPI file into rows (their line numbers counting the header as line 1) and the
 * errors that need no database: size, header, unreadable lines, numbers.
 */
export function readKpiCsv(csv: string): CsvReading {
  if (Buffer.byteLength(csv, 'utf8') > MAX_KPI_CSV_BYTES) {
    return { rows: [], errors: [{ line: WHOLE_FILE, reason: 'FILE_TOO_LARGE' }] };
  }
  const separator = separatorOf(csv.replace(/^\uFEFF/, ''));
  const errors: KpiImportError[] = [];
  const records = parse(csv, {
    delimiter: separator,
    bom: true,
    info: true,
    trim: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) errors.push({ line: Number(error.lines), reason: 'MALFORMED_LINE' });
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [{ line: 1, reason: 'EMPTY_FILE' }] };
  const names = header.record.map((name) => name.toLowerCase());
  const unknown = names.filter((name) => !COLUMNS.includes(name));
  const missing = REQUIRED.filter((name) => !names.includes(name));
  if (unknown.length > 0 || missing.length > 0) {
    return {
      rows: [],
      errors: [
        ...missing.map((column) => ({ line: 1, column, reason: 'MISSING_COLUMN' as const })),
        ...unknown.map((name) => ({
          line: 1,
          value: shown(name),
          reason: 'UNKNOWN_COLUMN' as const,
        })),
      ],
    };
  }
  if (body.length === 0 && errors.length === 0) {
    return { rows: [], errors: [{ line: 2, reason: 'EMPTY_FILE' }] };
  }
  if (body.length > MAX_KPI_CSV_ROWS) {
    return {
      rows: [],
      errors: [{ line: body[MAX_KPI_CSV_ROWS]!.info.lines, reason: 'TOO_MANY_ROWS' }],
    };
  }
  const rows = body.map(({ record, info }) => {
    const field = (column: Column) => record[names.indexOf(column)] ?? '';
    const number = (column: Column, required: boolean): number | null | undefined => {
      const text = field(column);
      if (text === '' && !required) return null;
      const value = readNumber(text, separator === ';');
      if (value === undefined) {
        errors.push({ line: info.lines, column, reason: 'NOT_A_NUMBER', value: shown(text) });
      }
      return value;
    };
    return {
      line: info.lines,
      dealerId: field('dealer_id'),
      kpiCode: field('kpi_code'),
      period: field('period'),
      value: number('value', true) ?? undefined,
      base: number('base', false),
      target: number('target', false),
      subject: field('subject'),
    };
  });
  return { rows, errors };
}
