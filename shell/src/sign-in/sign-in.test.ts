import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { createTestPortal, startMockWorker } from '../../../mocks/test-portal.js';
import type { DemoPerson } from './demo-token.js';
import { groupByRole, type PiazzaSignIn } from './sign-in.js';
import './sign-in.js';

const person = (id: string, roles: string[], countryCode: string): DemoPerson => ({
  id,
  displayName: `Person ${id}`,
  job: 'EDITOR',
  roles,
  countryCode,
  countryName: 'English name, unused',
  brandName: 'Lumo',
  locale: 'it',
});

const people = [
  person('admin', ['ADMIN'], 'GB'),
  person('editor-translator', ['TRANSLATOR', 'EDITOR'], 'DE'),
  person('sales', ['EMPLOYEE'], 'FR'),
  person('nobody', [], 'IT'),
];

async function signIn(options: { sessionEnded?: boolean } = {}): Promise<PiazzaSignIn> {
  const element = await fixture<PiazzaSignIn>(
    html`<piazza-sign-in
      .origin=${window.location.origin}
      ?session-ended=${options.sessionEnded ?? false}
    ></piazza-sign-in>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('h2'), 'no role headings');
  return element;
}

const headings = (element: PiazzaSignIn) =>
  [...element.shadowRoot!.querySelectorAll('h2')].map((h2) => h2.textContent!.trim());
const namesUnder = (element: PiazzaSignIn, role: string) =>
  [...element.shadowRoot!.querySelectorAll(`#role-${role} + ul .name`)].map((n) => n.textContent);

describe('piazza-sign-in', () => {
  before(async () => {
    await createTestPortal({
      personId: 'person-demo-fr-sales',
      locale: 'fr',
      app: { namespace: 'news', folder: 'apps/news' },
    });
    (await startMockWorker()).use(http.get('*/auth/demo/people', () => HttpResponse.json(people)));
  });
  afterEach(() => sessionStorage.clear());

  it('groups people under their roles, in a fixed order, a person under each of theirs', () => {
    const groups = groupByRole(people);
    expect(groups.map((group) => group.role)).to.deep.equal([
      'EMPLOYEE',
      'EDITOR',
      'TRANSLATOR',
      'ADMIN',
    ]);
    expect(groups.find((group) => group.role === 'EDITOR')!.people.map((p) => p.id)).to.deep.equal([
      'editor-translator',
    ]);
    expect(
      groupByRole([person('new', ['SUPPLIER', 'EMPLOYEE'], 'FR')]).map((g) => g.role),
    ).to.deep.equal(['EMPLOYEE', 'SUPPLIER']);
  });

  it('shows translated role headings, and each person’s job, brand and country in French', async () => {
    const element = await signIn();
    expect(headings(element)).to.deep.equal([
      'Salarié',
      'Rédacteur',
      'Traducteur',
      'Administrateur du portail',
    ]);
    expect(namesUnder(element, 'EDITOR')).to.deep.equal(['Person editor-translator']);
    expect(namesUnder(element, 'TRANSLATOR')).to.deep.equal(['Person editor-translator']);
    const details = element.shadowRoot!.querySelector('#role-EDITOR + ul button')!.textContent!;
    expect(details).to.contain('Rédacteur');
    expect(details).to.contain('Lumo · Allemagne');
    expect(element.shadowRoot!.textContent).to.not.contain('Person nobody');
    expect(element.shadowRoot!.querySelector('.notice')).to.equal(null);
  });

  it('says why the person is back after their session ended', async () => {
    const element = await signIn({ sessionEnded: true });
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Votre session a expiré. Reconnectez-vous pour continuer.',
    );
  });

  it('signs in as the person pressed and remembers who it is, for renewals', async () => {
    const element = await signIn();
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>(
      '#role-EMPLOYEE + ul button',
    )!;
    setTimeout(() => button.click());
    await oneEvent(element, 'piazza-signed-in');
    expect(sessionStorage.getItem('piazza.demoToken')).to.equal('mock-token:sales');
    expect(sessionStorage.getItem('piazza.demoPerson')).to.equal('sales');
  });

  it('says so when too many sign-ins came from here, and keeps no token', async () => {
    (await startMockWorker()).use(
      http.post(
        '*/auth/demo/token',
        () => HttpResponse.json({ error: { code: 'RATE_LIMITED' } }, { status: 429 }),
        { once: true },
      ),
    );
    const element = await signIn();
    element.shadowRoot!.querySelector<HTMLButtonElement>('#role-EMPLOYEE + ul button')!.click();
    const panel = () => element.shadowRoot!.querySelector('piazza-error-panel');
    await waitUntil(panel, 'no error panel');
    expect(panel()!.getAttribute('message')).to.equal(
      'Trop de tentatives en peu de temps. Attendez une minute et réessayez.',
    );
    expect(sessionStorage.getItem('piazza.demoToken')).to.equal(null);
  });

  it('passes axe-core', async () => {
    await expect(await signIn({ sessionEnded: true })).to.be.accessible();
  });
});
