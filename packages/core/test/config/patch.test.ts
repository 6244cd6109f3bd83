import { describe, expect, it } from 'vitest';
import { detectConfigKind, mergeConfig, parseConfigPatch, readConfigValues } from '../../src/config/index.js';
import { fixture } from './helpers.js';

describe('parseConfigPatch', () => {
  it('turns a snippet into a patch with canonical names and unescaped values', () => {
    const parsed = parseConfigPatch(
      '[WSL2]\nMEMORY = 8GB\nkernel = C:\\\\k\\\\bzImage   # custom\n\n[experimental]\nautoMemoryReclaim = gradual\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.kind).toBe('wslconfig');
    expect(parsed.patch).toEqual({
      wsl2: { memory: '8GB', kernel: 'C:\\k\\bzImage' },
      experimental: { autoMemoryReclaim: 'gradual' },
    });
  });

  it('merges back to what the snippet said', () => {
    const { patch } = parseConfigPatch('[wsl2]\nkernel = C:\\\\k\\\\bzImage\nkernelCommandLine = " a # b "\n');
    const merged = mergeConfig(fixture('docs-example.wslconfig'), patch).text;
    const values = readConfigValues(merged, 'wslconfig').value.values;
    expect(values['wsl2.kernel']).toBe('C:\\k\\bzImage');
    expect(values['wsl2.kernelCommandLine']).toBe(' a # b ');
  });

  it('names the line of every problem', () => {
    const parsed = parseConfigPatch(
      ['[wsl2]', 'memory = 8gb', 'kernel = C:\\Users\\me', 'procesors = 4', 'memory = 4GB', '; note', 'swap 0'].join(
        '\n',
      ),
    );
    expect(parsed.errors.map((e) => [e.line, e.rule])).toEqual([
      [2, 'size-unit'],
      [3, 'invalid-escape'],
      [4, 'unknown-key'],
      [5, 'duplicate-key'],
      [6, 'semicolon-comment'],
      [7, 'missing-equals'],
    ]);
    expect(parsed.errors[2]!.message).toContain('Did you mean `processors`');
    expect(parsed.errors[3]!.message).toContain('a patch must set each key once');
  });

  it('checks against the file it is meant for', () => {
    const parsed = parseConfigPatch('[boot]\nsystemd = true\n', { kind: 'wslconfig' });
    expect(parsed.errors[0]).toMatchObject({ line: 1, rule: 'wrong-file' });
    const conf = parseConfigPatch('[boot]\nsystemd = true\ncommand = "service ssh start"\n');
    expect(conf).toMatchObject({
      kind: 'wslconf',
      errors: [],
      patch: { boot: { systemd: 'true', command: 'service ssh start' } },
    });
  });

  it('rejects an empty snippet and keeps warnings separate', () => {
    expect(parseConfigPatch('# nothing\n').errors[0]?.rule).toBe('empty-patch');
    const legacy = parseConfigPatch('[experimental]\nnetworkingMode = mirrored\n');
    expect(legacy.errors).toEqual([]);
    expect(legacy.warnings[0]?.rule).toBe('legacy-spelling');
  });
});

describe('detectConfigKind', () => {
  it.each([
    ['C:\\Users\\me\\.wslconfig', '', 'wslconfig'],
    ['/etc/wsl.conf', '[wsl2]\nmemory=1GB\n', 'wslconf'],
    ['\\\\wsl$\\Ubuntu\\etc\\wsl.conf', '', 'wslconf'],
    [undefined, fixture('everyday.wsl.conf'), 'wslconf'],
    [undefined, fixture('docs-example.wslconfig'), 'wslconfig'],
    [undefined, '[general]\nguiApplications = false\n', 'wslconf'],
    [undefined, '[general]\ninstanceIdleTimeout = -1\n', 'wslconfig'],
    [undefined, '', 'wslconfig'],
    ['config.ini', '[user]\ndefault = me\n', 'wslconf'],
  ] as const)('%s with content %j is %s', (name, text, kind) => {
    expect(detectConfigKind(text, name)).toBe(kind);
  });
});
