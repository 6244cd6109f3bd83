// Shared helpers of the actions-services tests.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EnvRecord } from '@wsl-ready/core';

// Our clients, tested against the same stand-in as the official ones.
export * from '@wsl-ready/actions-kit';

export const exec = promisify(execFile);

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `wsl-ready-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Set process variables for the official clients (they read process.env) and return a function that restores them.
 * `undefined` removes a variable.
 */
export function withProcessEnv(vars: EnvRecord): () => void {
  const saved = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(vars)) {
    saved.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * Run `fn` with stdout captured: @actions/core writes its workflow commands (`::warning::…`, `::debug::…`) there.
 * Returns the result and the captured lines.
 */
export async function captureStdout<T>(fn: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const original = process.stdout.write.bind(process.stdout);
  let text = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    const result = await fn();
    return { result, lines: text.split(/\r?\n/).filter(Boolean) };
  } finally {
    process.stdout.write = original;
  }
}

/** Deterministic pseudo-random bytes (incompressible, so sizes on the wire are real). */
export function noiseBytes(size: number, seed = 1): Buffer {
  const out = Buffer.allocUnsafe(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out.writeUInt32LE(x, Math.max(0, Math.min(i, size - 4)));
  }
  return out;
}
