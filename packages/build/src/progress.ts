import type { StepName } from './stages.js';

/** Renders build progress: one redrawn line per wiki on a TTY, plain log lines otherwise (CI logs). */
export class ProgressDisplay {
  private readonly steps = new Map<string, StepName>();
  private readonly started = new Map<string, number>();
  private drawnLines = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly write: (text: string) => void,
    private readonly options: { tty: boolean; now?: () => number; redrawMs?: number },
  ) {}

  /** Records that `wiki` entered `step` and shows it. */
  update(wiki: string, step: StepName): void {
    this.steps.set(wiki, step);
    if (step === 'fetch') this.started.set(wiki, this.now());
    if (this.options.tty) {
      this.timer ??= setInterval(() => this.draw(), this.options.redrawMs ?? 250);
      this.timer.unref?.();
      this.draw();
    } else if (step !== 'queued') {
      this.write(`wikispec: ${wiki}: ${step}${step === 'done' || step === 'failed' ? ` (${this.elapsed(wiki)})` : ''}\n`);
    }
  }

  /** Stops redrawing and leaves the last frame on screen. */
  finish(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    if (this.options.tty) this.draw();
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private elapsed(wiki: string): string {
    const start = this.started.get(wiki);
    return start === undefined ? '-' : `${((this.now() - start) / 1000).toFixed(1)} s`;
  }

  private draw(): void {
    const width = Math.max(...[...this.steps.keys()].map((name) => name.length), 4);
    const lines = [...this.steps].map(([wiki, step]) => {
      const mark = step === 'done' ? '✔' : step === 'failed' ? '✖' : step === 'queued' ? '·' : '…';
      const time = step === 'queued' ? '' : ` ${this.elapsed(wiki)}`;
      return `${mark} ${wiki.padEnd(width)}  ${step}${time}`;
    });
    // Move to the first line of the previous frame, then rewrite every line (clearing what was there).
    const up = this.drawnLines > 0 ? `\x1b[${this.drawnLines}A` : '';
    this.write(`${up}${lines.map((line) => `\x1b[2K${line}\n`).join('')}`);
    this.drawnLines = lines.length;
  }
}
