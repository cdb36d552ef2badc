import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

// Lines from stdin, each handed over the moment it arrives (answers are stored one by
// one, not after all input is read). null means the input ended.

export const ABORTED = Symbol('aborted');

export class LineReader {
  private readonly queue: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private ended = false;
  private readonly rl;

  constructor(private readonly input: Readable) {
    const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
    this.rl = rl;
    rl.on('line', (line) => {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = null;
        resolve(line);
      } else this.queue.push(line);
    });
    rl.on('close', () => {
      this.ended = true;
      const resolve = this.waiting;
      this.waiting = null;
      resolve?.(null);
    });
  }

  /** Stops reading so the process can exit with input still open. */
  close(): void {
    this.rl.close();
    this.input.pause();
  }

  /** Next line; null at end of input; ABORTED when `signal` aborts first (a time limit or a stop). */
  next(signal?: AbortSignal): Promise<string | null | typeof ABORTED> {
    if (this.queue.length) return Promise.resolve(this.queue.shift() as string);
    if (this.ended) return Promise.resolve(null);
    if (signal?.aborted) return Promise.resolve(ABORTED);
    return new Promise((resolve) => {
      const onAbort = () => {
        this.waiting = null;
        resolve(ABORTED);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting = (line) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(line);
      };
    });
  }
}
