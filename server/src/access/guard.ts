import { forbidden, unauthenticated } from '../graphql/errors.js';
import type { Principal } from '../org/principal.js';

/**
 * The gates every resolver passes through before it touches data. Row-level rules (which
 * dealers, which articles) are SQL conditions built in ./org-scope.ts and the domain
 * modules; these decide whether the caller may ask at all.
 */

export function isAdmin(principal: Principal): boolean {
  return principal.roles.some((grant) => grant.role === 'ADMIN' && grant.scopeType === 'group');
}

/** The caller, or UNAUTHENTICATED for an anonymous request. */
export function signedIn(principal: Principal | null): Principal {
  if (!principal) throw unauthenticated();
  return principal;
}

/** The caller when they are an admin; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function admin(principal: Principal | null): Principal {
  const caller = signedIn(principal);
  if (!isAdmin(caller)) throw forbidden();
  return caller;
}

/** True when the caller may read a person's private fields: themself, or an admin. */
export function mayReadPersonal(principal: Principal | null, personId: string): boolean {
  return principal !== null && (principal.personId === personId || isAdmin(principal));
}

/** True when the caller edits at least one community (brand × country). */
export function isEditor(principal: Principal): boolean {
  return principal.roles.some(
    (grant) => grant.role === 'EDITOR' && grant.scopeType === 'community',
  );
}

/** The caller when they edit a community or are an admin; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function editorOrAdmin(principal: Principal | null): Principal {
  const caller = signedIn(principal);
  if (!isEditor(caller) && !isAdmin(caller)) throw forbidden();
  return caller;
}
