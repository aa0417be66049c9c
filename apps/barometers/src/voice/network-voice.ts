import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { fieldStyles, screenStyles } from '@piazza/shared/screens';
import type { BarometerScopeInput, NetworkThemeKind } from '@piazza/shared/graphql';
import { downloadCsv } from '../ui/csv-download.js';
import { periodLabel } from '../ui/period-label.js';
import { BarometerChangeEvent } from '../ui/scope-bar.js';
import { shareBar, shareBarStyles } from '../ui/share-bar.js';
import { NetworkVoiceDocument, type NetworkVoiceQuery } from './network-voice.generated.js';

type Theme = NetworkVoiceQuery['networkThemes'][number];

const KINDS: readonly NetworkThemeKind[] = ['TICKET_CATEGORY', 'FEEDBACK_TAG', 'COMMENT_TOPIC'];

/** A category by its name; tags (of tickets, of the articles commented on) as people write them. */
const themeName = (theme: Theme) =>
  theme.kind === 'TICKET_CATEGORY' ? theme.label : `#${theme.label}`;

/** The kind the address narrows to (`?kind=COMMENT_TOPIC`), or undefined for both. */
function kindOf(search: URLSearchParams): NetworkThemeKind | undefined {
  const kind = search.get('kind');
  return KINDS.find((candidate) => candidate === kind);
}

/**
 * A theme's change against the previous period, with its arrow and sign: "▲ +5 (+42 %)",
 * "▼ −3 (−20 %)", "= 0"; without a count before, no percentage can be said.
 */
export function formatChange(theme: Pick<Theme, 'count' | 'previousCount'>, locale: string) {
  const delta = theme.count - theme.previousCount;
  const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '=';
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }).format(delta);
  if (theme.previousCount === 0) return `${arrow} ${signed}`;
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 0,
  }).format(delta / theme.previousCount);
  return `${arrow} ${signed} (${percent})`;
}

/**
 * The voice of the network: what the scope's dealers raised in the period (tickets by
 * category, comments by article topic), those that rose or fell most first, each with its
 * count before and its counts per region as a compact bar list. Narrowed by kind through
 * the address; exported as CSV.
 */
