import type { JobCode, Network, PersonRow } from '../server/src/seed/generate-network.js';
import { mockFraction } from './barometer-insights-api.js';
import { MockUserError } from './mock-api.js';

type Kind = 'SCALE' | 'CHOICE' | 'TEXT';
type Status = 'DRAFT' | 'OPEN' | 'CLOSED';

interface Question {
  id: string;
  kind: Kind;
  text: string;
  options: string[];
}

interface Audience {
  brandId: string;
  countries: string[];
  regionIds: string[];
  dealerIds: string[];
  jobs: JobCode[];
}

/** A survey, and the answers of each response in question order (no person: anonymous). */
interface Survey {
  id: string;
  title: string;
  locale: string;
  authorId: string;
  status: Status;
  openedAt: string | null;
  closesAt: string | null;
  questions: Question[];
  audience: Audience;
  responses: (number | string)[][];
}

interface SurveyInput {
  id?: string | null;
  title: string;
  locale: string;
  questions: { kind: Kind; text: string; options?: string[] | null }[];
  audience: {
    brandId: string;
    countries?: string[] | null;
    regionIds?: string[] | null;
    dealerIds?: string[] | null;
    jobs?: JobCode[] | null;
  };
}

interface FieldError {
  field: string;
  reason: string;
}

const LOCALES = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'];
/** Results stay hidden below this many responses, so that no answer can be traced. */
const MIN_RESPONSES = 5;
const HOUR_MS = 60 * 60 * 1000;
const MAX_OPEN_MS = 60 * 24 * HOUR_MS;

/** BAD_USER_INPUT errors naming each field, as the server sends them (one GraphQL error each). */
class MockFieldErrors extends Error {
  readonly extensions: { code: string; field: string; reason: string };
  constructor(errors: readonly FieldError[]) {
    super(errors.map(({ field, reason }) => `${field}: ${reason}`).join('; '));
    // graphql-js reports one error per throw: the first names the field, like the server's.
    this.extensions = { code: 'BAD_USER_INPUT', ...errors[0]! };
  }
}

/**
 * Pulse surveys as their authors see them (the pulse screens of the barometers app): the
 * server's rules on who manages which survey, the validation of a draft with the field
 * and reason of each refusal, opening and closing, and results hidden below 5 responses.
 */
export class MockPulseApi {
  private readonly network: Network;
  private readonly surveys: Survey[];
  private nextId = 1;

  constructor(network: Network) {
    this.network = network;
    this.surveys = demoSurveys(network);
  }

  pulseSurveys(
    viewer: PersonRow | undefined,
    args: { first?: number | null; after?: string | null },
  ) {
    const person = this.author(viewer);
    const managed = this.surveys.filter((survey) => this.manages(person, survey)).reverse();
    const start = args.after ? managed.findIndex((survey) => survey.id === args.after) + 1 : 0;
    const slice = managed.slice(start, start + (args.first ?? 20));
    return {
      edges: slice.map((survey) => ({ cursor: survey.id, node: this.view(survey) })),
      pageInfo: {
        endCursor: slice.at(-1)?.id ?? null,
        hasNextPage: start + slice.length < managed.length,
      },
    };
  }

  pulseSurvey(viewer: PersonRow | undefined, { id }: { id: string }) {
    return this.view(this.managed(viewer, id));
  }

