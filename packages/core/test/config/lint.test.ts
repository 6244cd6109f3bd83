import { describe, expect, it } from 'vitest';
import {
  type ConfigKind,
  LINT_RULES,
  type LintOptions,
  type LintRule,
  lintConfig,
  lintWslConf,
  lintWslConfig,
  readConfigValues,
} from '../../src/config/index.js';
import { fixture } from './helpers.js';

interface Case {
  name: string;
  kind: ConfigKind;
  text: string | Uint8Array;
  rule: LintRule;
  line: number;
  severity: 'error' | 'warning' | 'info';
  /** Words the message must hold (the fix). */
  says: string[];
  suggestion?: string;
  options?: LintOptions;
}

const utf16 = (s: string) => Buffer.from(s, 'utf16le');

const CASES: Case[] = [
  {
    name: 'UTF-16 .wslconfig without BOM',
    kind: 'wslconfig',
    text: utf16('[wsl2]\r\nmemory=4GB\r\n'),
    rule: 'encoding',
    line: 1,
    severity: 'error',
    says: ['Save it as UTF-8'],
  },
  {
    name: 'UTF-16 wsl.conf',
    kind: 'wslconf',
    text: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('[boot]\nsystemd=true\n')]),
    rule: 'encoding',
    line: 1,
    severity: 'error',
    says: ['none of it applies', 'UTF-8'],
  },
  {
    name: 'BOM in wsl.conf',
    kind: 'wslconf',
    text: '\ufeff[boot]\nsystemd=true\n',
    rule: 'byte-order-mark',
    line: 1,
    severity: 'error',
    says: ['without BOM', '`systemd` (line 2)'],
  },
  {
    name: '; comment',
    kind: 'wslconfig',
    text: '[wsl2]\n; VM size\nmemory=4GB\n',
    rule: 'semicolon-comment',
    line: 2,
    severity: 'error',
    says: ['Replace `;` with `#`'],
    suggestion: '# VM size',
  },
  {
    name: 'key name with _',
    kind: 'wslconfig',
    text: '[wsl2]\nkernel_command_line = quiet\n',
    rule: 'invalid-key-name',
    line: 2,
    severity: 'error',
    says: ['`_`', 'Did you mean `kernelCommandLine`'],
    suggestion: 'kernelCommandLine = quiet',
  },
  {
    name: 'dotted key at top level',
    kind: 'wslconf',
    text: 'boot.systemd = true\n',
    rule: 'invalid-key-name',
    line: 1,
    severity: 'error',
    says: ['`systemd = true` under a `[boot]` header'],
    suggestion: '[boot]\nsystemd = true',
  },
  {
    name: 'line starting with a digit',
    kind: 'wslconfig',
    text: '[wsl2]\n2memory = 4GB\n',
    rule: 'invalid-key-name',
    line: 2,
    severity: 'error',
    says: ['must start with a letter'],
  },
  {
    name: 'missing =',
    kind: 'wslconfig',
    text: '[wsl2]\nmemory 4GB\n',
    rule: 'missing-equals',
    line: 2,
    severity: 'error',
    says: ['`key = value`'],
    suggestion: 'memory = 4GB',
  },
  {
    name: 'section with a space',
    kind: 'wslconf',
    text: '[boot]\nsystemd=true\n[auto mount]\nenabled=false\n',
    rule: 'invalid-section-header',
    line: 3,
    severity: 'error',
    says: ['stay in `[boot]`', '`boot.enabled`'],
  },
  {
    name: 'undoubled backslashes',
    kind: 'wslconfig',
    text: '[wsl2]\nkernel = C:\\Users\\me\\bzImage\n',
    rule: 'invalid-escape',
    line: 2,
    severity: 'error',
    says: ['`C:\\\\Users\\\\me\\\\bzImage`', '`C:/Users/me/bzImage`'],
    suggestion: 'kernel = C:\\\\Users\\\\me\\\\bzImage',
  },
  {
    // configfile.cpp ParseConfigFile: `\` + CR is skipped (`case '\r': break;`), so with CRLF the value ends at
    // the LF and the next physical line is parsed on its own.
    name: 'line continuation with CRLF in wsl.conf',
    kind: 'wslconf',
    text: '[boot]\r\ncommand = service ssh start \\\r\n  && true\r\n',
    rule: 'crlf-continuation',
    line: 2,
    severity: 'warning',
    says: ['`service ssh start `', 'line 3', 'LF line endings'],
  },
  {
    name: 'open quote',
    kind: 'wslconfig',
    text: '[wsl2]\nkernelCommandLine = "quiet\n',
    rule: 'unterminated-quote',
    line: 2,
    severity: 'error',
    says: ['closing `"`'],
  },
  {
    name: 'keys below the stop line',
    kind: 'wslconf',
    text: fixture('stops-early.wsl.conf'),
    rule: 'ignored-after-invalid-line',
    line: 5,
    severity: 'warning',
    says: ['Fix line 3'],
  },
  {
    name: 'key before any section',
    kind: 'wslconfig',
    text: 'memory = 4GB\n[wsl2]\n',
    rule: 'key-outside-section',
    line: 1,
    severity: 'error',
    says: ['`[wsl2]`'],
    suggestion: '[wsl2]',
  },
  {
    name: 'misspelt section',
    kind: 'wslconfig',
    text: '[wls2]\nmemory = 4GB\n',
    rule: 'unknown-section',
    line: 1,
    severity: 'error',
    says: ['Did you mean `[wsl2]`'],
    suggestion: '[wsl2]',
  },
  {
    name: 'misspelt key',
    kind: 'wslconfig',
    text: '[wsl2]\nprocesors = 4\n',
    rule: 'unknown-key',
    line: 2,
    severity: 'error',
    says: ['Did you mean `processors`'],
    suggestion: 'processors = 4',
  },
  {
    name: 'key in the wrong section',
    kind: 'wslconfig',
    text: '[wsl2]\nautoMemoryReclaim = gradual\n',
    rule: 'wrong-section',
    line: 2,
    severity: 'error',
    says: ['under `[experimental]`'],
  },
  {
    name: '[boot] in .wslconfig',
    kind: 'wslconfig',
    text: '[boot]\nsystemd = true\n',
    rule: 'wrong-file',
    line: 1,
    severity: 'error',
    says: ['/etc/wsl.conf'],
  },
  {
    name: '[wsl2] in wsl.conf',
    kind: 'wslconf',
    text: '[wsl2]\nmemory = 4GB\n',
    rule: 'wrong-file',
    line: 1,
    severity: 'error',
    says: ['.wslconfig'],
  },
  {
    name: 'systemd under [wsl2]',
    kind: 'wslconfig',
    text: '[wsl2]\nsystemd = true\n',
    rule: 'wrong-file',
    line: 2,
    severity: 'error',
    says: ['/etc/wsl.conf under `[boot]`'],
  },
  {
    name: 'pageReporting',
    kind: 'wslconfig',
    text: '[wsl2]\npageReporting = false\n',
    rule: 'obsolete-key',
    line: 2,
    severity: 'warning',
    says: ['no longer read', 'Remove the line'],
  },
  {
    name: 'crossDistro',
    kind: 'wslconf',
    text: '[automount]\ncrossDistro = true\n',
    rule: 'obsolete-key',
    line: 2,
    severity: 'warning',
    says: ['no longer read'],
  },
  {
    name: '[experimental] networkingMode',
    kind: 'wslconfig',
    text: '[experimental]\nnetworkingMode = mirrored\n',
    rule: 'legacy-spelling',
    line: 2,
    severity: 'info',
    says: ['`[wsl2]`'],
  },
  {
    name: 'yes as a boolean',
    kind: 'wslconf',
    text: '[interop]\nappendWindowsPath = no\n',
    rule: 'invalid-value',
    line: 2,
    severity: 'error',
    says: ['`true` or `false`', 'Write `appendWindowsPath = false`'],
    suggestion: 'appendWindowsPath = false',
  },
  {
    name: 'bad enum value',
    kind: 'wslconfig',
    text: '[wsl2]\nnetworkingMode = mirror\n',
    rule: 'invalid-value',
    line: 2,
    severity: 'error',
    says: ['`Mirrored`'],
    suggestion: 'networkingMode = Mirrored',
  },
  {
    name: 'bad MAC address',
    kind: 'wslconfig',
    text: '[wsl2]\nnetworkingMode = bridged\nvmSwitch = ext\nmacAddress = 00:15:5d:01:02\n',
    rule: 'invalid-value',
    line: 4,
    severity: 'error',
    says: ['does not start'],
  },
  {
    name: 'lower-case size unit',
    kind: 'wslconfig',
    text: '[wsl2]\nmemory = 8gb\n',
    rule: 'size-unit',
    line: 2,
    severity: 'error',
    says: ['upper-case', 'Write `memory = 8GB`'],
    suggestion: 'memory = 8GB',
  },
  {
    name: 'decimal size',
    kind: 'wslconfig',
    text: '[wsl2]\nswap = 1.5GB\n',
    rule: 'size-unit',
    line: 2,
    severity: 'error',
    says: ['`swap = 1536MB`'],
    suggestion: 'swap = 1536MB',
  },
  {
    name: 'leading zero integer',
    kind: 'wslconfig',
    text: '[wsl2]\nprocessors = 010\n',
    rule: 'octal-integer',
    line: 2,
    severity: 'info',
    says: ['octal (8)'],
  },
  {
    name: 'decimal umask',
    kind: 'wslconf',
    text: '[filesystem]\numask = 22\n',
    rule: 'octal-integer',
    line: 2,
    severity: 'warning',
    says: ['`umask = 022`'],
    suggestion: 'umask = 022',
  },
  {
    name: 'integer overflow',
    kind: 'wslconfig',
    text: '[wsl2]\nvmIdleTimeout = 99999999999\n',
    rule: 'integer-out-of-range',
    line: 2,
    severity: 'warning',
    says: ['2147483647'],
  },
  {
    name: 'bad port',
    kind: 'wslconfig',
    text: '[wsl2]\nnetworkingMode = mirrored\n[experimental]\nignoredPorts = 3000,http,70000\n',
    rule: 'invalid-list-item',
    line: 4,
    severity: 'warning',
    says: ['`http`, `70000`'],
  },
  {
    // WSL reads each item with std::stoi (WslCoreConfig.cpp, Config::ParseConfigFile, parseIgnoredPorts): the
    // leading number counts and the rest of the item is dropped, so a range keeps only its first port.
    name: 'port range keeps its first port',
    kind: 'wslconfig',
    text: '[wsl2]\nnetworkingMode = mirrored\n[experimental]\nignoredPorts = 3000-3010,8080\n',
    rule: 'invalid-list-item',
    line: 4,
    severity: 'warning',
    says: ['`3000-3010`', 'port 3000'],
  },
  {
    name: 'VirtioProxy',
    kind: 'wslconfig',
    text: '[wsl2]\nnetworkingMode = VirtioProxy\n',
    rule: 'renamed-value',
    line: 2,
    severity: 'info',
    says: ['Consomme', '2.9.0'],
  },
  {
    name: 'duplicate',
    kind: 'wslconfig',
    text: '[wsl2]\nmemory = 4GB\nswap = 0\nmemory = 8GB\n',
    rule: 'duplicate-key',
    line: 4,
    severity: 'warning',
    says: ['line 2', 'keeps the first value (`4GB`)'],
  },
  {
    name: 'duplicate across spellings',
    kind: 'wslconfig',
    text: '[wsl2]\nnetworkingMode = NAT\n[experimental]\nnetworkingMode = mirrored\n',
    rule: 'duplicate-key',
    line: 4,
    severity: 'warning',
    says: ['(as `wsl2.networkingMode`)', 'line 2'],
  },
  {
    name: 'accented user name in a path',
    kind: 'wslconfig',
    text: '[wsl2]\nswapFile = C:\\\\Users\\\\José\\\\swap.vhdx\n',
    rule: 'non-ascii',
    line: 2,
    severity: 'warning',
    says: ['corrupted'],
  },
  {
    name: 'relative kernel path',
    kind: 'wslconfig',
    text: '[wsl2]\nkernel = bzImage\n',
    rule: 'path-not-absolute',
    line: 2,
    severity: 'warning',
    says: ['absolute Windows path'],
  },
  {
    name: 'virtio9p',
    kind: 'wslconfig',
    text: '[wsl2]\nvirtio9p = true\n',
    rule: 'not-supported',
    line: 2,
    severity: 'warning',
    says: ['forces it off'],
  },
  {
    name: 'kernelModules without kernel',
    kind: 'wslconfig',
    text: '[wsl2]\nkernelModules = C:\\\\k\\\\modules.vhdx\n',
    rule: 'dependency',
    line: 2,
    severity: 'error',
    says: ['Add `kernel = '],
  },
  {
    name: 'Bridged without vmSwitch',
    kind: 'wslconfig',
    text: '[wsl2]\nnetworkingMode = Bridged\n',
    rule: 'dependency',
    line: 2,
    severity: 'error',
    says: ['vmSwitch'],
  },
  {
    name: 'cgroups v1 with isolateDistroCgroup',
    kind: 'wslconf',
    text: '[automount]\ncgroups = v1\n',
    rule: 'dependency',
    line: 2,
    severity: 'warning',
    says: ['isolateDistroCgroup = false'],
    options: { wslconfigText: '[wsl2]\nmemory=4GB\n' },
  },
  {
    name: 'systemd on WSL 1',
    kind: 'wslconf',
    text: '[boot]\nsystemd = true\n',
    rule: 'dependency',
    line: 2,
    severity: 'warning',
    says: ['wsl --set-version'],
    options: { distroVersion: 1 },
  },
  {
    name: 'processors above the host',
    kind: 'wslconfig',
    text: '[wsl2]\nprocessors = 64\n',
    rule: 'dependency',
    line: 2,
    severity: 'warning',
    says: ['`processors = 8`'],
    options: { hostProcessors: 8 },
  },
  {
    name: 'key newer than installed WSL',
    kind: 'wslconfig',
    text: '[experimental]\nswiotlb = 64MB\n',
    rule: 'requires-newer-wsl',
    line: 2,
    severity: 'warning',
    says: ['WSL 2.8.9', 'wsl --update'],
    options: { wslVersion: '2.5.10' },
  },
  {
    // WslCoreConfig.h NetworkingModes: releases before 2.9.0 know the mode only as VirtioProxy and reject Consomme.
    name: 'enum value newer than installed WSL',
    kind: 'wslconfig',
    text: '[wsl2]\nnetworkingMode = Consomme\n',
    rule: 'requires-newer-wsl',
    line: 2,
    severity: 'warning',
    says: ['2.9.0', '`VirtioProxy`'],
    options: { wslVersion: '2.8.12' },
  },
  {
    name: 'policy-controlled key',
    kind: 'wslconfig',
    text: '[wsl2]\nnestedVirtualization = true\n',
    rule: 'policy',
    line: 2,
    severity: 'info',
    says: ['policy'],
  },
  {
    name: 'safe mode',
    kind: 'wslconfig',
    text: '[wsl2]\nsafeMode = true\n',
    rule: 'safe-mode',
    line: 2,
    severity: 'warning',
    says: ['recovery mode'],
  },
];

