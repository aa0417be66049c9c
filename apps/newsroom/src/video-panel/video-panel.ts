import { type FieldError, fieldStyles, screenStyles } from '@piazza/shared/screens';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import type { EditorialArticleFieldsFragment } from '../editorial-article.fragment.generated.js';
import { addressField, isHttps } from '../ui/address-field.js';
import { ArticleFormController } from '../ui/article-form.js';
import { panelFormStyles } from '../ui/newsroom.styles.js';
import { SetArticleVideoDocument } from './video-panel.generated.js';

interface VideoDraft {
  url: string;
}

/**
 * The server's rules that can be said before sending: an https address. Whether its site
 * may be embedded only the server knows (the deployment's own sites are its settings).
 */
function checkVideo(draft: VideoDraft): FieldError[] {
  if (draft.url.trim() === '') return [{ field: 'url', reason: 'REQUIRED' }];
  return isHttps(draft.url) ? [] : [{ field: 'url', reason: 'NOT_EMBEDDABLE' }];
}

/**
 * The video an article shows: the address of a YouTube or Vimeo video, or of one of the
 * group's video sites. Saving calls setArticleVideo, which keeps the address of the
 * video's player (shown in the field once saved); removing the video sends null.
 */
export class PiazzaNewsroomVideoPanel extends LitElement {
  static override styles = [buttonStyles, screenStyles, fieldStyles, panelFormStyles];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) article!: EditorialArticleFieldsFragment;

  private readonly l10n = new LocalizeController(this, 'newsroom');
  private readonly form = new ArticleFormController<VideoDraft>(this, {
    fields: ['url'],
    t: () => this.l10n.t,
    // `url` is the live stream's field too: a video's refusals have words of their own.
    wordsOf: 'video.errors',
  });

  private get locked(): boolean {
    return this.article.status === 'ARCHIVED';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.form.sync(this.article.updatedAt, () => ({ url: this.article.video?.embedUrl ?? '' }));
  }

  override render() {
    const { t } = this.l10n;
    const draft = this.form.draft;
    if (!draft) return nothing;
    const video = this.article.video;
    return html`<section class="card" aria-labelledby="video-heading">
      <h2 id="video-heading">${t('video.title')}</h2>
      <form novalidate @submit=${this.save}>
        ${this.locked ? html`<p class="status">${t('save.archived')}</p>` : nothing}
        <fieldset class="plain" ?disabled=${this.locked}>
          ${addressField({
            id: 'url',
            label: t('video.url'),
            hint: t('video.urlHint'),
            value: draft.url,
            error: this.form.message('url'),
            change: (url) => this.form.change({ url }),
          })}
        </fieldset>
        <p class="preview" role="status">
          ${video ? t('video.preview', { provider: video.provider }) : t('video.none')}
        </p>
        ${this.form.renderFooter({
          label: t('video.save'),
          disabled: this.locked,
          extra:
            video && !this.locked
              ? html`<button type="button" class="piazza-button" @click=${this.removeVideo}>
                  ${t('video.remove')}
                </button>`
              : nothing,
        })}
      </form>
    </section>`;
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.form.save({ check: checkVideo, send: (draft) => this.setVideo(draft.url.trim()) });
  }

  private readonly removeVideo = (): Promise<boolean> =>
    this.form.save({ send: () => this.setVideo(null) });

  /** The saved article comes back through the cache, and the panel with it. */
  private setVideo(url: string | null) {
    return this.portal!.client.mutate({
      mutation: SetArticleVideoDocument,
      variables: { id: this.article.id, url },
    });
  }
}

defineElement('piazza-newsroom-video-panel', PiazzaNewsroomVideoPanel);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-video-panel': PiazzaNewsroomVideoPanel;
  }
}
