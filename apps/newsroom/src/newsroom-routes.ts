import { html, type TemplateResult } from 'lit';

/**
 * The newsroom's screens, in one table: a path below `newsroom/` (`:name` segments are
 * parameters), the navigation section it belongs to, the code it needs loaded first and
 * how it renders. A new screen is one more line here (and its section in `SECTIONS`).
 * The first view (the article list) is in the app's module; other screens load when
 * first opened, so the list paints without the editor's code (Tiptap).
 */
export const SCREENS: readonly NewsroomScreen[] = [
  {
    path: '',
    section: 'articles',
    render: ({ query }) =>
      html`<piazza-newsroom-articles
        status=${query.get('status') ?? ''}
      ></piazza-newsroom-articles>`,
  },
  {
    path: 'articles/new',
    section: 'articles',
    load: () => import('./new-article/new-article.js'),
    render: () => html`<piazza-newsroom-new-article></piazza-newsroom-new-article>`,
  },
  {
    path: 'articles/:id',
    section: 'articles',
    load: () => import('./article-editor/article-editor.js'),
    render: ({ params }) =>
      html`<piazza-newsroom-article-editor
        article-id=${params['id'] ?? ''}
      ></piazza-newsroom-article-editor>`,
  },
  {
    path: 'moderation',
    section: 'moderation',
    load: () => import('./moderation-queue/moderation-queue.js'),
    render: () => html`<piazza-newsroom-moderation-queue></piazza-newsroom-moderation-queue>`,
  },
];

/** The app's navigation: one link per section, to the path of its first screen. */
export const SECTIONS: readonly NewsroomSection[] = [
  { name: 'articles', path: '', label: 'nav.articles' },
  { name: 'moderation', path: 'moderation', label: 'moderation.nav' },
];

export const APP_ROUTE = 'newsroom';

export interface NewsroomScreen {
  path: string;
  section: string;
  load?: () => Promise<unknown>;
  render: (route: MatchedRoute) => TemplateResult;
}

export interface NewsroomSection {
  name: string;
  path: string;
  /** A key of the newsroom namespace. */
  label: string;
}

/** The screen at an address, with its parameters and the address's query. */
export interface MatchedRoute {
  screen: NewsroomScreen;
  params: Record<string, string>;
  query: URLSearchParams;
}

/**
 * The screen at a location, or undefined when no screen has that address. `appPath` is
 * the app's absolute path with a trailing slash, e.g. `/portal/newsroom/`.
 */
export function matchRoute(
  location: { pathname: string; search: string },
  appPath: string,
): MatchedRoute | undefined {
  if (!`${location.pathname}/`.startsWith(appPath)) return undefined;
  const parts = location.pathname.slice(appPath.length).split('/').filter(Boolean);
  for (const screen of SCREENS) {
    const pattern = screen.path.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((segment, i) => {
      const part = decodeURIComponent(parts[i]!);
      if (segment.startsWith(':')) params[segment.slice(1)] = part;
      return segment.startsWith(':') || segment === part;
    });
    if (matches) return { screen, params, query: new URLSearchParams(location.search) };
  }
  return undefined;
}

/** The portal path of the article list (one status, or all), e.g. `newsroom?status=DRAFT`. */
export function articlesPath(status = ''): string {
  return status ? `${APP_ROUTE}?${new URLSearchParams({ status })}` : APP_ROUTE;
}

/** The portal path of an article's editor, e.g. `newsroom/articles/article-12`. */
export function articlePath(articleId: string): string {
  return `${APP_ROUTE}/articles/${encodeURIComponent(articleId)}`;
}

export const NEW_ARTICLE_PATH = `${APP_ROUTE}/articles/new`;
