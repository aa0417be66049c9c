/**
 * What a portal's beacon to POST /api/vitals may carry, and the reading of it. The shell's
 * reporter (shell/src/telemetry/) sends `{ token, samples: [{ app, locale, name, value }] }`:
 * a beacon cannot carry an Authorization header, so the access token travels in the body.
 */

/** The Core Web Vitals the portal reports, by web-vitals' names. */
export const VITAL_NAMES = ['LCP', 'INP', 'CLS', 'TTFB'] as const;
export type VitalName = (typeof VITAL_NAMES)[number];

/** Portal health looks back at most this many days; older samples are deleted. */
export const VITALS_RETENTION_DAYS = 90;

/** A beacon's body: 50 samples take about 4 KB, a token 1–2 KB. */
export const MAX_VITALS_BODY_BYTES = 16 * 1024;
export const MAX_SAMPLES_PER_BEACON = 50;

/** The samples attributed to the shell itself, before any app was mounted. */
export const SHELL_APP = 'shell';

/**
 * Above these a value is an artefact (a tab left in the background, a clock jump), not
 * anyone's experience: milliseconds up to two minutes, a layout shift score up to 50.
 */
const VALUE_CAPS: Record<VitalName, number> = {
  LCP: 120_000,
  INP: 120_000,
  TTFB: 120_000,
  CLS: 50,
};

/** Apps and locales are names of a few dozen characters. */
const NAME = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;

export interface VitalSample {
  app: string;
  locale: string;
  name: VitalName;
  value: number;
}

export interface VitalsBeacon {
  /** null when the portal had none: the sender is not signed in. */
  token: string | null;
  samples: VitalSample[];
}

/** Why a body was refused, naming the part at fault. */
export interface MalformedBeacon {
  problem: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isVitalName = (value: unknown): value is VitalName =>
  VITAL_NAMES.includes(value as VitalName);

function readSample(value: unknown, at: string): VitalSample | MalformedBeacon {
  if (!isRecord(value)) return { problem: `${at} is not an object` };
  const { app, locale, name } = value;
  if (typeof app !== 'string' || !NAME.test(app))
    return { problem: `${at}.app is not an app name` };
  if (typeof locale !== 'string' || !NAME.test(locale)) {
    return { problem: `${at}.locale is not a locale code` };
  }
  if (!isVitalName(name)) return { problem: `${at}.name is not one of ${VITAL_NAMES.join(', ')}` };
  const sample = value.value;
  if (typeof sample !== 'number' || !Number.isFinite(sample) || sample < 0) {
    return { problem: `${at}.value is not a finite number ≥ 0` };
  }
  if (sample >= VALUE_CAPS[name]) return { problem: `${at}.value is over ${VALUE_CAPS[name]}` };
  return { app, locale, name, value: sample };
}

/** The beacon in these bytes, or what is wrong with it (its shape only: see receive-vitals.ts). */
export function readVitalsBeacon(bytes: Uint8Array): VitalsBeacon | MalformedBeacon {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { problem: 'The body is not JSON' };
  }
  if (!isRecord(body)) return { problem: 'The body is not a JSON object' };
  const { token, samples } = body;
  if (token !== undefined && token !== null && typeof token !== 'string') {
    return { problem: 'token is not a string' };
  }
  if (!Array.isArray(samples) || samples.length === 0) {
    return { problem: 'samples is not a non-empty array' };
  }
  if (samples.length > MAX_SAMPLES_PER_BEACON) {
    return { problem: `samples holds more than ${MAX_SAMPLES_PER_BEACON} samples` };
  }
  const read: VitalSample[] = [];
  for (const [index, value] of samples.entries()) {
    const sample = readSample(value, `samples[${index}]`);
    if ('problem' in sample) return sample;
    read.push(sample);
  }
  return { token: token || null, samples: read };
}
