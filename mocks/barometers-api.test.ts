import { describe, expect, it } from 'vitest';
import { MockBarometersApi } from './barometers-api.js';
import { mockNetwork } from './fixtures.js';

const network = mockNetwork();
const person = (id: string) => network.people.find((candidate) => candidate.id === id)!;
const MATTHIAS = person('person-demo-de-region');
const OLIVER = person('person-demo-admin');
const CAMILLE = person('person-demo-fr-sales');
const NORD = { level: 'REGION' as const, id: 'region-de-01', brandId: 'brand-norvik' };

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return (error as { extensions: Record<string, string> }).extensions;
  }
  throw new Error('not refused');
}

describe('the mock of the barometers', () => {
  it('gives a region manager his region, an admin each brand’s group, others nothing', () => {
    const api = new MockBarometersApi(network);
    expect(api.barometerScopes(MATTHIAS).map((s) => [s.level, s.id, s.brand.id])).toEqual([
      ['REGION', 'region-de-01', 'brand-norvik'],
    ]);
    expect(api.barometerScopes(OLIVER).map((s) => s.level)).toEqual([
      'GROUP',
      'GROUP',
      'GROUP',
      'GROUP',
    ]);
    expect(api.barometerScopes(CAMILLE)).toEqual([]);
  });

  it('answers NOT_FOUND for another region, another brand, or a dealer elsewhere', () => {
    const api = new MockBarometersApi(network);
    const period = '2026-10';
    expect(
      refusal(() => api.barometer(MATTHIAS, { scope: { ...NORD, id: 'region-de-02' }, period })),
    ).toEqual({ code: 'NOT_FOUND' });
    // The same region, another brand's dealers: not his.
    expect(
      refusal(() =>
        api.barometer(MATTHIAS, { scope: { ...NORD, brandId: 'brand-veyra' }, period }),
      ),
    ).toEqual({ code: 'NOT_FOUND' });
    expect(
      refusal(() => api.dealerBarometer(MATTHIAS, { dealerId: 'dealer-fr-0001', period })),
    ).toEqual({ code: 'NOT_FOUND' });
    expect(
      refusal(() => api.barometer(MATTHIAS, { scope: NORD, period: 'October' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });

  it('rolls up, ranks and rates the region’s dealers', () => {
    const barometer = new MockBarometersApi(network).barometer(MATTHIAS, {
      scope: NORD,
      period: '2026-10',
    });
    expect(barometer.rollups.map((row) => row.level)).toEqual(['REGION']);
    const sales = barometer.kpis.findIndex((kpi) => kpi.code === 'NEW_VEHICLE_SALES');
    const total = barometer.rows.reduce((sum, row) => sum + (row.cells[sales]!.actual ?? 0), 0);
    expect(barometer.rollups[0]!.cells[sales]!.actual).toBe(total);
    const ranks = barometer.rows
      .map((row) => row.cells[sales]!.rank)
      .filter((rank) => rank !== null);
    expect([...ranks].sort()).toEqual(ranks.map((_, i) => i + 1));
    expect(barometer.rows[0]!.cells[sales]!.trend).toHaveLength(12);
  });

  it('imports all or nothing, and the same file again changes nothing', () => {
    const api = new MockBarometersApi(network);
    const good = 'dealer_id,kpi_code,period,value\r\ndealer-de-0001,CSI,2026-09,91.5\r\n';
    expect(api.importKpiMeasurements(MATTHIAS, { csv: good })).toMatchObject({
      stored: true,
      rows: 1,
      updated: 1,
    });
    expect(api.importKpiMeasurements(MATTHIAS, { csv: good })).toMatchObject({
      stored: true,
      unchanged: 1,
    });
    const bad = `${good}dealer-de-0001,CSI,2026-10,"unclosed\r\n`;
    const report = api.importKpiMeasurements(MATTHIAS, { csv: bad.replace('91.5', '92') });
    expect(report).toMatchObject({ stored: false, rows: 2 });
    expect(report.errors).toEqual([
      { line: 3, column: null, reason: 'MALFORMED_LINE', value: null },
    ]);
    // Nothing of the refused file was stored: the first value stands.
    expect(api.importKpiMeasurements(MATTHIAS, { csv: good })).toMatchObject({ unchanged: 1 });
    expect(refusal(() => api.importKpiMeasurements(CAMILLE, { csv: good }))).toEqual({
      code: 'FORBIDDEN',
    });
  });
});
