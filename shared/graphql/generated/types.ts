export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** An ISO 8601 date-time in UTC, e.g. 2026-11-23T13:00:00Z. */
  DateTime: { input: string; output: string };
};

export type AppRolloutInput = {
  app: Scalars['String']['input'];
  /** ISO country codes of the pilot cohort. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Dealer ids of the pilot cohort. */
  dealers?: InputMaybe<Array<Scalars['ID']['input']>>;
  wave: RolloutWave;
};

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** The person, app or other object acted on. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

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
