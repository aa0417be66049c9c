import { expect } from '@open-wc/testing';
import type { TFunction } from 'i18next';
import { reachCsv, reachFileName, type Reach } from './reach-figures.js';

const BOM = '\uFEFF';

describe('reachCsv', () => {
  const t = ((key: string) => `[${key}]`) as unknown as TFunction;
  const reach: Reach = {
    audience: 3,
    opened: 2,
    acknowledged: 1,
    byCountry: [],
    byRegion: [],
    byDealer: [{ id: 'd1', name: 'Garage du Parc, Lyon', audience: 3, opened: 2, acknowledged: 1 }],
    notAcknowledged: [
      {
        id: 'p1',
        displayName: 'Zoé Lefèvre',
        job: 'MECHANIC',
        dealer: { id: 'd1', name: 'Garage du Parc, Lyon', city: 'Lyon' },
      },
      { id: 'p2', displayName: 'Marc "Max" Roy', job: 'AREA_MANAGER', dealer: null },
    ],
  };

  it('lists who has not acknowledged, then the dealers with their shares in whole percent', () => {
    expect(reachCsv(reach, t, 'en').split('\r\n')).to.deep.equal([
      `${BOM}[reach.notAcknowledged.title]`,
      '[reach.columns.person],[reach.columns.job],[reach.columns.dealer],[reach.columns.city]',
      'Zoé Lefèvre,[common:jobs.MECHANIC],"Garage du Parc, Lyon",Lyon',
      '"Marc ""Max"" Roy",[common:jobs.AREA_MANAGER],,',
      '',
      '[reach.byDealer]',
      '[reach.columns.dealer],[reach.columns.audience],[reach.columns.opened],' +
        '[reach.columns.openedShare],[reach.columns.acknowledged],[reach.columns.acknowledgedShare]',
      '"Garage du Parc, Lyon",3,2,67,1,33',
      '',
    ]);
  });

  it('names the file after the article and the day', () => {
    expect(reachFileName('article-0042', new Date(2026, 0, 5, 23, 59))).to.equal(
      'reach-article-0042-2026-01-05.csv',
    );
  });
});
