import type { TokenProvider } from '../boot/token-renewal.js';

/**
 * Tokens of the server's built-in demo issuer, used when Piazza runs standalone (no host
 * portal gives it a token). The server also sets them as an HttpOnly session cookie, with
 * which it embeds the first view in the page; the copy kept here (per tab) serves the
 * requests and pages the server did not render (the Vite dev server).
 */
const TOKEN_KEY = 'piazza.demoToken';
/** Whose token it is, so that an expired one can be renewed. */
const PERSON_KEY = 'piazza.demoPerson';

export interface DemoPerson {
  id: string;
  displayName: string;
  job: string;
  roles: string[];
  countryCode: string;
  countryName: string;
  brandName: string;
  locale: string;
}

export function storedDemoToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * Keeps the token the server embedded in the page (its session cookie's) as this tab's,
 * so that a renewal replaces it. Its person is remembered once the session has loaded.
 */
export function adoptDemoToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
  sessionStorage.removeItem(PERSON_KEY);
}

/** Remembers who is signed in on this tab, for renewals. */
export function rememberDemoPerson(personId: string): void {
  sessionStorage.setItem(PERSON_KEY, personId);
}

/** Forgets the token here and the session cookie the server set with it. */
export async function signOutDemo(origin: string): Promise<void> {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(PERSON_KEY);
  await fetch(new URL('/auth/demo/sign-out', origin), { method: 'POST' }).catch(() => undefined);
}

export async function fetchDemoPeople(origin: string): Promise<DemoPerson[]> {
  const response = await fetch(new URL('/auth/demo/people', origin));
  if (!response.ok) throw new Error(`Demo people: HTTP ${response.status}`);
  return (await response.json()) as DemoPerson[];
}

/** Asks the demo issuer for a token for this person and keeps it as this tab's. */
/** The demo issuer refused a token: `status` 429 means too many sign-ins from here. */
export class SignInRefused extends Error {
  constructor(readonly status: number) {
    super(`Demo token: HTTP ${status}`);
  }
}

export async function signInAsDemoPerson(origin: string, personId: string): Promise<string> {
  const response = await fetch(new URL('/auth/demo/token', origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  if (!response.ok) throw new SignInRefused(response.status);
  const { accessToken } = (await response.json()) as { accessToken: string };
  sessionStorage.setItem(TOKEN_KEY, accessToken);
  rememberDemoPerson(personId);
  return accessToken;
}

/**
 * The standalone portal's TokenProvider: this tab's demo token; a forced refresh asks the
 * demo issuer for a new token for the same person. That needs no secret: the demo issuer
 * gives any person a token without a password, so renewing this way is no weaker than the
 * demo sign-in itself (a real identity provider renews with its own session instead).
 */
export function demoTokenProvider(origin: string): TokenProvider {
  return ({ forceRefresh = false } = {}) => {
    if (!forceRefresh) return storedDemoToken();
    const personId = sessionStorage.getItem(PERSON_KEY);
    return personId === null ? null : signInAsDemoPerson(origin, personId);
  };
}