  savePulseSurvey(viewer: PersonRow | undefined, { input }: { input: SurveyInput }) {
    const author = this.author(viewer);
    const existing = input.id ? this.managed(viewer, input.id) : undefined;
    if (existing && existing.status !== 'DRAFT') {
      throw new MockFieldErrors([{ field: 'id', reason: 'NOT_DRAFT' }]);
    }
    const errors = this.problems(author, input);
    if (errors.length) throw new MockFieldErrors(errors);
    const survey: Survey = {
      id: existing?.id ?? `pulse-mock-${this.nextId++}`,
      title: input.title.trim(),
      locale: input.locale,
      authorId: existing?.authorId ?? author.id,
      status: 'DRAFT',
      openedAt: null,
      closesAt: null,
      questions: input.questions.map((question, index) => ({
        id: existing?.questions[index]?.id ?? `${existing?.id ?? 'q'}-${this.nextId++}`,
        kind: question.kind,
        text: question.text.trim(),
        options: question.kind === 'CHOICE' ? (question.options ?? []).map((o) => o.trim()) : [],
      })),
      audience: {
        brandId: input.audience.brandId,
        countries: input.audience.countries ?? [],
        regionIds: input.audience.regionIds ?? [],
        dealerIds: input.audience.dealerIds ?? [],
        jobs: input.audience.jobs ?? [],
      },
      responses: [],
    };
    if (existing) this.surveys.splice(this.surveys.indexOf(existing), 1, survey);
    else this.surveys.push(survey);
    return this.view(survey);
  }

  openPulseSurvey(viewer: PersonRow | undefined, args: { id: string; closesAt: string }) {
    const survey = this.managed(viewer, args.id);
    if (survey.status !== 'DRAFT')
      throw new MockFieldErrors([{ field: 'id', reason: 'NOT_DRAFT' }]);
    const ahead = Date.parse(args.closesAt) - Date.now();
    if (!(ahead >= HOUR_MS))
      throw new MockFieldErrors([{ field: 'closesAt', reason: 'TOO_SMALL' }]);
    if (ahead > MAX_OPEN_MS)
      throw new MockFieldErrors([{ field: 'closesAt', reason: 'TOO_LARGE' }]);
    if (this.audienceSize(survey.audience) < MIN_RESPONSES) {
      throw new MockFieldErrors([{ field: 'audience', reason: 'TOO_SMALL' }]);
    }
    Object.assign(survey, {
      status: 'OPEN',
      openedAt: new Date().toISOString(),
      closesAt: args.closesAt,
    });
    return this.view(survey);
  }

  closePulseSurvey(viewer: PersonRow | undefined, { id }: { id: string }) {
    const survey = this.managed(viewer, id);
    if (survey.status !== 'OPEN') {
      const reason = survey.status === 'DRAFT' ? 'NOT_OPEN' : 'CLOSED';
      throw new MockFieldErrors([{ field: 'id', reason }]);
    }
    Object.assign(survey, { status: 'CLOSED', closesAt: new Date().toISOString() });
    return this.view(survey);
  }

  private problems(author: PersonRow, input: SurveyInput): FieldError[] {
    const errors: FieldError[] = [];
    const length = (field: string, text: string, max: number) => {
      const trimmed = text.trim();
      if (!trimmed) errors.push({ field, reason: 'REQUIRED' });
      else if (trimmed.length > max) errors.push({ field, reason: 'TOO_LONG' });
    };
    length('title', input.title, 120);
    if (!LOCALES.includes(input.locale)) errors.push({ field: 'locale', reason: 'UNKNOWN_LOCALE' });
    if (input.questions.length === 0) errors.push({ field: 'questions', reason: 'REQUIRED' });
    if (input.questions.length > 5) errors.push({ field: 'questions', reason: 'TOO_MANY' });
    input.questions.forEach((question, i) => {
      length(`questions.${i}.text`, question.text, 200);
      if (question.kind !== 'CHOICE') return;
      const options = (question.options ?? []).map((option) => option.trim());
      if (options.length < 2) {
        errors.push({ field: `questions.${i}.options`, reason: 'TOO_FEW_OPTIONS' });
      }
      if (options.length > 6) errors.push({ field: `questions.${i}.options`, reason: 'TOO_MANY' });
      options.forEach((option, j) => {
        length(`questions.${i}.options.${j}`, option, 80);
        const first = options.findIndex((other) => other.toLowerCase() === option.toLowerCase());
        if (option && first < j) {
          errors.push({ field: `questions.${i}.options.${j}`, reason: 'DUPLICATE_OPTION' });
        }
      });
    });
    const { countries = [], regionIds = [], dealerIds = [] } = input.audience;
    if (!countries?.length && !regionIds?.length && !dealerIds?.length) {
      errors.push({ field: 'audience.countries', reason: 'REQUIRED' });
    }
    regionIds?.forEach((id, i) => {
      const region = this.network.regions.find((candidate) => candidate.id === id);
      if (!region) errors.push({ field: `audience.regionIds.${i}`, reason: 'UNKNOWN_REGION' });
      else if (!this.reaches(author, region.countryCode, id)) {
        errors.push({ field: `audience.regionIds.${i}`, reason: 'OUT_OF_SCOPE' });
      }
    });
    countries?.forEach((code, i) => {
      if (!this.reaches(author, code)) {
        errors.push({ field: `audience.countries.${i}`, reason: 'OUT_OF_SCOPE' });
      }
    });
    return errors;
  }

