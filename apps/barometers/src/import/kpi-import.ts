import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  formatFileSize,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import {
  dataTableStyles,
  fieldStyles,
  filePickerStyles,
  screenStyles,
} from '@piazza/shared/screens';
import { downloadCsv } from '../ui/csv-download.js';
import {
  ImportKpiMeasurementsDocument,
  type ImportKpiMeasurementsMutation,
} from './import-kpi-measurements.generated.js';

type Report = ImportKpiMeasurementsMutation['importKpiMeasurements'];

/** The largest file the server reads: anything bigger is refused here, before sending it. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** The columns of an import, required ones first (the mutation's documentation). */
export const IMPORT_COLUMNS = [
  'dealer_id',
  'kpi_code',
  'period',
  'value',
  'base',
  'target',
  'subject',
];

/**
 * Measurements and targets from a CSV file, for admins and region managers: the file is
 * checked row by row by the server and stored all or nothing. With errors, the report
 * lists each (and downloads as a CSV) while the file stays chosen, to fix and send again.
 */
export class PiazzaKpiImport extends LitElement {
  static override styles = [
    screenStyles,
    fieldStyles,
    filePickerStyles,
    buttonStyles,
    dataTableStyles,
    css`
      .drop {
        display: grid;
        gap: var(--piazza-space-s);
        justify-items: start;
        padding: var(--piazza-space-l);
        border: 2px dashed var(--piazza-color-border);
        border-radius: var(--piazza-radius);
      }
      .drop.over {
        border-color: var(--piazza-color-primary);
        background: var(--piazza-color-accent-surface);
      }
      code {
        font-size: 0.95em;
        /* The header line is one long word: it wraps on a phone. */
        overflow-wrap: anywhere;
      }
      section {
        margin-block-end: var(--piazza-space-l);
      }
      caption {
        padding: var(--piazza-space-s) var(--piazza-space-m);
        font-weight: 600;
        text-align: start;
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;

  @state() private file: File | undefined;
  @state() private importing = false;
  @state() private dragging = false;
  /** A translation key, with the values it names. */
  @state() private problem: { key: string; values?: Record<string, string> } | undefined;
  @state() private report: Report | undefined;

  private readonly l10n = new LocalizeController(this, 'barometers');

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('import.title')}</h1>
      <section class="card" aria-labelledby="format">
        <h2 id="format">${t('import.format.title')}</h2>
        <p>${t('import.format.columns')}</p>
        <p><code>${IMPORT_COLUMNS.join(',')}</code></p>
        <p>${t('import.format.periods')}</p>
        <p>${t('import.format.numbers')}</p>
        <p>${t('import.format.allOrNothing')}</p>
        <button type="button" class="piazza-button template" @click=${() => this.template()}>
          ${t('import.template')}
        </button>
      </section>
      <form class="card" @submit=${this.send}>
        <div
          class="drop ${this.dragging ? 'over' : ''}"
          @dragover=${(event: DragEvent) => {
            event.preventDefault();
            this.dragging = true;
          }}
          @dragleave=${() => {
            this.dragging = false;
          }}
          @drop=${this.drop}
        >
          <p class="hint" id="file-hint">
            ${t('import.dropHint', { max: formatFileSize(MAX_IMPORT_BYTES, this.l10n.language) })}
          </p>
          <input
            id="file"
            class="visually-hidden"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="file-hint import-problem"
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              if (input.files?.[0]) this.choose(input.files[0]);
              // Cleared so that choosing the same file again, once corrected, reads it anew.
              input.value = '';
            }}
          />
          <label class="piazza-button" for="file">${t('import.choose')}</label>
          ${
            this.file
              ? html`<p class="chosen">
                  ${t('import.chosen', {
                    name: this.file.name,
                    size: formatFileSize(this.file.size, this.l10n.language),
                  })}
                </p>`
              : nothing
          }
        </div>
        <div class="actions">
          <button
            type="submit"
            class="piazza-button piazza-button--primary send"
            ?disabled=${!this.file || this.importing || this.tooLarge()}
          >
            ${this.importing ? t('import.importing') : t('import.send')}
          </button>
        </div>
        <div role="alert" id="import-problem">
          ${
            this.problem
              ? html`<p class="alert">${t(this.problem.key, this.problem.values)}</p>`
              : nothing
          }
        </div>
      </form>
      <div role="status">${this.report ? this.renderReport(this.report) : nothing}</div>`;
  }

