/**
 * The one way Haven saves what the user types (an entry's draft, the plan, a reminder being
 * written): every change is written at once, one write at a time, and while a write is under
 * way only the newest value waits for the next one, so the stored copy is never more than one
 * write behind the screen. `flush()` finishes the job (the session's lock, a quick close and a
 * hidden page call it). A failed write keeps the value: it is written by the next change, by
 * `retry()`, or by the next flush. Plain TypeScript, no UI: the view shows `state`.
 */
export type AutosaveState = { status: 'saved' } | { status: 'saving' } | { status: 'failed'; error: unknown };

export class Autosaver<T> {
  private latest: { value: T } | null = null;
  /** The latest value is not stored yet (changed since, or its write failed). */
  private unsaved = false;
  private running: Promise<void> | null = null;
  private current: AutosaveState = { status: 'saved' };

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly onState: (state: AutosaveState) => void = () => undefined,
  ) {}

  get state(): AutosaveState {
    return this.current;
  }

  /** Whether the screen holds words that are not stored yet. */
  get pending(): boolean {
    return this.unsaved || this.running !== null;
  }

  /** A new value to keep: written now, or right after the write under way. */
  update(value: T): Promise<void> {
    this.latest = { value };
    this.unsaved = true;
    return this.running ?? this.start();
  }

  /** Write what is not stored yet (once more after a failure); resolves when done or failed again. */
  async flush(): Promise<void> {
    if (this.running) await this.running;
    if (this.unsaved) await this.start();
  }

  /** The user asked to try again after a failure. */
  retry(): Promise<void> {
    return this.flush();
  }

  private start(): Promise<void> {
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    while (this.unsaved && this.latest) {
      const { value } = this.latest;
      this.unsaved = false;
      this.setState({ status: 'saving' });
      try {
        await this.save(value);
      } catch (error) {
        this.setState({ status: 'failed', error });
        // A newer value came in meanwhile: it gets its own try. Otherwise this one waits for
        // the next change, a retry or a flush (never retried in a loop here).
        if (this.latest.value !== value) continue;
        this.unsaved = true;
        return;
      }
    }
    this.setState({ status: 'saved' });
  }

  private setState(state: AutosaveState): void {
    this.current = state;
    this.onState(state);
  }
}
