import type { Locale } from './data/types.js';
import type { Grant, JobCode } from './network-types.js';

export interface DemoPerson {
  id: string;
  givenName: string;
  familyName: string;
  job: JobCode;
  brandCode: string;
  countryCode: string;
  locale: Locale;
  /** Roles beyond those of the position the person takes: people often wear two hats. */
  extraGrants?: Grant[];
}

function person(
  id: string,
  name: [givenName: string, familyName: string],
  place: Omit<DemoPerson, 'id' | 'givenName' | 'familyName'>,
): DemoPerson {
  return { id, givenName: name[0], familyName: name[1], ...place };
}

/**
 * One well-known person per journey of DOMAIN.md, with stable ids for tests and the
 * sign-in page. Each takes the place of a generated person who fits the journey.
 */
export const demoPeople: readonly DemoPerson[] = [
  person('person-demo-fr-sales', ['Camille', 'Laurent'], {
    job: 'SALESPERSON',
    brandCode: 'veyra',
    countryCode: 'FR',
    locale: 'fr',
  }),
  person('person-demo-it-area', ['Giulia', 'Ferraro'], {
    job: 'AREA_MANAGER',
    brandCode: 'lumo',
    countryCode: 'IT',
    locale: 'it',
  }),
  person('person-demo-de-region', ['Matthias', 'Keller'], {
    job: 'REGION_MANAGER',
    brandCode: 'norvik',
    countryCode: 'DE',
    locale: 'de',
  }),
  person('person-demo-pl-translator', ['Agnieszka', 'Nowak'], {
    job: 'TRANSLATOR',
    brandCode: 'castello',
    countryCode: 'PL',
    locale: 'pl',
  }),
  // Reviews and publishes Agnieszka's Polish translations.
  person('person-demo-pl-reviewer', ['Tomasz', 'Wiśniewski'], {
    job: 'TRANSLATOR',
    brandCode: 'castello',
    countryCode: 'PL',
    locale: 'pl',
    extraGrants: [['TRANSLATION_REVIEWER', 'locale', 'pl']],
  }),
  // Journey 5 targets dealers in Italy and Spain: she also edits Lumo Spain.
  person('person-demo-it-editor', ['Francesca', 'Romano'], {
    job: 'EDITOR',
    brandCode: 'lumo',
    countryCode: 'IT',
    locale: 'it',
    extraGrants: [['EDITOR', 'community', 'community-lumo-es']],
  }),
  // Journey 2: the service manager of the dealer whose workshop Giulia visits.
  person('person-demo-it-service', ['Marco', 'Bianchi'], {
    job: 'SERVICE_MANAGER',
    brandCode: 'lumo',
    countryCode: 'IT',
    locale: 'it',
  }),
  person('person-demo-admin', ['Oliver', 'Bennett'], {
    job: 'IT_ADMIN',
    brandCode: 'veyra',
    countryCode: 'GB',
    locale: 'en',
  }),
  person('person-demo-pl-sales', ['Piotr', 'Kowalski'], {
    job: 'SALESPERSON',
    brandCode: 'castello',
    countryCode: 'PL',
    locale: 'pl',
  }),
];

/**
 * The first dealer of these countries is shaped for the demo people who work at it or
 * manage its region: Camille sells Veyra in Lyon, Giulia covers Lumo dealers in Italy…
 */
export const ANCHOR_DEALERS: Readonly<Record<string, { brandCode: string; city?: string }>> = {
  FR: { brandCode: 'veyra', city: 'Lyon' },
  IT: { brandCode: 'lumo' },
  DE: { brandCode: 'norvik' },
  PL: { brandCode: 'castello' },
};
