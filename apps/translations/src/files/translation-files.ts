import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  downloadFile,
  errorMessageKey,
  followInPortal,
  languageName,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import {
  fieldErrorsOf,
  fieldStyles,
  filePickerStyles,
  screenStyles,
  type TranslationProblem,
} from '@piazza/shared/screens';
import type { TranslationFileFormat } from '@piazza/shared/graphql';
import { problemMessage } from '../editor/problem-messages.js';
import { editorPath } from '../translations-routes.js';
import { namespaceLabel } from '../ui/labels.js';
import {
  ImportTranslationsDocument,
  TranslationExportDocument,
  TranslationFileNamespacesDocument,
  type ImportTranslationsMutation,
} from './translation-files.generated.js';

type ImportResult = ImportTranslationsMutation['importTranslations'];

/** The largest file the server takes (`content` TOO_LARGE beyond), checked before sending it. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const FILE_TYPES: Record<TranslationFileFormat, { extension: string; type: string }> = {
  JSON: { extension: 'json', type: 'application/json' },
  XLIFF: { extension: 'xlf', type: 'application/xliff+xml' },
};

/** XLIFF is XML; anything else is taken for i18next JSON (the server says if it is neither). */
export function formatOf(content: string): TranslationFileFormat {
  return content.trimStart().startsWith('<') ? 'XLIFF' : 'JSON';
}

/**
 * A locale's translations as files, for translators who work in their own tools: a
 * namespace, or every one, downloaded as i18next JSON or XLIFF 2.0 with the texts portals
 * show; and a file imported back as drafts, with what it changed and which entries have
 * problems, each a link to the editor.
 */
