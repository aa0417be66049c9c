import type { JobCode, Network, PersonRow } from '../server/src/seed/generate-network.js';
import { MockUserError } from './mock-api.js';
import { invalid } from './newsroom-rules.js';

type Kind = 'SCALE' | 'CHOICE' | 'TEXT';

/** An open survey as the people it asks see it. */
export interface MockOpenSurvey {
  id: string;
  title: string;
  locale: string;
  authorId: string;
  openedAt: string;
  closesAt: string;
  questions: { id: string; kind: Kind; text: string; options: string[] }[];
  audience: {
    brandId: string;
    countries: string[];
    regionIds: string[];
    dealerIds: string[];
    jobs: JobCode[];
  };
}

interface AnswerInput {
  questionId: string;
  scale?: number | null;
  choice?: number | null;
  text?: string | null;
}

const MAX_TEXT = 500;
const DAY_MS = 86_400_000;

/**
 * Pulse surveys as the people they ask see them (the pulse card of the news feed): the
 * open surveys asking the viewer, and answering one once, with the server's validation
 * (`answers.<i>`, a reason) and its replay rule (sent again, the first answers stay).
 * Answers are kept without their person, as the server keeps them.
 */
export class MockPulseAnswerApi {
  private readonly network: Network;
  private readonly surveys: MockOpenSurvey[];
  /** Who answered which survey (`surveyId/personId`), the only link to a person. */
  private readonly responded = new Set<string>();
  /** The answers per survey, without their person. */
  readonly answers = new Map<string, AnswerInput[][]>();

  constructor(network: Network, surveys: MockOpenSurvey[] = demoOpenSurveys(network)) {
    this.network = network;
    this.surveys = surveys;
  }

  /** The open surveys asking the viewer that they have not answered, closing soonest first. */
  openPulseSurveys(viewer: PersonRow | undefined) {
    const person = this.requireViewer(viewer);
    return this.surveys
      .filter((survey) => this.asks(survey, person) && !this.hasAnswered(survey, person))
      .sort((a, b) => a.closesAt.localeCompare(b.closesAt))
      .map((survey) => this.view(survey, person));
  }

  answerPulseSurvey(
    viewer: PersonRow | undefined,
    args: { id: string; answers: AnswerInput[]; idempotencyKey?: string | null },
  ) {
    const person = this.requireViewer(viewer);
    const survey = this.surveys.find((candidate) => candidate.id === args.id);
    // A survey that does not ask the person is answered like one that does not exist.
    if (!survey || !this.asks(survey, person)) {
      throw new MockUserError('NOT_FOUND', `No open survey ${args.id}`);
    }
    if (!this.hasAnswered(survey, person)) {
      checkAnswers(survey, args.answers);
      this.responded.add(`${survey.id}/${person.id}`);
      this.answers.set(survey.id, [...(this.answers.get(survey.id) ?? []), args.answers]);
    }
    return this.view(survey, person);
  }

  private hasAnswered(survey: MockOpenSurvey, person: PersonRow): boolean {
    return this.responded.has(`${survey.id}/${person.id}`);
  }

  /** Open, of the person's brand, their place among the audience's, their job among its jobs. */
  private asks(survey: MockOpenSurvey, person: PersonRow): boolean {
    const { audience } = survey;
    if (Date.parse(survey.closesAt) <= Date.now() || person.brandId !== audience.brandId) {
      return false;
    }
    if (audience.jobs.length > 0 && !audience.jobs.includes(person.job)) return false;
    const dealer = this.network.dealers.find((candidate) => candidate.id === person.dealerId);
    const regionId = dealer?.regionId ?? person.regionId;
    return (
      audience.countries.includes(person.countryCode) ||
      (regionId !== null && audience.regionIds.includes(regionId)) ||
      (dealer !== undefined && audience.dealerIds.includes(dealer.id))
    );
  }

  private view(survey: MockOpenSurvey, person: PersonRow) {
    const { brands, countries, regions, dealers, people } = this.network;
    const author = people.find((candidate) => candidate.id === survey.authorId)!;
    return {
      ...survey,
      status: 'OPEN',
      author: { ...author, displayName: `${author.givenName} ${author.familyName}`, erased: false },
      audience: {
        brand: brands.find((brand) => brand.id === survey.audience.brandId)!,
        countries: countries.filter((country) => survey.audience.countries.includes(country.code)),
        regions: regions.filter((region) => survey.audience.regionIds.includes(region.id)),
        dealers: dealers.filter((dealer) => survey.audience.dealerIds.includes(dealer.id)),
        jobs: survey.audience.jobs,
      },
      audienceSize: people.filter((candidate) => this.asks(survey, candidate)).length,
      responseCount: this.answers.get(survey.id)?.length ?? 0,
      answeredByMe: this.hasAnswered(survey, person),
      // The people asked never see results (their managers do, in the barometers app).
      results: null,
    };
  }