  /** Admins reach everything; editors their communities' countries; region managers their grants. */
  private reaches(author: PersonRow, country: string, regionId?: string): boolean {
    return this.grantsOf(author).some(
      (grant) =>
        grant.role === 'ADMIN' ||
        (grant.role === 'EDITOR' && grant.scopeId?.endsWith(`-${country.toLowerCase()}`)) ||
        (grant.role === 'REGION_MANAGER' &&
          (grant.scopeId === country || (regionId !== undefined && grant.scopeId === regionId))),
    );
  }

  private grantsOf(person: PersonRow) {
    return this.network.roles.filter((grant) => grant.personId === person.id);
  }

  private author(viewer: PersonRow | undefined): PersonRow {
    if (!viewer) throw new MockUserError('UNAUTHENTICATED', 'Sign in first');
    const roles = this.grantsOf(viewer).map((grant) => grant.role);
    if (!roles.some((role) => ['EDITOR', 'REGION_MANAGER', 'ADMIN'].includes(role))) {
      throw new MockUserError('FORBIDDEN', 'Only editors, region managers and admins ask');
    }
    return viewer;
  }

  private manages(person: PersonRow, survey: Survey): boolean {
    if (survey.authorId === person.id) return true;
    const places = [
      ...survey.audience.countries,
      ...survey.audience.regionIds.map(
        (id) => this.network.regions.find((region) => region.id === id)!.countryCode,
      ),
    ];
    return (
      this.grantsOf(person).some((grant) => grant.role === 'ADMIN') ||
      places.some((country) => this.reaches(person, country))
    );
  }

  private managed(viewer: PersonRow | undefined, id: string): Survey {
    const person = this.author(viewer);
    const survey = this.surveys.find((candidate) => candidate.id === id);
    if (!survey || !this.manages(person, survey)) {
      throw new MockUserError('NOT_FOUND', `No survey ${id}`);
    }
    return survey;
  }

  private audienceSize(audience: Audience): number {
    const { regions, dealers, people } = this.network;
    return people.filter((person) => {
      if (person.brandId !== audience.brandId || !person.dealerId) return false;
      if (audience.jobs.length && !audience.jobs.includes(person.job)) return false;
      const dealer = dealers.find((candidate) => candidate.id === person.dealerId)!;
      const region = regions.find((candidate) => candidate.id === dealer.regionId)!;
      return (
        audience.countries.includes(region.countryCode) ||
        audience.regionIds.includes(region.id) ||
        audience.dealerIds.includes(dealer.id)
      );
    }).length;
  }

  private view(survey: Survey) {
    const { brands, countries, regions, dealers } = this.network;
    const author = this.network.people.find((person) => person.id === survey.authorId)!;
    const brand = brands.find((candidate) => candidate.id === survey.audience.brandId)!;
    return {
      ...survey,
      author: { ...author, displayName: `${author.givenName} ${author.familyName}`, erased: false },
      audience: {
        brand,
        countries: survey.audience.countries.map((code) => countries.find((c) => c.code === code)!),
        regions: survey.audience.regionIds.map((id) => regions.find((r) => r.id === id)!),
        dealers: survey.audience.dealerIds.map((id) => dealers.find((d) => d.id === id)!),
        jobs: survey.audience.jobs,
      },
      audienceSize: this.audienceSize(survey.audience),
      responseCount: survey.responses.length,
      answeredByMe: false,
      results: survey.responses.length < MIN_RESPONSES ? null : this.results(survey),
    };
  }

