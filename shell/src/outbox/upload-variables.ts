import type { StoredUpload } from './outbox-store.js';

/**
 * The variables with each upload's id appended to the array at its dotted path
 * ('input.photoIds'), created if missing. The stored variables are left as they are, so
 * a replay after a failure does not append the ids twice.
 */
export function withUploadIds(
  variables: Record<string, unknown>,
  uploads: readonly StoredUpload[],
): Record<string, unknown> {
  const result = structuredClone(variables);
  for (const { variable, id } of uploads) {
    if (id === undefined) continue;
    const names = variable.split('.');
    const last = names.pop()!;
    let holder = result;
    for (const name of names) {
      holder[name] ??= {};
      holder = holder[name] as Record<string, unknown>;
    }
    holder[last] = [...((holder[last] as unknown[] | undefined) ?? []), id];
  }
  return result;
}
