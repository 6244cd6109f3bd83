import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

export function valueHash(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 12);
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

/**
 * Write `wsl-bash` and `wsl-bash-<distro>` into `dir` (added to PATH by the caller). Each wrapper runs the action's
 * own bundle in step mode, which starts exactly one wsl.exe: `.cmd` files on Windows, POSIX scripts elsewhere.
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
  const configPath = join(dir, `wsl-bash-${config.distribution}.json`);
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
  for (const name of [wrapperName(), wrapperName(config.distribution)]) {
    if (options.windows) {
      const file = join(dir, `${name}.cmd`);
      // `%*` is the script path the runner substitutes for {0}; the exit code of node is the step's.
      writeFileSync(
        file,
        `@"${options.node}" "${options.bundle}" wsl-bash "${configPath}" %*\r\n@exit /b %ERRORLEVEL%\r\n`,
      );
      files.push(file);
    } else {
      const file = join(dir, name);
      writeFileSync(
        file,
        `#!/bin/sh\nexec ${shQuote(options.node)} ${shQuote(options.bundle)} wsl-bash ${shQuote(configPath)} "$@"\n`,
        { mode: 0o755 },
      );
      files.push(file);
    }
  }
  return { files, configPath };
}
