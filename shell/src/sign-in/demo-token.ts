/**
 * Tokens of the server's built-in demo issuer, used when Piazza runs standalone (no host
 * portal gives it a token). The server also sets them as an HttpOnly session cookie, with
 * which it embeds the first view in the page; the copy kept here serves pages the server
 * did not render (the Vite dev server).
 */
const STORAGE_KEY = 'piazza.demoToken';

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
  return sessionStorage.getItem(STORAGE_KEY);
}

/** Forgets the token here and the session cookie the server set with it. */
export async function signOutDemo(origin: string): Promise<void> {
  sessionStorage.removeItem(STORAGE_KEY);
  await fetch(new URL('/auth/demo/sign-out', origin), { method: 'POST' }).catch(() => undefined);
}

export async function fetchDemoPeople(origin: string): Promise<DemoPerson[]> {
  const response = await fetch(new URL('/auth/demo/people', origin));
  if (!response.ok) throw new Error(`Demo people: HTTP ${response.status}`);
  return (await response.json()) as DemoPerson[];
}

export async function signInAsDemoPerson(origin: string, personId: string): Promise<void> {
  const response = await fetch(new URL('/auth/demo/token', origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  if (!response.ok) throw new Error(`Demo token: HTTP ${response.status}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  sessionStorage.setItem(STORAGE_KEY, accessToken);
}
