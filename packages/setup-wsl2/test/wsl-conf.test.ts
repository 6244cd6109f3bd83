// /etc/wsl.conf as WSL's init reads it (twin rule 9: bytes as they are, the first invalid line ends the reading):
// the keys the setup adds must be the ones WSL takes, or the setup fails saying which line is in the way.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Lab, makeLab } from './helpers.js';

/** A lab whose distribution `Twin` is installed, and the path of its /etc/wsl.conf. */
async function installed(): Promise<{ lab: Lab; conf: string }> {
  const lab = await makeLab({ defaultVersion: 2 });
  const first = await lab.run({ distribution: 'Twin', source: lab.rootfs, 'source-sha256': lab.rootfsSha });
  expect(first.conclusion, first.log).toBe('success');
  return { lab, conf: join(lab.twin.state.distros[0]!.root, 'etc/wsl.conf') };
}

/** A later step's command without `-u`: it runs as the user WSL's init took from wsl.conf (twin rule 38). */
function whoami(lab: Lab): string {
  const run = spawnSync(lab.twin.wslPath, ['-d', 'Twin', '-e', 'id', '-un'], {
    env: { ...lab.twin.env, PATH: process.env.PATH },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

const automountRoot = (result: { addedPath: string[] }) =>
  JSON.parse(readFileSync(join(result.addedPath[0]!, 'wsl-bash-Twin.json'), 'utf8')).automountRoot;

describe('wsl.conf keys the setup writes are the ones WSL reads', { timeout: 120_000 }, () => {
  test('a UTF-8 BOM (which makes WSL reject line 1 and read nothing) is dropped, and the user default applies', async () => {
    const { lab, conf } = await installed();
    writeFileSync(conf, '\ufeff[automount]\nroot = /win/\n');
    const run = await lab.run({ distribution: 'Twin', user: 'builder' });
    expect(run.conclusion, run.log).toBe('success');
    expect(readFileSync(conf, 'utf8')).toBe('[automount]\nroot = /win/\n\n[user]\ndefault = builder\n');
    expect(run.annotations.find((a) => a.level === 'warning')?.message).toMatch(
      /\/etc\/wsl\.conf in Twin started with a UTF-8 byte-order mark[\s\S]*removed/,
    );
    expect(automountRoot(run)).toBe('/win/');
    expect(whoami(lab)).toBe('builder');
  });

  test('an invalid line before the keys the setup adds: a clear failure naming the file and the line, nothing written', async () => {
    const { lab, conf } = await installed();
    const broken = '[boot]\ncommand_line = true\n';
    writeFileSync(conf, broken);
    const run = await lab.run({ distribution: 'Twin', user: 'builder' });
    expect(run.conclusion).toBe('failure');
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /\/etc\/wsl\.conf[\s\S]*line 2 \(`command_line = true`\)[\s\S]*user\.default[\s\S]*Fix or remove line 2/,
    );
    expect(readFileSync(conf, 'utf8')).toBe(broken);
  });

  test('`\\` before CRLF ends the value for WSL: the rewrite keeps that meaning (systemd stays on)', async () => {
    const { lab, conf } = await installed();
    // WSL drops the CR after `\` and the LF ends `command`; `systemd=true` is a key of its own.
    writeFileSync(conf, '[boot]\r\ncommand = echo a\\\r\nsystemd=true\r\n');
    const run = await lab.run({ distribution: 'Twin', user: 'builder' });
    expect(run.conclusion, run.log).toBe('success');
    expect(readFileSync(conf, 'utf8')).toBe(
      '[boot]\r\ncommand = echo a\\\r\nsystemd=true\r\n\r\n[user]\r\ndefault = builder\r\n',
    );
    expect(whoami(lab)).toBe('builder');
    expect(lab.twin.state.distros[0]!.instance?.boot.systemd).toBe(true);
  });
});
