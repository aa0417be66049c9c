import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PollControllerOptions {
  /** Milliseconds between two runs, read when the host connects. */
  every: () => number;
  /** What to do at each tick, e.g. refetch a query. */
  run: () => void;
}

/**
 * Runs a task at a fixed interval while its host is in the page and the page is in sight,
 * and stops when the host disconnects: "live" numbers until subscriptions exist.
 *
 * @example
 * ```ts
 * private readonly poll = new PollController(this, {
 *   every: () => 30_000,
 *   run: () => void this.query.refetch(),
 * });
 * ```
 */
export class PollController implements ReactiveController {
  private readonly options: PollControllerOptions;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, options: PollControllerOptions) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.hostDisconnected();
    this.timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') this.options.run();
    }, this.options.every());
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
