import type { Db } from '../db/db.js';
import type { PulseQuestion } from '../generated/resolvers.js';
import { PEOPLE } from '../news/reach.js';
import { asks, AUDIENCE_COUNT, type StoredAudience } from '../pulse/pulse-audience.js';
import { Random } from './random.js';

/**
 * The demo's pulse surveys (journey 3): Matthias Keller, Norvik's region manager in
 * Germany, closed one about the new service booking tool (results to read) and asks his
 * region's dealers about winter parts supply (too few answers yet to show any); Francesca
 * Romano asks Lumo Italy about the portal, Giulia and Marco among them, not answered yet.
 * Who answers is drawn from each audience by a hash of their id, what they answer from a
 * Random of its own: the network's sequence, and so every other person and article,
 * stays as it was. Times count back from the database's clock, so the demo reads fresh.
 */

const MATTHIAS = 'person-demo-de-region';
const FRANCESCA = 'person-demo-it-editor';
/** Asked by Francesca's survey, and left to answer it in the demo. */
const NOT_ANSWERING = ['person-demo-it-area', 'person-demo-it-service'];

interface DemoSurvey {
  id: string;
  author: string;
  brandId: string;
  title: string;
  locale: string;
  questions: PulseQuestion[];
  audience(place: { regionId: string; dealerIds: string[] }): StoredAudience;
  /** Days ago it opened, and days from now it closes (negative: closed that long ago). */
  openedDaysAgo: number;
  closesInDays: number;
  responses: number;
  /** For each question, what one person answers. */
  answer(random: Random): { scale?: number; choice?: number; text?: string }[];
}

const everywhere = { countries: [], regionIds: [], dealerIds: [], jobs: [] };

const BOOKING_REMARKS = [
  'Die Terminübersicht pro Tag ist viel klarer als vorher.',
  'Ersatzwagen direkt mitbuchen wäre super.',
  'Auf dem Tablet in der Dialogannahme lädt es manchmal langsam.',
  'Kunden bekommen die Bestätigung jetzt sofort per SMS, das kommt gut an.',
  'Bitte die Arbeitswerte direkt aus dem DMS übernehmen.',
  'Mehr Filter nach Mechaniker und Hebebühne.',
  'Die Schulung war zu kurz, ein Video zum Nachschauen würde helfen.',
  'Doppelbuchungen passieren kaum noch.',
  'Online-Termine der Kunden sollten wir vor der Freigabe prüfen können.',
  'Räderwechsel-Saison: Kapazitäten pro Woche planen können.',
  'Läuft stabil, endlich ein Werkzeug aus einem Guss.',
  'Die Suche nach Kennzeichen findet Altkunden nicht immer.',
];

const SURVEYS: DemoSurvey[] = [
  {
    id: 'pulse-demo-de-booking',
    author: MATTHIAS,
    brandId: 'brand-norvik',
    title: 'Das neue Service-Buchungstool nach vier Wochen',
    locale: 'de',
    questions: [
      {
        id: 'q-booking-satisfaction',
        kind: 'SCALE',
        text: 'Wie zufrieden sind Sie mit dem neuen Service-Buchungstool?',
        options: [],
      },
      {
        id: 'q-booking-use',
        kind: 'CHOICE',
        text: 'Wie oft nutzen Sie das Tool?',
        options: ['Täglich', 'Mehrmals pro Woche', 'Seltener', 'Gar nicht'],
      },
      {
        id: 'q-booking-improve',
        kind: 'TEXT',
        text: 'Was sollten wir am Buchungstool als Erstes verbessern?',
        options: [],
      },
    ],
    audience: ({ regionId }) => ({ ...everywhere, regionIds: [regionId] }),
    openedDaysAgo: 38,
    closesInDays: -24,
    responses: 14,
    answer: (random) => [
      { scale: random.weighted([1, 2, 3, 4, 5], (s) => [1, 2, 4, 7, 4][s - 1]!) },
      { choice: random.weighted([0, 1, 2, 3], (c) => [6, 4, 2, 1][c]!) },
      { text: random.pick(BOOKING_REMARKS) },
    ],
  },
  {
    id: 'pulse-demo-de-winter-parts',
    author: MATTHIAS,
    brandId: 'brand-norvik',
    title: 'Teileversorgung im Winter',
    locale: 'de',
    questions: [
      {
        id: 'q-parts-availability',
        kind: 'SCALE',
        text: 'Wie gut ist die Teileverfügbarkeit in Ihrem Betrieb derzeit?',
        options: [],
      },
      {
        id: 'q-parts-missing',
        kind: 'CHOICE',
        text: 'Welche Teile fehlen Ihnen am häufigsten?',
        options: ['Reifen', 'Batterien', 'Bremsen', 'Karosserieteile', 'Elektronik'],
      },
      {
        id: 'q-parts-help',
        kind: 'TEXT',
        text: 'Was würde Ihnen in der Wintersaison am meisten helfen?',
        options: [],
      },
    ],
    audience: ({ dealerIds }) => ({ ...everywhere, dealerIds }),
    openedDaysAgo: 2,
    closesInDays: 12,
    responses: 3,
    answer: (random) => [
      { scale: random.int(2, 4) },
      { choice: random.int(0, 2) },
      {
        text: random.pick([
          'Ein Puffer an Batterien im Regionallager.',
          'Lieferung zweimal täglich statt einmal.',
          'Frühere Info, wenn Reifen knapp werden.',
        ]),
      },
    ],
  },
  {
    id: 'pulse-demo-it-portal',
    author: FRANCESCA,
    brandId: 'brand-lumo',
    title: 'Piazza nel lavoro di tutti i giorni',
    locale: 'it',
    questions: [
      {
        id: 'q-portal-useful',
        kind: 'SCALE',
        text: 'Quanto ti è utile Piazza nel lavoro quotidiano?',
        options: [],
      },
      {
        id: 'q-portal-section',
        kind: 'CHOICE',
        text: 'Quale sezione usi di più?',
        options: ['Notizie', 'Formazione', 'Ticket', 'Barometri'],
      },
      {
        id: 'q-portal-improve',
        kind: 'TEXT',
        text: 'Che cosa miglioreresti per primo?',
        options: [],
      },
    ],
    audience: () => ({ ...everywhere, countries: ['IT'] }),
    openedDaysAgo: 3,
    closesInDays: 11,
    responses: 9,
    answer: (random) => [
      { scale: random.weighted([1, 2, 3, 4, 5], (s) => [1, 1, 3, 6, 3][s - 1]!) },
      { choice: random.weighted([0, 1, 2, 3], (c) => [6, 3, 3, 1][c]!) },
      {
        text: random.pick([
          'Notifiche più chiare sulle letture obbligatorie.',
          'La ricerca delle notizie vecchie.',
          'Poter lavorare offline anche sui ticket con più foto.',
          'Va già bene così, grazie.',
          'Le lezioni brevi sono perfette, ne vorrei di più sul post-vendita.',
        ]),
      },
    ],
  },
];