describe('lint rules', () => {
  it.each(CASES.map((c) => [c.name, c]))('%s', (_, c) => {
    const { findings, kind } = lintConfig(c.text, c.kind, c.options);
    expect(kind).toBe(c.kind);
    const hit = findings.find((f) => f.rule === c.rule && f.line === c.line);
    expect(hit, JSON.stringify(findings, null, 1)).toBeDefined();
    expect(hit!.severity).toBe(c.severity);
    for (const words of c.says) expect(hit!.message).toContain(words);
    if (c.suggestion !== undefined) expect(hit!.suggestion).toBe(c.suggestion);
  });

  it('covers every rule with at least one case', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(LINT_RULES.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('finds nothing wrong in clean realistic files', () => {
    const everyday = lintWslConf(fixture('everyday.wsl.conf'));
    expect(everyday.findings).toEqual([]);
    const docs = lintWslConfig(fixture('docs-example.wslconfig'), { policyNotes: false });
    expect(docs.findings.map((f) => f.rule)).toEqual(['not-supported']);
  });

  it('lists the ignored keys at the line where wsl.conf reading stops', () => {
    const { findings } = lintWslConf(fixture('stops-early.wsl.conf'));
    expect(findings[0]).toMatchObject({ line: 3, rule: 'semicolon-comment', severity: 'error' });
    expect(findings[0]!.message).toContain('`network.generateResolvConf` (line 5), `interop.enabled` (line 7)');
    expect(findings.filter((f) => f.rule === 'ignored-after-invalid-line').map((f) => f.line)).toEqual([5, 7]);
  });

  it('reports each problem of a messy .wslconfig once, in line order', () => {
    const { findings } = lintWslConfig(fixture('broken.wslconfig'), { policyNotes: false });
    expect(findings.map((f) => [f.line, f.rule])).toEqual([
      [2, 'size-unit'],
      [3, 'invalid-value'],
      [4, 'invalid-escape'],
      [5, 'size-unit'],
      [6, 'invalid-value'],
      [7, 'invalid-key-name'],
      [8, 'unknown-key'],
      [9, 'duplicate-key'],
      [10, 'wrong-file'],
      [11, 'obsolete-key'],
      [14, 'legacy-spelling'],
      [15, 'invalid-value'],
      [16, 'dependency'],
      [18, 'wrong-file'],
    ]);
  });

  it('reads ignoredPorts items as std::stoi does: sign and blanks allowed, empty items dropped silently', () => {
    // WslCoreConfig.cpp (Config::ParseConfigFile, parseIgnoredPorts): shared string Split drops empty items and
    // std::stoi skips leading blanks and accepts a sign, so none of these lines makes WSL warn.
    const text = '[wsl2]\nnetworkingMode = mirrored\n[experimental]\nignoredPorts = +81,,  82,443\n';
    expect(lintWslConfig(text, { policyNotes: false }).findings).toEqual([]);
    const partial = lintWslConfig('[wsl2]\nnetworkingMode = mirrored\n[experimental]\nignoredPorts = 80abc, 0, x\n', {
      policyNotes: false,
    }).findings.filter((f) => f.rule === 'invalid-list-item');
    expect(partial.map((f) => f.message)).toEqual([
      expect.stringContaining('`0`, `x` are not ports'),
      expect.stringContaining('`80abc` as port 80'),
    ]);
  });

  it('reads the line after a `\\` + CRLF in wsl.conf as a line of its own, where WSL stops', () => {
    const { findings } = lintWslConf('[boot]\r\ncommand = service ssh start \\\r\n  && true\r\nsystemd = true\r\n');
    expect(findings.map((f) => [f.line, f.rule, f.severity])).toEqual([
      [2, 'crlf-continuation', 'warning'],
      [3, 'invalid-key-name', 'error'],
      [4, 'ignored-after-invalid-line', 'warning'],
    ]);
  });

  it('reads keys after a broken section header under what is left in the key buffer of WSL', () => {
    // configfile.cpp ParseConfigFile: a header that fails after its name was read leaves the name in `key`, and the
    // next key line does `key.resize(sectionLength)` (the last valid section's length) before appending `.name`.
    const cut = lintWslConfig('[wsl2]\nmemory = 4GB\n[general ]\nswap = 0\n', { policyNotes: false }).findings;
    expect(cut.map((f) => [f.line, f.rule])).toEqual([
      [3, 'invalid-section-header'],
      [4, 'unknown-key'],
    ]);
    expect(cut[0]!.message).toContain('`[gene]`');
    expect(cut[1]!.message).toContain('`gene.swap`');
    expect(
      readConfigValues('[wsl2]\nmemory = 4GB\n[general ]\nswap = 0\n', 'wslconfig').value.settings['wsl2.swap'],
    ).toMatchObject({ source: 'default' });
    // A shorter name is padded with NULs, so the lookup name ends at the section name: every key reads as `wsl2`.
    const bare = lintWslConfig('[general]\ninstanceIdleTimeout = 1\n[wsl2 ]\nmemory = 8GB\n', { policyNotes: false });
    expect(bare.findings.map((f) => [f.line, f.rule])).toEqual([
      [3, 'invalid-section-header'],
      [4, 'unknown-key'],
    ]);
    expect(bare.findings[1]!.message).toContain('as `wsl2`');
    // The same name as the last valid section: the keys still apply there.
    const same = lintWslConfig('[wsl2]\nmemory = 4GB\n[wsl2 ]\nswap = 0\n', { policyNotes: false }).findings;
    expect(same.map((f) => [f.line, f.rule])).toEqual([[3, 'invalid-section-header']]);
    expect(same[0]!.message).toContain('stay in `[wsl2]`');
  });

  it('says a trailing `; comment` is part of the value (configfile.cpp ends a value only at `#`)', () => {
    const bool = lintWslConfig('[wsl2]\nguiApplications = false ; no GUI\n').findings;
    expect(bool).toHaveLength(1);
    expect(bool[0]).toMatchObject({ line: 2, rule: 'invalid-value', severity: 'error' });
    expect(bool[0]!.message).toContain('only `#` starts a comment');
    // Text values take the comment in silently: the kernel gets `quiet ; silence`.
    const text = lintWslConfig('[wsl2]\nkernelCommandLine = quiet ; silence\n', { policyNotes: false }).findings;
    expect(text).toEqual([
      expect.objectContaining({
        line: 2,
        rule: 'semicolon-comment',
        severity: 'warning',
        suggestion: 'kernelCommandLine = quiet # silence',
      }),
    ]);
    // A shell command in wsl.conf may hold `;` on purpose, and so may a quoted value.
    expect(lintWslConf('[boot]\ncommand = service ssh start ; service cron start\n').findings).toEqual([]);
    expect(lintWslConf('[network]\nhostname = "a ;b"\n').findings).toEqual([]);
    // After the closing quote the comment is back in the value.
    const quoted = lintWslConf('[automount]\noptions = "metadata,uid=1000" ; mount options\n').findings;
    expect(quoted).toEqual([
      expect.objectContaining({
        rule: 'semicolon-comment',
        suggestion: 'options = "metadata,uid=1000" # mount options',
      }),
    ]);
  });

  it('flags a path whose single backslashes are all valid escapes, which WSL accepts and mangles', () => {
    // configfile.cpp ParseConfigFile turns `\\n`, `\\t`, `\\b` into control characters without a warning, so
    // `C:\\new\\bzImage` reaches WSL as `C:<newline>ew<backspace>zImage`.
    const { findings } = lintWslConfig('[wsl2]\nkernel = C:\\new\\bzImage\n', { policyNotes: false });
    expect(findings).toEqual([
      expect.objectContaining({
        line: 2,
        rule: 'invalid-value',
        severity: 'error',
        suggestion: 'kernel = C:\\\\new\\\\bzImage',
      }),
    ]);
    expect(findings[0]!.message).toContain('`\\n`');
  });

  it('skips rules that need facts it was not given', () => {
    const text = '[wsl2]\nprocessors = 64\n[experimental]\nswiotlb = 64MB\n';
    const rules = lintWslConfig(text).findings.map((f) => f.rule);
    expect(rules).not.toContain('dependency');
    expect(rules).not.toContain('requires-newer-wsl');
  });
});
