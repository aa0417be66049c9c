/**
 * The server stores sanitised HTML; the client sanitises again before rendering
 * (defence in depth, ARCHITECTURE.md). DOMPurify loads with the first article opened,
 * not with the feed.
 */
export async function sanitizeHtml(html: string): Promise<string> {
  const { default: DOMPurify } = await import('dompurify');
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}
