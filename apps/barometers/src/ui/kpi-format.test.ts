import { expect } from '@open-wc/testing';
import { attainmentOf, formatDelta, formatKpiValue as format, formatRate } from './kpi-format.js';

describe('kpi-format', () => {
  it('formats each unit per locale', () => {
    // Intl separates units with no-break spaces: compared as plain spaces.
    const formatKpiValue = (...args: Parameters<typeof format>) =>
      format(...args).replace(/\s/g, ' ');
    const euro = { unit: 'CURRENCY', currency: 'EUR' } as const;
    expect(formatKpiValue(92345.4, euro, 'de')).to.equal('92.345 €');
    expect(formatKpiValue(92345.4, euro, 'en')).to.equal('€92,345');
    expect(formatKpiValue(0.153, { unit: 'PERCENT' }, 'fr')).to.equal('15,3 %');
    expect(formatKpiValue(540.4, { unit: 'HOURS' }, 'it')).to.equal('540 h');
    expect(formatKpiValue(null, { unit: 'COUNT' }, 'en')).to.equal('–');
    expect(formatDelta(12, 15, { unit: 'COUNT' }, 'en')).to.equal('▼ -3');
    expect(formatDelta(0.2, 0.1, { unit: 'PERCENT' }, 'en')).to.equal('▲ +10%');
  });

  it('computes rates only with a denominator, and attainment in the KPI’s direction', () => {
    expect(formatRate(3, 0, 'en')).to.equal('–');
    expect(formatRate(3, 4, 'pl')).to.equal('75%');
    expect(attainmentOf({ actual: 120, target: 100 }, false)).to.be.closeTo(0.833, 0.001);
    expect(attainmentOf({ actual: 0, target: 100 }, false)).to.equal(null);
  });
});
