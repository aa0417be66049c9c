import type { ScopeStep } from '../ui/scope-bar.js';

/**
 * Tells the root the way down to the scope a barometer shows (its parents, then itself),
 * once the barometer is answered: the scope bar names a drilled-down region with it and
 * offers the way back up.
 */
export class BarometerPathEvent extends Event {
  static readonly type = 'barometer-path';

  constructor(
    /** The scope as the address writes it. */
    readonly scope: string,
    readonly steps: readonly ScopeStep[],
  ) {
    super(BarometerPathEvent.type, { bubbles: true, composed: true });
  }
}
