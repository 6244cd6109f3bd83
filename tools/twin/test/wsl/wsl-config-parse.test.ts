// How the twin reads .wslconfig and /etc/wsl.conf: exactly as WSL's one parser, microsoft/WSL@3e27a6a
// src/shared/configfile/configfile.cpp ParseConfigFile, with each caller's way of opening the file and its flags
// (tools/twin/README.md, rules 2, 9 and 38). First the pure reader, then what a file's shape changes in the twin's
// behaviour: where a distribution goes, when an instance stops, which user a command runs as.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeIsolation } from '../../src/wsl/distro-exec.js';
import { processAlive, shutdownAll } from '../../src/wsl/instances.js';
import type { TwinWsl } from '../../src/wsl/twin.js';
import { parseIniSettings, readIniText, wslConfBoolean } from '../../src/wsl/wsl-conf.js';
import { decodeWslConfigFile, parseConfigInteger, parseWslConfig } from '../../src/wsl/wslconfig.js';
import { makeTwin, ROOTFS, runWsl, until } from './helpers.js';

const wslconfig = (text: string) => Object.fromEntries(parseIniSettings(text, 'wslconfig'));
const wslconf = (text: string) => Object.fromEntries(parseIniSettings(text, 'wslconf'));

describe('the config reader (configfile.cpp ParseConfigFile)', () => {
  it('starts comments with # only: a ; is part of the value, a # inside quotes too', () => {
    const text = '[wsl2]\nkernelCommandLine = a ; b\nswap=0 # none\nmemory="4GB # quoted" # comment\n# [general]\n';
    for (const read of [wslconfig, wslconf]) {
      expect(read(text)).toEqual({
        'wsl2.kernelcommandline': 'a ; b',
        'wsl2.swap': '0',
        'wsl2.memory': '4GB # quoted',
      });
    }
    expect(wslconf('[user]\ndefault=dev;\n')).toEqual({ 'user.default': 'dev;' });
  });

  it('keeps the first occurrence of a key, names compared without case (ConfigKey::Parse, strcasecmp)', () => {
    const text = '[General]\ninstanceIdleTimeout=1\n[general]\nINSTANCEIDLETIMEOUT=2\n[WSL2]\nSwap=3\n[wsl2]\nswap=4\n';
    expect(wslconfig(text)).toEqual({ 'general.instanceidletimeout': '1', 'wsl2.swap': '3' });
    // The first value is kept even when WSL rejects it: the key keeps its default.
    expect(parseWslConfig('[general]\ninstanceIdleTimeout=soon\ninstanceIdleTimeout=500\n').instanceIdleTimeoutMs).toBe(
      15_000,
    );
    // A line WSL rejects (the quote is never closed) sets nothing, so a later line is the first occurrence.
    expect(wslconfig('[user]\ndefault="dev\ndefault=root\n')).toEqual({ 'user.default': 'root' });
  });

  it('unescapes \\\\, \\", \\b, \\n, \\t; any other escape rejects the line', () => {
    expect(wslconfig('[wsl2]\nkernel=C:\\\\k\\\\bzImage\nx=say \\"hi\\"\\t\\n\\b\n')).toEqual({
      'wsl2.kernel': 'C:\\k\\bzImage',
      'wsl2.x': 'say "hi"\t\n\b',
    });
    // `\w` is no escape: the whole line is rejected, .wslconfig reads on.
    const reading = readIniText('[general]\ndistributionInstallPath=D:\\wsl\ninstanceIdleTimeout=5\n', 'wslconfig');
    expect(Object.fromEntries(reading.settings)).toEqual({ 'general.instanceidletimeout': '5' });
    expect(reading).toMatchObject({ invalidLines: 1, stopped: false });
    // The single-backslash escapes WSL does know turn into control characters.
    expect(wslconfig('[wsl2]\nkernel=C:\\new\\bzImage\n')).toEqual({ 'wsl2.kernel': 'C:\new\bzImage' });
  });

  it('continues a value after \\ + LF (blanks of the next line kept); \\ + CRLF continues in .wslconfig only', () => {
    expect(wslconf('[wsl2]\nkernelCommandLine = a \\\n   b\n')).toEqual({ 'wsl2.kernelcommandline': 'a    b' });
    // .wslconfig is read in text mode: CRLF arrives as LF, so the backslash continues the value.
    expect(wslconfig('[wsl2]\r\nkernelCommandLine = a\\\r\nb\r\nswap=0\r\n')).toEqual({
      'wsl2.kernelcommandline': 'ab',
      'wsl2.swap': '0',
    });
    // wsl.conf is read as bytes: the CR after `\` is dropped and the LF ends the value; the next line stands alone
    // (here `b` is no key line: WSL stops reading).
    const reading = readIniText('[user]\r\ndefault = de\\\r\nv\r\n[boot]\r\nsystemd=true\r\n', 'wslconf');
    expect(Object.fromEntries(reading.settings)).toEqual({ 'user.default': 'de' });
    expect(reading).toMatchObject({ invalidLines: 1, stopped: true });
  });

  it('skips invalid lines in .wslconfig but stops at the first one in /etc/wsl.conf', () => {
    const text = '[user]\ndefault=dev\nthis is not a setting\n[boot]\nsystemd=true\n';
    expect(readIniText(text, 'wslconfig')).toMatchObject({ invalidLines: 1, stopped: false });
    expect(wslconfig(text)).toEqual({ 'user.default': 'dev', 'boot.systemd': 'true' });
    expect(readIniText(text, 'wslconf')).toMatchObject({ invalidLines: 1, stopped: true });
    expect(wslconf(text)).toEqual({ 'user.default': 'dev' });
    // Key names are a letter then letters and digits: `_`, `-` and `.` reject the line.
    for (const line of ['default_user=dev', 'boot-systemd=true', 'boot.systemd=true', '1st=x', 'default dev']) {
      expect(readIniText(`[user]\n${line}\n`, 'wslconf')).toMatchObject({ invalidLines: 1, stopped: true });
    }
  });

  it('rejects blanks inside a header and anything after it but a comment', () => {
    expect(readIniText('[ boot ]\nsystemd=true\n', 'wslconf')).toMatchObject({ stopped: true });
    expect(wslconf('[ boot ]\nsystemd=true\n')).toEqual({});
    expect(wslconf('[boot]\t# comment\nsystemd=true\n')).toEqual({ 'boot.systemd': 'true' });
    expect(wslconf('[boot] systemd=true\n')).toEqual({});
    expect(wslconf('[boot2]\nsystemd=true\n')).toEqual({ 'boot2.systemd': 'true' });
  });

  it("files the keys after a broken .wslconfig header under WSL's key buffer, as the source does", () => {
    // `[general ]` writes `general` into the buffer, cut to the last valid section's length (4): `gene.swap`.
    expect(wslconfig('[wsl2]\nswap=1\n[general ]\nswap=2\ninstanceIdleTimeout=5\n')).toEqual({
      'wsl2.swap': '1',
      'gene.swap': '2',
      'gene.instanceidletimeout': '5',
    });
    // A header broken before its name is read leaves the buffer alone: the keys stay in the last valid section.
    expect(wslconfig('[wsl2]\nmemory=1GB\n[ general ]\nswap=0\n')).toEqual({ 'wsl2.memory': '1GB', 'wsl2.swap': '0' });
    // A broken name shorter than the valid one is padded with NULs, which end the lookup name: a bare `ab`.
    expect(wslconfig('[general]\n[ab ]\ninstanceIdleTimeout=5\n')).toEqual({ ab: '5' });
    expect(parseWslConfig('[general]\n[ab ]\ninstanceIdleTimeout=5\n').instanceIdleTimeoutMs).toBe(15_000);
  });

  it('drops a BOM from .wslconfig only; wsl.conf reads it as a character and stops at once', () => {
    expect(wslconfig('\uFEFF[general]\r\ninstanceIdleTimeout=5\r\n')).toEqual({ 'general.instanceidletimeout': '5' });
    expect(readIniText('\uFEFF[user]\ndefault=dev\n', 'wslconf')).toMatchObject({ invalidLines: 1, stopped: true });
    expect(wslconf('\uFEFF[user]\ndefault=dev\n')).toEqual({});
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[general]\r\nswap=1\r\n', 'utf16le')]);
    expect(decodeWslConfigFile(utf16)).toBe('[general]\r\nswap=1\r\n');
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[wsl2]\nswap=1\n')]);
    expect(wslconfig(decodeWslConfigFile(utf8))).toEqual({ 'wsl2.swap': '1' });
  });

  it('removes quotes (keeping quoted blanks), trims blanks around = and at the end, keeps empty values', () => {
    expect(wslconf('[user]\n\tdefault \t=\t " dev "  \n')).toEqual({ 'user.default': ' dev ' });
    expect(wslconf('[network]\nhostname=a"b c"d\n')).toEqual({ 'network.hostname': 'ab cd' });
    expect(wslconf('[user]\ndefault=\n')).toEqual({ 'user.default': '' });
    expect(wslconf('[user]\r\ndefault=dev\r\n[boot]\r\nsystemd=true')).toEqual({
      'user.default': 'dev',
      'boot.systemd': 'true',
    });
    // An unclosed quote rejects the line.
    expect(readIniText('[user]\ndefault="dev\n', 'wslconf')).toMatchObject({ stopped: true });
  });

  it('looks a key before any section up by its bare name, which no setting has', () => {
    expect(wslconfig('instanceIdleTimeout=5\n[general]\n')).toEqual({ instanceidletimeout: '5' });
    expect(parseWslConfig('instanceIdleTimeout=5\n').instanceIdleTimeoutMs).toBe(15_000);
  });

  it('reads integers as strtol(value, &end, 0) and clamps an overflow to the 32-bit long of Windows', () => {
    expect(parseConfigInteger('0x10')).toBe(16);
    expect(parseConfigInteger('-0X10')).toBe(-16);
    expect(parseConfigInteger('010')).toBe(8);
    expect(parseConfigInteger('+7')).toBe(7);
    expect(parseConfigInteger(' \t7')).toBe(7); // strtol skips leading white space (a quoted value keeps it)
    for (const bad of ['', '7 ', '12ms', '08', '0x', '0xg', '1e3', '-', '1.5'])
      expect(parseConfigInteger(bad)).toBe(undefined);
    expect(parseConfigInteger('2147483647')).toBe(2147483647);
    expect(parseConfigInteger('99999999999')).toBe(2147483647);
    expect(parseConfigInteger('0xffffffffffff')).toBe(2147483647);
    expect(parseConfigInteger('-99999999999')).toBe(-2147483648);
    // Linux's 64-bit long keeps the number; the int range check then rejects it.
    expect(parseConfigInteger('99999999999', 'linux')).toBe(undefined);
    expect(parseConfigInteger('2147483648', 'linux')).toBe(undefined);
    expect(parseConfigInteger('-2147483648', 'linux')).toBe(-2147483648);
    const clamped = parseWslConfig('[wsl2]\nvmIdleTimeout=99999999999\n[general]\ninstanceIdleTimeout=-99999999999\n');
    expect(clamped).toMatchObject({ vmIdleTimeoutMs: 2147483647, instanceIdleTimeoutMs: -2147483648 });
  });

  it('reads booleans as true/false in any case or 1/0 (stringshared.h ParseBool)', () => {
    for (const yes of ['true', 'TRUE', 'True', '1']) expect(wslConfBoolean(yes, false)).toBe(true);
    for (const no of ['false', 'FALSE', '0']) expect(wslConfBoolean(no, true)).toBe(false);
    for (const other of ['yes', 't', 'on', '', ' true', '01']) {
      expect(wslConfBoolean(other, true)).toBe(true);
      expect(wslConfBoolean(other, false)).toBe(false);
    }
  });

  it('never throws, whatever the text', () => {
    const pieces = ['[', ']', 'a', '=', '"', '\\', '#', ';', ' ', '\t', '\r', '\n', '\uFEFF', '\0', 'é'];
    let seed = 7;
    for (let round = 0; round < 500; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      for (const kind of ['wslconfig', 'wslconf'] as const) expect(() => readIniText(text, kind)).not.toThrow();
    }
  });
});

