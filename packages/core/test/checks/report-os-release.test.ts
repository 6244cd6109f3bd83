// The one mapping from parsed /etc/os-release facts to Report v1's distros[].osRelease (doctor and setup-wsl2).
import { describe, expect, it } from 'vitest';
import { parseOsRelease, reportOsRelease } from '../../src/index.js';

describe('reportOsRelease', () => {
  it('joins ID_LIKE back into one value and keeps the fields the file sets', () => {
    const os = parseOsRelease(
      'ID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\nVERSION_CODENAME=noble\nPRETTY_NAME="Ubuntu 24.04.2 LTS"\n',
    ).value;
    expect(reportOsRelease(os)).toEqual({
      id: 'ubuntu',
      idLike: 'debian',
      versionId: '24.04',
      versionCodename: 'noble',
      prettyName: 'Ubuntu 24.04.2 LTS',
    });
    expect(reportOsRelease(parseOsRelease('ID=opensuse-tumbleweed\nID_LIKE="opensuse suse"\n').value)).toEqual({
      id: 'opensuse-tumbleweed',
      idLike: 'opensuse suse',
    });
  });

  it('leaves out what the file does not set instead of writing it empty', () => {
    expect(reportOsRelease(parseOsRelease('ID=alpine\n').value)).toEqual({ id: 'alpine' });
  });
});
