import { execute, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { HttpResponse, http } from 'msw';
import type { DealerRow, Network, PersonRow } from '../server/src/seed/generate-network.js';
import { movesOf, reporterMay, workflowHas } from '../server/src/tickets/workflow.js';
import { tagsText } from '../shared/src/text/tags.js';
import type { MockAdminApi } from './admin-api.js';
import { MOCK_REFERENCE_DATE } from './fixtures.js';
import { MockUserError } from './mock-api.js';
import { invalid } from './newsroom-rules.js';
import {
  CATEGORIES,
  DEFAULT_QUEUE,
  DOCUMENT_FILES,
  MAX_COMMENT,
  MAX_DESCRIPTION,
  MAX_FILES_PER_TICKET,
  MAX_TITLE,
  PHOTO_FILES,
  checklistOf,
  csvCell,
  nonConformity,
  queuesOf,
  slaOf,
  sortTickets,
  text,
  ticketTagsOf,
  uploadName,
  type FileKind,
  type Kind,
  type NonConformity,
  type QueueRow,
  type SlaState,
  type TicketSort,
} from './tickets-rules.js';

type Status = Parameters<typeof workflowHas>[0];
type Scope = 'MINE' | 'ASSIGNED_TO_ME' | 'MY_QUEUES' | 'MY_DEALER' | 'MY_REGION' | 'ALL_I_SEE';

interface ListFilter {
  scope?: Scope | null;
  status?: string | null;
  kind?: string | null;
  categoryId?: string | null;
  search?: string | null;
  slaState?: SlaState | null;
}

/** The jobs that see every ticket of their dealer (server/src/tickets/ticket-access.ts). */
const DEALER_MANAGER_JOBS = ['SERVICE_MANAGER', 'DEALER_PRINCIPAL'];
/** The CSV export's columns (server/src/tickets/tickets-csv.ts). */
const CSV_COLUMNS = [
  'number',
  'created',
  'status',
  'priority',
  'kind',
  'category',
  'tags',
  'dealer',
  'reporter',
  'assignee',
  'title',
];

interface CreateInput {
  categoryId: string;
  dealerId?: string | null;
  title: string;
  description: string;
  priority?: string | null;
  nonConformity?: { vin?: string | null; customerReference?: string | null; severity: string };
  photoIds?: string[] | null;
  attachmentIds?: string[] | null;
  checklist?: string[] | null;
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
  attachmentIds: string[];
  checklist: { id: string; label: string; doneById: string | null; doneAt: string | null }[];
  tags: string[];
  key: string;
  createdAt: string;
  updatedAt: string;
  queueId: string | null;
  assigneeId: string | null;
  watcherIds: string[];
  /** The service levels' clocks (server/src/tickets/ticket-sla.ts). */
  respondedAt: string | null;
  resolutionStartedAt: string;
  resolvedAt: string | null;
  history: {
    action: string;
    actorId: string;
    at: string;
    from: Status | null;
    to: Status | null;
    queueId?: string;
    assigneeId?: string | null;
    checklistItem?: string;
    checked?: boolean;
    addedTags?: string[];
    removedTags?: string[];
  }[];
  comments: {
    id: string;
    authorId: string;
    body: string;
    internal: boolean;
    createdAt: string;
    key: string | null;
  }[];
}

/**
 * A refusal that names the ticket as it is now (its status, or its assignee), as the
 * server's CONFLICT does.
 */
class MockConflict extends Error {
  readonly extensions: { code: 'CONFLICT' } & Record<string, unknown>;
  constructor(message: string, current: { status: Status } | { assigneeId: string | null }) {
    super(message);
    this.extensions = { code: 'CONFLICT', ...current };
  }
}

/**
 * Tickets as the server answers them (server/src/tickets/): who sees a ticket (its reporter,
 * its dealer's managers, its handlers), who handles it (admins, region managers of its
 * region), the workflow's moves (the server's own table), one ticket or comment per
 * idempotency key, a move refused with CONFLICT when the ticket left the expected status,
 * the private photos, service levels, team queues and assignment, watchers, the live
 * `ticketChanged` stream and the CSV export. Changes live in this object, so a test sees
 * its own.
 */
export class MockTicketsApi {
  private readonly network: Network;
  private readonly org: MockAdminApi;
  private readonly rows: TicketRow[] = [];
  private readonly files = new Map<
    string,
    { kind: FileKind; ownerId: string; blob: Blob; type: string; fileName: string | null }
  >();
  private readonly queues: QueueRow[];
  private readonly listeners = new Set<(ticketId: string) => void>();
  private counter = 0;

  constructor(network: Network, org: MockAdminApi) {
    this.network = network;
    this.org = org;
    this.queues = queuesOf(network);
  }

  /**
   * `me` with what the ticketing app reads: the person's dealer, which it files for by
   * default, and the team queues they are a member of, by name.
   */
  forTicketing<T extends { person: object } | null>(viewer: PersonRow | undefined, me: T) {
    if (!me || !viewer) return me;
    const ticketQueues = this.queues
      .filter((queue) => queue.memberIds.includes(viewer.id))
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const dealer = viewer.dealerId ? this.org.dealer(viewer.dealerId) : null;
    return { ...me, ticketQueues, person: { ...me.person, ...(dealer ? { dealer } : {}) } };
  }

  ticketCategories(viewer: PersonRow | undefined, args: { locale?: string | null }) {
    const caller = this.signedIn(viewer);
    const locale = args.locale ?? caller.locale;
    return CATEGORIES.map((c) => ({ ...c, name: c.names[locale] ?? c.names['en']! }));
  }

  tickets(
    viewer: PersonRow | undefined,
    args: {
      filter?: ListFilter | null;
      sort?: TicketSort | null;
      first?: number | null;
      after?: string | null;
      locale?: string | null;
    },
  ) {
    const caller = this.signedIn(viewer);
    const first = args.first ?? 25;
    if (first < 1 || first > 100) throw invalid('first', 'TOO_LONG');
    const matches = this.listed(caller, args.filter ?? {}, args.sort ?? 'NEWEST');
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
    const checklist = checklistOf(input.checklist);
    const photoIds = this.filesToFile(caller, PHOTO_FILES, input.photoIds);
    const attachmentIds = this.filesToFile(caller, DOCUMENT_FILES, input.attachmentIds);
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
        attachmentIds,
        key,
        checklist,
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
    if (args.expectedStatus && args.expectedStatus !== from)
      throw new MockConflict('The ticket has moved since', { status: from });
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
    this.runSlaClocks(ticket, { from, to: args.to, byHandler: this.handles(caller, ticket), at });
    if (note) this.comment(ticket, { authorId: caller.id, body: note, internal: false, key: null });
    this.changed(ticket.id);
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
      if (this.handles(caller, ticket) && !args.internal) ticket.respondedAt ??= this.now();
      this.changed(ticket.id);
    }
    return this.view(caller, ticket, args.locale);
  }

  ticketQueues(viewer: PersonRow | undefined, args: { ticketId: string }) {
    const caller = this.signedIn(viewer);
    const ticket = this.find(caller, args.ticketId);
    if (!this.handles(caller, ticket)) return [];
    return this.queuesServing(ticket)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .map((queue) => this.queueView(queue));
  }

  assignTicket(
    viewer: PersonRow | undefined,
    args: {
      id: string;
      queueId: string;
      assigneeId?: string | null;
      expectedAssigneeId?: string | null;
      locale?: string | null;
    },
  ) {
    const caller = this.signedIn(viewer);
    const ticket = this.find(caller, args.id);
    if (!this.handles(caller, ticket)) {
      throw new MockUserError('FORBIDDEN', 'Your roles do not allow this');
    }
    const queue = this.queuesServing(ticket).find((q) => q.id === args.queueId);
    if (!queue) throw invalid('queueId', 'UNKNOWN_QUEUE');
    const assigneeId = args.assigneeId ?? null;
    if (assigneeId && !queue.memberIds.includes(assigneeId)) {
      throw invalid('assigneeId', 'NOT_A_MEMBER');
    }
    // Present and null: the caller expected nobody to hold the ticket.
    if (args.expectedAssigneeId !== undefined && args.expectedAssigneeId !== ticket.assigneeId) {
      throw new MockConflict('The ticket was assigned meanwhile', {
        assigneeId: ticket.assigneeId,
      });
    }
    const at = this.now();
    ticket.queueId = queue.id;
    ticket.assigneeId = assigneeId;
    ticket.updatedAt = at;
    ticket.history.push({
      action: 'ASSIGNED',
      actorId: caller.id,
      at,
      from: null,
      to: null,
      queueId: queue.id,
      assigneeId,
    });
    if (assigneeId && !ticket.watcherIds.includes(assigneeId)) ticket.watcherIds.push(assigneeId);
    this.changed(ticket.id);
    return this.view(caller, ticket, args.locale);
  }

  /**
   * Ticks or unticks an item, for the reporter and handlers: an item already as asked
   * changes nothing; a CLOSED ticket's checklist stays as it is. No notification.
   */
  setTicketChecklistItem(
    viewer: PersonRow | undefined,
    args: { id: string; itemId: string; done: boolean; locale?: string | null },
  ) {
    const caller = this.signedIn(viewer);
    const ticket = this.find(caller, args.id);
    if (ticket.reporterId !== caller.id && !this.handles(caller, ticket)) {
      throw new MockUserError('FORBIDDEN', 'Your roles do not allow this');
    }
    const item = ticket.checklist.find((candidate) => candidate.id === args.itemId);
    if (!item) throw new MockUserError('NOT_FOUND', 'No such checklist item');
    if ((item.doneAt !== null) === args.done) return this.view(caller, ticket, args.locale);
    if (ticket.status === 'CLOSED') throw invalid('status', 'CLOSED');
    const at = this.now();
    item.doneById = args.done ? caller.id : null;
    item.doneAt = args.done ? at : null;
    ticket.updatedAt = at;
    ticket.history.push({
      action: 'CHECKLIST',
      actorId: caller.id,
      at,
      from: null,
      to: null,
      checklistItem: item.label,
      checked: args.done,
    });
    this.changed(ticket.id);
    return this.view(caller, ticket, args.locale);
  }

  /** Sets the tags of a ticket the caller handles; the same tags change nothing. */
  setTicketTags(
    viewer: PersonRow | undefined,
    args: { id: string; tags: string[]; locale?: string | null },
  ) {
    const caller = this.signedIn(viewer);
    const ticket = this.find(caller, args.id);
    if (!this.handles(caller, ticket)) {
      throw new MockUserError('FORBIDDEN', 'Your roles do not allow this');
    }
    const wanted = ticketTagsOf(args.tags);
    const addedTags = wanted.filter((tag) => !ticket.tags.includes(tag));
    const removedTags = ticket.tags.filter((tag) => !wanted.includes(tag));
    if (addedTags.length === 0 && removedTags.length === 0) {
      return this.view(caller, ticket, args.locale);
    }
    const at = this.now();
    ticket.tags = wanted;
    ticket.updatedAt = at;
    ticket.history.push({
      action: 'TAGGED',
      actorId: caller.id,
      at,
      from: null,
      to: null,
      addedTags,
      removedTags,
    });
    this.changed(ticket.id);
    return this.view(caller, ticket, args.locale);
  }

  /** The tags of the tickets the caller handles, the most used first. */
  ticketTags(viewer: PersonRow | undefined) {
    const caller = this.signedIn(viewer);
    const counts = new Map<string, number>();
    for (const tag of this.rows
      .filter((row) => this.handles(caller, row))
      .flatMap((row) => row.tags)) {
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    return [...counts]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, 50)
      .map(([tag]) => tag);
  }

  /** Following is one's own business: no history line, no live update. */
  watchTicket(
    viewer: PersonRow | undefined,
    args: { id: string; watching: boolean; locale?: string | null },
  ) {
    const caller = this.signedIn(viewer);
    const ticket = this.find(caller, args.id);
    ticket.watcherIds = ticket.watcherIds.filter((id) => id !== caller.id);
    if (args.watching) ticket.watcherIds.push(caller.id);
    return this.view(caller, ticket, args.locale);
  }

  /**
   * `subscription TicketChanged` over server-sent events, as graphql-yoga answers it: the
   * ticket as the viewer sees it after each change, or NOT_FOUND and the end of the stream
   * when they do not (any longer). Other streams fall through to the next handler.
   */
  changeStream(options: {
    viewerOf: (header: string | null) => PersonRow | undefined;
    schema: GraphQLSchema;
  }) {
    return http.post('*/graphql', async ({ request }) => {
      if (!request.headers.get('accept')?.includes('text/event-stream')) return undefined;
      const body = (await request.clone().json()) as {
        query: string;
        variables?: { id?: string; locale?: string | null };
      };
      const document = parse(body.query);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
      );
      const field = operation?.selectionSet.selections[0];
      if (field?.kind !== 'Field' || field.name.value !== 'ticketChanged') return undefined;
      const viewer = options.viewerOf(request.headers.get('authorization'));
      if (!viewer) return HttpResponse.json({ errors: [{ message: 'Sign in' }] }, { status: 401 });
      const encoder = new TextEncoder();
      let stop = () => {};
      const stream = new ReadableStream<Uint8Array>({
        start: (controller) => {
          const send = async () => {
            const result = await execute({
              schema: options.schema,
              document,
              variableValues: body.variables ?? {},
              rootValue: {
                ticketChanged: (args: { id: string; locale?: string | null }) =>
                  this.ticket(viewer, args),
              },
            });
            try {
              controller.enqueue(
                encoder.encode(`event: next\ndata: ${JSON.stringify(result)}\n\n`),
              );
              if (result.errors) {
                stop();
                controller.enqueue(encoder.encode('event: complete\ndata:\n\n'));
                controller.close();
              }
            } catch {
              stop(); // the client went away
            }
          };
          const listener = (ticketId: string) => {
            if (ticketId === body.variables?.id) void send();
          };
          this.listeners.add(listener);
          stop = () => this.listeners.delete(listener);
          request.signal.addEventListener('abort', () => stop());
          controller.enqueue(encoder.encode(':\n\n'));
        },
        cancel: () => stop(),
      });
      return new HttpResponse(stream, {
        headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
      });
    });
  }

  /**
   * GET /api/tickets.csv (server/src/http/tickets-export.ts): the list's filter and order
   * as parameters, for those who follow tickets as a whole, 403 for others.
   */
  csvExport(viewerOf: (header: string | null) => PersonRow | undefined) {
    return http.get('*/api/tickets.csv', ({ request }) => {
      const caller = viewerOf(request.headers.get('authorization'));
      if (!caller)
        return HttpResponse.json({ error: { code: 'UNAUTHENTICATED' } }, { status: 401 });
      if (!this.exports(caller)) {
        return HttpResponse.json({ error: { code: 'FORBIDDEN' } }, { status: 403 });
      }
      const params = new URL(request.url).searchParams;
      const param = (name: string) => params.get(name) || null;
      const rows = this.listed(
        caller,
        {
          scope: param('scope') as Scope | null,
          status: param('status'),
          kind: param('kind'),
          slaState: param('slaState') as SlaState | null,
          categoryId: param('categoryId'),
          search: param('search'),
        },
        (param('sort') as TicketSort | null) ?? 'NEWEST',
      );
      const locale = param('locale') ?? caller.locale;
      const lines = rows.map((t) => {
        const category = CATEGORIES.find((c) => c.id === t.categoryId)!;
        return [
          t.number,
          t.createdAt,
          t.status,
          t.priority,
          t.kind,
          category.names[locale] ?? category.names['en']!,
          tagsText(t.tags),
          this.org.dealer(t.dealerId).name,
          this.author(t.reporterId).displayName,
          t.assigneeId ? this.author(t.assigneeId).displayName : '',
          t.title,
        ].map(csvCell);
      });
      const csv = `\uFEFF${[CSV_COLUMNS, ...lines].map((cells) => `${cells.join(',')}\r\n`).join('')}`;
      const day = new Date().toISOString().slice(0, 10);
      return new HttpResponse(csv, {
        headers: {
          'content-type': 'text/csv; charset=utf-8; header=present',
          'content-disposition': `attachment; filename="tickets-${day}.csv"`,
        },
      });
    });
  }

  /**
   * POST /api/tickets/photos and /api/tickets/attachments?name= (bytes in, `{ id, url }`
   * out), and GET of a file by its owner or those who see a ticket filed with it.
   */
  fileHandlers(viewerOf: (header: string | null) => PersonRow | undefined) {
    const refuse = (status: number, code: string) =>
      HttpResponse.json({ error: { code } }, { status });
    return [PHOTO_FILES, DOCUMENT_FILES].flatMap((kind) => [
      http.post(`*${kind.path}`, async ({ request }) => {
        const caller = viewerOf(request.headers.get('authorization'));
        if (!caller) return refuse(401, 'UNAUTHENTICATED');
        const fileName = uploadName(new URL(request.url).searchParams.get('name'));
        if (kind.named && !fileName) return refuse(400, 'BAD_NAME');
        const type = request.headers.get('content-type') ?? '';
        const blob = await request.blob();
        if (blob.size > kind.maxBytes) return refuse(413, 'TOO_LARGE');
        if (!kind.types[type]) return refuse(415, kind.wrongType);
        const id = `file-${this.files.size + 1}.${kind.types[type]}`;
        this.files.set(id, { kind, ownerId: caller.id, blob, type, fileName });
        return HttpResponse.json({ id, url: `${kind.path}/${id}` }, { status: 201 });
      }),
      http.get(`*${kind.path}/:id`, ({ request, params }) => {
        const caller = viewerOf(request.headers.get('authorization'));
        const id = String(params['id']);
        const file = this.files.get(id);
        const shown =
          caller &&
          file?.kind === kind &&
          (file.ownerId === caller.id ||
            this.rows.some(
              (t) => [...t.photoIds, ...t.attachmentIds].includes(id) && this.sees(caller, t),
            ));
        if (!shown) return refuse(404, 'NOT_FOUND');
        const headers = new Headers({ 'content-type': file.type });
        if (file.fileName) {
          const name = encodeURIComponent(file.fileName);
          headers.set('content-disposition', `attachment; filename*=UTF-8''${name}`);
        }
        return new HttpResponse(file.blob, { headers });
      }),
    ]);
  }

  /** The files of a kind to file with a ticket: at most 5, each uploaded by the caller. */
  private filesToFile(caller: PersonRow, kind: FileKind, ids: string[] | null | undefined) {
    const fileIds = [...new Set(ids ?? [])];
    if (fileIds.length > MAX_FILES_PER_TICKET) throw invalid(kind.field, 'TOO_MANY');
    const ownsAll = fileIds.every((id) => {
      const file = this.files.get(id);
      return file?.kind === kind && file.ownerId === caller.id;
    });
    if (!ownsAll) throw invalid(kind.field, kind.unknown);
    return fileIds;
  }

  /** Files a ticket as `reporter` would (tests start from tickets that exist). */
  file(
    reporter: PersonRow,
    ticket: Pick<
      TicketRow,
      | 'kind'
      | 'categoryId'
      | 'title'
      | 'description'
      | 'priority'
      | 'dealerId'
      | 'nonConformity'
      | 'photoIds'
      | 'key'
    > & { checklist?: readonly string[]; attachmentIds?: string[] },
  ): TicketRow {
    this.counter += 1;
    const at = this.now();
    const row: TicketRow = {
      ...ticket,
      attachmentIds: ticket.attachmentIds ?? [],
      id: `ticket-mock-${this.counter}`,
      number: `T-${String(this.counter).padStart(6, '0')}`,
      status: 'NEW',
      reporterId: reporter.id,
      createdAt: at,
      updatedAt: at,
      queueId: null,
      assigneeId: null,
      watcherIds: [reporter.id],
      respondedAt: null,
      resolutionStartedAt: at,
      resolvedAt: null,
      history: [{ action: 'CREATED', actorId: reporter.id, at, from: null, to: 'NEW' }],
      comments: [],
      tags: [],
      checklist: (ticket.checklist ?? []).map((label, i) => ({
        id: `ticket-mock-${this.counter}-check-${i + 1}`,
        label,
        doneById: null,
        doneAt: null,
      })),
    };
    // Its category's default queue, when that queue serves the ticket's dealer.
    const queueId = DEFAULT_QUEUE[ticket.kind];
    row.queueId = this.queuesServing(row).some((q) => q.id === queueId) ? queueId! : null;
    this.rows.push(row);
    return row;
  }

  /** The tickets of the list with this filter, among those the caller sees, in `sort` order. */
  private listed(caller: PersonRow, filter: ListFilter, sort: TicketSort): TicketRow[] {
    const words = filter.search?.trim().toLowerCase() ?? '';
    const now = Date.now();
    const newestFirst = this.rows
      .filter((t) => this.sees(caller, t) && this.inScope(caller, t, filter.scope ?? 'ALL_I_SEE'))
      .filter(
        (t) =>
          (!filter.status || t.status === filter.status) &&
          (!filter.kind || t.kind === filter.kind) &&
          (!filter.categoryId || t.categoryId === filter.categoryId) &&
          (!filter.slaState || slaOf(t, now).state === filter.slaState) &&
          (!words || `${t.title}\n${t.description}\n${t.number}`.toLowerCase().includes(words)),
      )
      .reverse();
    return sortTickets(newestFirst, sort, now);
  }

  /**
   * The clocks after a move: any move by a handler is a response; RESOLVED stops
   * resolution, CLOSED keeps that moment, and reopening restarts it from now.
   */
  private runSlaClocks(
    ticket: TicketRow,
    move: { from: Status; to: Status; byHandler: boolean; at: string },
  ): void {
    if (move.byHandler) ticket.respondedAt ??= move.at;
    if (move.to === 'RESOLVED') ticket.resolvedAt = move.at;
    else if (move.to !== 'CLOSED') ticket.resolvedAt = null;
    if ((move.from === 'RESOLVED' || move.from === 'CLOSED') && move.to === 'IN_PROGRESS') {
      ticket.resolutionStartedAt = move.at;
    }
  }

  /** The queues serving a ticket's dealer: same brand and country, where the queue names them. */
  private queuesServing(ticket: Pick<TicketRow, 'dealerId'>): QueueRow[] {
    const dealer = this.network.dealers.find((d) => d.id === ticket.dealerId)!;
    const country = this.network.regions.find((r) => r.id === dealer.regionId)!.countryCode;
    return this.queues.filter(
      (q) =>
        (q.brandId === null || q.brandId === dealer.brandId) &&
        (q.countryCode === null || q.countryCode === country),
    );
  }

  private queueView(queue: QueueRow) {
    return {
      id: queue.id,
      name: queue.name,
      brand: this.network.brands.find((b) => b.id === queue.brandId) ?? null,
      country: this.network.countries.find((c) => c.code === queue.countryCode) ?? null,
      members: queue.memberIds
        .map((id) => this.person(id))
        .sort(
          (a, b) =>
            a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName),
        )
        .map((p) => ({ id: p.id, displayName: this.author(p.id).displayName })),
    };
  }

  /** Those who follow tickets as a whole: admins, region managers, a dealer's managers. */
  private exports(caller: PersonRow): boolean {
    return (
      this.network.roles.some(
        (grant) =>
          grant.personId === caller.id &&
          (grant.role === 'ADMIN' || grant.role === 'REGION_MANAGER'),
      ) ||
      (caller.dealerId !== null && DEALER_MANAGER_JOBS.includes(caller.job))
    );
  }

  private changed(ticketId: string): void {
    for (const listener of this.listeners) listener(ticketId);
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
    const queue = this.queues.find((q) => q.id === ticket.queueId);
    return (
      this.org.reaches(caller, dealer, 'ADMIN') ||
      this.org.reaches(caller, dealer, 'REGION_MANAGER') ||
      !!queue?.memberIds.includes(caller.id)
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
    if (scope === 'ASSIGNED_TO_ME') return ticket.assigneeId === caller.id;
    if (scope === 'MY_QUEUES') {
      return this.queues.some((q) => q.id === ticket.queueId && q.memberIds.includes(caller.id));
    }
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
      moves: movesOf(ticket.status, {
        handles: handled,
        reported: ticket.reporterId === caller.id,
      }),
      checklist: ticket.checklist.map((item) => ({
        id: item.id,
        label: item.label,
        done: item.doneAt !== null,
        doneBy: item.doneById ? this.author(item.doneById) : null,
        doneAt: item.doneAt,
      })),
      photos: ticket.photoIds.map((id) => ({
        id,
        url: `/api/tickets/photos/${id}`,
        contentType: this.files.get(id)!.type,
      })),
      attachments: ticket.attachmentIds.map((id) => {
        const file = this.files.get(id)!;
        return {
          id,
          fileName: file.fileName!,
          url: `${DOCUMENT_FILES.path}/${id}`,
          contentType: file.type,
          size: file.blob.size,
        };
      }),
      // Its events, and its comments as COMMENTED lines after the events of the same moment.
      history: [
        ...ticket.history.map((event) => ({
          ...event,
          actor: this.author(event.actorId),
          queue: event.queueId ? this.queueRef(event.queueId) : null,
          assignee: event.assigneeId ? this.personRef(event.assigneeId) : null,
          checklistItem: event.checklistItem ?? null,
          checked: event.checked ?? null,
          addedTags: event.addedTags ?? null,
          removedTags: event.removedTags ?? null,
        })),
        ...ticket.comments
          .filter((c) => handled || !c.internal)
          .map((c) => ({
            action: 'COMMENTED',
            actor: this.author(c.authorId),
            at: c.createdAt,
            from: null,
            to: null,
            queue: null,
            assignee: null,
            checklistItem: null,
            checked: null,
            addedTags: null,
            removedTags: null,
          })),
      ].sort((a, b) => a.at.localeCompare(b.at)),
      queue: ticket.queueId ? this.queueRef(ticket.queueId) : null,
      assignee: ticket.assigneeId ? this.personRef(ticket.assigneeId) : null,
      watchedByMe: ticket.watcherIds.includes(caller.id),
      watcherCount: ticket.watcherIds.length,
      sla: slaOf(ticket, Date.now()),
      comments: ticket.comments
        .filter((c) => handled || !c.internal)
        .map((c) => ({ ...c, author: this.author(c.authorId) })),
    };
  }

  private author(personId: string) {
    const person = this.person(personId);
    return { displayName: `${person.givenName} ${person.familyName}`, jobTitle: null };
  }

  private person(personId: string): PersonRow {
    return this.network.people.find((p) => p.id === personId)!;
  }

  private personRef(personId: string) {
    return { id: personId, displayName: this.author(personId).displayName };
  }

  /** A queue as a ticket names it; `members` resolves when asked. */
  private queueRef(queueId: string) {
    return this.queueView(this.queues.find((q) => q.id === queueId)!);
  }
}
