import { describe, expect, it } from 'vitest';
import { liveStreamState, msUntilNextLiveChange } from './live-stream-state.js';

const stream = { startsAt: '2026-12-01T13:00:00Z', endsAt: '2026-12-01T14:00:00Z' };
const at = (iso: string) => Date.parse(iso);

describe('a live stream over time', () => {
  it('is later, soon from 15 minutes before, live for its hour, then over', () => {
    expect(liveStreamState(stream, at('2026-12-01T12:44:59Z'))).toBe('later');
    expect(liveStreamState(stream, at('2026-12-01T12:45:00Z'))).toBe('soon');
    expect(liveStreamState(stream, at('2026-12-01T13:00:00Z'))).toBe('live');
    expect(liveStreamState(stream, at('2026-12-01T13:59:59Z'))).toBe('live');
    expect(liveStreamState(stream, at('2026-12-01T14:00:00Z'))).toBe('ended');
  });

  it('says when its state changes next', () => {
    expect(msUntilNextLiveChange(stream, at('2026-12-01T12:00:00Z'))).toBe(45 * 60_000);
    expect(msUntilNextLiveChange(stream, at('2026-12-01T12:50:00Z'))).toBe(10 * 60_000);
    expect(msUntilNextLiveChange(stream, at('2026-12-01T13:30:00Z'))).toBe(30 * 60_000);
    expect(msUntilNextLiveChange(stream, at('2026-12-01T14:00:00Z'))).toBe(null);
  });
});
