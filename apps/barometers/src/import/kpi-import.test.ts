import { expect, waitUntil } from '@open-wc/testing';
import { chooseFiles } from '../../../../mocks/dom-testing.js';
import {
  PEOPLE,
  barometersPortal,
  captureDownload,
  deep,
  deepAll,
  found,
  mountBarometers,
  textOf,
} from '../barometers-testing.js';

const IMPORT = 'piazza-kpi-import';

/** Counts the import mutations the page sends, while `during` runs. */
async function importRequests(during: () => Promise<void>): Promise<number> {
  const original = window.fetch;
  let count = 0;
  window.fetch = (input, init) => {
    if (typeof init?.body === 'string' && init.body.includes('ImportKpiMeasurements')) count++;
    return original(input, init);
  };
  try {
    await during();
  } finally {
    window.fetch = original;
  }
  return count;
}

async function chooseAndSend(app: Element, file: File): Promise<void> {
  const input = await found<HTMLInputElement>(app, IMPORT, 'input[type=file]');
  chooseFiles(input, file);
  const send = deep<HTMLButtonElement>(app, IMPORT, 'button.send')!;
  await waitUntil(() => !send.disabled, 'cannot send');
  send.click();
}

const csv = (...lines: string[]) =>
  new File([lines.join('\r\n')], 'october.csv', { type: 'text/csv' });

describe('piazza-kpi-import', () => {
  it('imports a valid file and says what it changed; the same file again changes nothing', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias), 'import');
    const file = csv(
      'dealer_id,kpi_code,period,value,base,target',
      'dealer-de-0001,NEW_VEHICLE_SALES,2026-09,31,,30',
      'dealer-de-0001,LEAD_CONVERSION,2026-11,14,100,0.15',
    );
    await chooseAndSend(app, file);
    const stored = await found(app, IMPORT, 'p.stored');
    expect(textOf(stored)).to.equal('Imported 2 lines: 1 new, 1 changed, 0 unchanged.');
    await chooseAndSend(app, file);
    await waitUntil(() =>
      textOf(deep(app, IMPORT, 'p.stored')).endsWith('0 new, 0 changed, 2 unchanged.'),
    );
  });

  it('lists each refused line with its reason in German, stores nothing and keeps the file', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias, 'de'), 'import');
    await chooseAndSend(
      app,
      csv(
        'dealer_id,kpi_code,period,value',
        'dealer-de-0001,NEW_VEHICLE_SALES,2026-09,zwölf',
        'dealer-xx-9999,NEW_VEHICLE_SALES,2026-09,12',
        'dealer-fr-0001,NEW_VEHICLE_SALES,2026-09,12',
        'dealer-de-0001,CSI,2026-09,88',
        'dealer-de-0001,CSI,2026-09,88',
      ),
    );
    await found(app, IMPORT, '.report tbody tr');
    const rows = deepAll(app, IMPORT, '.report tbody tr').map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => textOf(cell)),
    );
    expect(rows).to.deep.equal([
      ['2', 'value', 'Keine Zahl (Dezimalstellen mit Punkt).', 'zwölf'],
      ['3', 'dealer_id', 'Kein Händler hat diese ID.', 'dealer-xx-9999'],
      [
        '4',
        'dealer_id',
        'Dieser Händler liegt außerhalb Ihres Teils des Netzes.',
        'dealer-fr-0001',
      ],
      [
        '6',
        '–',
        'Derselbe Händler, KPI, Zeitraum und dasselbe Subjekt stehen schon in einer früheren Zeile.',
        'dealer-de-0001,CSI,,2026-09',
      ],
    ]);
    expect(textOf(deep(app, IMPORT, '.report h2'))).to.equal('4 Probleme in der Datei');
    expect(textOf(deep(app, IMPORT, '.report p'))).to.contain(
      'Von ihren 5 Zeilen wurde nichts gespeichert',
    );
    expect(textOf(deep(app, IMPORT, 'p.chosen'))).to.contain('october.csv');
    expect(deep<HTMLButtonElement>(app, IMPORT, 'button.send')!.disabled).to.equal(false);
    const { text } = await captureDownload(() =>
      deep<HTMLButtonElement>(app, IMPORT, 'button.error-report')!.click(),
    );
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('Zeile,Spalte,Fehler,Wert');
    expect(lines[1]).to.equal('2,value,Keine Zahl (Dezimalstellen mit Punkt).,zwölf');
    expect(lines.length).to.equal(5);
  });

  it('refuses a 50 MB file before sending anything, naming its size', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.oliver), 'import');
    const big = new File([new Uint8Array(50 * 1024 * 1024)], 'huge.csv', { type: 'text/csv' });
    const sent = await importRequests(async () => {
      const input = await found<HTMLInputElement>(app, IMPORT, 'input[type=file]');
      chooseFiles(input, big);
      await waitUntil(() => textOf(deep(app, IMPORT, '[role=alert]')) !== '');
      deep<HTMLButtonElement>(app, IMPORT, 'button.send')!.click();
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(sent).to.equal(0);
    expect(deep<HTMLButtonElement>(app, IMPORT, 'button.send')!.disabled).to.equal(true);
    expect(textOf(deep(app, IMPORT, '[role=alert]'))).to.match(
      /^This file is 5\d(\.\d)? MB: files of at most 10(\.\d)? MB can be imported/,
    );
  });

  it('reports a wrong column and a file without lines', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias, 'it'), 'import');
    await chooseAndSend(app, csv('dealer_id,kpi,period,value', 'dealer-de-0001,CSI,2026-09,88'));
    await found(app, IMPORT, '.report tbody tr');
    const reasons = deepAll(app, IMPORT, '.report tbody td:nth-of-type(2)').map(textOf);
    expect(reasons).to.deep.equal([
      "L'importazione non conosce questa colonna.",
      'Manca questa colonna obbligatoria.',
    ]);
    await chooseAndSend(app, csv(''));
    await waitUntil(
      () => textOf(deep(app, IMPORT, '.report tbody td:nth-of-type(2)')) === 'Il file è vuoto.',
    );
  });

  it('downloads a template with the header and is accessible', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias), 'import');
    await found(app, IMPORT, 'button.template');
    const { text, fileName, bytes } = await captureDownload(() =>
      deep<HTMLButtonElement>(app, IMPORT, 'button.template')!.click(),
    );
    expect(fileName).to.equal('kpi-import-template.csv');
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(text).to.equal('dealer_id,kpi_code,period,value,base,target,subject\r\n');
    await expect(deep(app, IMPORT)).to.be.accessible();
  });
});
