import { type FieldError } from '@piazza/shared/screens';
import { wallTimeAt, zonedTimeToInstant } from '../ui/time-zone.js';
import type { ArticleTargetInput, Job, Role } from '@piazza/shared/graphql';
import type { EditorialArticleFieldsFragment } from '../editorial-article.fragment.generated.js';

export const JOBS: readonly Job[] = [
  'SALESPERSON',
  'SERVICE_ADVISER',
  'MECHANIC',
  'SERVICE_MANAGER',
  'DEALER_PRINCIPAL',
  'AREA_MANAGER',
  'REGION_MANAGER',
];
export const ROLES: readonly Role[] = ['EMPLOYEE', 'FIELD', 'REGION_MANAGER'];

export interface DealerChoice {
  id: string;
  name: string;
  city: string;
}

/** One group of readers as the form holds it: '' (or null) for "anyone". */
export interface AudienceDraft {
  /** Tells rows apart while they are added and removed. */
  key: number;
  countryCode: string;
  regionId: string;
  dealer: DealerChoice | null;
  job: Job | '';
  role: Role | '';
}

/** The target panel's values; the deadline as the editor typed it ('2026-11-30T18:00'). */
export interface TargetDraft {
  countries: string[];
  audiences: AudienceDraft[];
  mustRead: boolean;
  mustReadBy: string;
  imageUrl: string | null;
}

let nextKey = 1;

export function emptyAudience(): AudienceDraft {
  return { key: nextKey++, countryCode: '', regionId: '', dealer: null, job: '', role: '' };
}

/** The article's saved target, for the form; the deadline on the clocks of `timeZone`. */
export function draftOf(article: EditorialArticleFieldsFragment, timeZone: string): TargetDraft {
  const deadline = article.mustReadBy ? wallTimeAt(article.mustReadBy, timeZone) : undefined;
  return {
    countries: article.countries.map((country) => country.code),
    audiences: article.audiences.map((audience) => ({
      key: nextKey++,
      countryCode: audience.country?.code ?? '',
      regionId: audience.region?.id ?? '',
      dealer: audience.dealer ?? null,
      job: audience.job ?? '',
      role: audience.role ?? '',
    })),
    mustRead: article.mustRead,
    mustReadBy: deadline ? `${deadline.date}T${deadline.time}` : '',
    imageUrl: article.imageUrl,
  };
}

function deadlineInstant(draft: TargetDraft, timeZone: string): string | null {
  if (!draft.mustRead || !draft.mustReadBy) return null;
  const [date = '', time = ''] = draft.mustReadBy.split('T');
  return zonedTimeToInstant({ date, time: time.slice(0, 5) }, timeZone);
}

/** What setArticleTarget and audienceReach take; a group that sets nothing is left out. */
export function targetInput(
  draft: TargetDraft,
  options: { brandId: string; timeZone: string },
): ArticleTargetInput {
  return {
    brandId: options.brandId,
    countries: draft.countries,
    audiences: draft.audiences
      .map((audience) => ({
        countryCode: audience.countryCode || null,
        regionId: audience.regionId || null,
        dealerId: audience.dealer?.id ?? null,
        job: audience.job || null,
        role: audience.role || null,
      }))
      .filter((audience) => Object.values(audience).some((value) => value !== null)),
    mustRead: draft.mustRead,
    mustReadBy: deadlineInstant(draft, options.timeZone),
    imageUrl: draft.imageUrl,
  };
}

/** The server's rules, checked first: a country, and a deadline after publication. */
export function checkTarget(
  draft: TargetDraft,
  options: { timeZone: string; publishAt: string | null; now?: Date },
): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.countries.length === 0) errors.push({ field: 'countries', reason: 'REQUIRED' });
  const deadline = deadlineInstant(draft, options.timeZone);
  const now = (options.now ?? new Date()).toISOString();
  if (deadline && deadline <= now) errors.push({ field: 'mustReadBy', reason: 'IN_THE_PAST' });
  else if (deadline && options.publishAt && deadline <= options.publishAt) {
    errors.push({ field: 'mustReadBy', reason: 'DEADLINE_BEFORE_PUBLICATION' });
  }
  return errors;
}
