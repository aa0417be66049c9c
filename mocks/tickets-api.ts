import { HttpResponse, http } from 'msw';
import type { DealerRow, Network, PersonRow } from '../server/src/seed/generate-network.js';
import { reporterMay, workflowHas } from '../server/src/tickets/workflow.js';
import type { MockAdminApi } from './admin-api.js';
import { MOCK_REFERENCE_DATE } from './fixtures.js';
import { MockUserError } from './mock-api.js';
import { invalid } from './newsroom-rules.js';
import {
  CATEGORIES,
  MAX_COMMENT,
  MAX_DESCRIPTION,
  MAX_TITLE,
  nonConformity,
  text,
  type Kind,
  type NonConformity,
} from './tickets-rules.js';

type Status = Parameters<typeof workflowHas>[0];
type Scope = 'MINE' | 'MY_DEALER' | 'MY_REGION' | 'ALL_I_SEE';

/** The photo endpoint's rules (server/src/tickets/ticket-photos.ts). */
const MAX_PHOTOS = 5;
const PHOTO_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};
/** As the server's media uploads (the app sends photos resized, far below it). */
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** The jobs that see every ticket of their dealer (server/src/tickets/ticket-access.ts). */
const DEALER_MANAGER_JOBS = ['SERVICE_MANAGER', 'DEALER_PRINCIPAL'];

interface CreateInput {
  categoryId: string;
  dealerId?: string | null;
  title: string;
  description: string;
  priority?: string | null;
  nonConformity?: { vin?: string | null; customerReference?: string | null; severity: string };
  photoIds?: string[] | null;
}

interface TicketRow {
  id: string;
  number: string;
  kind: Kind;
  categoryId: string;
  title: string;
  description: string;
  priority: string;
  status: Status;
  dealerId: string;
  reporterId: string;
  nonConformity: NonConformity | null;
  photoIds: string[];
  key: string;
  createdAt: string;
  updatedAt: string;
  history: { action: string; actorId: string; at: string; from: Status | null; to: Status }[];
  comments: {
    id: string;
    authorId: string;
    body: string;
    internal: boolean;
    createdAt: string;
    key: string | null;
  }[];
}

/** A refusal that names the ticket's current status, as the server's CONFLICT does. */
class MockConflict extends Error {
  readonly extensions: { code: 'CONFLICT'; status: Status };
  constructor(status: Status) {
    super('The ticket has moved since');
    this.extensions = { code: 'CONFLICT', status };
  }
}

/**
 * Tickets as the server answers them (server/src/tickets/): who sees a ticket (its reporter,
 * its dealer's managers, its handlers), who handles it (admins, region managers of its
 * region), the workflow's moves (the server's own table), one ticket or comment per
 * idempotency key, a move refused with CONFLICT when the ticket left the expected status,
 * and the private photos. Changes live in this object, so a test sees its own.
 */
export class MockTicketsApi {
  private readonly network: Network;
  private readonly org: MockAdminApi;
  private readonly rows: TicketRow[] = [];
  private readonly photos = new Map<string, { ownerId: string; blob: Blob; type: string }>();
  private counter = 0;

  constructor(network: Network, org: MockAdminApi) {
    this.network = network;
    this.org = org;
  }

  /** `me` with the person's dealer, which the ticketing app files for by default. */
  withDealer<T extends { person: object } | null>(viewer: PersonRow | undefined, me: T) {
    if (!me || !viewer?.dealerId) return me;
    return { ...me, person: { ...me.person, dealer: this.org.dealer(viewer.dealerId) } };
  }

  ticketCategories(viewer: PersonRow | undefined, args: { locale?: string | null }) {
    const caller = this.signedIn(viewer);
    const locale = args.locale ?? caller.locale;
    return CATEGORIES.map((c) => ({ ...c, name: c.names[locale] ?? c.names['en']! }));
  }

