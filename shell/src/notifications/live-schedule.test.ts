import { expect } from '@open-wc/testing';
import { nextChange, streamToShow } from './live-schedule.js';

const NOW = Date.parse('2026-11-29T15:00:00Z');
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();
const article = (id: string, startsAt: number, endsAt: number) => ({
  id,
  liveStream: { startsAt: at(startsAt), endsAt: at(endsAt) },
});

describe('the live schedule', () => {
  it('shows a running stream before one about to start, and nothing once all are over', () => {
    const soon = article('soon', 5, 60);
    const running = article('running', -10, 30);
    expect(streamToShow([soon, running], NOW)?.id).to.equal('running');
    expect(streamToShow([soon, article('over', -60, -1)], NOW)?.id).to.equal('soon');
    expect(streamToShow([article('later', 20, 80)], NOW), 'more than 15 minutes away').to.equal(
      undefined,
    );
    expect(
      streamToShow([article('over', -60, -1), { id: 'none', liveStream: null }], NOW),
    ).to.equal(undefined);
  });

  it('wakes up when a stream comes near, starts or ends, and not when nothing is left', () => {
    expect(nextChange([article('soon', 5, 60), article('running', -10, 30)], NOW)).to.equal(
      NOW + 5 * 60_000,
    );
    expect(nextChange([article('later', 20, 80)], NOW)).to.equal(NOW + 5 * 60_000);
    expect(nextChange([article('over', -60, -1)], NOW)).to.equal(undefined);
  });
});
