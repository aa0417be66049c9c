/** The news app's route of an article (`news/<id>`, apps/news/src/news-app.ts). */
export const articlePath = (id: string): string => `news/${encodeURIComponent(id)}`;
