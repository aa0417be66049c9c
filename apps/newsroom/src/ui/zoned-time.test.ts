import { expect } from '@open-wc/testing';
import { instantOf, zoneChoices, zonedTimes } from './zoned-time.js';

describe('times typed on a time zone’s clocks', () => {
  it('offers the zones of the article’s countries, first the first, each once', () => {
    const choices = zoneChoices({
      countries: [
        { code: 'IT', timeZone: 'Europe/Rome' },
        { code: 'ES', timeZone: 'Europe/Madrid' },
      ],
      locale: 'en',
      yourZoneLabel: 'Your time zone',
    });
    expect(choices[0]).to.deep.equal({
      timeZone: 'Europe/Rome',
      label: 'Italy — Central European Time',
    });
    expect(choices[1]!.timeZone).to.equal('Europe/Madrid');
    expect(new Set(choices.map((c) => c.timeZone)).size).to.equal(choices.length);
  });

  it('keeps a zone chosen before on offer, first, whatever the countries are now', () => {
    const choices = zoneChoices({
      countries: [{ code: 'IT', timeZone: 'Europe/Rome' }],
      locale: 'en',
      yourZoneLabel: 'Your time zone',
      chosen: 'America/Santiago',
    });
    expect(choices[0]!.timeZone).to.equal('America/Santiago');
    expect(choices[1]!.timeZone).to.equal('Europe/Rome');
  });

  it('reads a date and a time on a zone’s clocks, and nothing while one is missing', () => {
    expect(instantOf({ date: '2026-11-30', time: '13:00' }, 'Europe/Rome')).to.equal(
      '2026-11-30T12:00:00.000Z',
    );
    expect(instantOf({ date: '2026-11-30', time: '' }, 'Europe/Rome')).to.equal(undefined);
  });

  it('shows a moment, and a span, on the clocks it was chosen on', () => {
    expect(
      zonedTimes('2026-11-30T12:00:00.000Z', { timeZone: 'Europe/Rome', locale: 'en-GB' }).there,
    ).to.equal('30 Nov 2026, 13:00 Central European Time');
    const span = { startsAt: '2026-11-30T12:00:00.000Z', endsAt: '2026-11-30T13:00:00.000Z' };
    expect(zonedTimes(span, { timeZone: 'Europe/Rome', locale: 'en-GB' }).there).to.match(
      /^30 Nov 2026, 13:00\s*–\s*14:00 Central European Time$/,
    );
  });
});