const catalogue = { online: [{ name: 'Busy', friendlyName: 'BusyBox Linux', rootfs: ROOTFS }] };

function writeWslConfig(twin: TwinWsl, text: string): void {
  const profile = join(twin.state.mntRoot, 'c', 'Users', 'runneradmin');
  mkdirSync(profile, { recursive: true });
  writeFileSync(join(profile, '.wslconfig'), text);
}

describe('wsl.exe twin: where .wslconfig sends a distribution', () => {
  it('takes distributionInstallPath with its backslashes unescaped, and skips the line when an escape is unknown', async () => {
    const doubled = makeTwin(catalogue);
    writeWslConfig(doubled, '[general]\r\ndistributionInstallPath = "D:\\\\my wsl";old # moved\r\n');
    expect((await runWsl(doubled, ['--install', 'Busy', '--no-launch'])).code).toBe(0);
    // The quotes go, `\\` is one backslash, `;old` is part of the value and `# moved` a comment.
    expect(relative(doubled.state.mntRoot, doubled.state.distros[0]!.location!)).toMatch(
      /^d\/my wsl;old\/\{[0-9a-f-]{36}\}$/,
    );

    const single = makeTwin(catalogue);
    writeWslConfig(single, '[general]\r\ndistributionInstallPath=D:\\wsl\r\n');
    expect((await runWsl(single, ['--install', 'Busy', '--no-launch'])).code).toBe(0);
    expect(relative(single.state.mntRoot, single.state.distros[0]!.location!)).toMatch(
      /^c\/Users\/runneradmin\/AppData\/Local\/wsl\/\{[0-9a-f-]{36}\}$/,
    );

    // Text mode turns CRLF into LF, so `\` at a line's end continues the value on the next line.
    const continued = makeTwin(catalogue);
    writeWslConfig(continued, '[general]\r\ndistributionInstallPath=D:\\\\w\\\r\nsl\r\n');
    expect((await runWsl(continued, ['--install', 'Busy', '--no-launch'])).code).toBe(0);
    expect(relative(continued.state.mntRoot, continued.state.distros[0]!.location!)).toMatch(/^d\/wsl\/\{/);
  });
});

const isolation = probeIsolation();
const twinsToStop: TwinWsl[] = [];
afterAll(async () => {
  for (const twin of twinsToStop) await shutdownAll(twin.statePath);
});

async function importBusybox(twin: TwinWsl): Promise<string> {
  twinsToStop.push(twin);
  const location = join(twin.statePath, '..', 'distros', 'Busy');
  const run = await runWsl(twin, ['--import', 'Busy', location, ROOTFS, '--version', '2']);
  expect(run.code).toBe(0);
  return join(location, 'rootfs');
}

/** Wait for an event (a process's end) with a generous bound for a loaded machine. */
async function whoami(twin: TwinWsl): Promise<string> {
  const run = await runWsl(twin, ['whoami']);
  expect(run.stderr.toString()).toBe('');
  return run.stdout.toString();
}

describe
  .skipIf(!isolation.ok)
  .concurrent(
    isolation.ok
      ? 'wsl.exe twin: config shapes that change behaviour'
      : `wsl.exe twin: config shapes (skipped: ${isolation.reason})`,
    { timeout: 90_000 },
    () => {
      it('stops an instance by the first instanceIdleTimeout of .wslconfig, not a later one', async () => {
        const twin = makeTwin();
        await importBusybox(twin);
        writeWslConfig(twin, '[general]\r\ninstanceIdleTimeout=300\r\ninstanceIdleTimeout=-1\r\n');
        expect((await runWsl(twin, ['true'])).code).toBe(0);
        const instance = twin.state.distros[0]!.instance!;
        expect(instance.idleMs).toBe(300);
        await until('the instance to idle-terminate', () => !processAlive(instance.keeperPid));
      });

      it('clamps an overflowing .wslconfig integer as Windows strtol does, instead of falling back to the default', async () => {
        const twin = makeTwin();
        await importBusybox(twin);
        writeWslConfig(twin, '[general]\ninstanceIdleTimeout=-99999999999\n[wsl2]\nvmIdleTimeout=99999999999\n');
        expect((await runWsl(twin, ['true'])).code).toBe(0);
        // LONG_MIN: negative, so the instance is never idle-terminated (the default would stop it after 15 s).
        expect(twin.state.distros[0]!.instance!.idleMs).toBe(-2147483648);
        expect(twin.state.vm!.config.vmIdleTimeoutMs).toBe(2147483647);
      });

      it("runs commands as wsl.conf's [user] default only when WSL reads that exact name", async () => {
        const twin = makeTwin();
        const root = await importBusybox(twin);
        writeWslConfig(twin, '[general]\ninstanceIdleTimeout=-1\n');
        const boot = async (conf: string) => {
          writeFileSync(join(root, 'etc/wsl.conf'), conf);
          expect((await runWsl(twin, ['--terminate', 'Busy'])).code).toBe(0);
          return whoami(twin);
        };
        expect(await boot('[user]\r\ndefault = dev # the build user\r\n')).toBe('dev\n');
        expect(await boot('[user]\ndefault = "dev"\n')).toBe('dev\n');
        // `; …` is part of the value: no user has that name, so WSL falls back to the registered default (root).
        expect(await boot('[user]\ndefault = dev ; the build user\n')).toBe('root\n');
        // The first key wins.
        expect(await boot('[user]\ndefault=root\ndefault=dev\n')).toBe('root\n');
        // WSL stops at the first invalid line of wsl.conf: a broken header, a BOM, a key with `_`.
        expect(await boot('[ user ]\ndefault=dev\n')).toBe('root\n');
        expect(await boot('\uFEFF[user]\ndefault=dev\n')).toBe('root\n');
        expect(await boot('[boot]\ncommand_line=x\n[user]\ndefault=dev\n')).toBe('root\n');
        // `\` + CRLF ends the value at the LF in wsl.conf: `de`, no such user.
        expect(await boot('[user]\r\ndefault=de\\\r\nv\r\n')).toBe('root\n');
        // A registered default user is the fallback when wsl.conf names nobody.
        expect((await runWsl(twin, ['--manage', 'Busy', '--set-default-user', 'dev'])).code).toBe(0);
        expect(await boot('[user]\ndefault=ghost\n')).toBe('dev\n');
      });

      it('boots systemd only for a [boot] systemd value ParseBool accepts, and only when WSL reads that far', async () => {
        const twin = makeTwin();
        const root = await importBusybox(twin);
        writeWslConfig(twin, '[general]\ninstanceIdleTimeout=-1\n');
        const pid1 = async (conf: string) => {
          writeFileSync(join(root, 'etc/wsl.conf'), conf);
          expect((await runWsl(twin, ['--terminate', 'Busy'])).code).toBe(0);
          return (await runWsl(twin, ['cat', '/proc/1/comm'])).stdout.toString();
        };
        expect(await pid1('[BOOT]\nSystemD = "1" # on\n')).toBe('systemd\n');
        expect(await pid1('[boot]\nsystemd=true ; on\n')).toBe('init\n');
        expect(await pid1('[boot]\nsystemd=false\nsystemd=true\n')).toBe('init\n');
        expect(await pid1('[user]\ndefault=root\n[boot ]\n[boot]\nsystemd=true\n')).toBe('init\n');
      });
    },
  );
