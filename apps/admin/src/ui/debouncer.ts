/**
 * Runs an action once the person has paused: each `run` cancels the one before, so a
 * search is sent when they stop typing, not for every key.
 */
export class Debouncer {
  private readonly delay: number;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(delay: number) {
    this.delay = delay;
  }

  run(action: () => void): void {
    this.cancel();
    this.timer = setTimeout(action, this.delay);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
