import { expect } from '@open-wc/testing';
import { formatTimestamp } from '@piazza/shared';
import { timeZoneName, wallTimeAt, zonedTimeToInstant } from './time-zone.js';

describe('zonedTimeToInstant', () => {
  it('reads a wall time in the zone the editor chose, in winter and in summer', () => {
    expect(zonedTimeToInstant({ date: '2026-11-24', time: '13:00' }, 'Europe/Rome')).to.equal(
      '2026-11-24T12:00:00.000Z',
    );
    expect(zonedTimeToInstant({ date: '2026-07-01', time: '13:00' }, 'Europe/Rome')).to.equal(
      '2026-07-01T11:00:00.000Z',
    );
    expect(zonedTimeToInstant({ date: '2026-07-01', time: '13:00' }, 'America/Santiago')).to.equal(
      '2026-07-01T17:00:00.000Z',
    );
    expect(zonedTimeToInstant({ date: '2026-11-24', time: '13:00' }, 'Europe/London')).to.equal(
      '2026-11-24T13:00:00.000Z',
    );
  });

  it('moves a time the clocks skip forward by the gap, as the clocks do', () => {
    // 29 March 2026: Italy's clocks go from 02:00 straight to 03:00.
    expect(zonedTimeToInstant({ date: '2026-03-29', time: '02:30' }, 'Europe/Rome')).to.equal(
      '2026-03-29T01:30:00.000Z',
    );
    expect(zonedTimeToInstant({ date: '2026-03-29', time: '03:00' }, 'Europe/Rome')).to.equal(
      '2026-03-29T01:00:00.000Z',
    );
  });

  it('takes the first of a time the clocks show twice', () => {
    // 25 October 2026: Italy's clocks show 02:00–03:00 twice, in summer time first.
    expect(zonedTimeToInstant({ date: '2026-10-25', time: '02:30' }, 'Europe/Rome')).to.equal(
      '2026-10-25T00:30:00.000Z',
    );
    expect(zonedTimeToInstant({ date: '2026-10-25', time: '03:30' }, 'Europe/Rome')).to.equal(
      '2026-10-25T02:30:00.000Z',
    );
  });

  it('handles the southern hemisphere’s changes, which fall on other dates', () => {
    // Chile goes back from -03 to -04 on 5 April 2026 at 00:00 (23:00–00:00 twice).
    expect(zonedTimeToInstant({ date: '2026-04-04', time: '23:30' }, 'America/Santiago')).to.equal(
      '2026-04-05T02:30:00.000Z',
    );
  });

  it('refuses what is not a date and time', () => {
    expect(() => zonedTimeToInstant({ date: '', time: '13:00' }, 'Europe/Rome')).to.throw(
      RangeError,
    );
  });
});

describe('wallTimeAt', () => {
  it('gives the clock of a zone at an instant, the inverse of zonedTimeToInstant', () => {
    expect(wallTimeAt('2026-11-24T12:00:00Z', 'Europe/Rome')).to.deep.equal({
      date: '2026-11-24',
      time: '13:00',
    });
    expect(wallTimeAt('2026-11-24T23:30:00Z', 'Europe/Warsaw')).to.deep.equal({
      date: '2026-11-25',
      time: '00:30',
    });
  });
});

describe('time zones for people', () => {
  it('names a zone in the reader’s language', () => {
    expect(timeZoneName('Europe/Rome', 'en', '2026-11-24T12:00:00Z')).to.equal(
      'Central European Time',
    );
    expect(timeZoneName('Europe/Rome', 'it', '2026-11-24T12:00:00Z')).to.equal(
      'Ora dell’Europa centrale',
    );
  });

  it('formats a moment in a given zone', () => {
    expect(formatTimestamp('2026-11-24T12:00:00Z', 'en-GB', 'Europe/Rome')).to.equal(
      '24 Nov 2026, 13:00',
    );
    expect(formatTimestamp('2026-11-24T12:00:00Z', 'pl', 'Europe/London')).to.equal(
      '24 lis 2026, 12:00',
    );
  });
});
