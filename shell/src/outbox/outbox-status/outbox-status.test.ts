import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, graphql } from 'msw';
import { parse } from 'graphql';
import i18next from 'i18next';
import { setViewport } from '@web/test-runner-commands';
import { tokens, type Outbox, type PortalContext } from '@piazza/shared';
import type { TypedDocumentNode } from '@apollo/client';
import { createTestPortal, startMockWorker } from '../../../../mocks/test-portal.js';
import type { PiazzaOutboxStatus } from './outbox-status.js';
import './outbox-status.js';

const Comment: TypedDocumentNode<unknown, { key: string; number: string }> = parse(
  'mutation StatusComment($key: ID!, $number: ID!) { addComment(key: $key, number: $number) { id } }',
);

let online = true;
Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });

async function mount(): Promise<{
  status: PiazzaOutboxStatus;
  outbox: Outbox;
  portal: PortalContext;
}> {
  (await startMockWorker()).use(
    graphql.mutation('StatusComment', ({ variables }) =>
      variables['number'] === '13'
        ? HttpResponse.json({
            errors: [{ message: 'Moved meanwhile', extensions: { code: 'CONFLICT' } }],
          })
        : HttpResponse.json({ data: { addComment: { __typename: 'Comment', id: '1' } } }),
    ),
  );
  const portal = await createTestPortal({
    personId: `person-test-${crypto.randomUUID()}`,
    locale: 'it',
    app: { namespace: 'news', folder: 'apps/news' },
  });
  if (!document.adoptedStyleSheets.includes(tokens.styleSheet!)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, tokens.styleSheet!];
  }
  const root = await fixture<HTMLElement>(
    html`<div class="piazza-root piazza-theme-lumo">
      <piazza-outbox-status .portal=${portal}></piazza-outbox-status>
    </div>`,
  );
  return {
    status: root.querySelector('piazza-outbox-status')!,
    outbox: await portal.outbox(),
    portal,
  };
}

function comment(number: string) {
  const key = crypto.randomUUID();
  return {
    key,
    mutation: Comment,
    variables: { key, number },
    label: { key: 'outbox.label.ticketComment', values: { number } },
  };
}

const $ = <E extends Element = HTMLElement>(status: PiazzaOutboxStatus, selector: string) =>
  status.shadowRoot!.querySelector<E & HTMLElement>(selector);
const items = (status: PiazzaOutboxStatus) => [...status.shadowRoot!.querySelectorAll('li')];
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('the outbox mark', () => {
  beforeEach(() => {
    online = false;
  });
  afterEach(async () => {
    online = true;
    (await startMockWorker()).resetHandlers();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows nothing while the outbox is empty, then the count, said aloud', async () => {
    const { status, outbox } = await mount();
    expect($(status, '.mark')!.hidden).to.equal(true);
    await outbox.send(comment('7'));
    await outbox.send(comment('8'));
    await waitUntil(() => !$(status, '.mark')!.hidden, 'the mark did not show');
    expect(text($(status, '.badge'))).to.equal('2');
    expect($(status, '.mark')!.getAttribute('aria-label')).to.equal('In attesa di invio: 2');
    expect(text($(status, '[role="status"]'))).to.equal('In attesa di invio: 2');

    online = true;
    await outbox.flush();
    await waitUntil(() => $(status, '.mark')!.hidden, 'the mark stayed after sending');
  });

  it('lists the writes with their state, why they failed, and a retry', async () => {
    const { status, outbox } = await mount();
    await outbox.send(comment('13'));
    await outbox.send(comment('14'));
    $(status, '.mark')!.click();
    await waitUntil(() => items(status).length === 2, 'no list');
    const [first] = items(status);
    expect(text(first!.querySelector('.what'))).to.equal(
      i18next.t('outbox.label.ticketComment', { number: '13' }),
    );
    expect(text(first!.querySelector('.when'))).to.contain('Salvato su questo dispositivo');
    expect(text(first!.querySelector('.state'))).to.equal('In attesa della rete');
    expect(first!.querySelector('.retry')).to.equal(null);

    online = true;
    await outbox.flush();
    await waitUntil(() => items(status).length === 1, 'the other write was not sent');
    const [failed] = items(status);
    expect(failed!.className).to.equal('failed');
    expect(text(failed!.querySelector('.state'))).to.equal('Non inviato');
    expect(text(failed!.querySelector('.error'))).to.equal(
      `${i18next.t('outbox.errors.conflict')} CONFLICT`,
    );
    expect(failed!.querySelector('.retry')).to.not.equal(null);
    await expect(status).to.be.accessible();
  });

  it('discards a write only once the person confirms, at 360 px', async () => {
    const { status, outbox } = await mount();
    await setViewport({ width: 360, height: 640 });
    await outbox.send(comment('21'));
    $(status, '.mark')!.click();
    await waitUntil(
      () => status.shadowRoot!.activeElement?.id === 'panel-title',
      'the panel did not take focus',
    );
    const panel = $(status, '#panel')!.getBoundingClientRect();
    expect(panel.width).to.be.at.most(360);

    $(status, 'li .discard')!.click();
    await waitUntil(() => $(status, '.confirm') !== null, 'no confirmation');
    expect(status.shadowRoot!.activeElement?.className).to.equal('keep');
    expect(text($(status, '.confirm p'))).to.contain('Scartare');
    $(status, '.confirm .keep')!.click();
    await waitUntil(
      () => status.shadowRoot!.activeElement?.className === 'discard',
      'focus did not return to the discard button',
    );
    expect(outbox.entries()).to.have.length(1);

    $(status, 'li .discard')!.click();
    await waitUntil(() => $(status, '.confirm .danger') !== null, 'no confirmation');
    $(status, '.confirm .danger')!.click();
    await waitUntil(() => outbox.entries().length === 0, 'not discarded');
    await waitUntil(
      () => text($(status, '.empty')) === 'È stato inviato tutto.',
      'list not emptied',
    );
  });
});
