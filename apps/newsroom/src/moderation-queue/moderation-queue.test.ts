import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { portalContext, tokens, type PortalContext } from '@piazza/shared';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { createHandlers } from '../../../../mocks/handlers.js';
import { MockApi } from '../../../../mocks/mock-api.js';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import { generateDiscussion } from '../../../../server/src/seed/generate-discussion.js';
import { LUMO_EDITOR, newsroomPortal, textOf, typeInto } from '../newsroom-testing.js';
import type { PiazzaNewsroomModerationItem } from './moderation-item.js';
import './moderation-queue.js';
import type { PiazzaNewsroomModerationQueue } from './moderation-queue.js';

/** The comments waiting in the Lumo editor's queue, from the seed: Lumo's articles. */
function lumoQueue() {
  const lumo = new Set(
    mockNetwork()
      .articles.filter((a) => a.brandId === 'brand-lumo')
      .map((a) => a.id),
  );
  return generateDiscussion(mockNetwork()).comments.filter(
    (c) => c.queuedAt !== null && lumo.has(c.articleId),
  );
}

/** Gives the queue its portal context, as the newsroom's root does. */
class QueueHost extends LitElement {
  portal?: PortalContext;
  private readonly provider = new ContextProvider(this, { context: portalContext });
  override willUpdate(): void {
    if (this.portal) this.provider.setValue(this.portal);
  }
  override render() {
    return html`<piazza-newsroom-moderation-queue></piazza-newsroom-moderation-queue>`;
  }
}
customElements.define('moderation-queue-test-host', QueueHost);

async function mountQueue(locale: string): Promise<PiazzaNewsroomModerationQueue> {
  (await startMockWorker()).use(...createHandlers(new MockApi(mockNetwork())));
  const portal: PortalContext = await newsroomPortal(locale, LUMO_EDITOR);
  if (!document.adoptedStyleSheets.includes(tokens.styleSheet!)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, tokens.styleSheet!];
  }
  const root = await fixture<HTMLElement>(html`
    <div class="piazza-root piazza-theme-lumo">
      <moderation-queue-test-host .portal=${portal}></moderation-queue-test-host>
    </div>
  `);
  const host = root.querySelector('moderation-queue-test-host')!;
  const queue = host.shadowRoot!.querySelector('piazza-newsroom-moderation-queue')!;
  await waitUntil(() => items(queue).length > 0, 'no queue rendered', { timeout: 5000 });
  return queue;
}

const items = (queue: Element) => [
  ...(queue.shadowRoot?.querySelectorAll<PiazzaNewsroomModerationItem>(
    'piazza-newsroom-moderation-item',
  ) ?? []),
];
const inItem = <E extends Element = HTMLElement>(item: Element, selector: string) =>
  item.shadowRoot!.querySelector<E>(selector)!;

describe('the moderation queue', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('lists the comments waiting in the editor’s communities, in Italian, with why they wait', async () => {
    const queue = await mountQueue('it');
    const waiting = lumoQueue();
    expect(items(queue).map((item) => item.item!.comment.id)).to.deep.equal(
      [...waiting].sort((a, b) => a.queuedAt!.localeCompare(b.queuedAt!)).map((c) => c.id),
    );
    expect(textOf(queue.shadowRoot!.querySelector('h1'))).to.equal('Commenti da moderare');
    expect(textOf(queue.shadowRoot!.querySelector('.total'))).to.equal(
      `${waiting.length} commenti attendono una decisione`,
    );
    const held = items(queue).find((item) => item.item!.comment.heldFor === 'LINK')!;
    expect(textOf(inItem(held, '.why'))).to.equal('Trattenuto: contiene un link');
    const reported = items(queue).find((item) => item.item!.reports.length > 0)!;
    expect(textOf(inItem(reported, '.why'))).to.equal('Segnalato una volta');
    expect(textOf(inItem(reported, 'ul'))).to.contain(reported.item!.reports[0]!.reason);
    await expect(queue).to.be.accessible();
  });

  it('asks for a reason, then approves: the comment leaves the list and the decision is announced', async () => {
    const queue = await mountQueue('pl');
    const first = items(queue)[0]!;
    const id = first.item!.comment.id;
    inItem<HTMLButtonElement>(first, 'button.approve').click();
    await waitUntil(() => inItem(first, '[role=alert] p') !== null, 'no error');
    expect(textOf(inItem(first, '[role=alert]'))).to.equal('Podaj powód decyzji.');
    expect(inItem(first, 'textarea').getAttribute('aria-invalid')).to.equal('true');

    typeInto(inItem<HTMLTextAreaElement>(first, 'textarea'), 'Link do oficjalnej strony');
    await first.updateComplete;
    inItem<HTMLButtonElement>(first, 'button.approve').click();
    await waitUntil(
      () => !items(queue).some((item) => item.item!.comment.id === id),
      'still listed',
    );
    const status = queue.shadowRoot!.querySelector('.status')!;
    expect(textOf(status)).to.equal(
      'Komentarz został zatwierdzony: widzi go każdy, kto czyta artykuł.',
    );
    expect(queue.shadowRoot!.activeElement).to.equal(status);
    expect(textOf(queue.shadowRoot!.querySelector('.total'))).to.equal(
      `${lumoQueue().length - 1} komentarz czeka na decyzję`,
    );
  });

  it('hides a reported comment with a reason', async () => {
    const queue = await mountQueue('it');
    const reported = items(queue).find((item) => item.item!.reports.length > 0)!;
    const id = reported.item!.comment.id;
    typeInto(inItem<HTMLTextAreaElement>(reported, 'textarea'), 'Annuncio personale');
    await reported.updateComplete;
    inItem<HTMLButtonElement>(reported, 'button.hide').click();
    await waitUntil(
      () => !items(queue).some((item) => item.item!.comment.id === id),
      'still listed',
    );
    expect(textOf(queue.shadowRoot!.querySelector('.status'))).to.equal(
      'Il commento è nascosto: resta nella sua discussione, senza il testo.',
    );
  });

  it('fits a 360 px screen with 44 px targets', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const queue = await mountQueue('pl');
      for (const item of items(queue)) {
        expect(item.getBoundingClientRect().right).to.be.at.most(360);
        for (const target of item.shadowRoot!.querySelectorAll('button, .article a')) {
          expect(target.getBoundingClientRect().height, textOf(target)).to.be.at.least(44);
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
