import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { Kind, print, type DocumentNode } from 'graphql';
import { root } from './paths.js';

function isDocument(value: unknown): value is DocumentNode {
  return (
    typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT
  );
}

/**
 * The named operations of a unit's generated documents (`*.generated.ts` below `folder`),
 * as text exactly as Apollo sends them: the server runs them to embed a first view
 * (server/src/http/first-view.ts), whose results the client's cache must accept.
 */
export async function collectOperations(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(join(root, folder), { recursive: true });
  const operations: Record<string, string> = {};
  for (const file of entries.filter((entry) => entry.endsWith('.generated.ts')).sort()) {
    const module = (await import(pathToFileURL(join(root, folder, file)).href)) as Record<
      string,
      unknown
    >;
    for (const document of Object.values(module).filter(isDocument)) {
      const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      // As the client sends it: Apollo's cache adds __typename to every selection.
      if (operation?.name)
        operations[operation.name.value] = print(addTypenameToDocument(document));
    }
  }
  return operations;
}