  private results(survey: Survey) {
    return survey.questions.map((question, index) => {
      const answers = survey.responses.map((response) => response[index]!);
      const numbers = answers.filter((answer): answer is number => typeof answer === 'number');
      const buckets = question.kind === 'SCALE' ? 5 : question.options.length;
      const distribution = Array.from(
        { length: buckets },
        (_, bucket) =>
          numbers.filter((answer) => answer === (question.kind === 'SCALE' ? bucket + 1 : bucket))
            .length,
      );
      return {
        questionId: question.id,
        answers: answers.length,
        average:
          question.kind === 'SCALE'
            ? numbers.reduce((sum, answer) => sum + answer, 0) / numbers.length
            : null,
        distribution: question.kind === 'TEXT' ? [] : distribution,
        texts: answers
          .filter((answer): answer is string => typeof answer === 'string')
          .sort((a, b) => a.localeCompare(b)),
      };
    });
  }
}

const TEXTS = [
  'Die Terminbuchung geht jetzt schneller.',
  'Kunden finden den Link nicht immer.',
  'Bitte eine Schulung für neue Kollegen.',
  'Funktioniert gut, auch am Tablet.',
];

/** The demo's surveys: Matthias Keller's region (one closed with results, one open below 5). */
function demoSurveys(network: Network): Survey[] {
  const regionId = network.roles.find(
    (grant) => grant.personId === 'person-demo-de-region' && grant.scopeType === 'region',
  )?.scopeId;
  const region = network.regions.find((candidate) => candidate.id === regionId);
  if (!region) return [];
  const brandId = network.people.find((p) => p.id === 'person-demo-de-region')!.brandId;
  const audience: Audience = {
    brandId,
    countries: [],
    regionIds: [region.id],
    dealerIds: [],
    jobs: [],
  };
  const questions: Question[] = [
    {
      id: 'pulse-demo-q1',
      kind: 'SCALE',
      text: 'Wie zufrieden sind Sie mit dem neuen Service-Buchungstool?',
      options: [],
    },
    {
      id: 'pulse-demo-q2',
      kind: 'CHOICE',
      text: 'Wie oft nutzen Sie es?',
      options: ['Täglich', 'Wöchentlich', 'Selten'],
    },
    { id: 'pulse-demo-q3', kind: 'TEXT', text: 'Was sollten wir verbessern?', options: [] },
  ];
  const responses = (count: number, seed: string) =>
    Array.from({ length: count }, (_, i) => [
      1 + Math.floor(mockFraction(`${seed}${i}a`) * 5),
      Math.floor(mockFraction(`${seed}${i}b`) * 3),
      TEXTS[Math.floor(mockFraction(`${seed}${i}c`) * TEXTS.length)]!,
    ]);
  return [
    {
      id: 'pulse-demo-booking',
      title: 'Service-Buchungstool',
      locale: 'de',
      authorId: 'person-demo-de-region',
      status: 'CLOSED',
      openedAt: '2026-10-05T08:00:00.000Z',
      closesAt: '2026-10-19T17:00:00.000Z',
      questions,
      audience,
      responses: responses(14, 'booking'),
    },
    {
      id: 'pulse-demo-workshop',
      title: 'Werkstattauslastung im Winter',
      locale: 'de',
      authorId: 'person-demo-de-region',
      status: 'OPEN',
      openedAt: '2026-11-16T08:00:00.000Z',
      closesAt: '2026-12-04T17:00:00.000Z',
      questions: questions.map((question) => ({ ...question, id: `${question.id}-w` })),
      audience,
      responses: responses(3, 'workshop'),
    },
  ];
}
