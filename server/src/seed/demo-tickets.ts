import type { Db } from '../db/db.js';
import type { JobCode } from './network-types.js';

/**
 * The demo's tickets: a few per anchor dealer of the journeys (DOMAIN.md), filed by the
 * demo people and their colleagues, in every state of the workflow, written in the
 * dealer's language. Ids and numbers are fixed (`ticket-demo-0001`, `T-000001`…); times
 * count back from the database's clock when seeding, so that their service levels read
 * the same in every fresh demo (most on track, one at risk, two breached, the resolved
 * ones met). The people are found in the seeded network by their place (the dealer's
 * service adviser, its region's manager…), since generated ids change with the scale; a
 * ticket whose people or dealer are missing is left out. Seeding again keeps the tickets
 * already there, and the number sequence always continues after the seeded ones.
 */

/** Who acts: a demo person, the first of a job at the ticket's dealer, or a handler of it. */
type Who =
  | { id: string }
  | { staff: JobCode }
  /** The first region manager of the dealer's region. */
  | 'regionManager'
  /** An area manager of the dealer's brand, country and region: its after-sales team. */
  | 'areaManager';

const ADMIN: Who = { id: 'person-demo-admin' };
const GIULIA: Who = { id: 'person-demo-it-area' };
const MARCO: Who = { id: 'person-demo-it-service' };
const MATTHIAS: Who = { id: 'person-demo-de-region' };
const CAMILLE: Who = { id: 'person-demo-fr-sales' };
const PIOTR: Who = { id: 'person-demo-pl-sales' };

type Status = 'NEW' | 'TRIAGED' | 'IN_PROGRESS' | 'WAITING_FOR_REPORTER' | 'RESOLVED' | 'CLOSED';

/** What happened, `at` minutes after the ticket was filed. */
type Step =
  | { at: number; by: Who; to: Status }
  | { at: number; by: Who; assign: 'after-sales' | 'group-it'; assignee: Who | null }
  | { at: number; by: Who; says: string; internal?: boolean }
  /** The ticket's tags from then on (./tickets/ticket-tags.ts). */
  | { at: number; by: Who; tags: string[] };

export interface DemoTicket {
  number: number;
  dealerId: string;
  reporter: Who;
  categoryId: string;
  kind: 'HELP_DESK' | 'NON_CONFORMITY' | 'REQUEST';
  priority: 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
  title: string;
  description: string;
  nonConformity?: {
    vin?: string;
    customerReference?: string;
    severity: 'MINOR' | 'MAJOR' | 'CRITICAL';
  };
  /** Minutes before the seed's clock the ticket was filed. */
  ageMinutes: number;
  steps: Step[];
  /** Its checklist; a done item names who ticked it, `at` minutes after filing. */
  checklist?: { label: string; done?: { by: Who; at: number } }[];
}

const HOUR = 60;
const DAY = 24 * HOUR;

const IT = 'dealer-it-0001';
const DE = 'dealer-de-0001';
const FR = 'dealer-fr-0001';
const PL = 'dealer-pl-0001';