  private requireViewer(viewer: PersonRow | undefined): PersonRow {
    if (!viewer) throw new MockUserError('UNAUTHENTICATED', 'Sign in first');
    return viewer;
  }
}

/** Exactly one valid answer per question, in any order; the first problem is refused. */
function checkAnswers(survey: MockOpenSurvey, answers: readonly AnswerInput[]): void {
  const seen = new Set<string>();
  answers.forEach((answer, i) => {
    const question = survey.questions.find((candidate) => candidate.id === answer.questionId);
    if (!question) throw invalid(`answers.${i}`, 'UNKNOWN_QUESTION');
    if (seen.has(question.id)) throw invalid(`answers.${i}`, 'DUPLICATE');
    seen.add(question.id);
    const text = answer.text?.trim() ?? '';
    if (question.kind === 'SCALE' && answer.scale == null)
      throw invalid(`answers.${i}`, 'REQUIRED');
    if (question.kind === 'SCALE' && (answer.scale! < 1 || answer.scale! > 5)) {
      throw invalid(`answers.${i}`, 'OUT_OF_RANGE');
    }
    if (question.kind === 'CHOICE' && answer.choice == null) {
      throw invalid(`answers.${i}`, 'REQUIRED');
    }
    if (question.kind === 'CHOICE' && !(answer.choice! in question.options)) {
      throw invalid(`answers.${i}`, 'OUT_OF_RANGE');
    }
    if (question.kind === 'TEXT' && text === '') throw invalid(`answers.${i}`, 'REQUIRED');
    if (question.kind === 'TEXT' && text.length > MAX_TEXT) {
      throw invalid(`answers.${i}`, 'TOO_LONG');
    }
  });
  const missing = survey.questions.findIndex((question) => !seen.has(question.id));
  // Named by the question's place: the answers of the card come in the questions' order.
  if (missing >= 0) throw invalid(`answers.${missing}`, 'REQUIRED');
}

/**
 * The demo's surveys asking people, as the seed has them: Francesca Romano asks Lumo Italy
 * about training on the new models; Matthias Keller asks his region's dealers about the
 * new service booking tool. They close a few days from now, so that they stay open.
 */
export function demoOpenSurveys(network: Network): MockOpenSurvey[] {
  const personOf = (id: string) => network.people.find((person) => person.id === id)!;
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY_MS).toISOString();
  const matthias = personOf('person-demo-de-region');
  const francesca = personOf('person-demo-it-editor');
  const audience = { countries: [], regionIds: [], dealerIds: [], jobs: [] };
  return [
    {
      id: 'pulse-answer-demo-it-training',
      title: 'Formazione sui nuovi modelli',
      locale: 'it',
      authorId: francesca.id,
      openedAt: at(-3),
      closesAt: at(4),
      questions: [
        {
          id: 'pulse-answer-demo-it-q1',
          kind: 'SCALE',
          text: 'Quanto ti senti preparato a presentare i nuovi modelli ai clienti?',
          options: [],
        },
        {
          id: 'pulse-answer-demo-it-q2',
          kind: 'CHOICE',
          text: 'Quale formato di formazione preferisci?',
          options: ['In aula', 'Online dal vivo', 'Brevi video'],
        },
        {
          id: 'pulse-answer-demo-it-q3',
          kind: 'TEXT',
          text: 'Che cosa ti servirebbe di più?',
          options: [],
        },
      ],
      audience: { ...audience, brandId: francesca.brandId, countries: ['IT'] },
    },
    {
      id: 'pulse-answer-demo-de-booking',
      title: 'Das neue Service-Buchungstool',
      locale: 'de',
      authorId: matthias.id,
      openedAt: at(-2),
      closesAt: at(6),
      questions: [
        {
          id: 'pulse-answer-demo-de-q1',
          kind: 'SCALE',
          text: 'Wie sehr erleichtert Ihnen das neue Buchungstool die Arbeit?',
          options: [],
        },
        {
          id: 'pulse-answer-demo-de-q2',
          kind: 'CHOICE',
          text: 'Wie oft nutzen Sie es?',
          options: ['Täglich', 'Mehrmals pro Woche', 'Selten', 'Nie'],
        },
        {
          id: 'pulse-answer-demo-de-q3',
          kind: 'TEXT',
          text: 'Was sollten wir als Nächstes verbessern?',
          options: [],
        },
      ],
      audience: { ...audience, brandId: matthias.brandId, regionIds: [matthias.regionId!] },
    },
  ];
}
