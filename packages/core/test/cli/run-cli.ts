// In-process CLI runs for the tests: main(argv, io) with captured output and injected world.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CliIo, main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export type CliOverrides = Partial<Omit<CliIo, 'stdout' | 'stderr'>> & { stdinBytes?: Uint8Array | string };

export async function runCli(argv: string[], overrides: CliOverrides = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const { stdinBytes, ...rest } = overrides;
  const io: CliIo = {
    env: {},
    ...(stdinBytes !== undefined
      ? { stdin: [typeof stdinBytes === 'string' ? Buffer.from(stdinBytes) : stdinBytes] }
      : {}),
    ...rest,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));
}

export function fixture(relative: string): Buffer {
  return readFileSync(fixturePath(relative));
}

export function json(run: CliRun): Record<string, unknown> {
  return JSON.parse(run.stdout) as Record<string, unknown>;
}
