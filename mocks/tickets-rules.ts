import { invalid } from './newsroom-rules.js';

/*
 * The rules of a ticket's input as the server applies them (server/src/tickets/
 * ticket-input.ts), for the mocks: its categories, texts and non-conformity.
 */

export type Kind = 'HELP_DESK' | 'NON_CONFORMITY' | 'REQUEST';

/** The categories of server/migrations/0013_tickets.sql, named in every portal locale. */
export const CATEGORIES: readonly {
  id: string;
  kind: Kind;
  code: string;
  names: Record<string, string>;
}[] = [
  {
    id: 'category-it',
    kind: 'HELP_DESK',
    code: 'IT',
    names: {
      en: 'IT',
      it: 'Informatica',
      fr: 'Informatique',
      es: 'Informática',
      de: 'IT',
      nl: 'IT',
      pl: 'IT',
    },
  },
  {
    id: 'category-crm-duplicate',
    kind: 'HELP_DESK',
    code: 'CRM_DUPLICATE_CUSTOMER',
    names: {
      en: 'CRM: duplicate customer record',
      it: 'CRM: cliente duplicato',
      fr: 'CRM : fiche client en double',
      es: 'CRM: cliente duplicado',
      de: 'CRM: doppelter Kundendatensatz',
      nl: 'CRM: dubbele klantrecord',
      pl: 'CRM: zduplikowany rekord klienta',
    },
  },
  {
    id: 'category-crm-wrong-data',
    kind: 'HELP_DESK',
    code: 'CRM_WRONG_CUSTOMER_DATA',
    names: {
      en: 'CRM: wrong customer data',
      it: 'CRM: dati cliente errati',
      fr: 'CRM : données client erronées',
      es: 'CRM: datos de cliente erróneos',
      de: 'CRM: falsche Kundendaten',
      nl: 'CRM: onjuiste klantgegevens',
      pl: 'CRM: błędne dane klienta',
    },
  },
  {
    id: 'category-crm-missing-data',
    kind: 'HELP_DESK',
    code: 'CRM_MISSING_DATA',
    names: {
      en: 'CRM: missing data',
      it: 'CRM: dati mancanti',
      fr: 'CRM : données manquantes',
      es: 'CRM: datos que faltan',
      de: 'CRM: fehlende Daten',
      nl: 'CRM: ontbrekende gegevens',
      pl: 'CRM: brakujące dane',
    },
  },
  {
    id: 'category-nc-sales',
    kind: 'NON_CONFORMITY',
    code: 'SALES_PROCESS',
    names: {
      en: 'Sales process',
      it: 'Processo di vendita',
      fr: 'Processus de vente',
      es: 'Proceso de venta',
      de: 'Verkaufsprozess',
      nl: 'Verkoopproces',
      pl: 'Proces sprzedaży',
    },
  },
  {
    id: 'category-nc-workshop',
    kind: 'NON_CONFORMITY',
    code: 'WORKSHOP_PROCESS',
    names: {
      en: 'Workshop process',
      it: 'Processo di officina',
      fr: 'Processus atelier',
      es: 'Proceso de taller',
      de: 'Werkstattprozess',
      nl: 'Werkplaatsproces',
      pl: 'Proces warsztatowy',
    },
  },
  {
    id: 'category-nc-parts',
    kind: 'NON_CONFORMITY',
    code: 'PARTS_LOGISTICS',
    names: {
      en: 'Parts logistics',
      it: 'Logistica ricambi',
      fr: 'Logistique pièces',
      es: 'Logística de recambios',
      de: 'Teilelogistik',
      nl: 'Onderdelenlogistiek',
      pl: 'Logistyka części',
    },
  },
  {
    id: 'category-nc-warranty',
    kind: 'NON_CONFORMITY',
    code: 'WARRANTY',
    names: {
      en: 'Warranty',
      it: 'Garanzia',
      fr: 'Garantie',
      es: 'Garantía',
      de: 'Garantie',
      nl: 'Garantie',
      pl: 'Gwarancja',
    },
  },
  {
    id: 'category-request-other',
    kind: 'REQUEST',
    code: 'OTHER',
    names: {
      en: 'Other request',
      it: 'Altra richiesta',
      fr: 'Autre demande',
      es: 'Otra solicitud',
      de: 'Sonstige Anfrage',
      nl: 'Overig verzoek',
      pl: 'Inne zgłoszenie',
    },
  },
];

const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;
export const MAX_TITLE = 120;
export const MAX_DESCRIPTION = 5000;
export const MAX_COMMENT = 2000;
const MAX_CUSTOMER_REFERENCE = 60;

export interface NonConformity {
  vin: string | null;
  customerReference: string | null;
  severity: string;
}

/** Plain text as the server stores it: trimmed, REQUIRED when empty, TOO_LONG past `max`. */
export function text(field: string, value: string | null | undefined, max: number): string {
  const clean = (value ?? '').trim();
  if (clean === '') throw invalid(field, 'REQUIRED');
  if ([...clean].length > max) throw invalid(field, 'TOO_LONG');
  return clean;
}

/** A non-conformity's own fields as stored: required for that kind, refused for others. */
export function nonConformity(
  kind: Kind,
  given: (Partial<NonConformity> & { severity: string }) | null | undefined,
): NonConformity | null {
  if (kind === 'NON_CONFORMITY' && !given) throw invalid('nonConformity', 'REQUIRED');
  if (kind !== 'NON_CONFORMITY' && given) throw invalid('nonConformity', 'NOT_APPLICABLE');
  if (!given) return null;
  const vin = given.vin?.trim().toUpperCase() || null;
  if (vin !== null && !VIN.test(vin)) throw invalid('nonConformity.vin', 'INVALID_VIN');
  const reference = given.customerReference?.trim()
    ? text('nonConformity.customerReference', given.customerReference, MAX_CUSTOMER_REFERENCE)
    : null;
  if (vin === null && reference === null) throw invalid('nonConformity.vin', 'REQUIRED');
  return { vin, customerReference: reference, severity: given.severity };
}
