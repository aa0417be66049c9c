import { fieldStyles, screenStyles, tagsOf, tagsText } from '@piazza/shared/screens';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { ArticleCategory } from '@piazza/shared/graphql';
import type { EditorialArticleFieldsFragment } from '../editorial-article.fragment.generated.js';
import { ArticleFormController } from '../ui/article-form.js';
import { categoryOptions } from '../ui/labels.js';
import { panelFormStyles } from '../ui/newsroom.styles.js';
import { checkTags } from './tags.js';
import { SetArticleTopicsDocument } from './topics-panel.generated.js';

/** The panel's values: the category, and the tags as typed ('#freni e-mobility'). */
interface TopicsDraft {
  category: ArticleCategory;
  tags: string;
}

/**
 * What an article is about: its category and its tags, which lead readers from the
 * article to the feed narrowed to them. Saved on its own with setArticleTopics, until the
 * article is archived.
 */
export class PiazzaNewsroomTopicsPanel extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    panelFormStyles,
    css`
      .field {
        max-inline-size: 30rem;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) article!: EditorialArticleFieldsFragment;

  private readonly l10n = new LocalizeController(this, 'newsroom');
  private readonly form = new ArticleFormController<TopicsDraft>(this, {
    fields: ['tags'],
    t: () => this.l10n.t,
  });

  private get locked(): boolean {
    return this.article.status === 'ARCHIVED';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.form.sync(this.article.updatedAt, () => ({
      category: this.article.category,
      tags: tagsText(this.article.tags),
    }));
  }

  override render() {
    const { t } = this.l10n;
    const draft = this.form.draft;
    if (!draft) return nothing;
    const error = this.form.message('tags');
    return html`<section class="card" aria-labelledby="topics-heading">
      <h2 id="topics-heading">${t('topics.title')}</h2>
      <form novalidate @submit=${this.save}>
        ${this.locked ? html`<p class="status">${t('save.archived')}</p>` : nothing}
        <fieldset class="plain" ?disabled=${this.locked}>
          <div class="field">
            <label for="category">${t('topics.category')}</label>
            <select
              id="category"
              @change=${(event: Event) =>
                this.form.change({
                  category: (event.target as HTMLSelectElement).value as ArticleCategory,
                })}
            >
              ${categoryOptions(t, draft.category)}
            </select>
          </div>
          <div class="field">
            <label for="tags">${t('topics.tags')}</label>
            <input
              id="tags"
              autocomplete="off"
              .value=${draft.tags}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? 'tags-hint tags-error' : 'tags-hint'}
              @input=${(event: Event) =>
                this.form.change({ tags: (event.target as HTMLInputElement).value })}
            />
            <p id="tags-hint" class="hint">${t('topics.tagsHint')}</p>
            ${error ? html`<p id="tags-error" class="field-error">${error}</p>` : nothing}
          </div>
        </fieldset>
        ${this.form.renderFooter({ label: t('topics.save'), disabled: this.locked })}
      </form>
    </section>`;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.portal?.client;
    if (!client) return;
    await this.form.save({
      check: (draft) => checkTags(draft.tags),
      send: (draft) =>
        client.mutate({
          mutation: SetArticleTopicsDocument,
          variables: { id: this.article.id, category: draft.category, tags: tagsOf(draft.tags) },
        }),
    });
  }
}

defineElement('piazza-newsroom-topics-panel', PiazzaNewsroomTopicsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-topics-panel': PiazzaNewsroomTopicsPanel;
  }
}