/** Files the demo surveys, their responses and answers; nothing when the demo people are missing. */
export async function seedDemoPulse(db: Db): Promise<void> {
  const [place] = await db.query<{ region_id: string; dealer_ids: string[] }>(
    `select p.region_id, array(select d.id from dealers d
       where d.region_id = p.region_id and d.brand_id = p.brand_id order by d.id) as dealer_ids
     from people p where p.id = $1 and p.region_id is not null`,
    [MATTHIAS],
  );
  const [francesca] = await db.query('select 1 from people where id = $1', [FRANCESCA]);
  if (!place || !francesca) return;
  const random = new Random(0x9015e);
  for (const survey of SURVEYS) {
    await db.query(
      `insert into pulse_surveys (id, brand_id, author_id, title, locale, status, questions,
         audience, created_at, opened_at, closes_at, closed_at)
       values ($1, $2, $3, $4, $5, case when $9 < 0 then 'CLOSED' else 'OPEN' end,
         $6::jsonb, $7::jsonb,
         now() - make_interval(days => $8 + 1), now() - make_interval(days => $8),
         now() + make_interval(days => $9),
         case when $9 < 0 then now() + make_interval(days => $9) end)`,
      [
        survey.id,
        survey.brandId,
        survey.author,
        survey.title,
        survey.locale,
        JSON.stringify(survey.questions),
        JSON.stringify(survey.audience({ regionId: place.region_id, dealerIds: place.dealer_ids })),
        survey.openedDaysAgo,
        survey.closesInDays,
      ],
    );
    await db.query(`update pulse_surveys s set audience_size = ${AUDIENCE_COUNT} where s.id = $1`, [
      survey.id,
    ]);
    const responders = await db.query<{ id: string; region_id: string | null }>(
      `select p.id, coalesce(pd.region_id, p.region_id) as region_id
       from pulse_surveys s cross join people p left join dealers pd on pd.id = p.dealer_id
       where s.id = $1 and p.erased_at is null and ${asks(PEOPLE)}
         and p.id <> all($2::text[]) and p.id <> s.author_id
       order by md5(p.id) limit $3`,
      [survey.id, NOT_ANSWERING, survey.responses],
    );
    await db.query(
      `insert into pulse_responses (survey_id, person_id, region_id)
       select $1, * from unnest($2::text[], $3::text[])`,
      [survey.id, responders.map((r) => r.id), responders.map((r) => r.region_id)],
    );
    const answers = responders.flatMap(() =>
      survey.answer(random).map((value, i) => ({ questionId: survey.questions[i]!.id, ...value })),
    );
    await db.query(
      `insert into pulse_answers (survey_id, question_id, scale, choice, text)
       select $1, * from unnest($2::text[], $3::int[], $4::int[], $5::text[])`,
      [
        survey.id,
        answers.map((a) => a.questionId),
        answers.map((a) => a.scale ?? null),
        answers.map((a) => a.choice ?? null),
        answers.map((a) => a.text ?? null),
      ],
    );
  }
}
