import { parse } from 'graphql';
import type { Page } from 'playwright-core';
import type { OutboxResult, OutboxWrite } from '@piazza/shared';

/** A write to hand the page's outbox, in a form that crosses into the page. */
export interface PageWrite {
  /** The mutation's source. */
  mutation: string;
  variables: Record<string, unknown>;
  /** The variable that gets the write's idempotency key (generated in the page). */
  keyVariable: string;
  label: OutboxWrite['label'];
  /** Files to upload first, their bytes in base64. */
  uploads?: { path: string; base64: string; type: string; variable: string }[];
}

/** The portal element's outbox, as an app gets it from its context. */
interface PortalElement {
  portalContext: {
    outbox(): Promise<{ send(write: OutboxWrite): Promise<OutboxResult<unknown>> }>;
  };
}

/**
 * Sends writes through the outbox of the signed-in portal in the page, one after the
 * other, as the apps do (for the bench, which queues a hundred tickets faster than a form).
 */
export async function sendInPage(
  page: Page,
  writes: PageWrite[],
): Promise<OutboxResult<unknown>[]> {
  // Plain JSON (no source locations): it crosses into the page as it is stored there.
  const documents = writes.map(
    ({ mutation }) => JSON.parse(JSON.stringify(parse(mutation, { noLocation: true }))) as unknown,
  );
  return page.evaluate(
    async ({ writes, documents }) => {
      const portal = document.querySelector('piazza-portal') as unknown as PortalElement;
      const outbox = await portal.portalContext.outbox();
      const results: OutboxResult<unknown>[] = [];
      for (const [index, write] of writes.entries()) {
        const key = crypto.randomUUID();
        results.push(
          await outbox.send({
            key,
            mutation: documents[index] as OutboxWrite['mutation'],
            variables: { ...write.variables, [write.keyVariable]: key },
            label: write.label,
            uploads: (write.uploads ?? []).map(({ path, base64, type, variable }) => ({
              path,
              variable,
              blob: new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }),
            })),
          }),
        );
      }
      return results;
    },
    { writes, documents },
  );
}
