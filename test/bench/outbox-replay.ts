/**
 * Part of `npm run bench` (after run.ts, which builds dist/): how long the outbox takes to
 * replay 100 tickets filed offline, against the real server. The Italian area manager signs
 * in; offline, 100 tickets go into the outbox; back online, the time from the `online`
 * event until the outbox is empty is taken from the page's clock, and the time the first
 * 60 took (the server's rate limit lets a person make 60 mutations a minute, so the rest
 * wait for it). Median of RUNS rounds a limit window apart, each checked against the
 * server (exactly 100 new tickets).
 */
import type { Page } from 'playwright-core';
import { generateNetwork } from '../../server/src/seed/generate-network.js';
import { signInById } from '../e2e/support/browser.js';
import { sendInPage, type PageWrite } from '../support/outbox-in-page.js';
import { median, timingLine, withBenchServer } from './bench-support.js';

const TICKETS = 100;
const RUNS = 3;
/** The server's mutations a minute per person (server/src/config.ts): what bounds a replay. */
const ALLOWANCE = 60;
/** Between rounds, the rate limit's minute passes, so each round starts with a full allowance. */
const LIMIT_WINDOW_MS = 61_000;
const REPORTER = 'person-demo-it-area';
const CREATE_TICKET = `mutation CreateTicket($input: CreateTicketInput!, $idempotencyKey: String!) {
  createTicket(input: $input, idempotencyKey: $idempotencyKey) { id }
}`;

interface ReplayTimes {
  /** From the `online` event until the outbox is empty. */
  allMs: number;
  /** Until the first ALLOWANCE writes were sent: the replay's own pace, before the limit. */
  allowanceMs: number;
}

/** Arms the page's clock: `window.replayed` resolves with the times of the next replay. */
async function armReplayClock(page: Page): Promise<void> {
  await page.evaluate(
    ({ tickets, allowance }) => {
      const portal = document.querySelector('piazza-portal') as unknown as {
        portalContext: {
          outbox(): Promise<{
            entries(): readonly unknown[];
            subscribe(f: () => void): () => void;
          }>;
        };
      };
      const clock = window as unknown as { replayed: Promise<ReplayTimes> };
      clock.replayed = new Promise((resolve) => {
        window.addEventListener(
          'online',
          async () => {
            const start = performance.now();
            let allowanceMs: number | undefined;
            const outbox = await portal.portalContext.outbox();
            const unsubscribe = outbox.subscribe(() => {
              const left = outbox.entries().length;
              if (left <= tickets - allowance) allowanceMs ??= performance.now() - start;
              if (left > 0) return;
              unsubscribe();
              resolve({ allMs: performance.now() - start, allowanceMs: allowanceMs! });
            });
          },
          { once: true },
        );
      });
    },
    { tickets: TICKETS, allowance: ALLOWANCE },
  );
}

/** The tickets whose title starts with `prefix`, as the server has them (more than 100: 101). */
async function ticketsTitled(page: Page, prefix: string): Promise<number> {
  return page.evaluate(async (prefix) => {
    const token = sessionStorage.getItem('piazza.demoToken');
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query ($search: String!) { tickets(filter: { search: $search }, first: 100) {
          edges { node { title } } pageInfo { hasNextPage } } }`,
        variables: { search: prefix },
      }),
    });
    const { data } = (await response.json()) as {
      data: {
        tickets: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean } };
      };
    };
    const { edges, pageInfo } = data.tickets;
    return (
      edges.filter(({ node }) => node.title.startsWith(prefix)).length +
      (pageInfo.hasNextPage ? 1 : 0)
    );
  }, prefix);
}

const network = generateNetwork();
const dealerId = network.people.find((p) => p.id === 'person-demo-it-service')!.dealerId!;
await withBenchServer('outbox', async (baseUrl, browser) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInById(page, baseUrl, REPORTER);
  await page.waitForFunction(
    () =>
      document.querySelector('piazza-portal')?.shadowRoot?.querySelector('piazza-outbox-status')
        ?.shadowRoot != null,
    undefined,
    { timeout: 30_000 },
  );
  const categoryId = await page.evaluate(async () => {
    const token = sessionStorage.getItem('piazza.demoToken');
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ ticketCategories { id kind } }' }),
    });
    const { data } = (await response.json()) as {
      data: { ticketCategories: { id: string; kind: string }[] };
    };
    return data.ticketCategories.find((category) => category.kind === 'HELP_DESK')!.id;
  });

  const times: ReplayTimes[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const prefix = `Bench ${run} ${Date.now().toString(36)}`;
    const writes: PageWrite[] = Array.from({ length: TICKETS }, (_, index) => ({
      mutation: CREATE_TICKET,
      variables: {
        input: {
          categoryId,
          dealerId,
          title: `${prefix} #${index}`,
          description: 'Filed offline.',
        },
      },
      keyVariable: 'idempotencyKey',
      label: { key: 'outbox.label.createTicket', values: { title: `${prefix} #${index}` } },
    }));
    if (run > 1) await new Promise((resolve) => setTimeout(resolve, LIMIT_WINDOW_MS));
    await context.setOffline(true);
    await sendInPage(page, writes);
    await armReplayClock(page);
    await context.setOffline(false);
    const replayed = await page.evaluate(
      () => (window as unknown as { replayed: Promise<ReplayTimes> }).replayed,
    );
    const created = await ticketsTitled(page, prefix);
    if (created !== TICKETS) {
      throw new Error(`Run ${run}: ${created} tickets on the server, not ${TICKETS}`);
    }
    times.push(replayed);
  }
  const all = times.map((time) => time.allMs);
  const allowance = times.map((time) => time.allowanceMs);
  console.log(`\nOutbox replay, ${TICKETS} tickets filed offline, real server, median of ${RUNS}`);
  console.log(
    timingLine(
      `replay of ${TICKETS} tickets`,
      all,
      `(the server takes ${ALLOWANCE} mutations a minute per person)`,
    ),
  );
  console.log(
    timingLine(
      `first ${ALLOWANCE}, below the limit`,
      allowance,
      `(${(median(allowance) / ALLOWANCE).toFixed(1)} ms a ticket)`,
    ),
  );
});