export class PiazzaTranslationFiles extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    filePickerStyles,
    css`
      form {
        display: grid;
        gap: var(--piazza-space-m);
        margin-block-end: var(--piazza-space-l);
      }
      .field {
        max-inline-size: 24rem;
      }
      ul {
        padding-inline-start: var(--piazza-space-l);
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property() locale = '';
  /** '' for every namespace. */
  @state() private exportNamespace = '';
  @state() private exportFormat: TranslationFileFormat = 'JSON';
  @state() private exporting = false;
  @state() private exportError: string | undefined;
  /** '' to let an XLIFF file name its namespaces. */
  @state() private importNamespace = '';
  @state() private importing = false;
  /** The message key of why the last import was refused. */
  @state() private importError: string | undefined;
  @state() private result: ImportResult | undefined;

  private readonly l10n = new LocalizeController(this, 'translations');
  private readonly namespaces = new QueryController(this, {
    query: TranslationFileNamespacesDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      this.result = undefined;
      this.importError = undefined;
      this.exportError = undefined;
    }
  }

  private namespacesOfLocale(): string[] {
    const rows = this.namespaces.data?.translationOverview ?? [];
    return rows.filter((row) => row.locale === this.locale).map((row) => row.namespace);
  }

  override render() {
    const { t, language } = this.l10n;
    return html`<h1>${t('files.title', { language: languageName(this.locale, language) })}</h1>
      ${this.namespaces.render({
        pending: () => html`<div class="skeleton" aria-busy="true"></div>`,
        complete: () => html`${this.renderExport()} ${this.renderImport()}`,
        error: (error) =>
          html`<piazza-error-panel
            heading=${t('files.loadFailed')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => void this.namespaces.refetch()}
          ></piazza-error-panel>`,
      })}`;
  }

  private namespaceSelect(id: string, value: string, choose: (namespace: string) => void) {
    const { t } = this.l10n;
    return html`<div class="field">
      <label for=${id}>${t('files.namespace')}</label>
      <select
        id=${id}
        @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${value === ''}>${t('files.allNamespaces')}</option>
        ${this.namespacesOfLocale().map(
          (namespace) =>
            html`<option value=${namespace} ?selected=${value === namespace}>
              ${namespaceLabel(namespace, t)}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderExport() {
    const { t } = this.l10n;
    return html`<form class="card" @submit=${this.download}>
      <h2>${t('files.exportTitle')}</h2>
      ${this.namespaceSelect('export-namespace', this.exportNamespace, (namespace) => {
        this.exportNamespace = namespace;
      })}
      <fieldset>
        <legend>${t('files.format')}</legend>
        ${(['JSON', 'XLIFF'] as const).map(
          (format) =>
            html`<label class="choice">
              <input
                type="radio"
                name="format"
                value=${format}
                .checked=${this.exportFormat === format}
                @change=${() => {
                  this.exportFormat = format;
                }}
              />
              ${t(`files.formats.${format}`)}
            </label>`,
        )}
      </fieldset>
      <div role="alert">
        ${this.exportError ? html`<p class="alert">${t(this.exportError)}</p>` : nothing}
      </div>
      <div class="actions">
        <button class="piazza-button piazza-button--primary" ?disabled=${this.exporting}>
          ${this.exporting ? t('files.downloading') : t('files.download')}
        </button>
      </div>
    </form>`;
  }

  private renderImport() {
    const { t } = this.l10n;
    return html`<form class="card" @submit=${(event: Event) => event.preventDefault()}>
      <h2>${t('files.importTitle')}</h2>
      <p class="hint" id="import-hint">${t('files.importHint')}</p>
      ${this.namespaceSelect('import-namespace', this.importNamespace, (namespace) => {
        this.importNamespace = namespace;
      })}
      <div class="actions">
        <input
          id="import-file"
          class="visually-hidden"
          type="file"
          accept=".json,.xlf,.xliff,application/json,application/xliff+xml"
          aria-describedby="import-hint import-error"
          ?disabled=${this.importing}
          @change=${this.upload}
        />
        <label class="piazza-button piazza-button--primary" for="import-file">
          ${this.importing ? t('files.importing') : t('files.chooseFile')}
        </label>
      </div>
      <div role="alert" id="import-error">
        ${
          this.importError
            ? html`<p class="alert">${t([this.importError, 'common:errors.badInput'])}</p>`
            : nothing
        }
      </div>
      <div role="status">${this.result ? this.renderResult(this.result) : nothing}</div>
    </form>`;
  }

  private renderResult(result: ImportResult) {
    const { t, language } = this.l10n;
    return html`<p class="status">
        ${t('files.imported', { count: result.imported })}
        ${t('files.unchanged', { count: result.unchanged })}
      </p>
      ${
        result.unknownKeys.length
          ? html`<h3>${t('files.unknownKeys', { count: result.unknownKeys.length })}</h3>
              <ul>
                ${result.unknownKeys.map((key) => html`<li><code>${key}</code></li>`)}
              </ul>`
          : nothing
      }
      ${
        result.withProblems.length
          ? html`<h3>${t('files.withProblems', { count: result.withProblems.length })}</h3>
              <ul>
                ${result.withProblems.map((entry) => {
                  const path = editorPath(this.locale, entry.namespace, { key: entry.key });
                  return html`<li>
                    <a
                      href=${this.portal?.href(path) ?? path}
                      @click=${(event: MouseEvent) => followInPortal(event, this.portal, path)}
                      >${namespaceLabel(entry.namespace, t)} · ${entry.key}</a
                    >
                    <ul>
                      ${entry.problems.map(
                        // The server's codes are those of translation-rules.ts.
                        (problem) =>
                          html`<li>
                            ${problemMessage(problem as TranslationProblem, t, language)}
                          </li>`,
                      )}
                    </ul>
                  </li>`;
                })}
              </ul>`
          : nothing
      }`;
  }

  private async download(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.portal?.client;
    if (client === undefined || this.exporting) return;
    this.exporting = true;
    this.exportError = undefined;
    const namespace = this.exportNamespace || null;
    const format = this.exportFormat;
    try {
      const { data } = await client.query({
        query: TranslationExportDocument,
        variables: { locale: this.locale, namespace, format },
        fetchPolicy: 'network-only',
      });
      const { extension, type } = FILE_TYPES[format];
      downloadFile({
        fileName: `${this.locale}-${namespace ?? 'all'}.${extension}`,
        text: data?.translationExport ?? '',
        type,
      });
    } catch (error) {
      this.exportError = errorMessageKey(error);
    } finally {
      this.exporting = false;
    }
  }

  private async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const client = this.portal?.client;
    // Cleared so that choosing the same file again, once corrected, imports it again.
    input.value = '';
    if (file === undefined || client === undefined) return;
    this.result = undefined;
    this.importError = undefined;
    if (file.size > MAX_IMPORT_BYTES) {
      this.importError = 'files.errors.content.TOO_LARGE';
      return;
    }
    this.importing = true;
    try {
      const content = await file.text();
      const { data } = await client.mutate({
        mutation: ImportTranslationsDocument,
        variables: {
          locale: this.locale,
          namespace: this.importNamespace || null,
          format: formatOf(content),
          content,
        },
      });
      this.result = data?.importTranslations;
    } catch (error) {
      const [refused] = fieldErrorsOf(error);
      this.importError = refused
        ? `files.errors.${refused.field}.${refused.reason}`
        : errorMessageKey(error);
    } finally {
      this.importing = false;
    }
  }
}

defineElement('piazza-translation-files', PiazzaTranslationFiles);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-translation-files': PiazzaTranslationFiles;
  }
}
