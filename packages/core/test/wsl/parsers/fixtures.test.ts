import { describe, expect, it } from 'vitest';
import {
  encodeLikeWslExe,
  renderError,
  renderList,
  renderListOnline,
  renderListQuiet,
  renderListVerbose,
  renderNoDistros,
  renderStatus,
  renderVersion,
} from '../render/wsl-render.js';
import { fixtureBytes, isUtf16LeCrlf } from './fixture-files.js';

// The hand-made fixtures follow the exact layouts of the reference; the renderer must produce the same bytes,
// so the generated 22-locale outputs used elsewhere are laid out like the real ones.
describe('byte-exact wsl.exe fixtures', () => {
  const wslExeFixtures = [
    'version-en-US.txt',
    'version-inbox-en-US.txt',
    'list-verbose-en-US.txt',
    'list-en-US.txt',
    'list-quiet.txt',
    'list-online-en-US.txt',
    'status-en-US.txt',
    'status-inbox-en-US.txt',
    'no-distros-en-US.txt',
    'error-distro-not-found-en-US.txt',
  ];

  it.each(wslExeFixtures)('%s is UTF-16LE without BOM, CRLF', (name) => {
    expect(isUtf16LeCrlf(fixtureBytes(name))).toBe(true);
  });

  it('the renderer reproduces the hand-made English layouts byte for byte', () => {
    expect(
      encodeLikeWslExe(
        renderVersion('en-US', {
          wslVersion: '2.5.10.0',
          kernelVersion: '6.6.87.2-1',
          wslgVersion: '1.0.66',
          msrdcVersion: '1.2.6074',
          direct3dVersion: '1.611.1-81528511',
          dxcoreVersion: '10.0.26100.1-240331-1435.ge-release',
          windowsVersion: '10.0.26100.4652',
        }),
      ),
    ).toEqual(fixtureBytes('version-en-US.txt'));
    expect(
      encodeLikeWslExe(
        renderListVerbose([
          { name: 'Ubuntu-24.04', state: 'Running', version: 2, default: true },
          { name: 'docker-desktop', state: 'Stopped', version: 2, default: false },
          { name: 'Debian', state: 'Stopped', version: 2, default: false },
          { name: 'openSUSE-Tumbleweed', state: 'Converting', version: 2, default: false },
          { name: 'legacy.wsl1_box-7', state: 'Stopped', version: 1, default: false },
        ]),
      ),
    ).toEqual(fixtureBytes('list-verbose-en-US.txt'));
    const names = [
      { name: 'Ubuntu-24.04', default: true },
      { name: 'docker-desktop', default: false },
      { name: 'Debian', default: false },
    ];
    expect(encodeLikeWslExe(renderList('en-US', names))).toEqual(fixtureBytes('list-en-US.txt'));
    expect(encodeLikeWslExe(renderListQuiet(names.map((n) => n.name)))).toEqual(fixtureBytes('list-quiet.txt'));
    expect(encodeLikeWslExe(renderStatus('en-US', { defaultDistribution: 'Ubuntu-24.04', defaultVersion: 2 }))).toEqual(
      fixtureBytes('status-en-US.txt'),
    );
    expect(encodeLikeWslExe(renderNoDistros('en-US'))).toEqual(fixtureBytes('no-distros-en-US.txt'));
    expect(
      encodeLikeWslExe(
        renderError('en-US', 'There is no distribution with the supplied name.', 'Wsl/Service/WSL_E_DISTRO_NOT_FOUND'),
      ),
    ).toEqual(fixtureBytes('error-distro-not-found-en-US.txt'));
    const online = encodeLikeWslExe(
      renderListOnline('en-US', [
        { name: 'AlmaLinux-8', friendlyName: 'AlmaLinux OS 8' },
        { name: 'AlmaLinux-9', friendlyName: 'AlmaLinux OS 9' },
        { name: 'Debian', friendlyName: 'Debian GNU/Linux' },
        { name: 'FedoraLinux-42', friendlyName: 'Fedora Linux 42' },
        { name: 'SUSE-Linux-Enterprise-15-SP6', friendlyName: 'SUSE Linux Enterprise 15 SP6' },
        { name: 'Ubuntu', friendlyName: 'Ubuntu' },
        { name: 'Ubuntu-24.04', friendlyName: 'Ubuntu 24.04 LTS' },
        { name: 'OracleLinux_9_5', friendlyName: 'Oracle Linux 9.5' },
        { name: 'openSUSE-Tumbleweed', friendlyName: 'openSUSE Tumbleweed' },
      ]),
    );
    expect(online).toEqual(fixtureBytes('list-online-en-US.txt'));
  });
});
