import type { TypePolicies } from '@apollo/client';
import { appendPages } from '@piazza/shared/screens';

/**
 * Rows and cells of a barometer are figures of one scope in one period: a dealer's row in
 * October is not its row in September, nor is a region's engagement the same in two
 * periods. They are kept inside the answer they came with, never merged by id.
 */
const perAnswer = { keyFields: false } as const;

export const barometersTypePolicies: TypePolicies = {
  BarometerScope: perAnswer,
  BarometerRow: perAnswer,
  KpiBreakdownRow: perAnswer,
  EngagementRow: perAnswer,
  NetworkTheme: perAnswer,
  VitalsRow: perAnswer,
  // The surveys a person manages: one list, growing as older pages are asked for.
  Query: { fields: { pulseSurveys: { keyArgs: false, merge: appendPages } } },
};
