import {
  fieldErrorMessage,
  fieldStyles,
  filePickerStyles,
  screenStyles,
} from '@piazza/shared/screens';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  formatFileSize,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { EditorialArticleFieldsFragment } from '../editorial-article.fragment.generated.js';
import { ArticleFormController } from '../ui/article-form.js';
import { acceptedTypes, uploadFile, uploadRefusalMessage } from '../ui/media-upload.js';
import { panelFormStyles } from '../ui/newsroom.styles.js';
import {
  checkAttachments,
  nameProblem,
  type AttachmentDraft,
  type AttachmentsDraft,
} from './attachment-draft.js';
import { SetArticleAttachmentsDocument } from './attachments-panel.generated.js';

let nextKey = 1;

/**
 * The files attached to an article, in the order readers see them: PDF documents and
 * pictures, each uploaded as soon as it is chosen, with the name shown to readers (the
 * file's, editable). Files can be moved up and down and removed; saving calls
 * setArticleAttachments with the list as it is.
 */
export class PiazzaNewsroomAttachmentsPanel extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    panelFormStyles,
    filePickerStyles,
    css`
      .files {
        display: grid;
        gap: var(--piazza-space-m);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .file {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--piazza-space-s) var(--piazza-space-m);
        padding: var(--piazza-space-m);
        border: 1px solid var(--piazza-color-border);
        border-radius: var(--piazza-radius);
      }
      .file .field {
        flex: 1 1 16rem;
      }
      .file .actions {
        flex: 0 1 auto;
      }
      .file .actions .piazza-button {
        padding-inline: var(--piazza-space-m);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) article!: EditorialArticleFieldsFragment;

  /** The names of the files being uploaded now. */
  @state() private uploading: string[] = [];
  /** Why chosen files were not uploaded, one message each. */
  @state() private refusals: string[] = [];

  private readonly l10n = new LocalizeController(this, 'newsroom');
  private readonly form = new ArticleFormController<AttachmentsDraft>(this, {
    fields: ['attachments', 'attachmentName'],
    t: () => this.l10n.t,
  });

  private get locked(): boolean {
    return this.article.status === 'ARCHIVED';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.form.sync(this.article.updatedAt, () => ({
      attachments: this.article.attachments.map((file) => ({ ...file, key: nextKey++ })),
    }));
  }

  override render() {
    const { t } = this.l10n;
    const draft = this.form.draft;
    if (!draft) return nothing;
    const { attachments } = draft;
    const error = this.form.message('attachments');
    return html`<section class="card" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">${t('attachments.title')}</h2>
      <form novalidate @submit=${this.save}>
        ${this.locked ? html`<p class="status">${t('save.archived')}</p>` : nothing}
        <fieldset class="plain" ?disabled=${this.locked}>
          ${
            attachments.length > 0
              ? html`<ol
                  class="files"
                  aria-label=${t('attachments.list')}
                  aria-describedby=${error ? 'attachments-error' : nothing}
                >
                  ${attachments.map((file, index) => this.renderFile(file, index, attachments))}
                </ol>`
              : html`<p class="muted">${t('attachments.none')}</p>`
          }
          ${error ? html`<p id="attachments-error" class="field-error">${error}</p>` : nothing}
          ${this.renderPicker()}
        </fieldset>
        ${this.form.renderFooter({ label: t('attachments.save'), disabled: this.locked })}
      </form>
    </section>`;
  }

  private renderFile(file: AttachmentDraft, index: number, all: readonly AttachmentDraft[]) {
    const { t, language } = this.l10n;
    const { key, name } = file;
    const problem = this.form.errors.some((e) => e.field === 'attachmentName')
      ? nameProblem(name)
      : undefined;
    const error = problem && fieldErrorMessage(t, { field: 'attachmentName', reason: problem });
    const kind = t(
      file.contentType === 'application/pdf' ? 'attachments.pdf' : 'attachments.image',
    );
    const named = html`<span class="visually-hidden">${name}</span>`;
    return html`<li class="file">
      <div class="field">
        <label for="name-${key}">${t('attachments.name', { number: index + 1 })}</label>
        <input
          id="name-${key}"
          autocomplete="off"
          .value=${name}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `meta-${key} name-error-${key}` : `meta-${key}`}
          @input=${(event: Event) =>
            this.replace(index, { ...file, name: (event.target as HTMLInputElement).value })}
        />
        <p id="meta-${key}" class="hint">${kind} · ${formatFileSize(file.size, language)}</p>
        ${error ? html`<p id="name-error-${key}" class="field-error">${error}</p>` : nothing}
      </div>
      <div class="actions">
        <button
          type="button"
          id="up-${key}"
          class="piazza-button"
          ?disabled=${index === 0}
          @click=${() => this.move(index, -1)}
        >
          ${t('attachments.moveUp')} ${named}
        </button>
        <button
          type="button"
          id="down-${key}"
          class="piazza-button"
          ?disabled=${index === all.length - 1}
          @click=${() => this.move(index, 1)}
        >
          ${t('attachments.moveDown')} ${named}
        </button>
        <button type="button" class="piazza-button" @click=${() => this.removeFile(index)}>
          ${t('attachments.remove')} ${named}
        </button>
      </div>
    </li>`;
  }

  private renderPicker() {
    const { t } = this.l10n;
    const refused = this.refusals.length > 0;
    return html`<div class="actions">
        <input
          id="files"
          class="visually-hidden"
          type="file"
          multiple
          accept=${acceptedTypes('attachment')}
          ?disabled=${this.locked || this.uploading.length > 0}
          aria-invalid=${refused ? 'true' : 'false'}
          aria-describedby=${refused ? 'files-hint files-error' : 'files-hint'}
          @change=${this.upload}
        />
        <label for="files" class="piazza-button" ?hidden=${this.locked}>
          ${t('attachments.add')}
        </label>
      </div>
      <p id="files-hint" class="hint">${t('attachments.hint')}</p>
      <div role="status">
        ${this.uploading.map(
          (name) => html`<p class="muted">${t('attachments.uploading', { name })}</p>`,
        )}
      </div>
      ${
        refused
          ? html`<div id="files-error" role="alert">
              ${this.refusals.map((message) => html`<p class="field-error">${message}</p>`)}
            </div>`
          : nothing
      }`;
  }

  /** Uploads the chosen files one after the other, adding each to the end of the list. */
  private async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const portal = this.portal;
    if (!portal || files.length === 0) return;
    this.refusals = [];
    this.uploading = files.map((file) => file.name);
    for (const file of files) {
      const result = await uploadFile(portal, file, 'attachment');
      this.uploading = this.uploading.slice(1);
      if ('error' in result) {
        const { t } = this.l10n;
        const reason = uploadRefusalMessage(t, result.error, 'attachments.errors');
        this.refusals = [...this.refusals, t('attachments.refused', { name: file.name, reason })];
        continue;
      }
      const { name, type: contentType, size } = file;
      const added = { key: nextKey++, name, url: result.url, contentType, size };
      this.form.change({ attachments: [...this.form.draft!.attachments, added] }, ['attachments']);
    }
  }

  private replace(index: number, file: AttachmentDraft): void {
    const attachments = this.form.draft!.attachments.with(index, file);
    // A name's own message follows its value: the other names keep theirs.
    this.form.change({ attachments }, []);
  }

  private removeFile(index: number): void {
    const attachments = this.form.draft!.attachments.filter((_, i) => i !== index);
    this.form.change({ attachments }, ['attachments']);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#files')?.focus(),
    );
  }

  /** Moves a file one place up (-1) or down (1); the focus stays on the file's buttons. */
  private move(index: number, by: -1 | 1): void {
    const attachments = [...this.form.draft!.attachments];
    const [file] = attachments.splice(index, 1);
    attachments.splice(index + by, 0, file!);
    this.form.change({ attachments }, []);
    void this.updateComplete.then(() => {
      const [same, other] = by < 0 ? ['up', 'down'] : ['down', 'up'];
      const button = (direction: string) =>
        this.renderRoot.querySelector<HTMLButtonElement>(`#${direction}-${file!.key}`);
      (button(same)?.disabled ? button(other) : button(same))?.focus();
    });
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.portal?.client;
    if (!client) return;
    await this.form.save({
      check: checkAttachments,
      send: (draft) =>
        client.mutate({
          mutation: SetArticleAttachmentsDocument,
          variables: {
            id: this.article.id,
            attachments: draft.attachments.map(({ name, url }) => ({ name: name.trim(), url })),
          },
        }),
    });
  }
}

defineElement('piazza-newsroom-attachments-panel', PiazzaNewsroomAttachmentsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-attachments-panel': PiazzaNewsroomAttachmentsPanel;
  }
}
