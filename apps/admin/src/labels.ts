import type { TFunction } from 'i18next';
import { languageName } from '@piazza/shared';
import type { RoleGrantFieldsFragment } from './role-grant.fragment.generated.js';

/** One formatter per reader language: Intl.DisplayNames and NumberFormat are slow to build. */
const regionNames = new Map<string, Intl.DisplayNames>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A country's name in the reader's language ("Pologne" for a French reader); the server
 * gives English names only.
 */
export function countryName(country: { code: string; name: string }, locale: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    regionNames.set(locale, names);
  }
  return names.of(country.code) ?? country.name;
}

export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** A person's name, or "Former member" once their data was erased. */
export function personName(person: { displayName: string; erased: boolean }, t: TFunction) {
  return person.erased ? t('common:person.formerMember') : person.displayName;
}

/**
 * A role grant as people read it: "Editor — Brand and country: Lumo · Italia". The scope's
 * name is the server's, except a language's, which is named in the reader's language.
 */
export function grantLabel(grant: RoleGrantFieldsFragment, t: TFunction, locale: string): string {
  const role = t(`common:roles.${grant.role}`);
  const { type, id, name } = grant.scope;
  if (type === 'GROUP') return `${role} — ${t('scopes.GROUP')}`;
  const label = type === 'LOCALE' && id ? languageName(id, locale) : name;
  return `${role} — ${t(`scopes.${type}`)}: ${label}`;
}