export const DEMO_TICKETS: readonly DemoTicket[] = [
  // Lumo Italy, Marco's dealer: Giulia's visits and the dealer's own tickets.
  {
    number: 1,
    dealerId: IT,
    reporter: GIULIA,
    categoryId: 'category-nc-workshop',
    kind: 'NON_CONFORMITY',
    priority: 'HIGH',
    title: 'Tagliando chiuso senza prova su strada',
    description:
      "Durante la visita in officina ho visto chiudere l'ordine del tagliando senza la prova su strada prevista dalla procedura. Il cliente ha già ritirato l'auto. Chiedo di verificare anche gli altri tagliandi della settimana.",
    nonConformity: { vin: 'ZLU3A1B20N5012345', severity: 'MAJOR' },
    ageMinutes: 2 * DAY + 5 * HOUR,
    steps: [
      { at: 90, by: 'regionManager', to: 'TRIAGED' },
      { at: 92, by: 'regionManager', tags: ['prova-su-strada', 'tagliando'] },
      {
        at: 95,
        by: 'regionManager',
        says: "Terza segnalazione simile in quest'officina nel trimestre: da discutere alla prossima riunione con il titolare.",
        internal: true,
      },
      { at: 100, by: 'regionManager', assign: 'after-sales', assignee: GIULIA },
      { at: 130, by: GIULIA, to: 'IN_PROGRESS' },
      {
        at: 240,
        by: MARCO,
        says: "Abbiamo richiamato il cliente, l'auto rientra giovedì per la prova. Da lunedì la prova su strada va firmata sulla scheda di lavoro.",
      },
      {
        at: 300,
        by: GIULIA,
        says: 'Grazie Marco. Passo giovedì pomeriggio a vedere le schede firmate.',
      },
    ],
    checklist: [
      {
        label: 'Controllare gli altri tagliandi della settimana',
        done: { by: GIULIA, at: 200 },
      },
      { label: 'Richiamare il cliente per la prova su strada', done: { by: GIULIA, at: 250 } },
      { label: 'Prova su strada firmata sulla scheda di lavoro' },
    ],
  },
  {
    number: 2,
    dealerId: IT,
    reporter: MARCO,
    categoryId: 'category-nc-parts',
    kind: 'NON_CONFORMITY',
    priority: 'NORMAL',
    title: 'Ricambi arrivati incompleti per la stessa commessa',
    description:
      "Secondo invio di fila con i filtri mancanti: la bolla li riporta, il collo no. Il cliente aspetta l'auto da tre giorni.",
    nonConformity: { customerReference: 'OdL 24-0815', severity: 'MINOR' },
    ageMinutes: DAY,
    steps: [
      { at: 200, by: 'regionManager', to: 'TRIAGED' },
      { at: 210, by: 'regionManager', assign: 'after-sales', assignee: GIULIA },
      { at: 300, by: GIULIA, to: 'WAITING_FOR_REPORTER' },
      {
        at: 301,
        by: GIULIA,
        says: 'Marco, mi mandi il numero della bolla e una foto del collo aperto? Li giro alla logistica.',
      },
    ],
  },
  {
    number: 3,
    dealerId: IT,
    reporter: { staff: 'SERVICE_ADVISER' },
    categoryId: 'category-crm-duplicate',
    kind: 'HELP_DESK',
    priority: 'NORMAL',
    title: 'Cliente presente due volte nel CRM',
    description:
      'Il sig. Rossi compare con due schede: una con il vecchio indirizzo di Roma e una con quello nuovo. Gli appuntamenti finiscono su quella sbagliata.',
    ageMinutes: 3 * DAY,
    steps: [
      { at: 120, by: ADMIN, to: 'TRIAGED' },
      { at: 121, by: ADMIN, assign: 'group-it', assignee: ADMIN },
      { at: 125, by: ADMIN, to: 'IN_PROGRESS' },
      {
        at: 126,
        by: ADMIN,
        says: 'Buongiorno, unisco le due schede tenendo il nuovo indirizzo. Lo storico degli interventi resta.',
      },
      { at: 600, by: ADMIN, to: 'RESOLVED' },
      {
        at: 610,
        by: { staff: 'SERVICE_ADVISER' },
        says: 'Perfetto, ora vedo una sola scheda. Grazie!',
      },
    ],
  },
  {
    number: 4,
    dealerId: IT,
    reporter: GIULIA,
    categoryId: 'category-request-other',
    kind: 'REQUEST',
    priority: 'LOW',
    title: 'Materiale espositivo per il lancio della nuova Lumo',
    description:
      'Per il lancio di fine mese la concessionaria chiede due totem e i cartelli prezzo aggiornati. Consegna entro il 20, per favore.',
    ageMinutes: 3 * HOUR,
    steps: [],
  },
  {
    number: 5,
    dealerId: IT,
    reporter: { staff: 'SALESPERSON' },
    categoryId: 'category-nc-sales',
    kind: 'NON_CONFORMITY',
    priority: 'NORMAL',
    title: 'Consegna senza libretto di garanzia',
    description:
      "Auto consegnata sabato senza il libretto di garanzia nella busta documenti. Il cliente ha chiamato lunedì, gliel'abbiamo spedito.",
    nonConformity: { customerReference: 'Contratto 2024-1187', severity: 'MINOR' },
    ageMinutes: 12 * DAY,
    steps: [
      { at: 60, by: 'regionManager', to: 'TRIAGED' },
      { at: 70, by: 'regionManager', assign: 'after-sales', assignee: GIULIA },
      { at: 100, by: GIULIA, to: 'IN_PROGRESS' },
      {
        at: 1500,
        by: GIULIA,
        says: 'Aggiunta la busta documenti alla checklist di consegna. Chiudo se non ci sono altri casi.',
      },
      { at: 3000, by: GIULIA, to: 'RESOLVED' },
      { at: 4500, by: { staff: 'SALESPERSON' }, to: 'CLOSED' },
    ],
  },
  // Norvik Germany, in Matthias's region.
  {
    number: 6,
    dealerId: DE,
    reporter: { staff: 'SERVICE_MANAGER' },
    categoryId: 'category-nc-warranty',
    kind: 'NON_CONFORMITY',
    priority: 'HIGH',
    title: 'Garantieantrag Getriebe abgelehnt trotz Freigabe',
    description:
      'Der Garantieantrag für das Getriebe wurde abgelehnt, obwohl die technische Freigabe vorliegt. Der Kunde steht ohne Fahrzeug da, wir brauchen schnell eine Entscheidung.',
    nonConformity: { vin: 'WNV5R2C38P7045678', severity: 'CRITICAL' },
    ageMinutes: 5 * HOUR,
    steps: [
      { at: 200, by: MATTHIAS, to: 'TRIAGED' },
      { at: 201, by: MATTHIAS, tags: ['garantie', 'getriebe'] },
      {
        at: 205,
        by: MATTHIAS,
        says: 'Ich habe die Garantieabteilung angerufen, die Freigabe wird heute noch geprüft.',
      },
    ],
    checklist: [
      {
        label: 'Technische Freigabe an den Antrag anhängen',
        done: { by: { staff: 'SERVICE_MANAGER' }, at: 10 },
      },
      {
        label: 'Ersatzfahrzeug für den Kunden bereitstellen',
        done: { by: { staff: 'SERVICE_MANAGER' }, at: 40 },
      },
      { label: 'Entscheidung der Garantieabteilung einholen' },
      { label: 'Kunden über die Entscheidung informieren' },
    ],
  },
  {
    number: 7,
    dealerId: DE,
    reporter: { staff: 'SERVICE_ADVISER' },
    categoryId: 'category-it',
    kind: 'HELP_DESK',
    priority: 'URGENT',
    title: 'DMS startet nicht, keine Werkstattaufträge möglich',
    description:
      'Seit heute früh startet das DMS an keinem Platz in der Annahme. Wir schreiben Aufträge auf Papier, sechs Kunden warten.',
    ageMinutes: 48,
    steps: [],
  },
  {
    number: 8,
    dealerId: DE,
    reporter: { staff: 'SALESPERSON' },
    categoryId: 'category-crm-wrong-data',
    kind: 'HELP_DESK',
    priority: 'NORMAL',
    title: 'Falsche Telefonnummer bei Stammkunde',
    description:
      'Beim Kunden Meier steht im CRM die Nummer seiner früheren Firma. Ich kann sie nicht ändern, das Feld ist gesperrt.',
    ageMinutes: 10 * HOUR,
    steps: [],
  },
  {
    number: 9,
    dealerId: DE,
    reporter: { staff: 'SERVICE_MANAGER' },
    categoryId: 'category-nc-parts',
    kind: 'NON_CONFORMITY',
    priority: 'NORMAL',
    title: 'Falsches Bremsenset geliefert',
    description:
      'Geliefert wurde das Bremsenset für die Limousine statt für den Kombi, obwohl die Bestellung über die Fahrgestellnummer lief.',
    nonConformity: { vin: 'WNV5K1D24R7098765', severity: 'MAJOR' },
    ageMinutes: DAY + 2 * HOUR,
    steps: [
      { at: 45, by: MATTHIAS, to: 'TRIAGED' },
      { at: 46, by: MATTHIAS, tags: ['teilelogistik'] },
      { at: 50, by: MATTHIAS, assign: 'after-sales', assignee: 'areaManager' },
      { at: 180, by: 'areaManager', to: 'IN_PROGRESS' },
      {
        at: 185,
        by: 'areaManager',
        says: 'Die Teilelogistik schickt das richtige Set per Express, die Rückholung läuft.',
      },
      {
        at: 190,
        by: 'areaManager',
        says: 'Zweiter Fall mit dieser Teilenummer diesen Monat, ich melde es an die Zentrale.',
        internal: true,
      },
      { at: 191, by: 'areaManager', tags: ['bremsen', 'teilelogistik'] },
    ],
  },
  {
    number: 10,
    dealerId: DE,
    reporter: { staff: 'SERVICE_ADVISER' },
    categoryId: 'category-crm-missing-data',
    kind: 'HELP_DESK',
    priority: 'LOW',
    title: 'Serviceintervalle fehlen in der Fahrzeugakte',
    description:
      'Bei den Fahrzeugen aus dem Flottenvertrag fehlen im CRM die Serviceintervalle, die Erinnerungen gehen nicht raus.',
    ageMinutes: 6 * DAY,
    steps: [
      { at: 300, by: ADMIN, to: 'TRIAGED' },
      { at: 301, by: ADMIN, assign: 'group-it', assignee: ADMIN },
      { at: 400, by: ADMIN, to: 'IN_PROGRESS' },
      { at: 2 * DAY, by: ADMIN, to: 'RESOLVED' },
      {
        at: 2 * DAY + 1,
        by: ADMIN,
        says: 'Die Intervalle sind aus dem Flottenvertrag nachgeladen.',
      },
      { at: 5 * DAY, by: { staff: 'SERVICE_ADVISER' }, to: 'IN_PROGRESS' },
      {
        at: 5 * DAY + 1,
        by: { staff: 'SERVICE_ADVISER' },
        says: 'Bei drei Fahrzeugen fehlen sie immer noch, siehe Flotte Nord.',
      },
    ],
  },
  // Veyra France, Camille's dealer in Lyon.
  {
    number: 11,
    dealerId: FR,
    reporter: CAMILLE,
    categoryId: 'category-crm-duplicate',
    kind: 'HELP_DESK',
    priority: 'NORMAL',
    title: 'Fiche client en double après un essai',
    description:
      "Mme Durand a fait un essai samedi et le CRM a créé une deuxième fiche à son nom. Son devis est sur l'une, son essai sur l'autre.",
    ageMinutes: 20 * HOUR,
    steps: [
      { at: 90, by: ADMIN, to: 'TRIAGED' },
      { at: 91, by: ADMIN, assign: 'group-it', assignee: ADMIN },
      { at: 95, by: ADMIN, to: 'WAITING_FOR_REPORTER' },
      {
        at: 96,
        by: ADMIN,
        says: 'Bonjour Camille, quelle fiche faut-il garder : celle du devis ou celle de l’essai ?',
      },
    ],
    checklist: [
      { label: 'Fusionner les deux fiches de Mme Durand' },
      { label: 'Rattacher le devis et l’essai à la fiche conservée' },
    ],
  },
  {
    number: 12,
    dealerId: FR,
    reporter: CAMILLE,
    categoryId: 'category-nc-sales',
    kind: 'NON_CONFORMITY',
    priority: 'LOW',
    title: 'Remise commerciale non appliquée sur le bon de commande',
    description:
      "La remise de l'opération de printemps n'apparaît pas sur le bon de commande imprimé, alors qu'elle est dans l'outil de configuration.",
    nonConformity: { customerReference: 'BC-LY-2024-0342', severity: 'MINOR' },
    ageMinutes: 9 * DAY,
    steps: [
      { at: 600, by: 'regionManager', to: 'TRIAGED' },
      { at: 610, by: 'regionManager', assign: 'after-sales', assignee: 'areaManager' },
      { at: 700, by: 'areaManager', to: 'IN_PROGRESS' },
      {
        at: 2 * DAY,
        by: 'areaManager',
        says: "Le modèle du bon de commande est corrigé, la remise s'imprime de nouveau.",
      },
      { at: 2 * DAY + 5, by: 'areaManager', to: 'RESOLVED' },
      { at: 3 * DAY, by: CAMILLE, says: 'Vérifié sur deux commandes, c’est bon. Merci !' },
      { at: 3 * DAY + 1, by: CAMILLE, to: 'CLOSED' },
    ],
  },
  {
    number: 13,
    dealerId: FR,
    reporter: { staff: 'SERVICE_MANAGER' },
    categoryId: 'category-request-other',
    kind: 'REQUEST',
    priority: 'NORMAL',
    title: 'Accès au portail garantie pour un nouvel apprenti',
    description:
      "Notre apprenti commence lundi à l'atelier : il lui faut un accès en lecture au portail garantie.",
    ageMinutes: 15 * DAY,
    steps: [
      { at: 240, by: ADMIN, to: 'TRIAGED' },
      { at: 300, by: ADMIN, to: 'IN_PROGRESS' },
      { at: 1000, by: ADMIN, to: 'RESOLVED' },
      { at: 1001, by: ADMIN, says: 'Accès créé, les identifiants lui arrivent par e-mail.' },
      { at: 2 * DAY, by: { staff: 'SERVICE_MANAGER' }, to: 'CLOSED' },
    ],
  },
  // Castello Poland, Piotr's dealer.
  {
    number: 14,
    dealerId: PL,
    reporter: PIOTR,
    categoryId: 'category-it',
    kind: 'HELP_DESK',
    priority: 'HIGH',
    title: 'Konfigurator nie drukuje ofert',
    description:
      'Od rana konfigurator zawiesza się przy drukowaniu oferty do PDF. Klient czeka na ofertę do jutra.',
    ageMinutes: 4 * HOUR,
    steps: [
      { at: 30, by: ADMIN, to: 'TRIAGED' },
      { at: 31, by: ADMIN, assign: 'group-it', assignee: ADMIN },
      { at: 35, by: ADMIN, to: 'IN_PROGRESS' },
      {
        at: 36,
        by: ADMIN,
        says: 'Dzień dobry, sprawdzamy serwer wydruków. Do tego czasu proszę wysłać ofertę z podglądu.',
      },
      { at: 60, by: PIOTR, says: 'Dziękuję, z podglądu działa.' },
    ],
    checklist: [
      { label: 'Sprawdzić serwer wydruków', done: { by: ADMIN, at: 40 } },
      { label: 'Wysłać klientowi ofertę z podglądu', done: { by: PIOTR, at: 58 } },
      { label: 'Przywrócić drukowanie ofert do PDF' },
    ],
  },
  {
    number: 15,
    dealerId: PL,
    reporter: { staff: 'SERVICE_MANAGER' },
    categoryId: 'category-nc-workshop',
    kind: 'NON_CONFORMITY',
    priority: 'HIGH',
    title: 'Akcja serwisowa nieodnotowana w systemie',
    description:
      'Akcję serwisową wykonaliśmy przy przeglądzie, ale system nadal pokazuje ją jako otwartą i klient dostał wezwanie.',
    nonConformity: { vin: 'ZCA8S3E15P4023456', severity: 'MAJOR' },
    ageMinutes: 20 * HOUR,
    steps: [{ at: 150, by: 'regionManager', to: 'TRIAGED' }],
  },
  {
    number: 16,
    dealerId: PL,
    reporter: PIOTR,
    categoryId: 'category-crm-wrong-data',
    kind: 'HELP_DESK',
    priority: 'LOW',
    title: 'Błędny NIP firmy klienta',
    description:
      'Na fakturze pojawia się stary NIP klienta flotowego, bo w CRM jest nieaktualny. Proszę o poprawkę.',
    ageMinutes: 8 * DAY,
    steps: [
      { at: 500, by: ADMIN, to: 'TRIAGED' },
      { at: 501, by: ADMIN, assign: 'group-it', assignee: ADMIN },
      { at: 600, by: ADMIN, to: 'IN_PROGRESS' },
      { at: 1200, by: ADMIN, to: 'RESOLVED' },
      { at: 1201, by: ADMIN, says: 'NIP poprawiony, kolejne faktury będą już z nowym.' },
      { at: 2 * DAY, by: PIOTR, to: 'CLOSED' },
    ],
  },
];

