import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256 } from './sha256.js';

/** What a `wsl-bash` wrapper needs at step time; written as JSON next to the wrappers. */
export interface StepConfig {
  /** wsl.exe (or its stand-in). */
  wsl: string;
  distribution: string;
  user: string;
  /** Program and flags that run the step's script (bash with --noprofile --norc -euo pipefail). */
  shell: string[];
  /** `[automount] root` of the distro's wsl.conf ('/mnt/' by default). */
  automountRoot: string;
  envPassthrough: boolean;
  /** Variables of the job when setup ran: name → short hash of the value. Steps forward what differs. */
  baseline: Record<string, string>;
  /** Host folder standing for the Windows drives on a Linux host driving a stand-in (WSL_READY_MNT_ROOT). */
  mntRoot?: string;
}

/** A short digest of a variable's value (the baseline keeps no values); SHA-256 without node:crypto. */
export function valueHash(value: string): string {
  return Buffer.from(sha256(value)).toString('base64url').slice(0, 12);
}

export function environmentBaseline(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const baseline: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) baseline[name] = valueHash(value);
  return baseline;
}

/** Quote for a POSIX shell: one single-quoted word. */
export function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A wrapper file name for a distro: `wsl-bash-Ubuntu-24.04` (distro names are already file-name safe). */
export function wrapperName(distribution?: string): string {
  return distribution ? `wsl-bash-${distribution}` : 'wsl-bash';
}

/** File name of the small shell bundle, next to the action bundle in dist/ and copied next to the wrappers. */
export const SHELL_BUNDLE = 'wsl-bash.mjs';

/**
 * The `.cmd` wrapper for Windows. The runner starts it through CreateProcess, i.e. `cmd.exe /c` without `/D`, and
 * before every step switches the console to code page 65001 (actions/runner src/Runner.Common/Util/EncodingUtil.cs
 * SetEncoding, called from StepsRunner), so cmd reads this file as UTF-8. Everything the wrapper owns is named
 * through `%~dp0` (its own folder), so only the node path is literal text. `%*` is kept raw in WSL_READY_STEP_ARGS
 * because the runner substitutes `{0}` unquoted and a path with spaces would split; delayed expansion is turned
 * off so a `!` in a path survives even where the registry turns it on. Pure.
 */
export function cmdWrapperText(node: string, program: string[], configFile: string): string {
  const programWords = program.map((word) => `"${word}"`).join(' ');
  return [
    '@setlocal DisableDelayedExpansion',
    '@set "WSL_READY_STEP_ARGS=%*"',
    `@"${node}" ${programWords} "%~dp0${configFile}"`,
    '@exit /b %ERRORLEVEL%',
    '',
  ].join('\r\n');
}

/**
 * Write `wsl-bash` and `wsl-bash-<distro>` into `dir` (added to PATH by the caller). Each wrapper starts the small
 * shell bundle (`wsl-bash.mjs`, copied into `dir`; only step code, so a step pays Node's start-up and little more),
 * which starts exactly one wsl.exe: `.cmd` files on Windows, POSIX scripts elsewhere. Without a shell bundle next
 * to the action bundle (a build from source), the action bundle runs in its `wsl-bash` mode instead.
 */
export function writeWrappers(options: {
  dir: string;
  node: string;
  bundle: string;
  config: StepConfig;
  windows: boolean;
}): { files: string[]; configPath: string } {
  const { dir, config } = options;
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const configFile = `wsl-bash-${config.distribution}.json`;
  const configPath = join(dir, configFile);
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
  const shellBundle = join(dirname(options.bundle), SHELL_BUNDLE);
  const small = existsSync(shellBundle);
  if (small) copyFileSync(shellBundle, join(dir, SHELL_BUNDLE));
  for (const name of [wrapperName(), wrapperName(config.distribution)]) {
    if (options.windows) {
      const file = join(dir, `${name}.cmd`);
      const program = small ? [`%~dp0${SHELL_BUNDLE}`] : [options.bundle, 'wsl-bash'];
      writeFileSync(file, cmdWrapperText(options.node, program, configFile));
      files.push(file);
    } else {
      const file = join(dir, name);
      const program = small ? [join(dir, SHELL_BUNDLE)] : [options.bundle, 'wsl-bash'];
      writeFileSync(file, `#!/bin/sh\nexec ${[options.node, ...program, configPath].map(shQuote).join(' ')} "$@"\n`, {
        mode: 0o755,
      });
      files.push(file);
    }
  }
  return { files, configPath };
}
