import { buildClientSchema, graphql as execute, type IntrospectionQuery } from 'graphql';
import { HttpResponse, graphql, http } from 'msw';
import introspection from '../shared/graphql/generated/introspection.json' with { type: 'json' };
import { MockAdminApi } from './admin-api.js';
import { testApps } from './app-catalogue.js';
import { mockNetwork } from './fixtures.js';
import { MockApi, mockTokenFor } from './mock-api.js';

const schema = buildClientSchema(introspection as unknown as IntrospectionQuery);

/**
 * msw handlers answering Piazza's real schema (every query is executed against it, so
 * a mock can never return a field the schema lacks) and the demo sign-in.
 */
export function createHandlers(
  api = new MockApi(mockNetwork()),
  admin = new MockAdminApi(mockNetwork(), testApps),
) {
  return [
    http.get('*/auth/demo/people', () => HttpResponse.json(api.demoPeople())),
    http.post('*/auth/demo/token', async ({ request }) => {
      const { personId } = (await request.json()) as { personId: string };
      return HttpResponse.json({
        accessToken: mockTokenFor(personId),
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
    }),
    graphql.operation(async ({ query, variables, request }) => {
      const viewer = api.viewerFromAuthorization(request.headers.get('authorization'));
      const rootValue = {
        me: () => api.me(viewer),
        newsFeed: (args: Parameters<MockApi['newsFeed']>[1]) => api.newsFeed(viewer, args),
        article: (args: Parameters<MockApi['article']>[1]) => api.article(viewer, args),
        mustReads: (args: Parameters<MockApi['mustReads']>[1]) => api.mustReads(viewer, args),
        acknowledgeArticle: (args: Parameters<MockApi['acknowledgeArticle']>[1]) =>
          api.acknowledgeArticle(viewer, args),
        recordArticleOpened: (args: Parameters<MockApi['recordArticleOpened']>[1]) =>
          api.recordArticleOpened(viewer, args),
        articleReach: (args: Parameters<MockApi['articleReach']>[1]) =>
          api.articleReach(viewer, args),
        ...adminFields(admin, viewer),
      };
      const result = await execute({ schema, source: query, variableValues: variables, rootValue });
      return HttpResponse.json(result);
    }),
  ];
}

type Viewer = Parameters<MockAdminApi['people']>[0];

/** The admin queries and mutations, each bound to the viewer like the fields above. */
function adminFields(admin: MockAdminApi, viewer: Viewer) {
  const bind =
    <A>(field: (viewer: Viewer, args: A) => unknown) =>
    (args: A) =>
      field.call(admin, viewer, args);
  return {
    people: bind(admin.people),
    person: bind(admin.person),
    dealers: bind(admin.dealers),
    countries: bind(admin.countries),
    appRollouts: bind(admin.appRollouts),
    auditLog: bind(admin.auditLog),
    setAppRollout: bind(admin.setAppRollout),
    setAuditRetention: bind(admin.setAuditRetention),
    exportPersonData: bind(admin.exportPersonData),
    erasePerson: bind(admin.erasePerson),
  };
}
