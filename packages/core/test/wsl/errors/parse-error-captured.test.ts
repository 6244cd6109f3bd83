import { describe, expect, it } from 'vitest';
import { encodeLikeWsl } from '../../../src/text/decode.js';
import { classifyWslFailure, parseWslError, WslCommandError } from '../../../src/wsl/errors/index.js';

// English output shapes reported in microsoft/WSL issues and the WSL docs (see the project's reference notes).
// System messages end in a space before the line break: Windows texts end in a newline that FormatMessage's
// max-width flag turns into a space.
const SHAPES = [
  {
    name: 'hypervisor missing on 2.5.8–2.7 (old message text)',
    text:
      'WSL2 is not supported with your current machine configuration.\n' +
      'Please enable the "Virtual Machine Platform" optional component and ensure virtualization is enabled in the BIOS.\n' +
      'Enable "Virtual Machine Platform" by running: wsl.exe --install --no-distribution\n' +
      'For information please visit https://aka.ms/enablevirtualization\n' +
      'Error code: Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED\n',
    expect: {
      code: 'Wsl/Service/CreateInstance/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED',
      symbol: 'HCS_E_HYPERV_NOT_INSTALLED',
      category: 'virtualization-disabled',
      source: 'error-code',
    },
    messageStart: 'WSL2 is not supported',
  },
  {
    name: 'HCS service not available during install',
    text:
      'The operation could not be started because a required feature is not installed. \n' +
      'Error code: Wsl/InstallDistro/Service/RegisterDistro/CreateVm/HCS/HCS_E_SERVICE_NOT_AVAILABLE\n',
    expect: { symbol: 'HCS_E_SERVICE_NOT_AVAILABLE', hresult: '0x80370114', category: 'feature-missing' },
    messageStart: 'The operation could not be started',
  },
  {
    name: 'service disabled, hex form (≤ 2.9.4)',
    text:
      'The service cannot be started, either because it is disabled or because it has no enabled devices associated with it. \n' +
      'Error code: Wsl/0x80070422\n',
    expect: {
      code: 'Wsl/0x80070422',
      symbol: 'ERROR_SERVICE_DISABLED',
      hresult: '0x80070422',
      category: 'feature-missing',
    },
    messageStart: 'The service cannot be started',
  },
  {
    name: 'service disabled, named form (HEAD)',
    text: 'The service cannot be started, either because it is disabled. \nError code: Wsl/ERROR_SERVICE_DISABLED\n',
    expect: { code: 'Wsl/ERROR_SERVICE_DISABLED', hresult: '0x80070422', category: 'feature-missing' },
    messageStart: 'The service cannot be started',
  },
  {
    name: 'service crashed',
    text: 'The remote procedure call failed. \nError code: Wsl/Service/RPC_S_CALL_FAILED\n',
    expect: { symbol: 'RPC_S_CALL_FAILED', hresult: '0x800706be', category: 'other' },
    messageStart: 'The remote procedure call failed.',
  },
  {
    name: 'HNS network failure on 2.0–2.2',
    text:
      'Failed to configure network (networkingMode Nat). To disable networking, set `wsl2.networkingMode=None` in C:\\Users\\dev\\.wslconfig\n' +
      'Error code: Wsl/Service/CreateInstance/CreateVm/ConfigureNetworking/HNS/0x80041002\n',
    expect: {
      symbol: 'WBEM_E_NOT_FOUND',
      hresult: '0x80041002',
      context: ['Wsl', 'Service', 'CreateInstance', 'CreateVm', 'ConfigureNetworking', 'HNS'],
    },
    messageStart: 'Failed to configure network',
  },
  {
    name: 'DNS failure fetching the distribution list',
    text:
      "Failed to fetch the distribution list from 'https://raw.githubusercontent.com/microsoft/WSL/master/distributions/DistributionInfo.json'. The server name or address could not be resolved\n" +
      'Error code: Wsl/InstallDistro/WININET_E_NAME_NOT_RESOLVED\n',
    expect: { symbol: 'WININET_E_NAME_NOT_RESOLVED', category: 'network', where: 'while installing a distribution' },
    messageStart: 'Failed to fetch the distribution list',
  },
  {
    name: 'access denied moving a distro',
    text: 'Access is denied. \nError code: Wsl/Service/MoveDistro/E_ACCESSDENIED\n',
    expect: { symbol: 'E_ACCESSDENIED', hresult: '0x80070005', category: 'access-denied' },
    messageStart: 'Access is denied.',
  },
  {
    name: 'installer aborted',
    text: 'Operation aborted \nError code: Wsl/CallMsi/E_ABORT\n',
    expect: { symbol: 'E_ABORT', context: ['Wsl', 'CallMsi'] },
    messageStart: 'Operation aborted',
  },
  {
    name: 'bad boolean for --set-sparse',
    text: '--allow-unsafe is not a valid boolean, <true|false>\nError code: Wsl/E_INVALIDARG\n',
    expect: { code: 'Wsl/E_INVALIDARG', symbol: 'E_INVALIDARG', category: 'other' },
    messageStart: '--allow-unsafe is not a valid boolean',
  },
  {
    name: 'self-hosted runner as LocalSystem',
    text: 'Running WSL as local system is not supported.\nError code: Wsl/Service/WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED\n',
    expect: {
      symbol: 'WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED',
      category: 'access-denied',
      messageId: 'MessageLocalSystemNotSupported',
    },
    messageStart: 'Running WSL as local system',
  },
  {
    name: 'inbox wsl.exe without the kernel: bare Error: 0x1bc',
    text:
      'Conversion in progress, this may take a few minutes...\n' +
      'For information on key differences with WSL 2 please visit https://aka.ms/wsl2\n' +
      'Error: 0x1bc\n',
    expect: {
      code: '0x1bc',
      symbol: 'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED',
      hresult: '0x800701bc',
      category: 'kernel-update',
      source: 'hresult',
    },
    messageStart: 'Error: 0x1bc',
  },
  {
    name: 'inbox wsl.exe: kernel update message only',
    text: 'WSL 2 requires an update to its kernel component. For information please visit https://aka.ms/wsl2kernel\n',
    expect: {
      code: null,
      symbol: 'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED',
      category: 'kernel-update',
      source: 'message',
    },
    messageStart: 'WSL 2 requires an update',
  },
  {
    name: 'distro launcher: optional component missing',
    text:
      'Installing, this may take a few minutes...\n' +
      'WslRegisterDistribution failed with error: 0x8007019e\n' +
      'The Windows Subsystem for Linux optional component is not enabled. Please enable it and try again.\n' +
      'See https://aka.ms/wslinstall for details.\n' +
      'Press any key to continue...\n',
    expect: {
      code: '0x8007019e',
      symbol: 'ERROR_LINUX_SUBSYSTEM_NOT_PRESENT',
      category: 'feature-missing',
      source: 'hresult',
    },
    messageStart: 'The Windows Subsystem for Linux optional component is not enabled.',
  },
  {
    name: 'distro launcher: virtualization',
    text:
      'WslRegisterDistribution failed with error: 0x80370102\n' +
      'Please enable the Virtual Machine Platform Windows feature and ensure virtualization is enabled in the BIOS.\n' +
      'For information please visit https://aka.ms/enablevirtualization\n',
    expect: { code: '0x80370102', symbol: 'HCS_E_HYPERV_NOT_INSTALLED', category: 'virtualization-disabled' },
    messageStart: 'Please enable the Virtual Machine Platform',
  },
  {
    name: 'inbox: Error: 0x80370102 with the system text on the same line',
    text: 'Error: 0x80370102 The virtual machine could not be started because a required feature is not installed.\n',
    expect: { code: '0x80370102', category: 'virtualization-disabled', source: 'hresult' },
    messageStart: 'The virtual machine could not be started',
  },
  {
    name: 'installation failed with an HRESULT in mid-sentence (upper-case hex)',
    text: 'Installation failed with error 0x8000FFFF unexpected failure\n',
    expect: { code: '0x8000FFFF', symbol: 'E_UNEXPECTED', hresult: '0x8000ffff', source: 'hresult' },
    messageStart: 'unexpected failure',
  },
] as const;

