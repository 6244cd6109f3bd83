import { posix, win32 } from 'node:path';
import { automountRootOf, compareVersions } from '@wsl-ready/core';
import { describe, expect, test } from 'vitest';
import { catalogueArch, findCatalogueFile, loadCatalogue, pinnedWslPackage } from '../src/catalogue/index.js';
import { parseInputs } from '../src/inputs.js';
import { cacheKey, installRootFor, planInstall, planPlatform } from '../src/plan.js';
import { parseProbe } from '../src/provision.js';
import { forwardedVariables, scriptPathFrom, stepInvocation } from '../src/shell/step.js';
import { cmdWrapperText, environmentBaseline, type StepConfig } from '../src/shell/wrapper.js';

const inputs = (values: Record<string, string> = {}) => parseInputs((name) => values[name] ?? '');

describe('catalogue', () => {
  test('every built-in file has an https URL and a SHA-256; names resolve case-insensitively and by alias', () => {
    const catalogue = loadCatalogue({});
    expect(catalogue.distributions.length).toBeGreaterThan(5);
    for (const entry of catalogue.distributions) {
      for (const file of Object.values(entry.arch)) {
        expect(file.url).toMatch(/^https:\/\//);
        expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
      }
    }
    expect(findCatalogueFile(catalogue, 'ubuntu-24.04', 'x64')?.file.sha256).toBe(
      '9b2f7730dc68227dd04a9f3e5eab86ad85caf556b8606ad94f1f29ff5c4fd3f5',
    );
    // `Ubuntu` is what `wsl --install Ubuntu` installs: Microsoft's manifest makes it the newest LTS (26.04), not 24.04.
    expect(findCatalogueFile(catalogue, 'Ubuntu', 'x64')?.file.url).toBe(
      'https://releases.ubuntu.com/26.04/ubuntu-26.04-wsl-amd64.wsl',
    );
    expect(findCatalogueFile(catalogue, 'Ubuntu-22.04', 'arm64')?.file.sha256).toBe(
      '3e2d77b92cf9dad1095eaebcad96feba2781007f5f52431cd4fe6fff63b201e5',
    );
    // Names are unique across entries and aliases, so a name never means two images.
    const names = catalogue.distributions.flatMap((entry) =>
      [entry.name, ...entry.aliases].map((n) => n.toLowerCase()),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(findCatalogueFile(catalogue, 'archlinux', 'arm64')).toBeUndefined();
    expect(findCatalogueFile(catalogue, 'NotADistro', 'x64')).toBeUndefined();
    expect(pinnedWslPackage('x64')?.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(catalogueArch('X64')).toBe('x64');
    expect(catalogueArch('ARM64')).toBe('arm64');
  });
});

describe('planPlatform', () => {
  const base = { version: null, needsInstallCommand: false, msiVersion: '2.7.11.0', canRunMsi: true };
  test('inbox WSL with WSL 2 installs the pinned MSI first, then falls back to --update --web-download', () => {
    expect(planPlatform({ ...base, kind: 'inbox', inputs: { wslVersion: 2 } })).toMatchObject({
      action: 'update',
      strategies: ['msi', 'web-update'],
    });
    expect(planPlatform({ ...base, kind: 'inbox', canRunMsi: false, inputs: { wslVersion: 2 } })).toMatchObject({
      strategies: ['web-update'],
    });
  });
  test('inbox WSL 1 with a pinned image needs nothing; the online list needs the package', () => {
    expect(planPlatform({ ...base, kind: 'inbox', inputs: { wslVersion: 1 } })).toEqual({ action: 'none' });
    expect(planPlatform({ ...base, kind: 'inbox', needsInstallCommand: true, inputs: { wslVersion: 1 } }).action).toBe(
      'update',
    );
  });
  test('wsl-min-version updates only when below it, and skips an MSI that is too old', () => {
    const store = { ...base, kind: 'store' as const, version: '2.4.13.0' };
    expect(planPlatform({ ...store, inputs: { wslVersion: 2, wslMinVersion: '2.4.4' } })).toEqual({ action: 'none' });
    expect(planPlatform({ ...store, inputs: { wslVersion: 2, wslMinVersion: '2.5' } })).toMatchObject({
      strategies: ['msi', 'web-update'],
    });
    expect(planPlatform({ ...store, inputs: { wslVersion: 2, wslMinVersion: '2.9' } })).toMatchObject({
      strategies: ['web-update'],
    });
    expect(compareVersions('2.10.0', '2.9.4')).toBe(1);
  });

  test("versions are compared by the core's one rule: a `-1` suffix is one more part, not ignored", () => {
    expect(compareVersions('2.5.10-1', '2.5.10')).toBe(1);
    expect(compareVersions('2.5.10', '2.5.10-1')).toBe(-1);
    expect(compareVersions('2.5.10.0', '2.5.10')).toBe(0);
    const store = { kind: 'store' as const, needsInstallCommand: false, msiVersion: undefined, canRunMsi: false };
    const wants = (version: string, min: string) =>
      planPlatform({ ...store, version, inputs: { wslVersion: 2, wslMinVersion: min } }).action;
    expect(wants('2.5.10-1', '2.5.10.1')).toBe('none');
    expect(wants('2.5.10', '2.5.10.1')).toBe('update');
  });
});

describe('planInstall', () => {
  const common = { installLocation: 'C:\\wsl\\Ubuntu-24.04', downloadFile: 'C:\\t\\u.download' };
  test('a catalogue entry is downloaded with its mirrors and imported with the WSL version', () => {
    const catalogue = loadCatalogue({});
    const plan = planInstall({
      ...common,
      inputs: inputs(),
      alreadyInstalled: false,
      catalogueFile: findCatalogueFile(catalogue, 'Ubuntu-24.04', 'x64')!.file,
    });
    expect(plan).toMatchObject({
      method: 'import',
      urls: [expect.stringMatching(/releases\.ubuntu/), expect.stringMatching(/old-releases/)],
    });
    expect(plan.method === 'import' && plan.args).toEqual([
      '--import',
      'Ubuntu-24.04',
      'C:\\wsl\\Ubuntu-24.04',
      'C:\\t\\u.download',
      '--version',
      '2',
    ]);
  });
  test('a cache hit imports the cached tar; other names use wsl --install --web-download --no-launch', () => {
    expect(
      planInstall({
        ...common,
        inputs: inputs({ 'wsl-version': '1' }),
        alreadyInstalled: false,
        cacheFile: 'C:\\t\\c.tar',
      }),
    ).toEqual({
      method: 'cache',
      args: ['--import', 'Ubuntu-24.04', 'C:\\wsl\\Ubuntu-24.04', 'C:\\t\\c.tar', '--version', '1'],
    });
    expect(
      planInstall({ ...common, inputs: inputs({ distribution: 'OracleLinux_9_1' }), alreadyInstalled: false }),
    ).toEqual({
      method: 'web-install',
      args: ['--install', '--distribution', 'OracleLinux_9_1', '--no-launch', '--web-download', '--version', '2'],
    });
    expect(planInstall({ ...common, inputs: inputs(), alreadyInstalled: true })).toEqual({ method: 'existing' });
  });
});

describe('cacheKey', () => {
  const base = { arch: 'x64', imageFile: 'abc', wslPackage: '2.7.11.0', imageOs: 'win25', imageVersion: '20251201.1' };
  test('changes with everything that shapes the distro, not with the order of packages', () => {
    const key = (values: Record<string, string>) => cacheKey({ ...base, inputs: inputs(values) });
    expect(key({ packages: 'git curl' })).toBe(key({ packages: 'curl git' }));
    expect(key({ packages: 'git' })).not.toBe(key({ packages: 'git curl' }));
    expect(key({})).not.toBe(key({ user: 'dev' }));
    expect(key({})).not.toBe(key({ 'wsl-conf': '[boot]\nsystemd=true' }));
    expect(key({})).toMatch(/^wsl-ready-distro-ubuntu-24\.04-x64-wsl2-[0-9a-f]{32}$/);
    expect(key({ 'wsl-version': '1' })).toMatch(/^wsl-ready-distro-ubuntu-24\.04-x64-wsl1-[0-9a-f]{32}$/);
  });
  test('matrix cells never share an export: WSL version, WSL package, runner image and architecture are in it', () => {
    const one = cacheKey({ ...base, inputs: inputs({}) });
    const variants = [
      cacheKey({ ...base, inputs: inputs({ 'wsl-version': '1' }) }),
      cacheKey({ ...base, inputs: inputs({}), wslPackage: '2.6.1.0' }),
      cacheKey({ ...base, inputs: inputs({}), wslPackage: 'inbox' }),
      cacheKey({ ...base, inputs: inputs({}), imageOs: 'win22' }),
      cacheKey({ ...base, inputs: inputs({}), imageVersion: '20251208.2' }),
      cacheKey({ ...base, inputs: inputs({}), imageOs: undefined, imageVersion: undefined }),
      cacheKey({ ...base, inputs: inputs({}), arch: 'arm64' }),
    ];
    expect(new Set([one, ...variants]).size).toBe(variants.length + 1);
    expect(cacheKey({ ...base, inputs: inputs({}) })).toBe(one);
  });
});

describe('parseProbe', () => {
  test('reads each section and keeps wsl.conf bytes', () => {
    const out = [
      '',
      '@@wsl-ready@@ os-release',
      'ID=ubuntu\r',
      'VERSION_ID="24.04"\r',
      'PRETTY_NAME="Ubuntu 24.04.2 LTS"\r',
      '@@wsl-ready@@ wsl.conf',
      // CRLF inside wsl.conf is the file's own (a `\` before it ends the value for WSL): kept as it is.
      '\n# keep me\r',
      '[boot]\r',
      'command = echo a\\\r',
      'systemd=true\r',
      '',
      '@@wsl-ready@@ bash',
      '/usr/bin/bash',
      '@@wsl-ready@@ user',
      '',
      '@@wsl-ready@@ kernel',
      '6.6.87.2-microsoft-standard-WSL2',
      '@@wsl-ready@@ ip',
      '172.20.1.5',
      '@@wsl-ready@@ manager',
      'apt-get',
      '@@wsl-ready@@ end',
    ].join('\n');
    expect(parseProbe(out)).toMatchObject({
      wslConf: '\n# keep me\r\n[boot]\r\ncommand = echo a\\\r\nsystemd=true\r\n',
      bash: '/usr/bin/bash',
      userExists: false,
      kernelRelease: '6.6.87.2-microsoft-standard-WSL2',
      wslGeneration: 2,
      ip: '172.20.1.5',
      packageManager: 'apt-get',
      osRelease: { id: 'ubuntu', family: 'debian' },
    });
    expect(parseProbe('garbage')).toMatchObject({ bash: null, ip: null, osRelease: null });
  });
});

describe('wsl-bash step invocation', () => {
  const config: StepConfig = {
    wsl: 'C:\\Windows\\System32\\wsl.exe',
    distribution: 'Ubuntu-24.04',
    user: 'dev',
    shell: ['/usr/bin/bash', '--noprofile', '--norc', '-euo', 'pipefail'],
    automountRoot: '/mnt/',
    envPassthrough: true,
    baseline: environmentBaseline({ JAVA_HOME: 'C:\\jdk', Path: 'C:\\Windows', CHANGED: 'old' }),
  };
  test('one wsl.exe call: distro, user, translated cwd and script, bash flags', () => {
    const { args } = stepInvocation(config, 'D:\\a\\_temp\\1f2e.sh', 'D:\\a\\repo\\repo', {});
    expect(args).toEqual([
      '--distribution',
      'Ubuntu-24.04',
      '--user',
      'dev',
      '--cd',
      '/mnt/d/a/repo/repo',
      '--exec',
      '/usr/bin/bash',
      '--noprofile',
      '--norc',
      '-euo',
      'pipefail',
      '/mnt/d/a/_temp/1f2e.sh',
    ]);
  });
  test('forwards GitHub variables (paths translated) and what changed since setup, never Windows system variables', () => {
    const env = {
      JAVA_HOME: 'C:\\jdk',
      Path: 'C:\\Windows;C:\\tools',
      CHANGED: 'new',
      STEP_VALUE: 'hello world',
      GITHUB_OUTPUT: 'D:\\a\\_temp\\_runner_file_commands\\set_output_1',
      GITHUB_SHA: 'abc',
      WSLENV: 'EXISTING/p',
    };
    const forwarded = forwardedVariables(env, config, {
      toLinux: (p) => (p.startsWith('D:\\') ? `/mnt/d/${p.slice(3).replace(/\\/g, '/')}` : undefined),
    });
    expect(forwarded).toEqual({
      CHANGED: 'new',
      STEP_VALUE: 'hello world',
      GITHUB_OUTPUT: '/mnt/d/a/_temp/_runner_file_commands/set_output_1',
      GITHUB_SHA: 'abc',
    });
    const { env: childEnv } = stepInvocation(config, 'D:\\a\\_temp\\s.sh', 'D:\\a', env);
    expect(childEnv.WSLENV?.split(':')).toEqual(['EXISTING/p', 'CHANGED', 'STEP_VALUE', 'GITHUB_OUTPUT', 'GITHUB_SHA']);
    expect(forwardedVariables(env, { ...config, envPassthrough: false }, { toLinux: () => undefined })).toEqual({});
  });
});

describe('wsl-bash on real runner paths', () => {
  test("the script path comes back whole: cmd's raw %* first (every space kept), else the words joined; quotes go", () => {
    const path = 'C:\\actions  runner\\_work\\_temp\\Jürgen\\7f3c2a90';
    // The runner's unquoted {0}: the .cmd keeps the raw text, even two spaces in a row.
    expect(scriptPathFrom(['C:\\actions', 'runner\\_work\\_temp\\Jürgen\\7f3c2a90'], path)).toBe(path);
    expect(scriptPathFrom(['D:\\a\\_temp\\x'], `"D:\\a\\_temp\\x" `)).toBe('D:\\a\\_temp\\x');
    expect(scriptPathFrom(['/runner dir/temp/x'])).toBe('/runner dir/temp/x');
    expect(scriptPathFrom(['/runner', 'dir/temp/x'])).toBe('/runner dir/temp/x');
    expect(scriptPathFrom([], '  ')).toBeUndefined();
    expect(scriptPathFrom([])).toBeUndefined();
  });
  test('the .cmd wrapper: CRLF, delayed expansion off, raw %* kept, only the node path literal, own files by %~dp0', () => {
    const text = cmdWrapperText('C:\\Users\\Jürgen\\node.exe', ['%~dp0wsl-bash.mjs'], 'wsl-bash-Ubuntu-24.04.json');
    expect(text.split('\r\n')).toEqual([
      '@setlocal DisableDelayedExpansion',
      '@set "WSL_READY_STEP_ARGS=%*"',
      '@"C:\\Users\\Jürgen\\node.exe" "%~dp0wsl-bash.mjs" "%~dp0wsl-bash-Ubuntu-24.04.json"',
      '@exit /b %ERRORLEVEL%',
      '',
    ]);
    // Nothing but the node path may carry non-ASCII text.
    expect(text.replace('C:\\Users\\Jürgen\\node.exe', '')).toMatch(/^[\x00-\x7f]*$/);
  });
});

describe('where disks go', () => {
  test('the work drive beside RUNNER_TEMP by default, the input when given, %LOCALAPPDATA% outside Actions', () => {
    expect(
      installRootFor(
        { RUNNER_TEMP: 'D:\\a\\_temp', LOCALAPPDATA: 'C:\\Users\\r\\AppData\\Local' },
        'Ubuntu-24.04',
        undefined,
        win32,
      ),
    ).toBe('D:\\a\\_wsl\\Ubuntu-24.04');
    expect(installRootFor({ RUNNER_TEMP: 'D:\\a\\_temp' }, 'Debian', 'E:\\disks', win32)).toBe('E:\\disks\\Debian');
    expect(installRootFor({ LOCALAPPDATA: 'C:\\Users\\r\\AppData\\Local' }, 'Debian', undefined, win32)).toBe(
      'C:\\Users\\r\\AppData\\Local\\wsl-ready\\distros\\Debian',
    );
    expect(installRootFor({ RUNNER_TEMP: '/mnt/c/runner/temp' }, 'Twin', undefined, posix)).toBe(
      '/mnt/c/runner/_wsl/Twin',
    );
    expect(() => inputs({ 'install-location': 'relative\\dir' })).toThrow(/install-location/);
    expect(inputs({ 'install-location': 'E:\\disks' }).installLocation).toBe('E:\\disks');
  });
  test('the web install takes --location where WSL understands it (2.4.4+)', () => {
    const base = {
      inputs: inputs({ distribution: 'kali-linux' }),
      alreadyInstalled: false,
      installLocation: 'D:\\a\\_wsl\\kali-linux',
      downloadFile: 'D:\\t\\k',
    };
    expect(planInstall({ ...base, installLocationFlag: true })).toMatchObject({
      method: 'web-install',
      args: expect.arrayContaining(['--location', 'D:\\a\\_wsl\\kali-linux']),
    });
    const without = planInstall(base);
    expect(without.method).toBe('web-install');
    expect('args' in without ? without.args : []).not.toContain('--location');
  });
});

describe('where the drives are mounted (wsl-bash path translation)', () => {
  test('takes [automount] root as WSL reads /etc/wsl.conf: first occurrence, nothing after an invalid line', () => {
    expect(automountRootOf('')).toBe('/mnt/');
    expect(automountRootOf('[automount]\r\nroot = /win\r\n')).toBe('/win/');
    // WslDistributionConfig adds the missing `/`, even to an empty value: the drives are then /c, /d.
    expect(automountRootOf('[automount]\nroot=\n')).toBe('/');
    expect(automountRootOf('[automount]\nroot=/a/\nroot=/b/\n')).toBe('/a/');
    // init stops reading wsl.conf at its first invalid line (a `_` in a key, a BOM): the default stays.
    expect(automountRootOf('[boot]\ncommand_line=x\n[automount]\nroot=/win/\n')).toBe('/mnt/');
    expect(automountRootOf('\uFEFF[automount]\nroot=/win/\n')).toBe('/mnt/');
  });
});