export class PiazzaNetworkVoice extends LitElement {
  static override styles = [
    screenStyles,
    fieldStyles,
    buttonStyles,
    shareBarStyles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-m);
        align-items: end;
        justify-content: space-between;
        margin-block-end: var(--piazza-space-m);
      }
      .toolbar .field {
        inline-size: min(100%, 18rem);
      }
      ol.themes {
        display: grid;
        gap: var(--piazza-space-m);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .theme h2 {
        margin-block-end: var(--piazza-space-xs);
      }
      .figures {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-xs) var(--piazza-space-l);
        margin: 0 0 var(--piazza-space-s);
      }
      .figures div {
        display: flex;
        gap: var(--piazza-space-xs);
      }
      dt {
        color: var(--piazza-color-text-muted);
      }
      dd {
        margin: 0;
        font-weight: 600;
      }
      ul.regions {
        display: grid;
        grid-template-columns: minmax(0, max-content) auto;
        gap: var(--piazza-space-xs) var(--piazza-space-m);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      ul.regions li {
        display: contents;
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property({ attribute: false }) scope: BarometerScopeInput | undefined;
  @property() period = '';
  @property({ attribute: false }) search = new URLSearchParams();

  private readonly l10n = new LocalizeController(this, 'barometers');
  private readonly themes = new QueryController(this, {
    query: NetworkVoiceDocument,
    client: () => (this.scope && this.period ? this.portal?.client : undefined),
    variables: () => ({
      scope: { level: this.scope!.level, id: this.scope!.id ?? null, brandId: this.scope!.brandId },
      period: this.period,
      locale: this.l10n.language,
    }),
    fetchPolicy: 'cache-and-network',
  });

  override render() {
    const { t } = this.l10n;
    if (!this.scope || !this.period) return html`<p>${t('voice.noScope')}</p>`;
    return html`<h1>${t('voice.title')}</h1>
      ${this.themes.render({
        pending: () => html`<div class="skeleton" aria-busy="true"></div>`,
        complete: ({ networkThemes }) => this.renderThemes(networkThemes),
        error: (error) =>
          html`<piazza-error-panel
            heading=${t('voice.loadFailed')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => void this.themes.refetch()}
          ></piazza-error-panel>`,
      })}`;
  }

  private renderThemes(all: readonly Theme[]) {
    const { t, language } = this.l10n;
    const kind = kindOf(this.search);
    const themes = all.filter((theme) => !kind || theme.kind === kind);
    return html`<div class="toolbar">
        <div class="field">
          <label for="kind">${t('voice.kindFilter')}</label>
          <select
            id="kind"
            @change=${(event: Event) =>
              this.dispatchEvent(
                new BarometerChangeEvent({
                  kind: (event.target as HTMLSelectElement).value || null,
                }),
              )}
          >
            <option value="" ?selected=${!kind}>${t('voice.allKinds')}</option>
            ${KINDS.map(
              (option) =>
                html`<option value=${option} ?selected=${option === kind}>
                  ${t(`voice.kinds.${option}`)}
                </option>`,
            )}
          </select>
        </div>
        <button
          class="piazza-button"
          ?disabled=${themes.length === 0}
          @click=${() => this.exportCsv(themes)}
        >
          ${t('voice.export')}
        </button>
      </div>
      <p class="muted">${t('voice.intro', { period: periodLabel(this.period, language, t) })}</p>
      ${
        themes.length === 0
          ? html`<p>${t('voice.empty')}</p>`
          : html`<ol class="themes">
              ${themes.map((theme) => this.renderTheme(theme))}
            </ol>`
      }`;
  }

  private renderTheme(theme: Theme) {
    const { t, language } = this.l10n;
    const count = new Intl.NumberFormat(language);
    const largest = Math.max(1, ...theme.byRegion.map((entry) => entry.count));
    return html`<li class="theme card">
      <h2>${themeName(theme)}</h2>
      <dl class="figures">
        <div>
          <dt>${t('voice.kind')}</dt>
          <dd>${t(`voice.kinds.${theme.kind}`)}</dd>
        </div>
        <div>
          <dt>${t('voice.count')}</dt>
          <dd>${count.format(theme.count)}</dd>
        </div>
        <div>
          <dt>${t('voice.previous')}</dt>
          <dd>${count.format(theme.previousCount)}</dd>
        </div>
        <div>
          <dt>${t('voice.change')}</dt>
          <dd>${formatChange(theme, language)}</dd>
        </div>
      </dl>
      ${
        theme.byRegion.length === 0
          ? nothing
          : html`<h3 class="visually-hidden">${t('voice.byRegion')}</h3>
              <ul class="regions" aria-label=${t('voice.byRegionOf', { theme: themeName(theme) })}>
                ${theme.byRegion.map(
                  (entry) =>
                    html`<li>
                      <span>${entry.region.name}</span>
                      <span>${shareBar(entry.count / largest)}${count.format(entry.count)}</span>
                    </li>`,
                )}
              </ul>`
      }
    </li>`;
  }

  private exportCsv(themes: readonly Theme[]): void {
    const { t, language } = this.l10n;
    const header = [
      t('voice.kind'),
      t('voice.csv.id'),
      t('voice.csv.label'),
      t('voice.count'),
      t('voice.previous'),
      t('voice.change'),
      t('voice.byRegion'),
    ];
    const lines = themes.map((theme) => [
      t(`voice.kinds.${theme.kind}`),
      theme.id,
      theme.label,
      theme.count,
      theme.previousCount,
      formatChange(theme, language),
      theme.byRegion.map((entry) => `${entry.region.name}: ${entry.count}`).join('; '),
    ]);
    const scope = this.scope?.id ?? this.scope?.brandId ?? 'group';
    downloadCsv(`voice-${scope}-${this.period}.csv`, header, lines);
  }
}

defineElement('piazza-network-voice', PiazzaNetworkVoice);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-network-voice': PiazzaNetworkVoice;
  }
}
