import type { MetricType } from 'web-vitals';
import type { TokenProvider } from '../boot/token-renewal.js';

/**
 * The share of page loads that report their vitals. A quarter still gives each app,
 * locale and country hundreds of samples a week for its p75, while three page loads in
 * four never download web-vitals nor send anything.
 */
export const VITALS_SAMPLE_RATE = 0.25;

/** Where the server takes beacons (server/src/vitals/receive-vitals.ts). */
const VITALS_PATH = '/api/vitals';
/** The most the server takes in one beacon (server/src/vitals/vitals-samples.ts). */
const MAX_SAMPLES_PER_BEACON = 50;

export interface VitalSample {
  /** The app mounted when the metric was reported, or 'shell' before any. */
  app: string;
  locale: string;
  name: MetricType['name'];
  value: number;
}

/** web-vitals' reporting functions: the one seam through which tests feed metrics. */
export type MetricSource = Pick<
  typeof import('web-vitals'),
  'onLCP' | 'onINP' | 'onCLS' | 'onTTFB'
>;

export interface VitalsReporterOptions {
  /** Piazza's origin: beacons go to its /api/vitals, whatever page the portal is in. */
  origin: string;
  getToken: TokenProvider;
  /** Where the person is when a metric is reported: the mounted app and the locale. */
  attribution(): { app: string; locale: string };
  /** Tests force 1 (always) or 0 (never); VITALS_SAMPLE_RATE otherwise. */
  sampleRate?: number;
  /** web-vitals itself by default, loaded only by the page loads in the sample. */
  source?: () => Promise<MetricSource>;
}

/**
 * Collects the page's Core Web Vitals (LCP, INP, CLS, TTFB) and sends them with
 * navigator.sendBeacon when the page is hidden or left, which survives the page's end and
 * never holds it up. A beacon carries no Authorization header: the access token travels
 * in the body. Telemetry never breaks the portal: every failure is swallowed.
 *
 * @example
 * ```ts
 * new VitalsReporter({ origin, getToken, attribution: () => ({ app, locale }) }).start();
 * ```
 */
export class VitalsReporter {
  /** The latest portal's: a new session in the same page hands over its own. */
  options: VitalsReporterOptions;
  /** Decided once per page load. */
  readonly sampled: boolean;
  private readonly queue: VitalSample[] = [];
  /** The last token the provider gave, for a provider that answers asynchronously. */
  private token: string | null = null;
  private stopped = false;

  constructor(options: VitalsReporterOptions) {
    this.options = options;
    this.sampled = Math.random() < (options.sampleRate ?? VITALS_SAMPLE_RATE);
  }

  start(): this {
    if (!this.sampled) return this;
    // On window, bubbling: web-vitals reports the page's last values to its own listener
    // (capturing), which runs before this one, so they leave in the same beacon.
    addEventListener('visibilitychange', this.onVisibilityChange);
    addEventListener('pagehide', this.flush);
    this.currentToken();
    const source = this.options.source ?? (() => import('web-vitals'));
    source()
      .then(({ onLCP, onINP, onCLS, onTTFB }) => {
        for (const on of [onLCP, onINP, onCLS, onTTFB]) on(this.record);
      })
      .catch(() => undefined);
    return this;
  }

  stop(): void {
    this.stopped = true;
    removeEventListener('visibilitychange', this.onVisibilityChange);
    removeEventListener('pagehide', this.flush);
  }

  private readonly record = ({ name, value }: MetricType): void => {
    if (this.stopped) return;
    try {
      this.queue.push({ ...this.options.attribution(), name, value });
      this.currentToken();
    } catch {
      // A sample lost is better than a portal broken.
    }
  };

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  /** Sends what is queued, in beacons of at most 50 samples; the page may be going away. */
  private readonly flush = (): void => {
    const token = this.currentToken();
    if (token === null || this.queue.length === 0) return;
    const url = new URL(VITALS_PATH, this.options.origin).href;
    while (this.queue.length > 0) {
      const samples = this.queue.splice(0, MAX_SAMPLES_PER_BEACON);
      const body = new Blob([JSON.stringify({ token, samples })], { type: 'application/json' });
      try {
        // False when the browser refuses (too much queued): these samples are lost.
        navigator.sendBeacon(url, body);
      } catch {
        // No beacon in this browser, or a policy forbids it: nothing to do.
      }
    }
  };

  /** The token of the moment when the provider answers at once, else the last one it gave. */
  private currentToken(): string | null {
    try {
      const token = this.options.getToken();
      if (token === null || typeof token === 'string') {
        this.token = token;
      } else {
        token.then((renewed) => (this.token = renewed)).catch(() => undefined);
      }
    } catch {
      // Keep the last token.
    }
    return this.token;
  }
}

let pageReporter: VitalsReporter | undefined;

/**
 * Reports the page's vitals, once per page: a later call (another session in the same
 * page) only hands the running reporter its token provider and attribution.
 */
export function reportWebVitals(options: VitalsReporterOptions): void {
  if (pageReporter) pageReporter.options = options;
  else pageReporter = new VitalsReporter(options).start();
}
