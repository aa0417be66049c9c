import { describe, expect, it } from 'vitest';
import { embedOf, embedOrigins } from './video.js';

const youtube = (id: string) => ({
  embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
  provider: 'YouTube',
});

describe('embedOf', () => {
  it('turns every YouTube address of a video into its privacy-enhanced player', () => {
    for (const address of [
      'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
      'https://youtube.com/watch?v=aqz-KE-bpKQ&t=42s&list=PL123',
      'https://m.youtube.com/watch?v=aqz-KE-bpKQ',
      ' https://youtu.be/aqz-KE-bpKQ?si=share ',
      'https://www.youtube.com/live/aqz-KE-bpKQ',
      'https://www.youtube.com/embed/aqz-KE-bpKQ',
      'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
    ]) {
      expect(embedOf(address), address).toEqual(youtube('aqz-KE-bpKQ'));
    }
  });

  it('turns a Vimeo address into its player, keeping an unlisted video’s key', () => {
    const vimeo = (embedUrl: string) => ({ embedUrl, provider: 'Vimeo' });
    expect(embedOf('https://vimeo.com/76979871')).toEqual(
      vimeo('https://player.vimeo.com/video/76979871'),
    );
    expect(embedOf('https://www.vimeo.com/76979871/')).toEqual(
      vimeo('https://player.vimeo.com/video/76979871'),
    );
    expect(embedOf('https://vimeo.com/76979871/8272103f6e')).toEqual(
      vimeo('https://player.vimeo.com/video/76979871?h=8272103f6e'),
    );
    expect(embedOf('https://player.vimeo.com/video/76979871?h=8272103f6e&autoplay=1')).toEqual(
      vimeo('https://player.vimeo.com/video/76979871?h=8272103f6e'),
    );
  });

  it('refuses ids not of the provider’s form instead of passing them into the player’s address', () => {
    for (const address of [
      'https://www.youtube.com/watch?v=short',
      'https://www.youtube.com/watch?v=aqz-KE-bpKQx',
      'https://youtu.be/aqz-KE-bp%22',
      'https://www.youtube.com/embed/../../evil',
      'https://www.youtube.com/channel/UCSMOQeBJ2RAnuFungnQOxLg',
      'https://www.youtube.com/watch',
      'https://vimeo.com/channels/staffpicks',
      'https://vimeo.com/76979871/not-a-key',
      'https://player.vimeo.com/video/76979871?h=%3Cscript%3E',
    ]) {
      expect(embedOf(address), address).toBeNull();
    }
  });

  it('refuses anything but https, other hosts and hosts that only look like the providers', () => {
    for (const address of [
      'http://www.youtube.com/watch?v=aqz-KE-bpKQ',
      'javascript:alert(1)',
      'youtube.com/watch?v=aqz-KE-bpKQ',
      'https://www.youtube.com.evil.example/watch?v=aqz-KE-bpKQ',
      'https://evilyoutube.com/watch?v=aqz-KE-bpKQ',
      'https://webinar.group.example/room/1',
      `https://vimeo.com/${'1'.repeat(2000)}`,
      '',
    ]) {
      expect(embedOf(address), address).toBeNull();
    }
  });

  it('embeds the https addresses of the deployment’s own video sites as given', () => {
    const own = ['https://webinar.group.example'];
    expect(embedOf('https://webinar.group.example/room/1?lang=it', own)).toEqual({
      embedUrl: 'https://webinar.group.example/room/1?lang=it',
      provider: 'webinar.group.example',
    });
    expect(embedOf('http://webinar.group.example/room/1', own)).toBeNull();
    expect(embedOf('https://other.group.example/room/1', own)).toBeNull();
    expect(embedOf('https://user:secret@webinar.group.example/room/1', own)).toBeNull();
  });
});

describe('embedOrigins', () => {
  it('lists the players of YouTube, Vimeo and the deployment’s own sites, nothing else', () => {
    expect(embedOrigins(['https://webinar.group.example'])).toEqual([
      'https://www.youtube-nocookie.com',
      'https://player.vimeo.com',
      'https://webinar.group.example',
    ]);
  });
});
