import { fixture, html, waitUntil } from '@open-wc/testing';
import type { PortalContext, PortalSession } from '@piazza/shared';
import { createTestPortal } from '../../../mocks/test-portal.js';
import { deep, type Rendered } from '../../../mocks/dom-testing.js';
import {
  CreateTicketDocument,
  type CreateTicketMutationVariables,
} from './new-ticket/new-ticket.generated.js';
import type { PiazzaTicketingApp } from './ticketing-app.js';
import './ticketing-app.js';

export { chooseFiles, deep, deepAll, textOf, typeInto } from '../../../mocks/dom-testing.js';

/** The demo people of journey 2 (server/src/seed/demo-people.ts), with their roles. */
export const PEOPLE = {
  /** Area manager for Lumo in Italy: files tickets for the dealers of her region. */
  giulia: { id: 'person-demo-it-area', roles: ['FIELD'] },
  /** Service manager of the Lumo dealer Giulia visits: sees his dealer's tickets. */
  marco: { id: 'person-demo-it-service', roles: ['EMPLOYEE'] },
  /** Admin: handles every ticket. */
  oliver: { id: 'person-demo-admin', roles: ['ADMIN'] },
} as const satisfies Record<string, { id: string; roles: PortalSession['roles'] }>;

type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

/** A portal signed in as `person`, in `locale`, with the ticketing strings loaded. */
export async function ticketingPortal(person: Person, locale = 'en'): Promise<PortalContext> {
  const portal = await createTestPortal({
    personId: person.id,
    locale,
    app: { namespace: 'ticketing', folder: 'apps/ticketing' },
  });
  return { ...portal, session: { ...portal.session, roles: person.roles } };
}

/** The app mounted at a path below it, e.g. 'new', 'ticket-mock-1' or '?scope=MY_DEALER'. */
export async function mountTicketing(
  portal: PortalContext,
  path = '',
): Promise<PiazzaTicketingApp> {
  window.history.replaceState(null, '', `/portal/tickets${path.startsWith('?') ? '' : '/'}${path}`);
  return fixture<PiazzaTicketingApp>(
    html`<piazza-ticketing-app .portal=${portal}></piazza-ticketing-app>`,
  );
}

/** Waits for an element found by a path of selectors through shadow roots. */
export async function found<T extends Element = Rendered>(
  root: Element,
  ...selectors: string[]
): Promise<T> {
  await waitUntil(() => deep(root, ...selectors) !== null, `no ${selectors.join(' ')}`, {
    timeout: 5000,
  });
  return deep<T>(root, ...selectors)!;
}

/**
 * Files a ticket straight through the API as the portal's person (a test's starting point):
 * a help-desk one for their own dealer unless `input` says otherwise.
 */
export async function fileTicket(
  portal: PortalContext,
  input: Partial<CreateTicketMutationVariables['input']> = {},
) {
  const { data } = await portal.client.mutate({
    mutation: CreateTicketDocument,
    variables: {
      idempotencyKey: crypto.randomUUID(),
      input: {
        categoryId: 'category-it',
        title: 'The CRM does not open',
        description: 'Since this morning the CRM shows a blank page.',
        ...input,
      },
    },
  });
  return data!.createTicket;
}

/** A small PNG photo, as a phone would give it. */
export async function photoFile(name = 'damage.png'): Promise<File> {
  const canvas = new OffscreenCanvas(40, 30);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#c33';
  context.fillRect(0, 0, 40, 30);
  return new File([await canvas.convertToBlob({ type: 'image/png' })], name, {
    type: 'image/png',
  });
}
