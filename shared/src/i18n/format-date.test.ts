import { describe, expect, it } from 'vitest';
import { formatDate, formatDeadline, formatTimeRange, formatTimestamp } from './format-date.js';

const now = new Date(2026, 10, 23, 16, 0); // Monday 23 November 2026, 16:00 local time

describe('formatDate', () => {
  it('says today and yesterday in the reader’s language, with the time', () => {
    expect(formatDate(new Date(2026, 10, 23, 14, 5).toISOString(), 'en', now)).toBe(
      'today, 2:05 PM',
    );
    expect(formatDate(new Date(2026, 10, 22, 9, 30).toISOString(), 'fr', now)).toBe('hier, 09:30');
    expect(formatDate(new Date(2026, 10, 22, 9, 30).toISOString(), 'pl', now)).toBe(
      'wczoraj, 09:30',
    );
  });

  it('names the weekday within the week', () => {
    expect(formatDate(new Date(2026, 10, 19, 8, 0).toISOString(), 'de', now)).toBe(
      'Donnerstag, 08:00',
    );
  });

  it('gives day and month for older dates, and the year only when it is not this year', () => {
    expect(formatDate(new Date(2026, 10, 2, 8, 0).toISOString(), 'it', now)).toBe('2 novembre');
    expect(formatDate(new Date(2025, 11, 31, 8, 0).toISOString(), 'nl', now)).toBe(
      '31 december 2025',
    );
  });
});

describe('formatTimestamp', () => {
  it('gives the exact date and time whatever its age, in the reader’s language', () => {
    const old = new Date(2024, 2, 5, 7, 45).toISOString();
    expect(formatTimestamp(old, 'en-GB')).toBe('5 Mar 2024, 07:45');
    expect(formatTimestamp(old, 'de')).toBe('05.03.2024, 07:45');
  });
});

describe('formatDeadline', () => {
  /** Wednesday 25 November 2026, 09:00 local time. */
  const now = new Date(2026, 10, 25, 9, 0);
  const at = (month: number, day: number, year = 2026) =>
    new Date(year, month, day, 13, 0).toISOString();

  it('says a deadline as people do, with its time, ahead or past', () => {
    expect(formatDeadline(at(10, 25), 'fr', now)).toBe('aujourd’hui, 13:00');
    expect(formatDeadline(at(10, 26), 'fr', now)).toBe('demain, 13:00');
    expect(formatDeadline(at(10, 24), 'fr', now)).toBe('hier, 13:00');
    expect(formatDeadline(at(10, 27), 'fr', now)).toBe('vendredi, 13:00');
    expect(formatDeadline(at(10, 20), 'pl', now)).toBe('piątek, 13:00');
    expect(formatDeadline(at(11, 12), 'fr', now)).toBe('12 décembre, 13:00');
    expect(formatDeadline(at(0, 12, 2027), 'fr', now)).toBe('12 janvier 2027, 13:00');
  });
});

describe('formatTimeRange', () => {
  it('says the shared day once', () => {
    const range = { startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T13:00:00Z' };
    expect(formatTimeRange(range, 'en-GB')).toMatch(/^1 Dec 2026, \d\d:00\s*–\s*\d\d:00$/);
  });

  it('says it on the clocks of a time zone when given one', () => {
    const range = { startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T13:00:00Z' };
    expect(formatTimeRange(range, 'en-GB', 'Europe/Rome')).toMatch(
      /^1 Dec 2026, 13:00\s*–\s*14:00$/,
    );
  });
});
