import admin from '../apps/admin/app.json' with { type: 'json' };
import news from '../apps/news/app.json' with { type: 'json' };
import ticketing from '../apps/ticketing/app.json' with { type: 'json' };
import type { MockAppDefinition } from './mock-api.js';

/**
 * The apps whose roll-out the admin mocks answer for in component tests (the dev server
 * lists apps/* itself, see ./browser.ts).
 */
export const testApps: readonly MockAppDefinition[] = [news, admin, ticketing];
