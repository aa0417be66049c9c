import { expect } from '@open-wc/testing';
import { defaultWallTime, scheduledInstant } from './schedule.js';

const NOW = Date.parse('2026-11-29T17:00:00Z');

describe('scheduling in a time zone', () => {
  it('turns 13:00 tomorrow in Rome into the right instant, whatever the editor’s zone', () => {
    const result = scheduledInstant(
      { date: '2026-11-30', time: '13:00' },
      { timeZone: 'Europe/Rome', mustReadBy: null, now: NOW },
    );
    expect(result).to.deep.equal({ publishAt: '2026-11-30T12:00:00.000Z' });
  });

  it('counts the hour that summer time adds', () => {
    const result = scheduledInstant(
      { date: '2027-06-01', time: '13:00' },
      { timeZone: 'Europe/Madrid', mustReadBy: null, now: NOW },
    );
    expect(result).to.deep.equal({ publishAt: '2027-06-01T11:00:00.000Z' });
  });

  it('refuses a time already past, a missing time, and a deadline before publication', () => {
    const options = { timeZone: 'Europe/Rome', mustReadBy: null, now: NOW };
    expect(scheduledInstant({ date: '2026-11-29', time: '18:00' }, options)).to.deep.equal({
      error: { field: 'publishAt', reason: 'IN_THE_PAST' },
    });
    expect(scheduledInstant({ date: '2026-11-30', time: '' }, options)).to.deep.equal({
      error: { field: 'publishAt', reason: 'REQUIRED' },
    });
    expect(
      scheduledInstant(
        { date: '2026-11-30', time: '13:00' },
        { ...options, mustReadBy: '2026-11-30T11:00:00.000Z' },
      ),
    ).to.deep.equal({ error: { field: 'mustReadBy', reason: 'DEADLINE_BEFORE_PUBLICATION' } });
  });

  it('proposes tomorrow at 09:00 on the chosen clocks', () => {
    // 23:30 in Santiago is already the next day in Rome.
    expect(defaultWallTime('Europe/Rome', Date.parse('2026-11-30T02:30:00Z'))).to.deep.equal({
      date: '2026-12-01',
      time: '09:00',
    });
  });
});
