import type { ArticleCategoryCode } from './network-types.js';

/** The category and tags of each article template. */
export const articleTopics: Readonly<
  Record<string, { category: ArticleCategoryCode; tags: string[] }>
> = {
  'new-model-launch': { category: 'PRODUCTS', tags: ['launch', 'range'] },
  'delivery-delays-update': { category: 'PRODUCTS', tags: ['deliveries', 'logistics'] },
  'winter-service-campaign': { category: 'AFTER_SALES', tags: ['campaign', 'seasonal'] },
  'recall-campaign-procedure': { category: 'AFTER_SALES', tags: ['recall', 'safety'] },
  'warranty-extension': { category: 'AFTER_SALES', tags: ['warranty'] },
  'workshop-tooling-update': { category: 'AFTER_SALES', tags: ['workshop', 'tools'] },
  'parts-logistics-change': { category: 'AFTER_SALES', tags: ['parts', 'logistics'] },
  'workshop-safety-reminder': { category: 'AFTER_SALES', tags: ['workshop', 'safety'] },
  'spring-tyre-change': { category: 'AFTER_SALES', tags: ['campaign', 'seasonal'] },
  'year-end-parts-inventory': { category: 'AFTER_SALES', tags: ['parts'] },
  'diagnostic-software-update': { category: 'AFTER_SALES', tags: ['workshop', 'software'] },
  'sales-contest-results': { category: 'SALES', tags: ['contest'] },
  'crm-data-quality': { category: 'SALES', tags: ['crm'] },
  'certified-used-cars': { category: 'SALES', tags: ['used-cars'] },
  'sales-contest-launch': { category: 'SALES', tags: ['contest'] },
  'open-doors-weekend': { category: 'SALES', tags: ['event', 'showroom'] },
  'fleet-business-offer': { category: 'SALES', tags: ['fleet'] },
  'financing-offer': { category: 'SALES', tags: ['financing'] },
  'training-path-opening': { category: 'TRAINING', tags: ['academy'] },
  'high-voltage-certification': { category: 'TRAINING', tags: ['ev', 'safety', 'academy'] },
  'mechanics-skills-contest': { category: 'TRAINING', tags: ['contest', 'workshop'] },
  'csi-quarterly-results': { category: 'NETWORK', tags: ['csi', 'results'] },
  'ev-chargers-at-dealers': { category: 'NETWORK', tags: ['ev'] },
  'dealer-of-the-month': { category: 'NETWORK', tags: ['recognition'] },
  'voice-of-the-network': { category: 'NETWORK', tags: ['survey'] },
  'ceo-message': { category: 'COMPANY', tags: ['leadership'] },
  'live-stream-announcement': { category: 'COMPANY', tags: ['live', 'event'] },
  'piazza-on-your-phone': { category: 'COMPANY', tags: ['piazza'] },
  'sales-director-half-year': { category: 'COMPANY', tags: ['leadership', 'results'] },
  'customer-data-privacy': { category: 'COMPANY', tags: ['privacy', 'gdpr'] },
};
