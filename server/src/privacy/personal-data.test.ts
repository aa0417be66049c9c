import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRow } from '../seed/generate-network.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const EXPORT = `mutation ($id: ID!) { exportPersonData(personId: $id) { fileName json } }`;
const ERASE = `mutation ($id: ID!, $reason: String!) {
  erasePerson(personId: $id, reason: $reason) { id displayName email erased grants { role } }
}`;

describe('personal data on request (GDPR)', () => {
  let t: TestApp;
  let admin: string;
  /** A person who wrote news, so that the export and the erasure have contributions to handle. */
  let author: PersonRow;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor('person-demo-admin');
    const authorId = t.network.articles.find((a) => !a.authorId.includes('demo'))!.authorId;
    author = t.network.people.find((p) => p.id === authorId)!;
  });
  afterAll(() => t.close());

  it('exports everything stored about a person as JSON, and audits the export', async () => {
    const body = await t.graphql<{ exportPersonData: { fileName: string; json: string } }>(EXPORT, {
      token: admin,
      variables: { id: author.id },
    });
    expect(body.errors).toBeUndefined();
    const { fileName, json } = body.data!.exportPersonData;
    expect(fileName).toMatch(new RegExp(`^piazza-${author.id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const data = JSON.parse(json) as Record<string, unknown> & {
      person: Record<string, unknown>;
      news: { written: { id: string }[]; reads: unknown[] };
    };
    expect(data).toMatchObject({ format: 'piazza-personal-data/1', personId: author.id });
    expect(data.person).toMatchObject({
      given_name: author.givenName,
      family_name: author.familyName,
      email: author.email,
      roles: expect.any(Array),
    });
    const written = t.network.articles.filter((a) => a.authorId === author.id).map((a) => a.id);
    expect(data.news.written.map((a) => a.id).sort()).toEqual(written.sort());
    expect(data.news.reads).toEqual([]);
    const [entry] = await t.db.query<{ action: string; target_id: string }>(
      `select action, target_id from audit_log where action = 'person.export'`,
    );
    expect(entry).toEqual({ action: 'person.export', target_id: author.id });
  });

  it('erases a person: anonymised, roles gone, signed out; their articles stay, by a former member', async () => {
    const tokenBefore = await t.tokenFor(author.id);
    const body = await t.graphql<{ erasePerson: Record<string, unknown> }>(ERASE, {
      token: admin,
      variables: { id: author.id, reason: 'Request by e-mail, ticket 4711' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.erasePerson).toEqual({
      id: author.id,
      displayName: '',
      email: null,
      erased: true,
      grants: [],
    });
    const [row] = await t.db.query<Record<string, unknown>>(
      'select given_name, family_name, email from people where id = $1',
      [author.id],
    );
    expect(JSON.stringify(row)).not.toContain(author.familyName);
    expect((await t.post('{ me { person { id } } }', { token: tokenBefore })).status).toBe(401);

    const articleId = t.network.articles.find((a) => a.authorId === author.id)!.id;
    const article = await t.graphql<{ article: { author: unknown } }>(
      'query ($id: ID!) { article(id: $id) { author { displayName jobTitle } } }',
      { token: admin, variables: { id: articleId } },
    );
    expect(article.data?.article.author).toEqual({ displayName: null, jobTitle: null });

    const [entry] = await t.db.query<{ details: unknown }>(
      `select details from audit_log where action = 'person.erase' and target_id = $1`,
      [author.id],
    );
    expect(entry?.details).toEqual({ reason: 'Request by e-mail, ticket 4711' });
  });

  it('exports what is left after an erasure: nothing that names the person', async () => {
    const body = await t.graphql<{ exportPersonData: { json: string } }>(EXPORT, {
      token: admin,
      variables: { id: author.id },
    });
    const json = body.data!.exportPersonData.json;
    expect(json).not.toContain(author.familyName);
    expect(json).not.toContain(author.email);
  });

  it('erases once: a second request changes nothing and is not audited again', async () => {
    await t.graphql(ERASE, { token: admin, variables: { id: author.id, reason: 'Again' } });
    const entries = await t.db.query(
      `select 1 from audit_log where action = 'person.erase' and target_id = $1`,
      [author.id],
    );
    expect(entries).toHaveLength(1);
  });

  it('needs a reason, a person who exists, and another admin to erase an admin’s own data', async () => {
    const cases = [
      { id: 'person-demo-pl-sales', reason: '   ', code: 'BAD_USER_INPUT' },
      { id: 'person-demo-pl-sales', reason: 'x'.repeat(501), code: 'BAD_USER_INPUT' },
      { id: 'person-demo-admin', reason: 'Leaving', code: 'BAD_USER_INPUT' },
      { id: 'person-nobody', reason: 'Asked', code: 'NOT_FOUND' },
    ];
    for (const { id, reason, code } of cases) {
      const body = await t.graphql(ERASE, { token: admin, variables: { id, reason } });
      expect(body.errors?.[0]?.extensions?.code, `${id} ${reason.slice(0, 10)}`).toBe(code);
    }
    const export404 = await t.graphql(EXPORT, { token: admin, variables: { id: 'person-nobody' } });
    expect(export404.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
