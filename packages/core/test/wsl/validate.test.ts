import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  isValidDistroName,
  isValidLinuxUserName,
  validateDistroName,
  validateEnvName,
  validateLinuxPath,
  validateLinuxUserName,
  validateMemorySize,
  validatePackageName,
  validateWindowsPath,
  validateWslDirectory,
  validateWslVersion,
} from '../../src/wsl/commands.js';
import { inputErrorOf } from './input-error.js';

/** Hostile strings every name validator must refuse. */
const HOSTILE = [
  '; rm -rf /',
  '$(id)',
  '`id`',
  'a\nb',
  'a\rb',
  '"quoted"',
  "'single'",
  '-rf',
  'a b',
  'a|b',
  'a&b',
  'a>b',
];

describe('validateDistroName', () => {
  it.each([
    'Ubuntu',
    'Ubuntu-24.04',
    'docker-desktop',
    'openSUSE-Tumbleweed',
    'my_distro.2',
    '.hidden',
    'a',
    'x'.repeat(256),
  ])('accepts %s', (name) => {
    expect(validateDistroName(name)).toBe(name);
    expect(isValidDistroName(name)).toBe(true);
  });

  it.each([
    ...HOSTILE.map((value) => [value, value.startsWith('-') ? 'starts with "-"' : 'contains']),
    ['', 'is empty'],
    ['x'.repeat(257), 'is 257 characters long'],
    ['Ubuntu/../x', 'contains "/"'],
    ['C:\\x', 'contains ":", "\\\\"'],
    ['tab\there', 'contains a tab'],
    ['nul\0', 'contains a NUL byte'],
    ['bell\u0007', 'control character U+0007'],
    ['Üñí', 'contains "Ü"'],
    ['Legacy', 'reserved'],
    ['legacy', 'reserved'],
  ])('rejects %j (%s)', (value, problem) => {
    const error = inputErrorOf(() => validateDistroName(value));
    expect(error.input).toBe('distribution name');
    expect(error.message).toContain(problem);
    expect(error.message).toContain('Accepted: 1-256 letters, digits');
    expect(isValidDistroName(value)).toBe(false);
  });

  it('rejects values that are not text and names the input it was given', () => {
    expect(inputErrorOf(() => validateDistroName(42)).message).toContain('is not text');
    expect(inputErrorOf(() => validateDistroName(';', 'distro input')).input).toBe('distro input');
  });
});

describe('validateLinuxUserName', () => {
  it.each(['root', 'me', '_apt', 'build-user', 'user01', 'machine$', 'a'.repeat(32)])('accepts %s', (name) => {
    expect(validateLinuxUserName(name)).toBe(name);
    expect(isValidLinuxUserName(name)).toBe(true);
  });

  it.each([
    ...HOSTILE.map((value) => [value, value.startsWith('-') ? 'starts with "-"' : 'contains']),
    ['', 'is empty'],
    ['Admin', 'contains "A"'],
    ['1user', 'starts with a digit'],
    ['a'.repeat(33), 'is 33 characters long'],
    ['a$b', 'Accepted'],
    ['user.name', 'contains "."'],
  ])('rejects %j (%s)', (value, problem) => {
    const error = inputErrorOf(() => validateLinuxUserName(value));
    expect(error.input).toBe('Linux user name');
    expect(error.message).toContain(problem);
    expect(error.message).toContain('POSIX user name');
  });
});

describe('validatePackageName', () => {
  it.each([
    'git',
    'build-essential',
    'libstdc++6',
    'python3.12',
    'docker-ce=5:27.0.3-1~ubuntu.24.04~noble',
    'libc6:amd64',
    'g++',
    'Xorg',
  ])('accepts %s', (name) => {
    expect(validatePackageName(name)).toBe(name);
  });

  it.each([
    ...HOSTILE.map((value) => [value, value.startsWith('-') ? 'starts with "-"' : 'contains']),
    ['', 'is empty'],
    ['--allow-unauthenticated', 'starts with "-"'],
    ['pkg*', 'contains "*"'],
    ['../etc/passwd', 'contains "/"'],
    ['p'.repeat(201), 'is 201 characters long'],
  ])('rejects %j (%s)', (value, problem) => {
    const error = inputErrorOf(() => validatePackageName(value));
    expect(error.input).toBe('package name');
    expect(error.message).toContain(problem);
  });
});

