import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ConfigEditError,
  type ConfigPatch,
  encodeConfigValue,
  mergeConfig,
  readConfigValues,
  removeConfigValue,
  setConfigValue,
  WSLCONFIG_KEYS,
} from '../../src/config/index.js';
import { fixture } from './helpers.js';

describe('setConfigValue', () => {
  it('updates a value in place and keeps comments, order and CRLF', () => {
    const text = fixture('docs-example.wslconfig');
    const result = setConfigValue(text, 'wsl2', 'memory', '4GB');
    expect(result.text).toBe(text.replace('memory=8GB', 'memory=4GB'));
    expect(result.changes).toEqual([{ section: 'wsl2', key: 'memory', action: 'updated', line: 5 }]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the spacing and trailing comment of the line it updates', () => {
    const text = '[wsl2]\n  Memory  =  4GB   # half the RAM\n';
    expect(setConfigValue(text, 'WSL2', 'memory', '6GB').text).toBe('[wsl2]\n  Memory  =  6GB   # half the RAM\n');
  });

  it('appends a new key after the last key of its section, before blank lines and the next section', () => {
    const text = '[wsl2]\nmemory=4GB\n# swap=0\n\n# Network\n[experimental]\nsparseVhd=false\n';
    const result = setConfigValue(text, 'wsl2', 'processors', 2);
    expect(result.text).toBe(
      '[wsl2]\nmemory=4GB\n# swap=0\nprocessors=2\n\n# Network\n[experimental]\nsparseVhd=false\n',
    );
    expect(result.changes[0]).toMatchObject({ action: 'added', line: 4 });
  });

  it('leaves comments that introduce the next section with that section', () => {
    const text = '[wsl2]\nmemory=4GB\n# experimental features\n[experimental]\n';
    expect(setConfigValue(text, 'wsl2', 'swap', 0).text).toBe(
      '[wsl2]\nmemory=4GB\nswap=0\n# experimental features\n[experimental]\n',
    );
  });

  it('follows the `key = value` style of the file', () => {
    expect(setConfigValue('[boot]\nsystemd = true\n', 'boot', 'command', 'echo hi', { kind: 'wslconf' }).text).toBe(
      '[boot]\nsystemd = true\ncommand = echo hi\n',
    );
  });

  it('creates a missing section at the end, separated by a blank line, in the file line ending', () => {
    const text = '[wsl2]\r\nmemory=4GB\r\n';
    expect(setConfigValue(text, 'experimental', 'autoMemoryReclaim', 'Gradual').text).toBe(
      '[wsl2]\r\nmemory=4GB\r\n\r\n[experimental]\r\nautoMemoryReclaim=Gradual\r\n',
    );
  });

  it('writes a new file with LF', () => {
    expect(setConfigValue('', 'boot', 'systemd', true).text).toBe('[boot]\nsystemd=true\n');
  });

  it('handles a last line without a line break', () => {
    expect(setConfigValue('[wsl2]\nmemory=4GB', 'wsl2', 'swap', 0).text).toBe('[wsl2]\nmemory=4GB\nswap=0');
    expect(setConfigValue('[wsl2]\nmemory=4GB', 'general', 'instanceIdleTimeout', -1).text).toBe(
      '[wsl2]\nmemory=4GB\n\n[general]\ninstanceIdleTimeout=-1\n',
    );
  });

  it('escapes values so WSL reads back exactly what was set', () => {
    const path = 'C:\\Users\\me\\kernel';
    const result = setConfigValue('[wsl2]\n', 'wsl2', 'kernel', path);
    expect(result.text).toBe('[wsl2]\nkernel=C:\\\\Users\\\\me\\\\kernel\n');
    expect(readConfigValues(result.text, 'wslconfig').value.values['wsl2.kernel']).toBe(path);
    expect(encodeConfigValue(' quiet # x ')).toBe('" quiet # x "');
    expect(encodeConfigValue('say "hi"\n')).toBe('say \\"hi\\"\\n');
  });

  it('fixes a line WSL rejected instead of adding a second one', () => {
    const text = '[wsl2]\nkernel = C:\\k\\bzImage # custom\n';
    expect(setConfigValue(text, 'wsl2', 'kernel', 'C:/k/bzImage').text).toBe(
      '[wsl2]\nkernel = C:/k/bzImage # custom\n',
    );
  });

  it('reports duplicates it leaves in place', () => {
    const result = setConfigValue('[wsl2]\nmemory=4GB\nmemory=8GB\n', 'wsl2', 'memory', '2GB');
    expect(result.text).toBe('[wsl2]\nmemory=2GB\nmemory=8GB\n');
    expect(result.warnings[0]).toContain('Line 3 also sets');
  });

  it('updates the spelling WSL reads first when the key has a legacy alias', () => {
    const result = setConfigValue('[experimental]\nnetworkingMode=NAT\n', 'wsl2', 'networkingMode', 'Mirrored');
    expect(result.text).toBe('[experimental]\nnetworkingMode=Mirrored\n');
    expect(result.warnings[0]).toContain('same setting');
  });

  it('does not rewrite a value that already reads the same', () => {
    const result = setConfigValue('[boot]\nsystemd = "true"\n', 'boot', 'systemd', true, { kind: 'wslconf' });
    expect(result.changed).toBe(false);
    expect(result.changes[0]?.action).toBe('unchanged');
  });

  it('warns when wsl.conf stops reading before the changed line', () => {
    const text = '[boot]\n; note\n[interop]\nenabled=true\n';
    const result = setConfigValue(text, 'interop', 'enabled', false, { kind: 'wslconf' });
    expect(result.text).toBe('[boot]\n; note\n[interop]\nenabled=false\n');
    expect(result.warnings[0]).toContain('invalid line 2');
  });

  it('never puts a key below a section header WSL rejects, whose name WSL keeps for the keys under it', () => {
    // configfile.cpp ParseConfigFile: `[general ]` leaves `general` in the key buffer, so a key appended at the end
    // of `[wsl2]`'s lines would be read as `gene.vmIdleTimeout`; `[wsl2 ]` below `[general]` files keys as `wsl2`.
    const keepAlive: ConfigPatch = { wsl2: { vmIdleTimeout: -1 }, general: { instanceIdleTimeout: -1 } };
    const afterBroken = mergeConfig('[wsl2]\r\nmemory=4GB\r\n[general ]\r\nfoo=1\r\n', keepAlive);
    expect(afterBroken.text).toBe(
      '[wsl2]\r\nmemory=4GB\r\nvmIdleTimeout=-1\r\n[general ]\r\nfoo=1\r\n\r\n[general]\r\ninstanceIdleTimeout=-1\r\n',
    );
    const shorter = mergeConfig('[general]\n# mine\n[wsl2 ]\nmemory=4GB\n', keepAlive, { kind: 'wslconfig' });
    expect(shorter.text).toBe(
      '[general]\ninstanceIdleTimeout=-1\n# mine\n[wsl2 ]\nmemory=4GB\n\n[wsl2]\nvmIdleTimeout=-1\n',
    );
    const bare = mergeConfig('[wsl2]\nswap=0\n[bad ]\n', keepAlive, { kind: 'wslconfig' });
    expect(bare.text).toBe('[wsl2]\nswap=0\nvmIdleTimeout=-1\n[bad ]\n\n[general]\ninstanceIdleTimeout=-1\n');
    for (const result of [afterBroken, shorter, bare]) {
      expect(readConfigValues(result.text, 'wslconfig').value.values).toMatchObject({
        'wsl2.vmIdleTimeout': -1,
        'general.instanceIdleTimeout': -1,
      });
      expect(result.warnings).toEqual([]);
    }
  });

  it('adds wsl.conf keys to their section before the line where WSL stops reading', () => {
    const result = setConfigValue('[boot]\nsystemd=true\n; note\n', 'boot', 'command', 'echo hi', { kind: 'wslconf' });
    expect(result.text).toBe('[boot]\nsystemd=true\ncommand=echo hi\n; note\n');
    expect(result.warnings).toEqual([]);
    expect(readConfigValues(result.text, 'wslconf').value.values['boot.command']).toBe('echo hi');
  });

  it('rejects names and values a config file cannot hold', () => {
    expect(() => setConfigValue('', 'wsl-2', 'memory', '1GB')).toThrow(ConfigEditError);
    expect(() => setConfigValue('', 'wsl2', 'page_reporting', true)).toThrow(/letters or digits/);
    expect(() => setConfigValue('', 'wsl2', 'processors', 1.5)).toThrow(/whole number/);
    expect(() => setConfigValue('', 'wsl2', 'kernelCommandLine', 'a\rb')).toThrow(ConfigEditError);
  });
});

describe('removeConfigValue', () => {
  it('removes every line of the key, including duplicates and legacy spellings', () => {
    const text = '[wsl2]\nnetworkingMode=NAT # default\nswap=0\n[experimental]\nnetworkingMode=mirrored\n';
    const result = removeConfigValue(text, 'wsl2', 'networkingMode');
    expect(result.text).toBe('[wsl2]\nswap=0\n[experimental]\n');
    expect(result.changes[0]).toMatchObject({ action: 'removed', line: 2 });
  });

  it('removes a continued value completely and keeps CRLF elsewhere', () => {
    const text = '[wsl2]\r\nkernelCommandLine = a \\\r\n b\r\nswap=0\r\n';
    expect(removeConfigValue(text, 'wsl2', 'kernelCommandLine').text).toBe('[wsl2]\r\nswap=0\r\n');
  });

  it('keeps a file without a final line break that way', () => {
    expect(removeConfigValue('[wsl2]\nswap=0\nmemory=1GB', 'wsl2', 'memory').text).toBe('[wsl2]\nswap=0');
  });

  it('is a no-op for a key that is not there', () => {
    const result = removeConfigValue('[wsl2]\n', 'wsl2', 'memory');
    expect(result).toMatchObject({ text: '[wsl2]\n', changed: false, changes: [{ action: 'unchanged' }] });
  });
});

describe('mergeConfig', () => {
  it('applies sets, adds and removals together and touches nothing else', () => {
    const text = fixture('docs-example.wslconfig');
    const patch: ConfigPatch = {
      wsl2: { memory: '4GB', guiApplications: false, debugConsole: null },
      experimental: { sparseVhd: null, autoMemoryReclaim: 'DropCache' },
      general: { instanceIdleTimeout: -1 },
    };
    const result = mergeConfig(text, patch);
    const expected = text
      .replace('memory=8GB', 'memory=4GB')
      .replace('debugConsole=true\r\n', 'guiApplications=false\r\n')
      .replace('autoMemoryReclaim=gradual\r\nsparseVhd=true\r\n', 'autoMemoryReclaim=DropCache\r\n')
      .concat('\r\n[general]\r\ninstanceIdleTimeout=-1\r\n');
    expect(result.text).toBe(expected);
    const values = readConfigValues(result.text, 'wslconfig').value.values;
    expect(values).toMatchObject({
      'wsl2.memory': 4 * 1024 ** 3,
      'wsl2.guiApplications': false,
      'wsl2.debugConsole': false,
      'experimental.autoMemoryReclaim': 'DropCache',
      'general.instanceIdleTimeout': -1,
    });
  });

  it('merging an empty patch is the identity', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(mergeConfig(text, {}).text).toBe(text);
        expect(mergeConfig(text, { wsl2: {} }).text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  // Files built from real keys with noise around them; patches of real keys with valid values.
  // Keys that other keys override (safe mode, virtio, debug console) or that WSL forces off are left out:
  // their effective value is not simply what the file says.
  const coupled = new Set(['safeMode', 'virtio', 'debugConsole', 'earlyBootLogging', 'virtio9p', 'sparseVhd']);
  const keys = WSLCONFIG_KEYS.filter(
    (k) => !k.obsolete && !k.aliasOf && !coupled.has(k.key) && (k.type === 'boolean' || k.type === 'integer'),
  );
  const valueFor = (type: string): fc.Arbitrary<boolean | number> =>
    type === 'boolean' ? fc.boolean() : fc.integer({ min: -1000, max: 100000 });
  const line = fc.oneof(
    fc.constantFrom('', '# comment', '; not a comment', '[wsl2]', '[experimental]', '[general]', 'junk line', '  '),
    // Headers WSL rejects after reading their name: the keys below are filed under that name (or lost).
    fc.constantFrom('[general ]', '[wsl2 ]', '[experimental] x', '[bad ]', '[ wsl2 ]'),
    fc.constantFrom(...keys).chain((k) => valueFor(k.type).map((v) => `${k.key} = ${String(v)}`)),
  );
  const fileText = fc
    .tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([lines, eol, final]) => lines.join(eol) + (final && lines.length > 0 ? eol : ''));
  const patchArb = fc
    .uniqueArray(fc.constantFrom(...keys), { maxLength: 6, selector: (k) => `${k.section}.${k.key}` })
    .chain((chosen) =>
      fc.tuple(...chosen.map((k) => fc.option(valueFor(k.type), { nil: null }).map((v) => [k, v] as const))),
    );

  it('removes every line of a duplicated key, the last one without a line break too', () => {
    const text = '[wsl2]\ndistributionStartTimeout = 0\ndistributionStartTimeout = 0';
    const result = mergeConfig(text, { wsl2: { distributionStartTimeout: null } }, { kind: 'wslconfig' });
    expect(result.text).toBe('[wsl2]\n');
  });

  it('merge then re-read gives the patched values; other settings keep theirs', () => {
    fc.assert(
      fc.property(fileText, patchArb, (text, entries) => {
        const patch: ConfigPatch = {};
        for (const [k, v] of entries) {
          const section = patch[k.section] ?? {};
          section[k.key] = v;
          patch[k.section] = section;
        }
        const before = readConfigValues(text, 'wslconfig').value;
        const result = mergeConfig(text, patch, { kind: 'wslconfig' });
        const after = readConfigValues(result.text, 'wslconfig').value;
        const patched = new Set<string>();
        for (const [k, v] of entries) {
          const id = `${k.section}.${k.key}`;
          patched.add(id);
          expect(after.values[id]).toEqual(v === null ? k.default : v);
        }
        for (const [id, value] of Object.entries(before.values)) {
          if (!patched.has(id)) expect(after.values[id]).toEqual(value);
        }
        // Lines that were not about patched keys survive in order.
        const untouched = (t: string) =>
          t.split(/\r?\n/).filter((l) => !entries.some(([k]) => new RegExp(`^${k.key} =`).test(l)) && l.trim() !== '');
        const kept = untouched(result.text);
        let i = 0;
        for (const l of untouched(text)) {
          while (i < kept.length && kept[i] !== l) i++;
          expect(i < kept.length, `line ${JSON.stringify(l)} lost`).toBe(true);
          i++;
        }
      }),
      { numRuns: 300 },
    );
  });
});
