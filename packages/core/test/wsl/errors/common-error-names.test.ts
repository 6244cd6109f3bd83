// Names wsl.exe prints in `Error code:` come from microsoft/WSL wslutil.cpp `g_commonErrors` (ErrorCodeToString);
// codes missing from that table print as hex. Each spot value below was read from the source (wslservice.idl for
// WSL_E_*, winerror.h for Windows codes), not from the table under test.
import { describe, expect, it } from 'vitest';
import { WSL_ERROR_CATALOG } from '../../../src/wsl/errors/index.js';
import { json, runCli } from '../../cli/run-cli.js';

async function parseErrorLine(code: string) {
  const text = `The operation failed.\r\nError code: ${code}\r\n`;
  return json(await runCli(['parse', 'error'], { stdinBytes: Buffer.from(text, 'utf16le') }));
}

const SPOT_VALUES: readonly (readonly [symbol: string, hresult: string])[] = [
  ['WSL_E_TOO_MANY_DISKS_ATTACHED', '0x80040305'],
  ['WSL_E_EXPORT_FAILED', '0x8004030a'],
  ['WSL_E_TTY_LIMIT', '0x8004030d'],
  ['WSL_E_FS_UPGRADE_NEEDED', '0x80040311'],
  ['WSL_E_DISK_MOUNT_FAILED', '0x8004031a'],
  ['WSL_E_GUI_APPLICATIONS_DISABLED', '0x8004031e'],
  ['WSL_E_INVALID_JSON', '0x80040331'],
  ['HCS_E_SYSTEM_ALREADY_STOPPED', '0x80370110'],
  ['HCS_E_INVALID_JSON', '0x8037010d'],
  ['HCN_E_ADDR_INVALID_OR_RESERVED', '0x803b002f'],
  ['ERROR_NOT_FOUND', '0x80070490'],
  ['ERROR_SHARING_VIOLATION', '0x80070020'],
  ['ERROR_PIPE_NOT_CONNECTED', '0x800700e9'],
  ['ERROR_COMMITMENT_LIMIT', '0x800705af'],
  ['RPC_S_SYSTEM_HANDLE_TYPE_MISMATCH', '0x8007072c'],
  ['WSAECONNREFUSED', '0x8007274d'],
  ['E_OUTOFMEMORY', '0x8007000e'],
  ['TRUST_E_NOSIGNATURE', '0x800b0100'],
  ['VM_E_INVALID_STATE', '0x80041001'],
  ['ERROR_VIRTDISK_PROVIDER_NOT_FOUND', '0xc03a0014'],
];

describe('every name of g_commonErrors maps both ways', () => {
  it.each(SPOT_VALUES)('%s ↔ %s', async (symbol, hresult) => {
    expect(await parseErrorLine(`Wsl/Service/${symbol}`)).toMatchObject({ recognized: true, symbol, hresult });
    // Releases before the name was added print the hex form of the same error.
    expect(await parseErrorLine(`Wsl/Service/${hresult}`)).toMatchObject({ recognized: true, symbol, hresult });
  });

  it('has advice for every WSL_E_* code wsl.exe can name', () => {
    const wslCodes = [
      ...['301', '302', '303', '304', '305', '306', '307', '308', '309', '30a', '30b', '30c', '30d', '30e', '30f'],
      ...['310', '311', '312', '313', '314', '315', '318', '319', '31a', '31b', '31c', '31d', '31e', '31f', '320'],
      ...[
        '321',
        '324',
        '325',
        '326',
        '327',
        '328',
        '329',
        '32a',
        '32b',
        '32c',
        '32d',
        '32e',
        '32f',
        '330',
        '331',
        '332',
      ],
    ].map((n) => `0x80040${n}`);
    const known = new Set(WSL_ERROR_CATALOG.map((e) => e.hresult));
    expect(wslCodes.filter((hresult) => !known.has(hresult))).toEqual([]);
  });
});

describe('fix texts agree with what wsl.exe does', () => {
  it('never offers `wsl --update --web-download` as a fix for the WSL package, which ignores the flag', async () => {
    // WslClient.cpp UpdatePackage: `--web-download`, `--confirm` and `--prompt-before-exit` are NoOp arguments.
    const forbidden = await parseErrorLine('Wsl/UpdatePackage/QueryLatestGitHubRelease/HTTP_E_STATUS_FORBIDDEN');
    for (const step of forbidden.remediation as string[]) {
      if (step.includes('--update --web-download')) expect(step).toMatch(/inbox/);
    }
    for (const entry of WSL_ERROR_CATALOG) {
      for (const step of entry.remediation) {
        if (step.includes('--update --web-download')) expect(step, entry.symbol).toMatch(/inbox/);
      }
    }
  });

  it('WSL_E_DISTRIBUTION_NAME_NEEDED asks for --name (the installed file has no default name)', async () => {
    // LxssUserSession.cpp _ProcessImportResultMessage raises it when the file names no default and none was given.
    const out = await parseErrorLine('Wsl/Service/RegisterDistro/WSL_E_DISTRIBUTION_NAME_NEEDED');
    expect((out.remediation as string[]).join(' ')).toContain('--name <Name>');
    expect((out.remediation as string[]).join(' ')).not.toContain('wsl -d <Distro>');
  });
});
