/** The news app's route of an article (`news/<id>`, apps/news/src/news-app.ts). */
export const articlePath = (id: string): string => `news/${encodeURIComponent(id)}`;

/** The ticketing app's route of a ticket (`tickets/<id>`, apps/ticketing/src/ticketing-routes.ts). */
export const ticketPath = (id: string): string => `tickets/${encodeURIComponent(id)}`;