describe('English error shapes from the field', () => {
  for (const shape of SHAPES) {
    describe(shape.name, () => {
      const variants: [string, string | Uint8Array][] = [
        ['UTF-16LE + CRLF (default wsl.exe)', encodeLikeWsl(shape.text)],
        ['UTF-8 + CRLF (WSL_UTF8=1)', encodeLikeWsl(shape.text, true)],
        ['text with LF', shape.text],
        ['old inbox \\r\\r\\n line ends', Buffer.from(shape.text.replace(/\n/g, '\r\r\n'), 'utf16le')],
      ];
      it.each(variants)('%s', (_encoding, input) => {
        const { recognized, value } = parseWslError(input);
        expect(recognized).toBe(true);
        expect(value).toMatchObject(shape.expect);
        expect(value.message.startsWith(shape.messageStart)).toBe(true);
        expect(value.remediation.length).toBeGreaterThan(0);
      });
    });
  }
});

describe('noise around the error', () => {
  const noisy =
    'PS C:\\Users\\runner> wsl --install -d Ubuntu --no-launch\n' +
    'Downloading: Ubuntu\n' +
    '[==========                 ] 35.0%\r[=================          ] 60.0%\r[===========================] 100.0%\n' +
    'Installing: Ubuntu\n' +
    '\n' +
    'WSL2 is unable to start since virtualization is not enabled on this machine.\n' +
    'Please ensure the "Virtual Machine Platform" optional component is enabled and virtualization is turned on in your computer\'s firmware settings.\n' +
    '\n' +
    'Enable "Virtual Machine Platform" by running: wsl.exe --install --no-distribution\n' +
    '\n' +
    'For information please visit https://aka.ms/enablevirtualization\n' +
    'Error code: Wsl/InstallDistro/Service/RegisterDistro/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED\n' +
    'PS C:\\Users\\runner> \n';

  it('ignores prompts, progress bars with \\r and trailing prompts', () => {
    const { value } = parseWslError(encodeLikeWsl(noisy));
    expect(value.code).toBe('Wsl/InstallDistro/Service/RegisterDistro/CreateVm/HCS/HCS_E_HYPERV_NOT_INSTALLED');
    expect(value.messageId).toBe('MessageEnableVirtualization');
    expect(value.message.split('\n')[0]).toBe(
      'WSL2 is unable to start since virtualization is not enabled on this machine.',
    );
    expect(value.message).toContain('https://aka.ms/enablevirtualization');
    expect(value.message).not.toMatch(/Downloading|Installing: Ubuntu|%|Error code/);
    expect(value.where).toBe(
      'while installing a distribution (registering a distribution, creating the WSL 2 virtual machine, the Host Compute Service)',
    );
  });

  it('takes the last error when several were printed', () => {
    const twice =
      'There is no distribution with the supplied name.\nError code: Wsl/Service/WSL_E_DISTRO_NOT_FOUND\n' +
      'Access is denied. \nError code: Wsl/Service/MoveDistro/E_ACCESSDENIED\n';
    const { value } = parseWslError(twice);
    expect(value.symbol).toBe('E_ACCESSDENIED');
    expect(value.message).toBe('Access is denied.');
  });

  it('keeps `wsl:` warnings from stderr as warnings, not as the message', () => {
    const outcome = classifyWslFailure({
      exitCode: -1,
      stdout: encodeLikeWsl(
        'There is no distribution with the supplied name.\nError code: Wsl/Service/WSL_E_DISTRO_NOT_FOUND\n',
      ),
      stderr: encodeLikeWsl("wsl: Unknown key 'wsl2.foo' in C:\\Users\\dev\\.wslconfig:3\n"),
    });
    expect(outcome?.value.symbol).toBe('WSL_E_DISTRO_NOT_FOUND');
    expect(outcome?.value.message).toBe('There is no distribution with the supplied name.');
    expect(outcome?.warnings).toEqual(["wsl.exe warned: Unknown key 'wsl2.foo' in C:\\Users\\dev\\.wslconfig:3"]);
  });

  it('takes the fatal error on stdout over an error code inside a `wsl:` warning on stderr', () => {
    // WslCoreVm.cpp (networking fallback) emits `wsl: <message>\nError code: <code>` as a warning on stderr while the
    // command runs; WslClient.cpp Main prints the fatal error last, on stdout.
    const outcome = classifyWslFailure({
      exitCode: -1,
      stdout: encodeLikeWsl(
        'The distribution failed to start because its virtual disk is corrupted.\nError code: Wsl/Service/CreateInstance/WSL_E_DISK_CORRUPTED\n',
      ),
      stderr: encodeLikeWsl(
        'wsl: Failed to configure network (networkingMode Nat)\nError code: Wsl/Service/CreateInstance/CreateVm/ConfigureNetworking/HNS/0x80041002\n' +
          'wsl: Failed to configure network (networkingMode Nat), falling back to networkingMode None.\n',
      ),
    });
    expect(outcome?.value).toMatchObject({ symbol: 'WSL_E_DISK_CORRUPTED', source: 'error-code' });
  });

  it('recognises an error printed only as a `wsl:` warning', () => {
    const { value } = parseWslError(
      'wsl: Failed to start virtual networking - please install the optional component Virtual Machine Platform by running: wsl.exe --install --no-distribution\n',
    );
    expect(value).toMatchObject({
      symbol: 'WSL_E_VIRTUAL_MACHINE_PLATFORM_REQUIRED',
      category: 'feature-missing',
      source: 'message',
    });
    expect(value.message.startsWith('Failed to start virtual networking')).toBe(true);
  });

  it('does not take Linux output that contains a WSL phrase mid-line for a WSL error', () => {
    expect(parseWslError('su: user not found.\n').recognized).toBe(false);
    expect(parseWslError('grep: pointer 0x7ffd1234abcd5678 out of range\n').recognized).toBe(false);
    expect(parseWslError('count: 0x10\n').recognized).toBe(false);
  });

  it('reports nothing recognised for clean or empty output', () => {
    for (const input of ['', '\r\n', 'The operation completed successfully. \r\n', new Uint8Array()]) {
      const outcome = parseWslError(input);
      expect(outcome.recognized).toBe(false);
      expect(outcome.value).toMatchObject({
        code: null,
        hresult: null,
        symbol: null,
        category: 'other',
        source: 'none',
      });
    }
  });
});

