import { cleanLine } from './text.js';

/** The part of a writable stream the progress line needs (`process.stderr` fits). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface ProgressLine {
  /** Replaces the line with `text` (clamped to the terminal width). */
  update(text: string): void;
  /** Erases the line, leaving the cursor at its start. */
  clear(): void;
  /** Erases the line and, when given, writes `text` as a normal line. */
  done(text?: string): void;
}

/**
 * A single status line that rewrites itself with `\r` while probes run ("Checking docker… 4/9").
 * On anything that is not a TTY (CI logs, pipes, files) every call does nothing, so logs stay clean.
 */
export function createProgressLine(stream: ProgressStream): ProgressLine {
  if (!stream.isTTY) return { update() {}, clear() {}, done() {} };
  let shown = '';
  const clear = () => {
    if (shown === '') return;
    stream.write('\r\u001b[K');
    shown = '';
  };
  return {
    update(text) {
      // Keep one column free so the terminal never wraps (a wrapped line cannot be rewritten with \r).
      const columns = stream.columns && stream.columns > 1 ? stream.columns - 1 : 79;
      const next = cleanLine(text, columns);
      if (next === shown) return;
      stream.write(`\r${next}\u001b[K`);
      shown = next;
    },
    clear,
    done(text) {
      clear();
      if (text !== undefined) stream.write(`${cleanLine(text, 10_000)}\n`);
    },
  };
}