  tickets(
    viewer: PersonRow | undefined,
    args: {
      filter?: {
        scope?: Scope | null;
        status?: string | null;
        kind?: string | null;
        categoryId?: string | null;
        search?: string | null;
      } | null;
      first?: number | null;
      after?: string | null;
      locale?: string | null;
    },
  ) {
    const caller = this.signedIn(viewer);
    const filter = args.filter ?? {};
    const first = args.first ?? 25;
    if (first < 1 || first > 100) throw invalid('first', 'TOO_LONG');
    const words = filter.search?.trim().toLowerCase() ?? '';
    const matches = this.rows
      .filter((t) => this.sees(caller, t) && this.inScope(caller, t, filter.scope ?? 'ALL_I_SEE'))
      .filter(
        (t) =>
          (!filter.status || t.status === filter.status) &&
          (!filter.kind || t.kind === filter.kind) &&
          (!filter.categoryId || t.categoryId === filter.categoryId) &&
          (!words || `${t.title}\n${t.description}\n${t.number}`.toLowerCase().includes(words)),
      )
      .reverse();
    const start = args.after ? matches.findIndex((t) => t.id === atob(args.after!)) + 1 : 0;
    const slice = matches.slice(start, start + first);
    return {
      edges: slice.map((t) => ({ cursor: btoa(t.id), node: this.view(caller, t, args.locale) })),
      pageInfo: {
        endCursor: slice.length ? btoa(slice.at(-1)!.id) : null,
        hasNextPage: start + first < matches.length,
      },
    };
  }

  ticket(viewer: PersonRow | undefined, args: { id: string; locale?: string | null }) {
    const caller = this.signedIn(viewer);
    return this.view(caller, this.find(caller, args.id), args.locale);
  }

  createTicket(
    viewer: PersonRow | undefined,
    args: { input: CreateInput; idempotencyKey: string; locale?: string | null },
  ) {
    const caller = this.signedIn(viewer);
    const key = text('idempotencyKey', args.idempotencyKey, 100);
    const filed = this.rows.find((t) => t.reporterId === caller.id && t.key === key);
    if (filed) return this.view(caller, filed, args.locale);
    const { input } = args;
    const category = CATEGORIES.find((c) => c.id === input.categoryId);
    if (!category) throw invalid('categoryId', 'UNKNOWN_CATEGORY');
    const title = text('title', input.title, MAX_TITLE).replace(/\s+/g, ' ');
    const description = text('description', input.description, MAX_DESCRIPTION);
    const nc = nonConformity(category.kind, input.nonConformity);
    const photoIds = input.photoIds ?? [];
    if (photoIds.length > MAX_PHOTOS) throw invalid('photoIds', 'TOO_MANY');
    if (photoIds.some((id) => this.photos.get(id)?.ownerId !== caller.id)) {
      throw invalid('photoIds', 'UNKNOWN_PHOTO');
    }
    const dealer = this.ticketDealer(caller, input.dealerId);
    return this.view(
      caller,
      this.file(caller, {
        kind: category.kind,
        categoryId: category.id,
        title,
        description,
        priority: input.priority ?? 'NORMAL',
        dealerId: dealer.id,
        nonConformity: nc,
        photoIds,
        key,
      }),
      args.locale,
    );
  }

  moveTicket(
    viewer: PersonRow | undefined,
    args: {
      id: string;
      to: Status;
      comment?: string | null;
      expectedStatus?: Status | null;
      locale?: string | null;
    },
  ) {
    const caller = this.signedIn(viewer);
    const ticket = this.find(caller, args.id);
    const from = ticket.status;
    if (args.expectedStatus && args.expectedStatus !== from) throw new MockConflict(from);
    if (!workflowHas(from, args.to)) throw invalid('to', 'INVALID_MOVE');
    const mine = ticket.reporterId === caller.id;
    if (!this.handles(caller, ticket) && !(mine && reporterMay(from, args.to))) {
      throw new MockUserError('FORBIDDEN', 'Your roles do not allow this');
    }
    const note = args.comment?.trim() ? text('comment', args.comment, MAX_COMMENT) : null;
    const at = this.now();
    ticket.status = args.to;
    ticket.updatedAt = at;
    ticket.history.push({ action: 'STATUS_CHANGED', actorId: caller.id, at, from, to: args.to });
    if (note) this.comment(ticket, { authorId: caller.id, body: note, internal: false, key: null });
    return this.view(caller, ticket, args.locale);
  }

