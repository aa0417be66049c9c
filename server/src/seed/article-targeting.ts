import type { JobCode } from './network-types.js';

/** Who runs or follows both sides of a dealer's business. */
const MANAGERS: JobCode[] = ['DEALER_PRINCIPAL', 'AREA_MANAGER', 'REGION_MANAGER'];
const SALES: JobCode[] = ['SALESPERSON', ...MANAGERS];
const AFTER_SALES: JobCode[] = ['SERVICE_MANAGER', 'SERVICE_ADVISER', 'MECHANIC', ...MANAGERS];

export interface ArticleTargeting {
  /** The jobs the news is for; every job when absent. */
  jobs?: JobCode[];
  /** Every reader is asked to acknowledge it. */
  mustRead?: boolean;
}

/** Which templates target some jobs only, and which every reader must acknowledge. */
export const articleTargeting: Readonly<Record<string, ArticleTargeting>> = {
  'recall-campaign-procedure': { jobs: AFTER_SALES, mustRead: true },
  'workshop-safety-reminder': { jobs: AFTER_SALES, mustRead: true },
  'customer-data-privacy': { mustRead: true },
  'warranty-extension': { mustRead: true },
  'crm-data-quality': { jobs: SALES, mustRead: true },
  'high-voltage-certification': { jobs: AFTER_SALES },
  'diagnostic-software-update': { jobs: AFTER_SALES },
  'workshop-tooling-update': { jobs: AFTER_SALES },
  'mechanics-skills-contest': { jobs: AFTER_SALES },
  'sales-contest-launch': { jobs: SALES },
  'fleet-business-offer': { jobs: SALES },
};
