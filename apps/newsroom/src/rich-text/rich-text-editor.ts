import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocalizeController, buttonStyles, defineElement } from '@piazza/shared';
import type { Editor } from './tiptap.js';
import { richTextStyles } from './rich-text-editor.styles.js';

type Tiptap = typeof import('./tiptap.js');

/** A toggle of the toolbar: its label key, whether it is on, and what it does. */
interface Tool {
  name: string;
  glyph: string;
  active?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
  enabled?: (editor: Editor) => boolean;
}

const chain = (editor: Editor) => editor.chain().focus();

const TOOLS: readonly Tool[] = [
  {
    name: 'bold',
    glyph: 'B',
    active: (e) => e.isActive('bold'),
    run: (e) => chain(e).toggleBold().run(),
  },
  {
    name: 'italic',
    glyph: 'I',
    active: (e) => e.isActive('italic'),
    run: (e) => chain(e).toggleItalic().run(),
  },
  {
    name: 'heading',
    glyph: 'H2',
    active: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => chain(e).toggleHeading({ level: 2 }).run(),
  },
  {
    name: 'subheading',
    glyph: 'H3',
    active: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => chain(e).toggleHeading({ level: 3 }).run(),
  },
  {
    name: 'bulletList',
    glyph: '•',
    active: (e) => e.isActive('bulletList'),
    run: (e) => chain(e).toggleBulletList().run(),
  },
  {
    name: 'orderedList',
    glyph: '1.',
    active: (e) => e.isActive('orderedList'),
    run: (e) => chain(e).toggleOrderedList().run(),
  },
  {
    name: 'blockquote',
    glyph: '“',
    active: (e) => e.isActive('blockquote'),
    run: (e) => chain(e).toggleBlockquote().run(),
  },
  {
    name: 'undo',
    glyph: '↶',
    run: (e) => chain(e).undo().run(),
    enabled: (e) => e.can().undo(),
  },
  {
    name: 'redo',
    glyph: '↷',
    run: (e) => chain(e).redo().run(),
    enabled: (e) => e.can().redo(),
  },
];

/**
 * The body of an article as formatted text (Tiptap, loaded when the element first shows):
 * a toolbar of labelled buttons that say whether they are on (`aria-pressed`), a link
 * form, and the editable area named by `label`. `value` is HTML; every change fires
 * `input`, like a form field, with the new HTML in `value` ('' for an empty text).
 *
 * @fires input - after each change the person makes
 */
export class PiazzaNewsroomRichText extends LitElement {
  static override styles = [buttonStyles, richTextStyles];

  @property() value = '';
  /** The accessible name of the editable area, e.g. "Text of the article (Italian)". */
  @property() label = '';
  /** A message about the text (an error), shown below it and announced with it. */
  @property() error = '';
  /** The language of the text (not of the toolbar), for spelling and screen readers. */
  @property({ attribute: 'text-lang' }) textLang = '';

  @state() private loadFailed = false;
  @state() private linkOpen = false;
  @state() private linkInvalid = false;
  @query('.editable') private editable!: HTMLElement;