describe('validateWindowsPath', () => {
  it.each([
    'C:\\WSL\\Ubuntu',
    'd:/wsl/disk',
    '\\\\server\\share\\dir',
    '\\\\?\\C:\\very\\long',
    'C:\\Program Files\\x',
    'C:\\a$b\\(1)',
  ])('accepts the absolute path %s', (value) => {
    expect(validateWindowsPath(value)).toBe(value);
  });

  it.each(['ubuntu.tar', 'dir\\file.vhdx'])('accepts the relative path %s when allowed', (value) => {
    expect(validateWindowsPath(value, 'file', { absolute: false })).toBe(value);
  });

  it.each([
    ['relative', 'ubuntu.tar', 'is not an absolute Windows path'],
    ['newline', 'C:\\a\nb', 'contains a line break'],
    ['CR', 'C:\\a\rb', 'contains a line break'],
    ['NUL', 'C:\\a\0b', 'contains a NUL byte'],
    ['double quote', 'C:\\a"b', 'contains "\\""'],
    ['pipe', 'C:\\a|b', 'contains "|"'],
    ['wildcard', 'C:\\*', 'contains "*"'],
    ['stream colon', 'C:\\a:b', 'contains ":" outside the drive letter'],
    ['empty', '', 'is empty'],
    ['option-like', '-rf', 'is not an absolute Windows path'],
  ])('rejects a path with %s', (_label, value, problem) => {
    expect(inputErrorOf(() => validateWindowsPath(value)).message).toContain(problem);
  });

  it('rejects a relative path that would be read as an option', () => {
    expect(inputErrorOf(() => validateWindowsPath('-rf', 'file', { absolute: false })).message).toContain(
      'starts with "-"',
    );
  });
});

describe('validateLinuxPath', () => {
  it.each(['/', '/home/me', '/tmp/$(id)', '/tmp/a b', "/tmp/it's"])('accepts %s (no shell ever sees it)', (value) => {
    expect(validateLinuxPath(value)).toBe(value);
  });

  it.each([
    ['relative', 'home/me', 'does not start with "/"'],
    ['newline', '/tmp/a\nb', 'contains a line break'],
    ['NUL', '/tmp/\0', 'contains a NUL byte'],
    ['escape', '/tmp/\u001b[31m', 'contains a control character'],
    ['too long', `/${'a'.repeat(4096)}`, 'PATH_MAX'],
  ])('rejects a path that is %s', (_label, value, problem) => {
    expect(inputErrorOf(() => validateLinuxPath(value)).message).toContain(problem);
  });

  it('accepts relative paths when asked, but never option-like ones', () => {
    expect(validateLinuxPath('src/app', 'path', { absolute: false })).toBe('src/app');
    expect(inputErrorOf(() => validateLinuxPath('-rf', 'path', { absolute: false })).message).toContain('"-"');
  });
});

describe('validateWslDirectory', () => {
  it.each(['~', '/home/me/src', 'C:\\src', 'c:/src', '\\\\wsl.localhost\\Ubuntu\\home'])('accepts %s', (value) => {
    expect(validateWslDirectory(value)).toBe(value);
  });

  it.each([
    ['relative', 'src', 'is not "~" or an absolute path'],
    ['home-relative', '~/src', 'is not "~" or an absolute path'],
    ['quote in a Linux path', '/tmp/"x"', 'double quote'],
    ['newline', '/tmp/a\nb', 'line break'],
    ['option-like', '-rf', 'is not "~" or an absolute path'],
    ['command substitution', '$(id)', 'is not "~" or an absolute path'],
  ])('rejects a %s directory', (_label, value, problem) => {
    const error = inputErrorOf(() => validateWslDirectory(value));
    expect(error.input).toBe('working directory');
    expect(error.message).toContain(problem);
  });
});

describe('small validators', () => {
  it.each([
    [1, 1],
    [2, 2],
    ['1', 1],
    ['2', 2],
  ] as const)('accepts WSL version %j', (value, version) => {
    expect(validateWslVersion(value)).toBe(version);
  });

  it.each([0, 3, '2.0', ' 2', 'two', null])('rejects WSL version %j', (value) => {
    expect(inputErrorOf(() => validateWslVersion(value)).message).toContain('Accepted: 1 or 2');
  });

  it.each(['256GB', '1024', '1T', '512MB', '10B', '4K'])('accepts size %s', (value) => {
    expect(validateMemorySize(value)).toBe(value);
  });

  it.each(['1.5GB', '256 GB', '256gb', 'GB', '-1G', '1PB', ''])('rejects size %j', (value) => {
    expect(inputErrorOf(() => validateMemorySize(value)).message).toContain('Accepted');
  });

  it.each(['PATH', 'MY_VAR', '_x1'])('accepts variable name %s', (value) => {
    expect(validateEnvName(value)).toBe(value);
  });

  it.each(['1X', 'A-B', 'A=B', 'A:B', 'A/p', ''])('rejects variable name %j', (value) => {
    expect(() => validateEnvName(value)).toThrow(InputError);
  });
});
