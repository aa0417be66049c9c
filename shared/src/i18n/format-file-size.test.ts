import { describe, expect, it } from 'vitest';
import { formatFileSize } from './format-file-size.js';

describe('formatFileSize', () => {
  it('says kilobytes and megabytes as the reader writes numbers, at least 1 kB', () => {
    expect(formatFileSize(820_000, 'en')).toBe('820 kB');
    expect(formatFileSize(2_400_000, 'it')).toBe('2,4 MB');
    expect(formatFileSize(12, 'en')).toBe('1 kB');
  });
});