  addTicketComment(
    viewer: PersonRow | undefined,
    args: {
      id: string;
      body: string;
      internal?: boolean | null;
      idempotencyKey?: string | null;
      locale?: string | null;
    },
  ) {
    const caller = this.signedIn(viewer);
    const ticket = this.find(caller, args.id);
    if (args.internal && !this.handles(caller, ticket)) {
      throw new MockUserError('FORBIDDEN', 'Your roles do not allow this');
    }
    const key = args.idempotencyKey ?? null;
    const replay = key && ticket.comments.some((c) => c.authorId === caller.id && c.key === key);
    if (!replay) {
      const body = text('body', args.body, MAX_COMMENT);
      this.comment(ticket, { authorId: caller.id, body, internal: !!args.internal, key });
    }
    return this.view(caller, ticket, args.locale);
  }

  /** POST /api/tickets/photos (bytes in, `{ id, url }` out) and GET of a photo by its owner or viewers. */
  photoHandlers(viewerOf: (header: string | null) => PersonRow | undefined) {
    return [
      http.post('*/api/tickets/photos', async ({ request }) => {
        const caller = viewerOf(request.headers.get('authorization'));
        if (!caller)
          return HttpResponse.json({ error: { code: 'UNAUTHENTICATED' } }, { status: 401 });
        const type = request.headers.get('content-type') ?? '';
        const blob = await request.blob();
        if (!PHOTO_TYPES[type])
          return HttpResponse.json({ error: { code: 'NOT_AN_IMAGE' } }, { status: 415 });
        if (blob.size > MAX_PHOTO_BYTES)
          return HttpResponse.json({ error: { code: 'TOO_LARGE' } }, { status: 413 });
        const id = `photo-${this.photos.size + 1}.${PHOTO_TYPES[type]}`;
        this.photos.set(id, { ownerId: caller.id, blob, type });
        return HttpResponse.json({ id, url: `/api/tickets/photos/${id}` }, { status: 201 });
      }),
      http.get('*/api/tickets/photos/:id', ({ request, params }) => {
        const caller = viewerOf(request.headers.get('authorization'));
        const photo = this.photos.get(String(params['id']));
        const shown =
          caller &&
          photo &&
          (photo.ownerId === caller.id ||
            this.rows.some(
              (t) => t.photoIds.includes(String(params['id'])) && this.sees(caller, t),
            ));
        if (!shown) return HttpResponse.json({ error: { code: 'NOT_FOUND' } }, { status: 404 });
        return new HttpResponse(photo.blob, { headers: { 'content-type': photo.type } });
      }),
    ];
  }

  /** Files a ticket as `reporter` would (tests start from tickets that exist). */
  file(
    reporter: PersonRow,
    ticket: Omit<
      TicketRow,
      'id' | 'number' | 'status' | 'reporterId' | 'createdAt' | 'updatedAt' | 'history' | 'comments'
    >,
  ): TicketRow {
    this.counter += 1;
    const at = this.now();
    const row: TicketRow = {
      ...ticket,
      id: `ticket-mock-${this.counter}`,
      number: `T-${String(this.counter).padStart(6, '0')}`,
      status: 'NEW',
      reporterId: reporter.id,
      createdAt: at,
      updatedAt: at,
      history: [{ action: 'CREATED', actorId: reporter.id, at, from: null, to: 'NEW' }],
      comments: [],
    };
    this.rows.push(row);
    return row;
  }

