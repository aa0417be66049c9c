import type { QueryResolvers } from '../generated/resolvers.js';
import { loadViewer } from './me.js';

export const me: QueryResolvers['me'] = (_parent, _args, { db, principal, apps }) =>
  principal ? loadViewer(db, principal, apps) : null;
