import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { ANSWER_LIMIT, cleanAnswer } from '../core/session/index.js';

// Lines from stdin, each handed over the moment it arrives (answers are stored one by
// one, not after all input is read). null means the input ended.
//
// Every line is an answer typed by someone: it is cleaned here, where it enters (no control
// characters, at most ANSWER_LIMIT characters), and a line without an end is not kept whole
// in memory: what comes past the limit is dropped as it arrives.

export const ABORTED = Symbol('aborted');

/** Characters of a line kept before cleaning (cleaning only shortens it). */
const KEEP = ANSWER_LIMIT * 2;

export class LineReader {
  private readonly queue: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private ended = false;
  private closed = false;
  /** The line so far (at most KEEP characters) and whether the last chunk ended in `\r`. */
  private partial = '';
  private afterCR = false;
  private readonly decoder = new StringDecoder('utf8');
  private readonly onData = (chunk: string | Buffer) => this.take(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
  private readonly onEnd = () => this.finish();

  constructor(private readonly input: Readable) {
    input.on('data', this.onData);
    input.on('end', this.onEnd);
    input.on('close', this.onEnd);
    input.on('error', this.onEnd);
  }

  /** Splits text into lines at `\n`, `\r\n` or `\r`, as readline does. */
  private take(text: string): void {
    let start = 0;
    if (this.afterCR && text.startsWith('\n')) start = 1;
    this.afterCR = false;
    const ends = /\r\n?|\n/g;
    ends.lastIndex = start;
    for (let m = ends.exec(text); m; m = ends.exec(text)) {
      this.add(text.slice(start, m.index));
      this.push(this.partial);
      this.partial = '';
      start = ends.lastIndex;
      if (m[0] === '\r' && ends.lastIndex === text.length) this.afterCR = true;
    }
    this.add(text.slice(start));
  }

  private add(text: string): void {
    if (this.partial.length < KEEP) this.partial += text.slice(0, KEEP - this.partial.length);
  }

  private push(raw: string): void {
    const line = cleanAnswer(raw);
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve(line);
    } else this.queue.push(line);
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.add(this.decoder.end());
    if (this.partial) this.push(this.partial);
    this.partial = '';
    // Ctrl+C on `feeder | k8s-quiz quiz --plain` ends the feeder too: the end of input and the
    // signal arrive together, in either order. The end is told after the loop has gone round
    // twice, so a signal that came with it is seen first and the session ends as interrupted.
    setImmediate(() =>
      setImmediate(() => {
        this.ended = true;
        const resolve = this.waiting;
        this.waiting = null;
        resolve?.(null);
      }),
    );
  }

  /** Stops reading so the process can exit with input still open. */
  close(): void {
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    this.input.off('close', this.onEnd);
    this.input.off('error', this.onEnd);
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
