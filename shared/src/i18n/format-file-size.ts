/**
 * A file's size as people read it, in their language: "820 kB", "2.4 MB" ("2,4 MB").
 *
 * @example
 * formatFileSize(2_400_000, 'it'); // '2,4 MB'
 */
export function formatFileSize(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes / 1000, 1), 'kilobyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
