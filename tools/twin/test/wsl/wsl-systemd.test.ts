// The systemd a distro sees when wsl.conf boots it (tools/twin/src/wsl/systemd.ts): /run/systemd/system, and a
// systemctl that follows systemd.unit(5)/systemd.service(5)/systemctl(1) where the product depends on them: the
// unit search path, drop-ins in lexical order, `ExecStart=` resetting the list, changes on disk only after
// daemon-reload, services that belong to PID 1 and outlive the wsl.exe call, restart, and failed starts.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probeIsolation } from '../../src/wsl/distro-exec.js';
import { JOURNALCTL_SCRIPT, SYSTEMCTL_SCRIPT } from '../../src/wsl/systemd.js';
import type { TwinWsl } from '../../src/wsl/twin.js';
import { makeTwin, ROOTFS, runWsl } from './helpers.js';

const isolation = probeIsolation();
const title = isolation.ok
  ? 'wsl.exe twin: systemd boot and the systemctl stand-in'
  : `wsl.exe twin: systemd boot and the systemctl stand-in (skipped: ${isolation.reason})`;

// A service program: records its arguments and pid, answers READY=1 when systemd asks for it, runs until killed.
const DEMO = `#!/bin/sh
printf '%s\\n' "$*" > /run/demo.args
echo $$ > /run/demo.pid
[ -n "\${NOTIFY_SOCKET:-}" ] && echo READY=1 >> "$NOTIFY_SOCKET"
exec sleep 100000
`;

async function systemdDistro(wslConf = '[boot]\nsystemd=true\n'): Promise<TwinWsl> {
  const twin = makeTwin();
  const location = join(twin.statePath, '..', 'distros', 'Busy');
  const run = await runWsl(twin, ['--import', 'Busy', location, ROOTFS, '--version', '2']);
  expect(run.code).toBe(0);
  writeFileSync(join(location, 'rootfs', 'etc/wsl.conf'), wslConf);
  const setup = await sh(
    twin,
    `mkdir -p /usr/local/bin /usr/lib/systemd/system /etc/systemd/system
cat > /usr/local/bin/demo <<'EOF'
${DEMO}EOF
chmod 755 /usr/local/bin/demo`,
  );
  expect(setup.err).toBe('');
  return twin;
}

async function sh(twin: TwinWsl, script: string) {
  const run = await runWsl(twin, ['-d', 'Busy', '-u', 'root', '-e', 'sh', '-c', script]);
  return { code: run.code, out: run.stdout.toString(), err: run.stderr.toString() };
}

const unit = (execStart: string, extra = '') =>
  `[Unit]\nDescription=demo\n\n[Service]\nType=notify\nExecStart=${execStart}\n${extra}\n[Install]\nWantedBy=multi-user.target\n`;

