/** The audit log's filter as the address bar holds it; empty strings mean "any". */
export interface AuditFilterValues {
  action: string;
  actorId: string;
  targetId: string;
}

/** The admin app's screens, each with its own address so it can be bookmarked and shared. */
export type AdminRoute =
  | { screen: 'people'; search: string }
  | { screen: 'person'; personId: string }
  | { screen: 'rollouts' }
  | { screen: 'rollout'; app: string }
  | { screen: 'audit'; filter: AuditFilterValues }
  | { screen: 'ticketCategories' }
  /** `categoryId` null: a new category. */
  | { screen: 'ticketCategory'; categoryId: string | null }
  | { screen: 'ticketQueues' }
  /** `queueId` null: a new team. */
  | { screen: 'ticketQueue'; queueId: string | null }
  | { screen: 'notFound' };

/** The section of the app's navigation a screen belongs to. */
export type AdminSection = 'people' | 'rollouts' | 'audit' | 'ticketCategories' | 'ticketQueues';

export const APP_ROUTE = 'admin';
const TICKET_CATEGORIES = 'ticket-categories';
const TICKET_QUEUES = 'ticket-teams';
/**
 * The address part of a category or team not created yet (ids start with `category-`,
 * `queue-`).
 */
const NEW = 'new';

export function sectionOf(route: AdminRoute): AdminSection | undefined {
  switch (route.screen) {
    case 'people':
    case 'person':
      return 'people';
    case 'rollouts':
    case 'rollout':
      return 'rollouts';
    case 'audit':
      return 'audit';
    case 'ticketCategories':
    case 'ticketCategory':
      return 'ticketCategories';
    case 'ticketQueues':
    case 'ticketQueue':
      return 'ticketQueues';
    case 'notFound':
      return undefined;
  }
}

/**
 * The screen at a location: `admin` and `admin/people?q=…` (search), `admin/people/<id>`,
 * `admin/rollout`, `admin/rollout/<app>`, `admin/audit?action=…&actor=…&target=…`,
 * `admin/ticket-categories`, `admin/ticket-categories/<id>` and `…/new`, likewise
 * `admin/ticket-teams`.
 * `appPath` is the app's absolute path with a trailing slash, e.g. `/portal/admin/`.
 */
export function parseRoute(
  location: { pathname: string; search: string },
  appPath: string,
): AdminRoute {
  const inApp = `${location.pathname}/`.startsWith(appPath);
  const parts = (inApp ? location.pathname.slice(appPath.length) : '')
    .split('/')
    .filter((part) => part !== '')
    .map(decodeURIComponent);
  const [section = 'people', id, ...extra] = parts;
  const query = new URLSearchParams(location.search);
  if (extra.length > 0) return { screen: 'notFound' };
  if (section === 'people') {
    return id
      ? { screen: 'person', personId: id }
      : { screen: 'people', search: query.get('q') ?? '' };
  }
  if (section === 'rollout') return id ? { screen: 'rollout', app: id } : { screen: 'rollouts' };
  if (section === 'audit' && id === undefined) {
    const filter = {
      action: query.get('action') ?? '',
      actorId: query.get('actor') ?? '',
      targetId: query.get('target') ?? '',
    };
    return { screen: 'audit', filter };
  }
  if (section === TICKET_CATEGORIES) {
    if (id === undefined) return { screen: 'ticketCategories' };
    return { screen: 'ticketCategory', categoryId: id === NEW ? null : id };
  }
  if (section === TICKET_QUEUES) {
    if (id === undefined) return { screen: 'ticketQueues' };
    return { screen: 'ticketQueue', queueId: id === NEW ? null : id };
  }
  return { screen: 'notFound' };
}

function withQuery(path: string, params: Record<string, string>): string {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ''));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The portal path of a screen, e.g. `admin/people/person-it-000003`. */
export function routePath(route: AdminRoute): string {
  switch (route.screen) {
    case 'people':
      return withQuery(`${APP_ROUTE}/people`, { q: route.search });
    case 'person':
      return `${APP_ROUTE}/people/${encodeURIComponent(route.personId)}`;
    case 'rollouts':
      return `${APP_ROUTE}/rollout`;
    case 'rollout':
      return `${APP_ROUTE}/rollout/${encodeURIComponent(route.app)}`;
    case 'audit':
      return withQuery(`${APP_ROUTE}/audit`, {
        action: route.filter.action,
        actor: route.filter.actorId,
        target: route.filter.targetId,
      });
    case 'ticketCategories':
      return `${APP_ROUTE}/${TICKET_CATEGORIES}`;
    case 'ticketCategory':
      return `${APP_ROUTE}/${TICKET_CATEGORIES}/${encodeURIComponent(route.categoryId ?? NEW)}`;
    case 'ticketQueues':
      return `${APP_ROUTE}/${TICKET_QUEUES}`;
    case 'ticketQueue':
      return `${APP_ROUTE}/${TICKET_QUEUES}/${encodeURIComponent(route.queueId ?? NEW)}`;
    case 'notFound':
      return APP_ROUTE;
  }
}
