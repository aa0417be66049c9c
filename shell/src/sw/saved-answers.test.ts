import { expect } from '@open-wc/testing';
import {
  ANSWERS_CACHE,
  BOOT_ELEMENT,
  forgetAnswersInFlight,
  isNamedQuery,
  personOf,
  saveEmbeddedAnswers,
} from './saved-answers.js';

/** A token as the demo issuer makes them; only its payload matters here (never verified). */
const tokenFor = (claims: object) =>
  ['eyJhbGciOiJIUzI1NiJ9', btoa(JSON.stringify(claims)).replace(/=+$/, ''), 'sig'].join('.');

describe('saved answers', () => {
  it('partitions by the person the token names, and by nothing else', () => {
    expect(personOf(tokenFor({ sub: 'person-demo-fr-sales', exp: 1 }))).to.equal(
      'person-demo-fr-sales',
    );
    expect(personOf(tokenFor({ exp: 1 }))).to.equal(undefined);
    expect(personOf('not-a-token')).to.equal(undefined);
    expect(personOf(undefined)).to.equal(undefined);
  });

  it('saves named queries only: never a mutation or a subscription', () => {
    const fragment = 'fragment Card on Article { id }';
    expect(
      isNamedQuery({
        operationName: 'NewsFeed',
        query: `query NewsFeed { feed { ...Card } } ${fragment}`,
      }),
    ).to.equal(true);
    expect(
      isNamedQuery({
        operationName: 'CreateTicket',
        query: 'mutation CreateTicket { createTicket { id } }',
      }),
    ).to.equal(false);
    expect(
      isNamedQuery({ operationName: 'Changed', query: 'subscription Changed { changed }' }),
    ).to.equal(false);
    expect(isNamedQuery({ query: '{ me { id } }' })).to.equal(false);
    // A name is matched as a name, never as a pattern.
    expect(isNamedQuery({ operationName: 'A.*', query: 'query Aa { me { id } }' })).to.equal(false);
  });

  it('finds the first view in the server’s page and removes it whole', () => {
    const index = '<head>\n    <style></style>\n  </head>';
    const page = index.replace(
      '</head>',
      '    <script type="application/json" id="piazza-boot">{"token":"t"}</script>\n  </head>',
    );
    expect(BOOT_ELEMENT.exec(page)?.[1]).to.equal('{"token":"t"}');
    expect(page.replace(BOOT_ELEMENT, '')).to.equal(index);
  });

  it('keeps nothing of an answer that arrives after the person signed out', async () => {
    const boot = {
      token: tokenFor({ sub: 'person-demo-fr-sales', exp: 1 }),
      operations: [{ operationName: 'NewsFeed', variables: {}, result: { data: { feed: [] } } }],
    };
    const page = `<head><script type="application/json" id="piazza-boot">${JSON.stringify(boot)}</script></head>`;
    await caches.delete(ANSWERS_CACHE);

    const saving = saveEmbeddedAnswers(page);
    forgetAnswersInFlight();
    await saving;
    expect(await caches.has(ANSWERS_CACHE)).to.equal(false);

    await saveEmbeddedAnswers(page);
    expect(await caches.has(ANSWERS_CACHE)).to.equal(true);
    await caches.delete(ANSWERS_CACHE);
  });
});