/** The highest seeded number: the sequence continues after it. */
export const LAST_DEMO_TICKET_NUMBER = Math.max(...DEMO_TICKETS.map((t) => t.number));

export const demoTicketId = (number: number) => `ticket-demo-${String(number).padStart(4, '0')}`;
export const demoTicketNumber = (number: number) => `T-${String(number).padStart(6, '0')}`;

/** The status a ticket's steps leave it in. */
export function finalStatus(ticket: DemoTicket): Status {
  let status: Status = 'NEW';
  for (const step of ticket.steps) if ('to' in step) status = step.to;
  return status;
}

interface DealerPlace {
  id: string;
  region_id: string;
  brand_id: string;
  country_code: string;
}

/** The people a ticket's steps name, by the place of its dealer; null when one is missing. */
async function resolvePeople(
  db: Db,
  dealer: DealerPlace,
  ticket: DemoTicket,
): Promise<Map<Who, string> | null> {
  const found = new Map<Who, string>();
  const who = [
    ticket.reporter,
    ...ticket.steps.flatMap((s) => [s.by, ...('assign' in s && s.assignee ? [s.assignee] : [])]),
    ...(ticket.checklist ?? []).flatMap((item) => (item.done ? [item.done.by] : [])),
  ];
  for (const w of who) {
    if (found.has(w)) continue;
    let rows: { id: string }[];
    if (w === 'regionManager') {
      rows = await db.query(
        `select person_id as id from person_roles
         where role = 'REGION_MANAGER' and scope_type = 'region' and scope_id = $1
         order by person_id limit 1`,
        [dealer.region_id],
      );
    } else if (w === 'areaManager') {
      rows = await db.query(
        `select id from people where job = 'AREA_MANAGER' and brand_id = $1
           and country_code = $2
         order by (region_id = $3) desc, id limit 1`,
        [dealer.brand_id, dealer.country_code, dealer.region_id],
      );
    } else if ('staff' in w) {
      rows = await db.query(
        'select id from people where dealer_id = $1 and job = $2 order by id limit 1',
        [dealer.id, w.staff],
      );
    } else {
      rows = await db.query('select id from people where id = $1', [w.id]);
    }
    const id = rows[0]?.id;
    if (!id) return null;
    found.set(w, id);
  }
  return found;
}

