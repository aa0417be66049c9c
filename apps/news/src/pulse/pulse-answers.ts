import type { FieldError } from '@piazza/shared/screens';
import type { PulseAnswerInput } from '@piazza/shared/graphql';
import type { OpenPulseSurveysQuery } from './open-pulse-surveys.generated.js';

export type PulseSurvey = OpenPulseSurveysQuery['openPulseSurveys'][number];
export type PulseQuestion = PulseSurvey['questions'][number];

/** The server's limit for a free-text answer, in characters. */
export const MAX_TEXT_LENGTH = 500;

/** What the person chose or wrote, by question id: a number for SCALE (1–5) and CHOICE (index). */
export type PulseDraft = Readonly<Record<string, number | string>>;

/** Why a question's answer is refused, by question id: the server's reason (REQUIRED, TOO_LONG…). */
export type PulseProblems = Readonly<Record<string, string>>;

function hasAnswer(question: PulseQuestion, value: number | string | undefined): boolean {
  return question.kind === 'TEXT'
    ? typeof value === 'string' && value.trim() !== ''
    : typeof value === 'number';
}

/**
 * What the form can tell before sending: every question needs an answer (the server asks
 * one per question), and a text fits the limit.
 */
export function checkDraft(questions: readonly PulseQuestion[], draft: PulseDraft): PulseProblems {
  const problems: Record<string, string> = {};
  for (const question of questions) {
    const value = draft[question.id];
    if (!hasAnswer(question, value)) problems[question.id] = 'REQUIRED';
    else if (typeof value === 'string' && value.trim().length > MAX_TEXT_LENGTH) {
      problems[question.id] = 'TOO_LONG';
    }
  }
  return problems;
}

/** The mutation's answers: one per question, in the questions' order (`answers.<i>` is question i). */
export function answersOf(
  questions: readonly PulseQuestion[],
  draft: PulseDraft,
): PulseAnswerInput[] {
  return questions.map((question) => {
    const value = draft[question.id];
    switch (question.kind) {
      case 'SCALE':
        return { questionId: question.id, scale: value as number };
      case 'CHOICE':
        return { questionId: question.id, choice: value as number };
      case 'TEXT':
        return { questionId: question.id, text: (value as string).trim() };
    }
  });
}

const ANSWER_FIELD = /^answers\.(\d+)$/;

/**
 * The server's refusals (`answers.<i>`, a reason) placed on the questions they name, as
 * `answersOf` sent them; undefined when none names a question (the form says it in general).
 */
export function problemsFromServer(
  questions: readonly PulseQuestion[],
  errors: readonly FieldError[],
): PulseProblems | undefined {
  const problems: Record<string, string> = {};
  for (const { field, reason } of errors) {
    const index = ANSWER_FIELD.exec(field)?.[1];
    const question = index === undefined ? undefined : questions[Number(index)];
    if (question) problems[question.id] ??= reason;
  }
  return Object.keys(problems).length > 0 ? problems : undefined;
}
