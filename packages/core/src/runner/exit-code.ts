import { constants } from 'node:os';
import { isWslExecutable } from './executable-name.js';

/**
 * wsl.exe reports its own failures with exit code -1 on purpose, so callers can tell "wsl.exe failed" from "the
 * Linux program failed". The same code arrives in three spellings: -1 (signed), 4294967295 (Node/libuv on Windows
 * read the DWORD unsigned) and 255 (a stand-in on Linux can only exit with 0-255). All three become -1.
 *
 * The price: a Linux program run through wsl.exe that itself exits with 255 is also reported as -1;
 * `rawExitCode` keeps the real value for callers that need to tell them apart.
 */
export const WSL_FAILURE_EXIT_CODE = -1;

const WSL_FAILURE_SPELLINGS = new Set([-1, 0xffffffff, 255]);

/**
 * The exit code callers compare against. A child killed by a signal has no exit code; it becomes 128 + the
 * signal number, as shells report it (SIGKILL → 137, SIGTERM → 143).
 */
export function normalizeExitCode(file: string, rawExitCode: number | null, signal?: NodeJS.Signals | null): number {
  if (rawExitCode === null) {
    const number = signal ? constants.signals[signal] : undefined;
    return number === undefined ? WSL_FAILURE_EXIT_CODE : 128 + number;
  }
  if (isWslExecutable(file) && WSL_FAILURE_SPELLINGS.has(rawExitCode)) return WSL_FAILURE_EXIT_CODE;
  return rawExitCode;
}
