export type Job =
  | 'AREA_MANAGER'
  | 'DEALER_PRINCIPAL'
  | 'EDITOR'
  | 'IT_ADMIN'
  | 'MECHANIC'
  | 'REGION_MANAGER'
  | 'SALESPERSON'
  | 'SERVICE_ADVISER'
  | 'SERVICE_MANAGER'
  | 'TRANSLATOR';

export type Role = 'ADMIN' | 'EDITOR' | 'EMPLOYEE' | 'FIELD' | 'REGION_MANAGER' | 'TRANSLATOR';

export type RolloutWave =
  /** Open to everyone whose roles allow the app. */
  | 'EVERYONE'
  /** Open only to the cohort's countries and dealers. */
  | 'PILOT';

export type ScopeType =
  'BRAND' | 'COMMUNITY' | 'COUNTRY' | 'DEALER' | 'GROUP' | 'LOCALE' | 'REGION';

export type TeamKind = 'MANAGEMENT' | 'SALES' | 'SERVICE' | 'WORKSHOP';
