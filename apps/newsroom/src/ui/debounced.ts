import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A value that settles once the person pauses: `set` on every key or click, `value` follows
 * `delay` ms after the last one and the host re-renders, so a query reading `value` (the
 * live reach, a dealer search) is sent when they stop, not for every change.
 *
 * @example
 * ```ts
 * private readonly search = new Debounced(this, { delay: 350, initial: '' });
 * // <input @input=${(e) => this.search.set(e.target.value)}>
 * ```
 */
export class Debounced<T> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly delay: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private settled: T;

  constructor(host: ReactiveControllerHost, options: { delay: number; initial: T }) {
    this.host = host;
    this.delay = options.delay;
    this.settled = options.initial;
    host.addController(this);
  }

  get value(): T {
    return this.settled;
  }

  /** True while a change waits for the pause. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  set(value: T): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.settled = value;
      this.host.requestUpdate();
    }, this.delay);
    this.host.requestUpdate();
  }

  /** Takes a value at once, with no wait (a saved article's target). */
  reset(value: T): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.settled = value;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