  private renderReport(report: Report) {
    const { t } = this.l10n;
    const counts = {
      rows: report.rows,
      inserted: report.inserted,
      updated: report.updated,
      unchanged: report.unchanged,
    };
    if (report.stored) {
      return html`<p class="status stored">
        ${t('import.report.stored', { count: report.rows, ...counts })}
      </p>`;
    }
    return html`<section class="card report">
      <h2>${t('import.report.refused', { count: report.errors.length })}</h2>
      <p>${t('import.report.nothingStored', { count: report.rows })}</p>
      ${report.moreErrors ? html`<p>${t('import.report.moreErrors')}</p>` : nothing}
      <button
        type="button"
        class="piazza-button error-report"
        @click=${() => this.errorReport(report)}
      >
        ${t('import.report.download')}
      </button>
      <table>
        <caption>
          ${t('import.report.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('import.columns.line')}</th>
            <th scope="col">${t('import.columns.column')}</th>
            <th scope="col">${t('import.columns.reason')}</th>
            <th scope="col">${t('import.columns.value')}</th>
          </tr>
        </thead>
        <tbody>
          ${report.errors.map(
            (error) =>
              html`<tr>
                <th scope="row">${error.line}</th>
                <td data-label=${t('import.columns.column')}>${error.column ?? '–'}</td>
                <td data-label=${t('import.columns.reason')}>
                  ${t(`import.reasons.${error.reason}`)}
                </td>
                <td data-label=${t('import.columns.value')}>
                  ${error.value === null || error.value === undefined ? '–' : html`<code>${error.value}</code>`}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private tooLarge(): boolean {
    return this.file !== undefined && this.file.size > MAX_IMPORT_BYTES;
  }

  private choose(file: File): void {
    this.file = file;
    this.report = undefined;
    this.problem = this.tooLarge()
      ? {
          key: 'import.tooLarge',
          values: {
            size: formatFileSize(file.size, this.l10n.language),
            max: formatFileSize(MAX_IMPORT_BYTES, this.l10n.language),
          },
        }
      : undefined;
  }

  private readonly drop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) this.choose(file);
  };

  private readonly send = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const client = this.portal?.client;
    const file = this.file;
    if (!client || !file || this.importing || this.tooLarge()) return;
    this.importing = true;
    this.problem = undefined;
    this.report = undefined;
    try {
      let csv: string;
      try {
        csv = await file.text();
      } catch {
        this.problem = { key: 'import.readFailed', values: { name: file.name } };
        return;
      }
      const { data } = await client.mutate({
        mutation: ImportKpiMeasurementsDocument,
        variables: { csv },
      });
      this.report = data?.importKpiMeasurements;
    } catch (error) {
      this.problem = { key: errorMessageKey(error) };
    } finally {
      this.importing = false;
    }
  };

  private template(): void {
    downloadCsv('kpi-import-template.csv', IMPORT_COLUMNS, []);
  }

  private errorReport(report: Report): void {
    const { t } = this.l10n;
    downloadCsv(
      `kpi-import-errors-${this.file?.name.replace(/\.csv$/i, '') ?? 'file'}.csv`,
      [
        t('import.columns.line'),
        t('import.columns.column'),
        t('import.columns.reason'),
        t('import.columns.value'),
      ],
      report.errors.map((error) => [
        error.line,
        error.column ?? null,
        t(`import.reasons.${error.reason}`),
        error.value ?? null,
      ]),
    );
  }
}

defineElement('piazza-kpi-import', PiazzaKpiImport);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-kpi-import': PiazzaKpiImport;
  }
}
