/**
 * The standalone portal's session cookie: the demo issuer's token, HttpOnly. It is read
 * only to render the first view into the page (http/first-view.ts); the API itself takes
 * bearer tokens alone, so a cross-site request can never act with it.
 */
const NAME = 'piazza_session';
const TOKEN = /^[A-Za-z0-9._~+/=-]{1,8192}$/;

export function sessionCookie(options: {
  token: string;
  expiresAt: string;
  secure: boolean;
}): string {
  const maxAge = Math.max(0, Math.floor((Date.parse(options.expiresAt) - Date.now()) / 1000));
  return [
    `${NAME}=${options.token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAge}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return [
    `${NAME}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    'Max-Age=0',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The token in the request's session cookie, if it has a well-formed one. */
export function readSessionCookie(request: Request): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    const token = value.join('=');
    if (name === NAME && TOKEN.test(token)) return token;
  }
  return null;
}
