// Every shell script the action embeds passes shellcheck as POSIX sh (the scripts run as `/bin/sh -c` in any
// distribution, dash and busybox included). Skipped, saying so, only where shellcheck is missing outside CI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import * as provision from '../src/provision.js';
import * as cancel from '../src/shell/cancel.js';
import { writeWrappers } from '../src/shell/wrapper.js';

const available = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).status === 0;
const inCi = Boolean(process.env.CI);
if (!available && !inCi) {
  console.warn(
    'shellcheck is not installed: the embedded shell scripts were NOT checked (apt-get install shellcheck).',
  );
}
const dir = mkdtempSync(join(tmpdir(), 'setup-wsl2-shellcheck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every exported `*_SCRIPT` of provision.ts, found by name so a new script cannot be forgotten. */
const scripts = Object.entries(provision as Record<string, unknown>).filter(
  (entry): entry is [string, string] => entry[0].endsWith('_SCRIPT') && typeof entry[1] === 'string',
);

function shellcheck(file: string): { status: number | null; output: string } {
  const run = spawnSync('shellcheck', ['--shell=sh', '--severity=style', '--format=gcc', file], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe.skipIf(!available && !inCi)('embedded shell scripts pass shellcheck', () => {
  test('shellcheck is there (CI must check)', () => {
    expect(available, 'CI has no shellcheck: install the Debian package shellcheck').toBe(true);
  });
  test('the scripts are found', () => {
    expect(scripts.map(([name]) => name).sort()).toEqual([
      'CONFIGURE_SCRIPT',
      'DOCKER_START_SCRIPT',
      'PACKAGES_SCRIPT',
      'PROBE_SCRIPT',
    ]);
  });
  test.each(scripts)('%s', (name, script) => {
    // The text as /bin/sh receives it after `-c` ($0 = wsl-ready, then the arguments).
    const file = join(dir, `${name}.sh`);
    writeFileSync(file, `#!/bin/sh\n${script}`);
    const result = shellcheck(file);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
  test.each([
    ['SIGNAL_SCRIPT', cancel.SIGNAL_SCRIPT],
    ['SWEEP_SCRIPT', cancel.SWEEP_SCRIPT],
  ])("wsl-bash's cancel %s", (name, script) => {
    const file = join(dir, `cancel-${name}.sh`);
    writeFileSync(file, `#!/bin/sh\n${script}`);
    const result = shellcheck(file);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
  test('the POSIX wsl-bash wrappers, with paths that need quoting', () => {
    const { files } = writeWrappers({
      dir: join(dir, "bin with 'quote'"),
      node: "/opt/node dir/it's/node",
      bundle: join(dir, 'dist', 'index.mjs'),
      windows: false,
      config: {
        wsl: '/usr/bin/wsl',
        distribution: 'Twin',
        user: 'dev',
        shell: ['/bin/bash'],
        automountRoot: '/mnt/',
        envPassthrough: true,
        baseline: {},
      },
    });
    for (const file of files) {
      const result = shellcheck(file);
      expect(result.output, readFileSync(file, 'utf8')).toBe('');
    }
  });
});
