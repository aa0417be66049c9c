import type { TFunction } from 'i18next';

/** A namespace as translators know it: the app's name, or "Shared strings" for `common`. */
export function namespaceLabel(namespace: string, t: TFunction): string {
  return namespace === 'common'
    ? t('namespaces.common')
    : t(`common:apps.${namespace}`, { defaultValue: namespace });
}
