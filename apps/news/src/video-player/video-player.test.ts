import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PiazzaNewsVideoPlayer } from './video-player.js';
import './video-player.js';

const YOUTUBE = 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ';

/** A player 360 px wide, as on a phone. */
async function phonePlayer(src = YOUTUBE) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: 360px">
      <piazza-news-video-player
        src=${src}
        play-label="Play video — loads from YouTube"
        frame-title="Video player: The new Lumo range"
      ></piazza-news-video-player>
    </div>`,
  );
  return wrapper.querySelector('piazza-news-video-player')!;
}

const inside = (player: PiazzaNewsVideoPlayer, selector: string) =>
  player.shadowRoot!.querySelector<HTMLElement>(selector);

describe('piazza-news-video-player', () => {
  it('loads nothing from the provider before the reader presses play', async () => {
    const player = await phonePlayer();
    const button = inside(player, 'button')!;
    expect(button.textContent!.trim()).to.equal('Play video — loads from YouTube');
    expect(inside(player, 'iframe')).to.equal(null);
    expect(player.shadowRoot!.querySelector('[src]')).to.equal(null);
    await expect(player).to.be.accessible();
  });

  it('is a 16:9 box whose whole surface is the play button, at a phone’s width', async () => {
    const player = await phonePlayer();
    const { width, height } = inside(player, 'button')!.getBoundingClientRect();
    expect(width).to.equal(360);
    expect(height).to.be.closeTo(202.5, 1);
  });

  it('puts the provider’s player in its place once pressed, sandboxed, and moves the focus into it', async () => {
    const player = await phonePlayer();
    inside(player, 'button')!.click();
    await player.updateComplete;
    const frame = inside(player, 'iframe') as HTMLIFrameElement;
    expect(inside(player, 'button')).to.equal(null);
    expect(frame.getAttribute('src')).to.equal(`${YOUTUBE}?autoplay=1`);
    expect(frame.title).to.equal('Video player: The new Lumo range');
    expect(frame.getAttribute('allow')).to.equal('autoplay; fullscreen; picture-in-picture');
    expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(frame.getAttribute('loading')).to.equal('lazy');
    expect(frame.getAttribute('sandbox')).to.equal(
      'allow-scripts allow-same-origin allow-presentation allow-popups',
    );
    expect(player.shadowRoot!.activeElement).to.equal(frame);
    expect(frame.getBoundingClientRect().height).to.be.closeTo(202.5, 1);
    await expect(player).to.be.accessible();
  });

  it('plays from the keyboard', async () => {
    const player = await phonePlayer();
    inside(player, 'button')!.focus();
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    expect(inside(player, 'iframe')).to.not.equal(null);
  });

  it('shows the button again for another video', async () => {
    const player = await phonePlayer();
    inside(player, 'button')!.click();
    await player.updateComplete;
    player.src = 'https://player.vimeo.com/video/76979871';
    await player.updateComplete;
    expect(inside(player, 'iframe')).to.equal(null);
    expect(inside(player, 'button')).to.not.equal(null);
  });
});
