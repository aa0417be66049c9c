import { html, nothing } from 'lit';
import type { TFunction } from 'i18next';
import { share, type Reach, type ReachGroup } from './reach-figures.js';

/** Formats counts and shares in the editor's language. */
export interface ReachFormat {
  t: TFunction;
  count: Intl.NumberFormat;
  percent: Intl.NumberFormat;
}

/** Number formats of a language: counts, and shares as percentages to one decimal. */
export function reachFormat(t: TFunction, language: string): ReachFormat {
  return {
    t,
    count: new Intl.NumberFormat(language),
    percent: new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }),
  };
}

/**
 * Countries named in the editor's language from their ISO code (the server names them in
 * English), in that language's alphabetical order.
 */
export function localizedCountries(groups: readonly ReachGroup[], language: string): ReachGroup[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  return groups
    .map((group) => ({ ...group, name: names.of(group.id) ?? group.name }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/**
 * The reach of each country, region or dealer as a table with a caption; on phones each
 * row becomes a card whose cells are labelled from `data-label`.
 */
export function reachTable(options: {
  caption: string;
  nameColumn: string;
  groups: readonly ReachGroup[];
  /** Shows the acknowledgement columns: only must-reads are acknowledged. */
  mustRead: boolean;
  format: ReachFormat;
}) {
  const { caption, nameColumn, groups, mustRead, format } = options;
  const { t } = format;
  const columns = [
    t('reach.columns.audience'),
    t('reach.columns.opened'),
    t('reach.columns.openedShare'),
    ...(mustRead ? [t('reach.columns.acknowledged'), t('reach.columns.acknowledgedShare')] : []),
  ];
  const cells = (group: ReachGroup) => [
    format.count.format(group.audience),
    format.count.format(group.opened),
    format.percent.format(share(group.opened, group.audience)),
    ...(mustRead
      ? [
          format.count.format(group.acknowledged),
          format.percent.format(share(group.acknowledged, group.audience)),
        ]
      : []),
  ];
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${nameColumn}</th>
        ${columns.map((column) => html`<th scope="col" class="number">${column}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${groups.map(
        (group) =>
          html`<tr>
            <th scope="row">${group.name}</th>
            ${cells(group).map(
              (cell, index) => html`<td class="number" data-label=${columns[index]!}>${cell}</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Who has not acknowledged a must-read yet: name, job and dealer, as a table. */
export function notAcknowledgedTable(reach: Reach, format: ReachFormat) {
  const { t } = format;
  const people = reach.notAcknowledged;
  if (people.length === 0) return html`<p class="empty">${t('reach.notAcknowledged.none')}</p>`;
  const missing = reach.audience - reach.acknowledged;
  return html`<table class="people">
      <caption>
        ${t('reach.notAcknowledged.caption', { count: missing })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('reach.columns.person')}</th>
          <th scope="col">${t('reach.columns.job')}</th>
          <th scope="col">${t('reach.columns.dealer')}</th>
        </tr>
      </thead>
      <tbody>
        ${people.map(
          (person) =>
            html`<tr>
              <th scope="row">${person.displayName}</th>
              <td data-label=${t('reach.columns.job')}>${t(`common:jobs.${person.job}`)}</td>
              <td data-label=${t('reach.columns.dealer')}>
                ${
                  person.dealer
                    ? `${person.dealer.name}, ${person.dealer.city}`
                    : t('reach.noDealer')
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      missing > people.length
        ? html`<p class="note">
            ${t('reach.notAcknowledged.truncated', {
              shown: format.count.format(people.length),
              total: format.count.format(missing),
            })}
          </p>`
        : nothing
    }`;
}