describe.skipIf(!isolation.ok).concurrent(title, { timeout: 90_000 }, () => {
  it('gives a systemd boot /run/systemd/system and systemctl; a boot without systemd has neither', async () => {
    const twin = await systemdDistro();
    const booted = await sh(
      twin,
      '[ -d /run/systemd/system ] && echo booted; command -v systemctl; command -v journalctl',
    );
    expect(booted).toEqual({ code: 0, out: 'booted\n/usr/bin/systemctl\n/usr/bin/journalctl\n', err: '' });

    const plain = makeTwin();
    const location = join(plain.statePath, '..', 'distros', 'Busy');
    expect((await runWsl(plain, ['--import', 'Busy', location, ROOTFS, '--version', '2'])).code).toBe(0);
    const none = await sh(plain, '[ -d /run/systemd/system ] || echo not-booted; command -v systemctl || echo none');
    expect(none.out).toBe('not-booted\nnone\n');
  });

  it('loads the first fragment on the search path and applies drop-ins by name, an empty ExecStart= first', async () => {
    const twin = await systemdDistro();
    const run = await sh(
      twin,
      `printf '%s' '${unit('/usr/local/bin/demo vendor')}' > /usr/lib/systemd/system/demo.service
printf '%s' '${unit('/usr/local/bin/demo admin')}' > /etc/systemd/system/demo.service
mkdir -p /etc/systemd/system/demo.service.d /usr/lib/systemd/system/demo.service.d /run/systemd/system/demo.service.d
# 20-b in /etc masks 20-b in /usr/lib; 10-a (in /run) comes before 20-b (in /etc) by name, so 20-b wins.
printf '[Service]\\nExecStart=\\nExecStart=/usr/local/bin/demo from 20-b in etc\\n' > /etc/systemd/system/demo.service.d/20-b.conf
printf '[Service]\\nExecStart=\\nExecStart=/usr/local/bin/demo from 20-b in usr\\n' > /usr/lib/systemd/system/demo.service.d/20-b.conf
printf '[Service]\\nExecStart=\\nExecStart=/usr/local/bin/demo from 10-a in run\\n' > /run/systemd/system/demo.service.d/10-a.conf
systemctl start demo.service
cat /run/demo.args
systemctl show --property=FragmentPath,DropInPaths demo`,
    );
    expect(run.err).toBe('');
    expect(run.out).toBe(
      'from 20-b in etc\n' +
        'FragmentPath=/etc/systemd/system/demo.service\n' +
        'DropInPaths=/run/systemd/system/demo.service.d/10-a.conf /etc/systemd/system/demo.service.d/20-b.conf\n',
    );
    expect(run.code).toBe(0);
  });

  it('refuses a second ExecStart= without the reset, as systemd refuses the unit', async () => {
    const twin = await systemdDistro();
    const run = await sh(
      twin,
      `printf '%s' '${unit('/usr/local/bin/demo one')}' > /usr/lib/systemd/system/demo.service
mkdir -p /etc/systemd/system/demo.service.d
printf '[Service]\\nExecStart=/usr/local/bin/demo two\\n' > /etc/systemd/system/demo.service.d/hosts.conf
systemctl start demo.service; echo "start=$?"
systemctl is-active demo.service; echo "is-active=$?"
journalctl -u demo.service`,
    );
    expect(run.out).toBe(
      'start=1\ninactive\nis-active=3\n' +
        'demo.service: Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.\n',
    );
    expect(run.err).toBe(
      "Failed to start demo.service: Unit demo.service has a bad unit file setting.\nSee system logs and 'systemctl status demo.service' for details.\n",
    );
  });

  it('keeps the loaded definition until daemon-reload, and warns that the unit changed on disk', async () => {
    const twin = await systemdDistro();
    const first = await sh(
      twin,
      `printf '%s' '${unit('/usr/local/bin/demo one')}' > /usr/lib/systemd/system/demo.service
systemctl start demo; cat /run/demo.args
mkdir -p /etc/systemd/system/demo.service.d
printf '[Service]\\nExecStart=\\nExecStart=/usr/local/bin/demo two\\n' > /etc/systemd/system/demo.service.d/override.conf
systemctl show -p NeedDaemonReload --value demo
systemctl restart demo; cat /run/demo.args`,
    );
    expect(first.out).toBe('one\nyes\none\n');
    expect(first.err).toBe(
      "Warning: The unit file, source configuration file or drop-ins of demo.service changed on disk. Run 'systemctl daemon-reload' to reload units.\n",
    );
    const reloaded = await sh(
      twin,
      'systemctl daemon-reload; systemctl show -p NeedDaemonReload --value demo; systemctl restart demo; cat /run/demo.args',
    );
    expect(reloaded).toEqual({ code: 0, out: 'no\ntwo\n', err: '' });
  });

  it('runs a started service under PID 1, past the wsl.exe call, with a clean environment; restart replaces it', async () => {
    const twin = await systemdDistro();
    const started = await sh(
      twin,
      `printf '%s' '${unit('/usr/local/bin/demo one')}' > /usr/lib/systemd/system/demo.service
systemctl enable demo.service 2>&1
systemctl start demo.service && echo "caller=$$"`,
    );
    expect(started.out).toMatch(
      /^Created symlink \/etc\/systemd\/system\/multi-user\.target\.wants\/demo\.service → \/usr\/lib\/systemd\/system\/demo\.service\.\ncaller=\d+\n$/,
    );
    // A later call: the service still runs, it is the unit's main process, and the first call's shell is gone.
    const later = await sh(
      twin,
      `pid=$(cat /run/demo.pid)
systemctl is-active demo.service
[ "$(systemctl show -p MainPID --value demo.service)" = "$pid" ] && echo main-pid
kill -0 ${started.out.match(/caller=(\d+)/)?.[1]} 2>/dev/null || echo caller-gone
ppid() { awk '/^PPid:/ { print $2 }' "/proc/$1/status"; }
echo "grandparent=$(ppid "$(ppid "$pid")")"
tr '\\0' '\\n' < /proc/$pid/environ | grep -c WSL_DISTRO_NAME
echo "old=$pid"
systemctl restart demo.service
kill -0 "$pid" 2>/dev/null || echo old-gone
[ "$(cat /run/demo.pid)" != "$pid" ] && echo new-process
systemctl is-active demo.service`,
    );
    expect(later.err).toBe('');
    expect(later.out).toMatch(
      /^active\nmain-pid\ncaller-gone\ngrandparent=1\n0\nold=\d+\nold-gone\nnew-process\nactive\n$/,
    );
  });

  it('reports a failed start as systemctl does and ends services with the instance', async () => {
    const twin = await systemdDistro();
    const failed = await sh(
      twin,
      `printf '[Service]\\nType=notify\\nExecStart=/bin/sh -c "echo no-config >&2; exit 1"\\n' > /etc/systemd/system/broken.service
systemctl start broken; echo "start=$?"
systemctl is-active broken; echo "is-active=$?"
journalctl -u broken.service -n 5
printf '%s' '${unit('/usr/local/bin/demo one')}' > /usr/lib/systemd/system/demo.service
systemctl start demo; systemctl is-active demo`,
    );
    expect(failed.out).toBe('start=1\nfailed\nis-active=3\nno-config\nactive\n');
    expect(failed.err).toBe(
      'Job for broken.service failed because the control process exited with error code.\n' +
        'See "systemctl status broken.service" and "journalctl -xeu broken.service" for details.\n\n',
    );
    expect((await runWsl(twin, ['--terminate', 'Busy'])).code).toBe(0);
    const after = await sh(twin, 'systemctl is-active demo; [ -e /run/demo.pid ] || echo fresh-run');
    expect(after.out).toBe('inactive\nfresh-run\n');
  });

  it('starts the enabled services when the instance boots again', async () => {
    const twin = await systemdDistro();
    const enabled = await sh(
      twin,
      `printf '%s' '${unit('/usr/local/bin/demo at boot')}' > /usr/lib/systemd/system/demo.service
systemctl enable --now demo.service 2>/dev/null; systemctl is-active demo; cat /run/demo.pid`,
    );
    expect(enabled.out).toMatch(/^active\n\d+\n$/);
    expect((await runWsl(twin, ['--terminate', 'Busy'])).code).toBe(0);
    // The boot starts it in the background while this call runs: wait for it.
    const booted = await sh(
      twin,
      'i=0; until systemctl is-active --quiet demo || [ "$i" -ge 400 ]; do i=$((i + 1)); sleep 0.05; done; systemctl is-active demo; cat /run/demo.args',
    );
    expect(booted).toEqual({ code: 0, out: 'active\nat boot\n', err: '' });
  });
});

const shellcheck = spawnSync('shellcheck', ['--version']).status === 0;
describe.skipIf(!shellcheck && !process.env.CI)('the systemd stand-ins are POSIX sh (busybox runs them)', () => {
  it.each([
    ['systemctl', SYSTEMCTL_SCRIPT],
    ['journalctl', JOURNALCTL_SCRIPT],
  ])('%s passes shellcheck', (_name, script) => {
    const run = spawnSync('shellcheck', ['--shell=sh', '--severity=style', '--format=gcc', '-'], {
      input: script,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(`${run.stdout}${run.stderr}`).toBe('');
    expect(run.status).toBe(0);
  });
});
