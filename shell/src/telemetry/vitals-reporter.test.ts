import { expect } from '@open-wc/testing';
import type { MetricType } from 'web-vitals';
import {
  VitalsReporter,
  type MetricSource,
  type VitalsReporterOptions,
} from './vitals-reporter.js';

interface Beacon {
  url: string;
  type: string;
  body: { token: string; samples: { app: string; locale: string; name: string; value: number }[] };
}

/** Catches what the reporter hands navigator.sendBeacon, as the browser would take it. */
function catchBeacons(): { beacons: () => Promise<Beacon[]>; restore(): void } {
  const sent: { url: string; data: Blob }[] = [];
  const beacon = navigator as { sendBeacon: Navigator['sendBeacon'] };
  beacon.sendBeacon = (url, data) => {
    sent.push({ url: String(url), data: data as Blob });
    return true;
  };
  return {
    beacons: () =>
      Promise.all(
        sent.map(async ({ url, data }) => ({
          url,
          type: data.type,
          body: JSON.parse(await data.text()) as Beacon['body'],
        })),
      ),
    restore: () => delete (beacon as Partial<typeof beacon>).sendBeacon,
  };
}

/** The page going to the background, as the browser announces it. */
function hidePage(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  try {
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  } finally {
    Reflect.deleteProperty(document, 'visibilityState');
  }
}

/** web-vitals' reporting functions, fed by hand: `report('LCP', 2100)`. */
function handFedSource() {
  const callbacks = new Map<string, (metric: MetricType) => void>();
  const on = (name: string) => (callback: (metric: MetricType) => void) =>
    callbacks.set(name, callback);
  const source = {
    onLCP: on('LCP'),
    onINP: on('INP'),
    onCLS: on('CLS'),
    onTTFB: on('TTFB'),
  } as unknown as MetricSource;
  let loads = 0;
  return {
    source: async () => {
      loads += 1;
      return source;
    },
    loads: () => loads,
    report(name: MetricType['name'], value: number) {
      callbacks.get(name)?.({ name, value } as MetricType);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the web vitals reporter', () => {
  let caught: ReturnType<typeof catchBeacons>;
  let reporter: VitalsReporter | undefined;
  let where = { app: 'shell', locale: 'de' };

  const start = (options: Partial<VitalsReporterOptions>) => {
    reporter = new VitalsReporter({
      origin: 'https://piazza.example',
      getToken: () => 'token-1',
      attribution: () => where,
      sampleRate: 1,
      ...options,
    }).start();
    return reporter;
  };

  beforeEach(() => {
    caught = catchBeacons();
    where = { app: 'shell', locale: 'de' };
  });
  afterEach(() => {
    reporter?.stop();
    caught.restore();
  });

  it('batches the metrics of the page load and sends them in one beacon when the page is hidden', async () => {
    const metrics = handFedSource();
    start({ source: metrics.source });
    await settle();
    metrics.report('TTFB', 180);
    where = { app: 'news', locale: 'it' };
    metrics.report('LCP', 2140);
    // The page shown again (back from another tab): nothing leaves yet.
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    expect(await caught.beacons()).to.deep.equal([]);
    metrics.report('CLS', 0.03);
    metrics.report('INP', 96);
    hidePage();
    expect(await caught.beacons()).to.deep.equal([
      {
        url: 'https://piazza.example/api/vitals',
        type: 'application/json',
        body: {
          token: 'token-1',
          samples: [
            { app: 'shell', locale: 'de', name: 'TTFB', value: 180 },
            { app: 'news', locale: 'it', name: 'LCP', value: 2140 },
            { app: 'news', locale: 'it', name: 'CLS', value: 0.03 },
            { app: 'news', locale: 'it', name: 'INP', value: 96 },
          ],
        },
      },
    ]);
    hidePage();
    expect((await caught.beacons()).length).to.equal(1);
  });

  it('sends at most 50 samples per beacon, and what is left when the page goes away', async () => {
    const metrics = handFedSource();
    start({ source: metrics.source });
    await settle();
    for (let i = 0; i < 120; i++) metrics.report('INP', i);
    dispatchEvent(new Event('pagehide'));
    const beacons = await caught.beacons();
    expect(beacons.map((beacon) => beacon.body.samples.length)).to.deep.equal([50, 50, 20]);
    expect(beacons.flatMap((beacon) => beacon.body.samples.map((s) => s.value))).to.deep.equal(
      Array.from({ length: 120 }, (_, i) => i),
    );
  });

  it('sends with the token of the moment, or the last one an asynchronous provider gave', async () => {
    const metrics = handFedSource();
    let token = 'token-1';
    start({ source: metrics.source, getToken: () => token });
    await settle();
    token = 'token-2';
    metrics.report('LCP', 1900);
    hidePage();
    let asynchronous = 'token-3';
    reporter!.options.getToken = async () => asynchronous;
    metrics.report('CLS', 0.2);
    await settle();
    asynchronous = 'token-4';
    hidePage();
    expect((await caught.beacons()).map((beacon) => beacon.body.token)).to.deep.equal([
      'token-2',
      'token-3',
    ]);
  });

  it('keeps the samples while nobody is signed in, and never throws', async () => {
    const metrics = handFedSource();
    let token: string | null = null;
    start({ source: metrics.source, getToken: () => token });
    await settle();
    metrics.report('LCP', 2500);
    hidePage();
    expect(await caught.beacons()).to.deep.equal([]);
    token = 'token-1';
    const sendBeacon = navigator.sendBeacon;
    (navigator as { sendBeacon: Navigator['sendBeacon'] }).sendBeacon = () => {
      throw new TypeError('Beacons are not allowed here');
    };
    expect(() => hidePage()).not.to.throw();
    (navigator as { sendBeacon: Navigator['sendBeacon'] }).sendBeacon = sendBeacon;
    reporter!.options.attribution = () => {
      throw new Error('no portal');
    };
    expect(() => metrics.report('INP', 300)).not.to.throw();
  });

  it('leaves the page loads outside the sample alone: no web-vitals, no beacon', async () => {
    const metrics = handFedSource();
    const skipped = start({ source: metrics.source, sampleRate: 0 });
    await settle();
    expect(skipped.sampled).to.equal(false);
    expect(metrics.loads()).to.equal(0);
    hidePage();
    dispatchEvent(new Event('pagehide'));
    expect(await caught.beacons()).to.deep.equal([]);
  });

  it('reports the time to first byte that web-vitals measures for this page', async () => {
    start({ getToken: () => 'token-1' });
    // web-vitals reports TTFB once the page has loaded, then it is queued like any metric.
    for (let tries = 0; tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      dispatchEvent(new Event('pagehide'));
      if ((await caught.beacons()).length > 0) break;
    }
    const [beacon] = await caught.beacons();
    const [ttfb] = beacon!.body.samples;
    expect(ttfb!.name).to.equal('TTFB');
    expect(ttfb!.app).to.equal('shell');
    expect(ttfb!.value).to.be.a('number').and.at.least(0);
    expect(ttfb!.value).to.be.below(performance.now());
  });
});
