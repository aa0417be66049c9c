import { html } from 'lit';
import type { TFunction } from 'i18next';
import type { FieldError } from '@piazza/shared/screens';
import type { Job, PulseQuestionKind, PulseSurveyInput } from '@piazza/shared/graphql';
import type { PulseSurveyFieldsFragment } from './pulse-survey.generated.js';

export const MAX_QUESTIONS = 5;
export const MAX_OPTIONS = 6;
export const QUESTION_KINDS: readonly PulseQuestionKind[] = ['SCALE', 'CHOICE', 'TEXT'];
/** The jobs of a dealer's people: those a survey asks. */
export const AUDIENCE_JOBS: readonly Job[] = [
  'DEALER_PRINCIPAL',
  'SALESPERSON',
  'SERVICE_MANAGER',
  'SERVICE_ADVISER',
  'MECHANIC',
];

export interface QuestionDraft {
  kind: PulseQuestionKind;
  text: string;
  options: string[];
}

/** What the editor holds while the author types: kept as typed whatever the server says. */
export interface SurveyDraft {
  title: string;
  locale: string;
  questions: QuestionDraft[];
  brandId: string;
  countries: string[];
  regionIds: string[];
  dealers: { id: string; name: string }[];
  jobs: Job[];
}

export const newQuestion = (kind: PulseQuestionKind = 'SCALE'): QuestionDraft => ({
  kind,
  text: '',
  options: kind === 'CHOICE' ? ['', ''] : [],
});

export function emptyDraft(brandId: string, locale: string): SurveyDraft {
  return {
    title: '',
    locale,
    questions: [newQuestion()],
    brandId,
    countries: [],
    regionIds: [],
    dealers: [],
    jobs: [],
  };
}

export function draftOf(survey: PulseSurveyFieldsFragment): SurveyDraft {
  const { audience } = survey;
  return {
    title: survey.title,
    locale: survey.locale,
    questions: survey.questions.map(({ kind, text, options }) => ({
      kind,
      text,
      options: [...options],
    })),
    brandId: audience.brand.id,
    countries: audience.countries.map((country) => country.code),
    regionIds: audience.regions.map((region) => region.id),
    dealers: audience.dealers.map(({ id, name }) => ({ id, name })),
    jobs: [...audience.jobs],
  };
}

/** The mutation's input; the server trims and validates (one place for the rules). */
export function surveyInput(draft: SurveyDraft, id: string | undefined): PulseSurveyInput {
  return {
    id: id ?? null,
    title: draft.title,
    locale: draft.locale,
    questions: draft.questions.map((question) => ({
      kind: question.kind,
      text: question.text,
      options: question.kind === 'CHOICE' ? question.options : [],
    })),
    audience: {
      brandId: draft.brandId,
      countries: draft.countries,
      regionIds: draft.regionIds,
      dealerIds: draft.dealers.map((dealer) => dealer.id),
      jobs: draft.jobs,
    },
  };
}

/**
 * What to tell the author about a refused field, in their language: `questions.2.text`
 * TOO_LONG reads "pulse.errors.questions.text.TOO_LONG", else the reason's own words.
 */
export function surveyErrorMessage(t: TFunction, error: FieldError): string {
  const field = error.field.replace(/\.\d+/g, '');
  return t([
    `pulse.errors.${field}.${error.reason}`,
    `pulse.errors.${error.reason}`,
    'pulse.errors.refused',
  ]);
}

/** The errors about one place of the form: `questions.1` holds `questions.1.text` and its options. */
export function errorsAt(errors: readonly FieldError[], prefix: string): FieldError[] {
  return errors.filter((error) => error.field === prefix || error.field.startsWith(`${prefix}.`));
}

/** The refusals of a place of the form, below it and announced: `<div id="title-error">`. */
export function fieldErrorLine(t: TFunction, name: string, errors: readonly FieldError[]) {
  return html`<div id="${name}-error" aria-live="polite">
    ${errors.map((error) => html`<p class="field-error">${surveyErrorMessage(t, error)}</p>`)}
  </div>`;
}