const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

/**
 * Files the demo tickets with their history, discussion, checklists, queues, watchers and
 * service-level clocks, as the app would have (create-ticket.ts, move-ticket.ts,
 * ticket-sla.ts, ticket-checklist.ts).
 */
export async function seedDemoTickets(db: Db): Promise<void> {
  const [clock] = await db.query<{ now: Date }>('select now() as now', []);
  const now = new Date(clock!.now);
  for (const ticket of DEMO_TICKETS) {
    const [dealer] = await db.query<DealerPlace>(
      `select d.id, d.region_id, d.brand_id, r.country_code
       from dealers d join regions r on r.id = d.region_id where d.id = $1`,
      [ticket.dealerId],
    );
    if (!dealer) continue;
    const people = await resolvePeople(db, dealer, ticket);
    if (!people) continue;
    await fileDemoTicket(db, ticket, dealer, people, now);
  }
  await db.query(
    `select setval('ticket_number_seq',
       greatest($1::bigint, (select last_value from ticket_number_seq)), true)`,
    [LAST_DEMO_TICKET_NUMBER],
  );
}

async function fileDemoTicket(
  db: Db,
  ticket: DemoTicket,
  dealer: DealerPlace,
  people: Map<Who, string>,
  now: Date,
): Promise<void> {
  const id = demoTicketId(ticket.number);
  const person = (w: Who) => people.get(w)!;
  const reporterId = person(ticket.reporter);
  const createdAt = minutesAfter(now, -ticket.ageMinutes);
  const at = (minutes: number) => minutesAfter(createdAt, minutes);
  const queueOf = (team: 'after-sales' | 'group-it') =>
    team === 'group-it'
      ? 'queue-group-it'
      : `queue-${dealer.brand_id.replace(/^brand-/, '')}-${dealer.country_code.toLowerCase()}-after-sales`;

  // The clocks as ticket-sla.ts runs them: any move is a handler's response, as is a
  // handler's answer the reporter reads; RESOLVED stops resolution, reopening restarts it.
  let status: Status = 'NEW';
  let queueId: string | null = ticket.kind === 'HELP_DESK' ? 'queue-group-it' : null;
  let assigneeId: string | null = null;
  let assignedAt: Date | null = null;
  let respondedAt: Date | null = null;
  let resolvedAt: Date | null = null;
  let resolutionStartedAt = createdAt;
  let updatedAt = createdAt;
  let tags: string[] = [];
  const events: {
    actor: string;
    at: Date;
    action: string;
    from: Status | null;
    to: Status | null;
    queue: string | null;
    assignee: string | null;
    checklistItem?: string;
    addedTags?: string[];
    removedTags?: string[];
  }[] = [
    {
      actor: reporterId,
      at: createdAt,
      action: 'CREATED',
      from: null,
      to: 'NEW',
      queue: null,
      assignee: null,
    },
  ];
  const checklist = (ticket.checklist ?? []).map((item, position) => ({
    id: `ticket-check-demo-${ticket.number}-${position + 1}`,
    label: item.label,
    done: item.done && { by: person(item.done.by), at: at(item.done.at) },
  }));
  for (const item of checklist) {
    if (!item.done) continue;
    events.push({
      actor: item.done.by,
      at: item.done.at,
      action: 'CHECKLIST',
      from: null,
      to: null,
      queue: null,
      assignee: null,
      checklistItem: item.id,
    });
  }
  const comments: { author: string; body: string; internal: boolean; at: Date }[] = [];
  for (const step of ticket.steps) {
    const when = at(step.at);
    const actor = person(step.by);
    updatedAt = when;
    if ('to' in step) {
      events.push({
        actor,
        at: when,
        action: 'STATUS_CHANGED',
        from: status,
        to: step.to,
        queue: null,
        assignee: null,
      });
      if (actor !== reporterId) respondedAt ??= when;
      if (step.to === 'RESOLVED') resolvedAt = when;
      if ((status === 'RESOLVED' || status === 'CLOSED') && step.to === 'IN_PROGRESS') {
        resolutionStartedAt = when;
        resolvedAt = null;
      }
      status = step.to;
    } else if ('assign' in step) {
      queueId = queueOf(step.assign);
      assigneeId = step.assignee ? person(step.assignee) : null;
      assignedAt = when;
      events.push({
        actor,
        at: when,
        action: 'ASSIGNED',
        from: null,
        to: null,
        queue: queueId,
        assignee: assigneeId,
      });
    } else if ('tags' in step) {
      events.push({
        actor,
        at: when,
        action: 'TAGGED',
        from: null,
        to: null,
        queue: null,
        assignee: null,
        addedTags: step.tags.filter((tag) => !tags.includes(tag)),
        removedTags: tags.filter((tag) => !step.tags.includes(tag)),
      });
      tags = [...step.tags].sort();
    } else {
      comments.push({ author: actor, body: step.says, internal: step.internal ?? false, at: when });
      if (actor !== reporterId && !step.internal) respondedAt ??= when;
    }
  }

  const [created] = await db.query<{ id: string }>(
    `insert into tickets (id, number, kind, category_id, title, description, priority, status,
       dealer_id, reporter_id, vin, customer_reference, severity, idempotency_key, created_at,
       updated_at, responded_at, resolution_started_at, resolved_at, queue_id, assignee_id, tags)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
       $19, $20, $21, $22)
     on conflict do nothing
     returning id`,
    [
      id,
      demoTicketNumber(ticket.number),
      ticket.kind,
      ticket.categoryId,
      ticket.title,
      ticket.description,
      ticket.priority,
      status,
      dealer.id,
      reporterId,
      ticket.nonConformity?.vin ?? null,
      ticket.nonConformity?.customerReference ?? null,
      ticket.nonConformity?.severity ?? null,
      `seed-${id}`,
      createdAt,
      updatedAt,
      respondedAt,
      resolutionStartedAt,
      resolvedAt,
      queueId,
      assigneeId,
      tags,
    ],
  );
  // Already seeded (or its number taken): its history is there, or it is not ours.
  if (!created) return;
  for (const [position, item] of checklist.entries()) {
    await db.query(
      `insert into ticket_checklist_items (id, ticket_id, position, label, done_by, done_at)
       values ($1, $2, $3, $4, $5, $6)`,
      [item.id, id, position, item.label, item.done?.by ?? null, item.done?.at ?? null],
    );
  }
  // In time order, ticks among the steps.
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const e of events) {
    await db.query(
      `insert into ticket_events (ticket_id, actor_id, at, action, from_status, to_status,
         queue_id, assignee_id, checklist_item_id, checked, added_tags, removed_tags)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        id,
        e.actor,
        e.at,
        e.action,
        e.from,
        e.to,
        e.queue,
        e.assignee,
        e.checklistItem ?? null,
        e.checklistItem ? true : null,
        e.addedTags ?? null,
        e.removedTags ?? null,
      ],
    );
  }
  for (const [i, c] of comments.entries()) {
    await db.query(
      `insert into ticket_comments (id, ticket_id, author_id, body, internal, created_at)
       values ($1, $2, $3, $4, $5, $6) on conflict do nothing`,
      [`ticket-comment-demo-${ticket.number}-${i + 1}`, id, c.author, c.body, c.internal, c.at],
    );
  }
  await db.query(
    `insert into ticket_watchers (ticket_id, person_id, since) values ($1, $2, $3)
     on conflict do nothing`,
    [id, reporterId, createdAt],
  );
  if (assigneeId && assignedAt) {
    await db.query(
      `insert into ticket_watchers (ticket_id, person_id, since) values ($1, $2, $3)
       on conflict do nothing`,
      [id, assigneeId, assignedAt],
    );
  }
}