  private readonly l10n = new LocalizeController(this, 'newsroom');
  private editor: Editor | undefined;
  private tiptap: Tiptap | undefined;
  /** The HTML this element last reported, to tell our own changes from a new `value`. */
  private reported: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.destroy();
    this.editor = undefined;
  }

  /** Moves the keyboard into the text. */
  override focus(): void {
    this.editor?.commands.focus();
  }

  // Before rendering: the toolbar then shows the state of the new content.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const editor = this.editor;
    if (!editor) return;
    if (changed.has('value') && this.value !== this.reported) {
      editor.commands.setContent(this.value, { emitUpdate: false });
      this.reported = this.value;
    }
    if (changed.has('label') || changed.has('error')) this.describe(editor);
  }

  /** The editable area's name and error live on ProseMirror's element, outside the template. */
  private describe(editor: Editor): void {
    editor.view.dom.setAttribute('aria-label', this.label);
    editor.view.dom.setAttribute('aria-invalid', this.error ? 'true' : 'false');
    if (this.error) editor.view.dom.setAttribute('aria-describedby', 'error');
    else editor.view.dom.removeAttribute('aria-describedby');
  }

  override render() {
    const { t } = this.l10n;
    if (this.loadFailed) {
      return html`<div class="failed" role="alert">
        <p>${t('editor.body.loadFailed')}</p>
        <button class="piazza-button" @click=${this.retry}>${t('common:actions.retry')}</button>
      </div>`;
    }
    const editor = this.editor;
    return html`<div class="frame" ?data-invalid=${Boolean(this.error)}>
        <div class="toolbar" role="toolbar" aria-label=${t('editor.body.toolbar')}>
          ${TOOLS.slice(0, 7).map((tool) => this.renderTool(tool, editor))}
          ${this.renderLinkButton(editor)}
          ${TOOLS.slice(7).map((tool) => this.renderTool(tool, editor))}
        </div>
        ${this.linkOpen && editor ? this.renderLinkForm(editor) : nothing}
        ${
          editor
            ? nothing
            : html`<p class="loading" aria-busy="true">${t('editor.body.loading')}</p>`
        }
        <div class="editable" lang=${this.textLang || nothing}></div>
      </div>
      ${this.error ? html`<p id="error" class="field-error">${this.error}</p>` : nothing}`;
  }

  private renderTool(tool: Tool, editor: Editor | undefined) {
    const label = this.l10n.t(`editor.body.tools.${tool.name}`);
    return html`<button
      type="button"
      class="tool"
      aria-pressed=${tool.active && editor ? String(tool.active(editor)) : nothing}
      ?disabled=${!editor || (tool.enabled !== undefined && !tool.enabled(editor))}
      @click=${() => editor && tool.run(editor)}
    >
      <span class="glyph glyph--${tool.name}" aria-hidden="true">${tool.glyph}</span>
      <span class="name">${label}</span>
    </button>`;
  }

  private renderLinkButton(editor: Editor | undefined) {
    return html`<button
      type="button"
      class="tool"
      aria-pressed=${editor ? String(editor.isActive('link')) : nothing}
      aria-expanded=${String(this.linkOpen)}
      ?disabled=${!editor}
      @click=${() => this.toggleLinkForm()}
    >
      <span class="glyph" aria-hidden="true">↗</span>
      <span class="name">${this.l10n.t('editor.body.tools.link')}</span>
    </button>`;
  }

  private renderLinkForm(editor: Editor) {
    const { t } = this.l10n;
    const current = (editor.getAttributes('link')['href'] as string | undefined) ?? '';
    return html`<div class="link-form">
      <label for="link">${t('editor.body.linkLabel')}</label>
      <input
        id="link"
        type="url"
        inputmode="url"
        placeholder="https://"
        .value=${current}
        aria-invalid=${this.linkInvalid ? 'true' : 'false'}
        aria-describedby=${this.linkInvalid ? 'link-error' : nothing}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            this.applyLink();
          }
        }}
      />
      ${
        this.linkInvalid
          ? html`<p id="link-error" class="field-error">${t('editor.body.linkInvalid')}</p>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="piazza-button" @click=${this.applyLink}>
          ${t('editor.body.linkApply')}
        </button>
        ${
          current
            ? html`<button type="button" class="piazza-button" @click=${this.removeLink}>
                ${t('editor.body.linkRemove')}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private toggleLinkForm(): void {
    this.linkOpen = !this.linkOpen;
    this.linkInvalid = false;
    if (this.linkOpen) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('#link')?.focus(),
      );
    }
  }

  private readonly applyLink = (): void => {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#link');
    const href = input?.value.trim() ?? '';
    if (!this.editor || !this.tiptap) return;
    if (!this.tiptap.isAllowedLink(href)) {
      this.linkInvalid = true;
      input?.focus();
      return;
    }
    const selection = this.editor.state.selection;
    const command = chain(this.editor).extendMarkRange('link');
    // With no words selected, the address itself becomes the linked text.
    if (selection.empty && !this.editor.isActive('link')) {
      command.insertContent({
        type: 'text',
        text: href,
        marks: [{ type: 'link', attrs: { href } }],
      });
    } else {
      command.setLink({ href });
    }
    command.run();
    this.linkOpen = false;
    this.linkInvalid = false;
  };

  private readonly removeLink = (): void => {
    if (this.editor) chain(this.editor).extendMarkRange('link').unsetLink().run();
    this.linkOpen = false;
  };

  private async load(): Promise<void> {
    try {
      this.tiptap ??= await import('./tiptap.js');
      this.loadFailed = false;
      // The editable area is in the page once the element has rendered.
      await this.updateComplete;
      if (!this.editor && this.isConnected) this.createEditor();
    } catch {
      this.loadFailed = true;
    }
  }

  private readonly retry = (): void => void this.load();

  private createEditor(): void {
    // A reconnected element starts again from the value, not from a destroyed editor's DOM.
    this.editable.replaceChildren();
    this.reported = this.value;
    this.editor = this.tiptap!.createEditor({
      element: this.editable,
      content: this.value,
      label: this.label,
      onChange: (editor) => {
        this.reported = editor.isEmpty ? '' : editor.getHTML();
        this.value = this.reported;
        this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      },
    });
    // The toolbar follows the cursor: bold is shown pressed inside bold text.
    this.editor.on('transaction', () => this.requestUpdate());
    this.describe(this.editor);
    this.requestUpdate();
  }
}

defineElement('piazza-newsroom-rich-text', PiazzaNewsroomRichText);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-rich-text': PiazzaNewsroomRichText;
  }
}