  /** Later than every ticket so far, so that the newest comes first even within a millisecond. */
  private now(): string {
    const base = Date.parse(MOCK_REFERENCE_DATE) + this.counter * 60_000;
    return new Date(Math.max(base, Date.now())).toISOString();
  }

  private comment(
    ticket: TicketRow,
    comment: { authorId: string; body: string; internal: boolean; key: string | null },
  ) {
    const createdAt = this.now();
    ticket.comments.push({
      ...comment,
      id: `${ticket.id}-comment-${ticket.comments.length + 1}`,
      createdAt,
    });
    ticket.updatedAt = createdAt;
  }

  private ticketDealer(caller: PersonRow, asked: string | null | undefined): DealerRow {
    const id = asked ?? caller.dealerId;
    if (!id) throw invalid('dealerId', 'REQUIRED');
    const dealer = this.network.dealers.find((d) => d.id === id);
    if (!dealer || (id !== caller.dealerId && !this.org.reaches(caller, dealer))) {
      throw new MockUserError('NOT_FOUND', 'No such dealer, or it is not available to you');
    }
    return dealer;
  }

  private handles(caller: PersonRow, ticket: TicketRow): boolean {
    const dealer = this.network.dealers.find((d) => d.id === ticket.dealerId)!;
    return (
      this.org.reaches(caller, dealer, 'ADMIN') ||
      this.org.reaches(caller, dealer, 'REGION_MANAGER')
    );
  }

  private sees(caller: PersonRow, ticket: TicketRow): boolean {
    return (
      ticket.reporterId === caller.id ||
      (caller.dealerId === ticket.dealerId && DEALER_MANAGER_JOBS.includes(caller.job)) ||
      this.handles(caller, ticket)
    );
  }

  private inScope(caller: PersonRow, ticket: TicketRow, scope: Scope): boolean {
    const regionOf = (dealerId: string) =>
      this.network.dealers.find((d) => d.id === dealerId)?.regionId;
    if (scope === 'MINE') return ticket.reporterId === caller.id;
    if (scope === 'MY_DEALER')
      return caller.dealerId !== null && ticket.dealerId === caller.dealerId;
    if (scope === 'MY_REGION')
      return caller.regionId !== null && regionOf(ticket.dealerId) === caller.regionId;
    return true;
  }

  private find(caller: PersonRow, id: string): TicketRow {
    const ticket = this.rows.find((t) => t.id === id);
    if (!ticket || !this.sees(caller, ticket)) {
      throw new MockUserError('NOT_FOUND', 'No such ticket, or it is not available to you');
    }
    return ticket;
  }

  private signedIn(viewer: PersonRow | undefined): PersonRow {
    if (!viewer) throw new MockUserError('UNAUTHENTICATED', 'Sign in to see this');
    return viewer;
  }

  private view(caller: PersonRow, ticket: TicketRow, locale: string | null | undefined) {
    const category = CATEGORIES.find((c) => c.id === ticket.categoryId)!;
    const named = locale ?? caller.locale;
    const handled = this.handles(caller, ticket);
    return {
      ...ticket,
      category: { ...category, name: category.names[named] ?? category.names['en']! },
      dealer: this.org.dealer(ticket.dealerId),
      reporter: this.author(ticket.reporterId),
      mine: ticket.reporterId === caller.id,
      handledByMe: handled,
      photos: ticket.photoIds.map((id) => ({
        id,
        url: `/api/tickets/photos/${id}`,
        contentType: this.photos.get(id)!.type,
      })),
      history: ticket.history.map((event) => ({ ...event, actor: this.author(event.actorId) })),
      comments: ticket.comments
        .filter((c) => handled || !c.internal)
        .map((c) => ({ ...c, author: this.author(c.authorId) })),
    };
  }

  private author(personId: string) {
    const person = this.network.people.find((p) => p.id === personId)!;
    return { displayName: `${person.givenName} ${person.familyName}`, jobTitle: null };
  }
}
