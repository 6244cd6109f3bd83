// Rules the setup-wsl2 action used to keep to itself, now in core: virtual service accounts, and builds that can
// never run WSL 2 (from the version text wsl.exe or Node report, with no process started).
import { describe, expect, it } from 'vitest';
import { cannotRunWsl2, detectServiceAccount, findDeadEnds, splitWindowsVersion } from '../../src/host/index.js';

describe('service accounts a runner can run as', () => {
  it.each([
    [{ USERDOMAIN: 'NT SERVICE', USERNAME: 'actions.runner.octo-org.win-01' }, 'VirtualAccount'],
    [{ USERPROFILE: 'C:\\Windows\\ServiceProfiles\\actions.runner.octo.win' }, 'VirtualAccount'],
    [{ USERPROFILE: 'c:/windows/serviceprofiles/MyRunner' }, 'VirtualAccount'],
    [{ USERPROFILE: 'C:\\Windows\\ServiceProfiles\\NetworkService' }, 'NetworkService'],
    [{ USERPROFILE: 'C:\\Windows\\system32\\config\\systemprofile' }, 'LocalSystem'],
    [{ USERNAME: 'BUILD01$' }, 'MachineAccount'],
    [{ USERNAME: 'runneradmin', USERDOMAIN: 'fv-az123', USERPROFILE: 'C:\\Users\\runneradmin' }, null],
    // A user whose folder merely sits below a folder called ServiceProfiles elsewhere is a user.
    [{ USERPROFILE: 'D:\\ServiceProfiles\\alice\\home' }, null],
  ])('%j → %s', (env, account) => expect(detectServiceAccount(env)).toBe(account));

  it('is a dead end the way the other service accounts are', () => {
    const ends = findDeadEnds({ USERDOMAIN: 'NT SERVICE', USERNAME: 'actions.runner.x' }, 'x64');
    expect(ends).toMatchObject([{ kind: 'service-account', account: 'VirtualAccount' }]);
  });
});

describe('Windows builds that can never run WSL 2', () => {
  it.each([
    ['10.0.26100.4652', { build: 26100, ubr: 4652 }],
    ['10.0.17763', { build: 17763, ubr: null }],
    [' 10.0.19045.6093\r\n', { build: 19045, ubr: 6093 }],
    ['6.8.0-45-generic', null],
    ['', null],
    [null, null],
    ['10.0.x', null],
  ])('splitWindowsVersion(%j) → %j', (text, expected) => expect(splitWindowsVersion(text)).toEqual(expected));

  it.each([
    [17763, null, true], // Windows Server 2019 / 1809
    [18363, 1000, true], // 1909 before the backport
    [18363, null, false], // 1909, revision unknown: might have the backport
    [18363, 1049, false],
    [19041, null, false],
    [26100, 4652, false],
    [null, null, false], // unknown: not a certain dead end
  ])('build %s revision %s → %s', (build, ubr, expected) => expect(cannotRunWsl2(build, ubr)).toBe(expected));
});