describe('classifyWslFailure', () => {
  const failed = (stdout: string, exitCode: number | null = -1) => ({
    exitCode,
    stdout: encodeLikeWsl(stdout),
    stderr: Buffer.alloc(0),
  });

  it('reads the error wsl.exe wrote on stdout', () => {
    const outcome = classifyWslFailure(
      failed('Access is denied. \nError code: Wsl/Service/MoveDistro/E_ACCESSDENIED\n'),
    );
    expect(outcome?.value).toMatchObject({ category: 'access-denied', code: 'Wsl/Service/MoveDistro/E_ACCESSDENIED' });
  });

  it('accepts the unsigned exit code and a null (signal) exit code', () => {
    const text = 'Access is denied. \nError code: Wsl/E_ACCESSDENIED\n';
    expect(classifyWslFailure(failed(text, 4294967295))?.value.symbol).toBe('E_ACCESSDENIED');
    expect(classifyWslFailure(failed(text, null))?.value.symbol).toBe('E_ACCESSDENIED');
  });

  it('returns null for a successful call and for failures without a WSL error', () => {
    expect(classifyWslFailure(failed('Access is denied. \nError code: Wsl/E_ACCESSDENIED\n', 0))).toBeNull();
    expect(classifyWslFailure({ exitCode: 1, stdout: 'make: *** [all] Error 2\n', stderr: '' })).toBeNull();
    expect(classifyWslFailure({ exitCode: 127, stdout: '', stderr: 'bash: foo: command not found\n' })).toBeNull();
  });

  it('finds the no-distribution message that has no code line (exit -1 of wsl -l -v)', () => {
    const outcome = classifyWslFailure(
      failed(
        "Windows Subsystem for Linux has no installed distributions.\nYou can resolve this by installing a distribution with the instructions below:\n\nUse 'wsl.exe --list --online' to list available distributions\nand 'wsl.exe --install <Distro>' to install.\n",
      ),
    );
    expect(outcome?.value).toMatchObject({
      symbol: 'WSL_E_DEFAULT_DISTRO_NOT_FOUND',
      category: 'no-distro',
      code: null,
    });
    expect(outcome?.value.message).toContain("and 'wsl.exe --install <Distro>' to install.");
  });
});

describe('WslCommandError', () => {
  it('says what failed, what wsl.exe said, and what to do', () => {
    const { value } = parseWslError(
      'Running WSL as local system is not supported.\nError code: Wsl/Service/WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED\n',
    );
    const error = new WslCommandError(['wsl.exe', '-l', '-v'], -1, value);
    expect(error.code).toBe('wsl-error');
    expect(error.name).toBe('WslCommandError');
    expect(error.details.category).toBe('access-denied');
    expect(error.message).toMatch(
      /^`wsl\.exe -l -v` failed: WSL cannot run as Local System \(Wsl\/Service\/WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED\)\./,
    );
    expect(error.message).toContain('Running WSL as local system is not supported.');
    expect(error.message).toMatch(/What to do:\n1\. Run the runner service as a normal user/);
    expect(error.message).toContain('More: https://');
  });
});
