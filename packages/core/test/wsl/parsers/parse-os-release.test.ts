import { describe, expect, it } from 'vitest';
import { parseOsRelease, unquoteShellValue } from '../../../src/wsl/parsers/index.js';
import { fixtureBytes } from './fixture-files.js';

describe('parseOsRelease', () => {
  it('reads Ubuntu 24.04 (byte-exact fixture)', () => {
    const result = parseOsRelease(fixtureBytes('os-release-ubuntu-24.04.txt'));
    expect(result.recognized).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.value).toMatchObject({
      id: 'ubuntu',
      idLike: ['debian'],
      versionId: '24.04',
      prettyName: 'Ubuntu 24.04.2 LTS',
      name: 'Ubuntu',
      versionCodename: 'noble',
      family: 'debian',
    });
    expect(result.value.fields.HOME_URL).toBe('https://www.ubuntu.com/');
  });

  it.each([
    ['ID=fedora\nVERSION_ID=42\n', 'rhel'],
    ['ID="almalinux"\nID_LIKE="rhel centos fedora"\n', 'rhel'],
    ['ID="amzn"\nID_LIKE="centos rhel fedora"\n', 'rhel'],
    ['ID="ol"\nID_LIKE="fedora"\n', 'rhel'],
    ['ID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n', 'suse'],
    ['ID="sles"\nID_LIKE="suse"\n', 'suse'],
    ['ID=alpine\nVERSION_ID=3.22.0\n', 'alpine'],
    ['ID=arch\n', 'arch'],
    ['ID=kali\nID_LIKE=debian\n', 'debian'],
    ['ID=manjaro\nID_LIKE=arch\n', 'arch'],
    ['ID=nixos\n', 'other'],
    ['ID=azurelinux\n', 'other'],
  ])('derives the family of %j', (text, family) => {
    expect(parseOsRelease(text).value.family).toBe(family);
  });

  it('follows shell quoting: single, double, escapes, concatenation, comments', () => {
    const text = [
      '# comment line',
      '  # indented comment',
      `NAME='Single $HOME "kept"'`,
      'PRETTY_NAME="Double \\"quoted\\" \\$5 \\\\ back"',
      'VERSION=plain\\ word',
      `VERSION_CODENAME="a"'b'c`,
      'ID=Debian # trailing comment',
      'not an assignment',
      'export VARIANT_ID=wsl',
    ].join('\n');
    const result = parseOsRelease(text);
    expect(result.value.name).toBe('Single $HOME "kept"');
    expect(result.value.prettyName).toBe('Double "quoted" $5 \\ back');
    expect(result.value.fields.VERSION).toBe('plain word');
    expect(result.value.versionCodename).toBe('abc');
    expect(result.value.id).toBe('debian');
    expect(result.value.fields.VARIANT_ID).toBe('wsl');
  });

  it('skips a line with an open quote and warns', () => {
    const result = parseOsRelease('ID=ubuntu\nNAME="Ubuntu\n');
    expect(result.value.name).toBeNull();
    expect(result.warnings).toHaveLength(1);
    expect(unquoteShellValue("'open")).toBeNull();
  });

  it('defaults ID to linux and keeps hostile keys off the prototype', () => {
    const result = parseOsRelease('NAME=Thing\n__proto__=polluted\n');
    expect(result.value.id).toBe('linux');
    expect(Object.getPrototypeOf(result.value.fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.value.family).toBe('other');
  });

  it('is not recognized without identifying fields', () => {
    expect(parseOsRelease('cat: /etc/os-release: No such file or directory\n').recognized).toBe(false);
  });
});
