import type { WslErrorEntry } from './types.js';

/*
 * The WSL error knowledge base. Sources: microsoft/WSL (wslservice.idl for WSL_E_* values, wslutil.cpp for the
 * names wsl.exe prints and the message each code maps to), Windows SDK winerror.h for system HRESULTs, the
 * "Troubleshooting WSL" page and the issue threads summarised in the project's reference notes.
 * Classify on the HRESULT, never on message text: texts change between releases and languages.
 */

const LEARN = 'https://learn.microsoft.com/windows/wsl/';
const TROUBLESHOOTING = `${LEARN}troubleshooting`;
const INSTALL = `${LEARN}install`;
const BASIC_COMMANDS = `${LEARN}basic-commands`;
const CONFIG = `${LEARN}wsl-config`;
const NETWORKING = `${LEARN}networking`;
const DISK_SPACE = `${LEARN}disk-space`;
const ENTERPRISE = `${LEARN}enterprise`;
const CUSTOM_DISTRO = `${LEARN}use-custom-distro`;
const MOUNT_DISK = `${LEARN}wsl2-mount-disk`;
const ENABLE_VIRTUALIZATION = 'https://aka.ms/enablevirtualization';
const WSL_RELEASES = 'https://github.com/microsoft/WSL/releases';

// Steps shared by several entries.
const ENABLE_VMP =
  'Elevated terminal: `wsl.exe --install --no-distribution` (enables Virtual Machine Platform), then reboot.';
const CI_VIRTUALIZATION =
  'GitHub Actions: use an x64 image (`runs-on: windows-2025` or `windows-2022`); `windows-11-arm` has no nested ' +
  'virtualization, so use WSL 1 there (`wsl --set-default-version 1`). Azure DevOps hosted agents cannot run WSL 2.';
const SELF_HOSTED_VM =
  'Self-hosted VM: expose virtualization to the guest (Hyper-V host: `Set-VMProcessor -VMName <VM> ' +
  '-ExposeVirtualizationExtensions $true`; Azure: a size with nested virtualization and security type Standard, not Trusted Launch).';
const CI_BAKE_FEATURES =
  'Self-hosted runner: enable the Windows features in the machine image and reboot before jobs run; a job cannot reboot its runner.';
const UPDATE_WSL =
  'Run `wsl --update` (or install the latest `wsl.<version>.x64.msi` from github.com/microsoft/WSL/releases).';
const SHUTDOWN_RETRY = 'Run `wsl --shutdown`, then retry the command.';
const CI_RETRY_DOWNLOAD =
  'CI: retry with backoff, prefer `--web-download`, or cache the distro file (actions/cache) and install it with ' +
  '`wsl --install --from-file <file.wsl>` or `wsl --import`.';
const NETWORK_CHECK =
  'Check DNS and proxy: `ipconfig /flushdns`, `netsh winhttp show proxy` (reset with `netsh winhttp reset proxy`), and ' +
  'that github.com, raw.githubusercontent.com and the Microsoft Store are reachable.';
const LIST_DISTROS = 'List the registered names with `wsl -l -q` (names are per Windows user).';

export const WSL_ERROR_CATALOG: readonly WslErrorEntry[] = [
  // ── Hypervisor / virtualization ────────────────────────────────────────────────────────────────
  {
    hresult: '0x80370102',
    symbol: 'HCS_E_HYPERV_NOT_INSTALLED',
    title: 'WSL 2 cannot start: virtualization is not available',
    meaning:
      'The hypervisor is unusable: Virtual Machine Platform is off, VT-x/AMD-V is disabled in firmware, the ' +
      'hypervisor is not launched (`hypervisorlaunchtype Off`), or this is a VM without nested virtualization.',
    category: 'virtualization-disabled',
    remediation: [
      ENABLE_VMP,
      'Turn on Intel VT-x / AMD-V (SVM) in the firmware (BIOS/UEFI) settings.',
      'Elevated terminal: `bcdedit /set hypervisorlaunchtype auto`, then reboot.',
      CI_VIRTUALIZATION,
      SELF_HOSTED_VM,
    ],
    docsUrl: ENABLE_VIRTUALIZATION,
  },
  {
    hresult: '0x80370114',
    symbol: 'HCS_E_SERVICE_NOT_AVAILABLE',
    title: 'The Host Compute Service is not available',
    meaning:
      'The Host Compute Service (vmcompute) cannot run: Virtual Machine Platform is missing or half-installed, or an ' +
      'Exploit protection override (Control Flow Guard) on vmcompute.exe blocks it.',
    category: 'feature-missing',
    remediation: [
      'Windows Security > App & browser control > Exploit protection > Program settings: remove the overrides for ' +
        '`C:\\Windows\\System32\\vmcompute.exe` and `vmwp.exe`, then reboot.',
      ENABLE_VMP,
      'Check that `sc.exe query vmcompute` finds the service; if not, re-enable Virtual Machine Platform.',
      CI_BAKE_FEATURES,
    ],
    docsUrl: 'https://github.com/microsoft/WSL/issues/4951',
  },
  {
    hresult: '0x80370109',
    symbol: 'HCS_E_CONNECTION_TIMEOUT',
    title: 'The WSL 2 virtual machine did not answer in time',
    meaning: 'The VM hung or the host is overloaded (often reported with Docker Desktop or Rancher Desktop running).',
    category: 'other',
    remediation: [
      SHUTDOWN_RETRY,
      UPDATE_WSL,
      'Give the VM headroom: lower `[wsl2] memory=`/`processors=` load or close other VMs.',
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80370107',
    symbol: 'HCS_E_TERMINATED',
    title: 'The WSL 2 virtual machine was terminated',
    meaning: 'The VM stopped while WSL was using it (shutdown during a call, crash, or host resource pressure).',
    category: 'other',
    remediation: [SHUTDOWN_RETRY, UPDATE_WSL],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80040332',
    symbol: 'WSL_E_VM_CRASHED',
    title: 'The WSL 2 virtual machine crashed',
    meaning: 'The utility VM crashed; WSL keeps a crash dump.',
    category: 'other',
    remediation: [
      SHUTDOWN_RETRY,
      UPDATE_WSL,
      'If it repeats, report it with logs: https://github.com/microsoft/WSL/issues.',
    ],
    docsUrl: TROUBLESHOOTING,
  },
  // ── WSL / Windows components ───────────────────────────────────────────────────────────────────
  {
    hresult: '0x8007019e',
    symbol: 'ERROR_LINUX_SUBSYSTEM_NOT_PRESENT',
    aliases: ['0x19e'],
    title: 'The Windows Subsystem for Linux optional component is not enabled',
    meaning:
      'The inbox wsl.exe, WSL 1 and old distro launchers need the "Windows Subsystem for Linux" feature, which is off.',
    category: 'feature-missing',
    remediation: [
      'Elevated terminal: `wsl.exe --install --no-distribution` (add `--enable-wsl1` for WSL 1), then reboot.',
      'Or: `dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart`, then reboot.',
      CI_BAKE_FEATURES,
    ],
    docsUrl: INSTALL,
  },
  {
    hresult: '0x80040321',
    symbol: 'WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED',
    title: 'The Windows Subsystem for Linux optional component is required',
    meaning:
      'The requested operation needs the "Windows Subsystem for Linux" optional component, which is not enabled.',
    category: 'feature-missing',
    remediation: [
      'Elevated terminal: `wsl.exe --install --no-distribution`, then reboot.',
      'GitHub Actions: windows-2025 ships it; on windows-2022 run `wsl --update` first.',
      CI_BAKE_FEATURES,
    ],
    docsUrl: INSTALL,
  },
  {
    hresult: '0x80040303',
    symbol: 'WSL_E_WSL1_NOT_SUPPORTED',
    title: 'WSL 1 is not available on this machine',
    meaning: 'WSL 1 was requested but the "Windows Subsystem for Linux" optional component is off.',
    category: 'feature-missing',
    remediation: [
      'Elevated terminal: `wsl --install --no-distribution --enable-wsl1`, then reboot.',
      'Or use WSL 2: `wsl --set-default-version 2` / `wsl --set-version <Distro> 2`.',
    ],
    docsUrl: INSTALL,
  },
  {
    hresult: '0x8004032d',
    symbol: 'WSL_E_VIRTUAL_MACHINE_PLATFORM_REQUIRED',
    title: 'Virtual Machine Platform is required',
    meaning:
      'Virtual networking (HNS) is unavailable because Virtual Machine Platform is not installed, for example when ' +
      'only Hyper-V is enabled. Recent WSL prints it as a `wsl:` warning and runs without networking.',
    category: 'feature-missing',
    remediation: [ENABLE_VMP, CI_BAKE_FEATURES],
    docsUrl: INSTALL,
  },
  {
    hresult: '0x80070422',
    symbol: 'ERROR_SERVICE_DISABLED',
    title: 'The WSL service is disabled',
    meaning:
      'The WSL service (`WSLService`, or `LxssManager` for inbox WSL) has startup type Disabled, often set by ' +
      'antivirus, "tuning" tools or group policy.',
    category: 'feature-missing',
    remediation: [
      'Elevated terminal: `sc.exe config wslservice start= demand` (inbox WSL: `sc.exe config lxssmanager start= demand`).',
      'Or services.msc > "WSL Service" > Startup type: Manual.',
      'If it flips back, add an exclusion in the security or tuning software that disabled it.',
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80070424',
    symbol: 'ERROR_SERVICE_DOES_NOT_EXIST',
    title: 'The WSL service is not installed',
    meaning: 'wsl.exe could not find its service: the WSL package is missing or its installation is broken.',
    category: 'feature-missing',
    remediation: [
      UPDATE_WSL,
      'If that fails, uninstall "Windows Subsystem for Linux" in Settings > Apps and reinstall the MSI.',
    ],
    docsUrl: WSL_RELEASES,
  },
  {
    hresult: '0x80080005',
    symbol: 'CO_E_SERVER_EXEC_FAILURE',
    title: 'The WSL service could not start',
    meaning: 'COM could not start wslservice.exe: the WSL package is damaged or half-updated.',
    category: 'feature-missing',
    remediation: [
      'Repair the package: Settings > Apps > "Windows Subsystem for Linux" > Advanced options > Repair, or reinstall the MSI from github.com/microsoft/WSL/releases.',
      UPDATE_WSL,
    ],
    docsUrl: WSL_RELEASES,
  },
  {
    hresult: '0x80040154',
    symbol: 'REGDB_E_CLASSNOTREG',
    title: 'WSL is not registered',
    meaning:
      'The WSL COM class is not registered: the feature was turned off (e.g. by a Windows update) or the package registration is broken.',
    category: 'feature-missing',
    remediation: ['Elevated terminal: `wsl.exe --install --no-distribution`, then reboot.', UPDATE_WSL],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80040328',
    symbol: 'WSL_E_INSTALL_PROCESS_FAILED',
    title: 'The WSL installer process failed',
    meaning: 'A helper process that installs WSL or its components failed.',
    category: 'feature-missing',
    remediation: [
      'Retry from an elevated terminal: `wsl --install --no-distribution`.',
      'Or install the MSI from github.com/microsoft/WSL/releases (`msiexec /i wsl.<version>.x64.msi /qn` in CI).',
    ],
    docsUrl: WSL_RELEASES,
  },
  {
    hresult: '0x80040329',
    symbol: 'WSL_E_INSTALL_COMPONENT_FAILED',
    title: 'A Windows optional component could not be installed',
    meaning: 'Enabling "Windows Subsystem for Linux" or "Virtual Machine Platform" failed.',
    category: 'feature-missing',
    remediation: [
      'Elevated terminal: `dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart` and ' +
        '`dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart`, then reboot.',
      'If DISM fails: `DISM /Online /Cleanup-Image /RestoreHealth`, then retry.',
    ],
    docsUrl: INSTALL,
  },
  // ── Kernel / package update ────────────────────────────────────────────────────────────────────
  {
    hresult: '0x800701bc',
    symbol: 'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED',
    aliases: ['0x1bc'],
    title: 'WSL must be updated (WSL 2 kernel missing)',
    meaning:
      'The inbox WSL has no WSL 2 kernel or WSL package (Windows 10 before the package, or after it was removed). ' +
      'Older Windows says "WSL 2 requires an update to its kernel component".',
    category: 'kernel-update',
    remediation: [
      UPDATE_WSL,
      'Offline: install the WSL MSI (it carries the kernel) with `msiexec /i wsl.<version>.x64.msi`.',
      'GitHub Actions (windows-2022): add a step `wsl --update` (retry on failure) or install a pinned WSL MSI before using WSL 2.',
    ],
    docsUrl: 'https://aka.ms/wsl2kernel',
  },
  {
    hresult: '0x80040327',
    symbol: 'WSL_E_OS_NOT_SUPPORTED',
    title: 'This Windows build is too old for the WSL package',
    meaning: 'The packaged WSL needs a newer Windows build; the message names the update (KB) to install.',
    category: 'other',
    remediation: [
      'Install the Windows update named in the message (Settings > Windows Update), then retry.',
      'Self-hosted runner: update the machine image; GitHub-hosted images are current.',
    ],
    docsUrl: 'https://aka.ms/wslinstall',
  },
  {
    hresult: '0x8004032a',
    symbol: 'WSL_E_PLUGIN_REQUIRES_UPDATE',
    title: 'A WSL plug-in needs a newer WSL',
    meaning: 'An installed WSL plug-in requires a newer WSL version than the one installed.',
    category: 'kernel-update',
    remediation: [UPDATE_WSL],
    docsUrl: WSL_RELEASES,
  },
  // ── Distributions ──────────────────────────────────────────────────────────────────────────────
  {
    hresult: '0x80040301',
    symbol: 'WSL_E_DEFAULT_DISTRO_NOT_FOUND',
    title: 'No WSL distribution is installed',
    meaning:
      'No distribution is registered for this Windows user (printed without an `Error code:` line). Distros are ' +
      'per user: another account, the built-in Administrator or Admin Protection sees a different list.',
    category: 'no-distro',
    remediation: [
      '`wsl --list --online` to see names, then `wsl --install <Distro>` (CI: add `--no-launch`, or use `--from-file`/`wsl --import`).',
      'Run WSL as the same user that installed the distribution; 32-bit callers must use `%SystemRoot%\\Sysnative\\wsl.exe`.',
      'CI: install the distro in the workflow before use and pass `-d <name>` explicitly.',
    ],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x80040302',
    symbol: 'WSL_E_DISTRO_NOT_FOUND',
    title: 'No distribution with that name',
    meaning:
      'The name given to `-d`, `--unregister`, `--install` or `--manage` matches no registered (or installable) distribution.',
    category: 'no-distro',
    remediation: [
      LIST_DISTROS,
      'For `--install`, pick a name from `wsl --list --online`.',
      'CI: install the distro in an earlier step under the same user, then pass that exact name.',
    ],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x80040330',
    symbol: 'WSL_E_DISTRIBUTION_NAME_NEEDED',
    title: 'A distribution name is needed',
    meaning: 'The operation needs an explicit distribution name.',
    category: 'no-distro',
    remediation: ['Pass the name: `wsl -d <Distro> ...` or `wsl --install <Distro> --name <Name>`.', LIST_DISTROS],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x8004031f',
    symbol: 'WSL_E_DISTRO_ONLY_AVAILABLE_FROM_STORE',
    title: 'This distribution can only be installed from the Microsoft Store',
    meaning: 'The distribution has no direct download, so `--web-download` cannot install it.',
    category: 'network',
    remediation: [
      'Install it without `--web-download` (needs the Microsoft Store), or choose another distribution from `wsl --list --online`.',
      'CI: use a distro with a `.wsl` download or `wsl --import` a rootfs tarball.',
    ],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x80040326',
    symbol: 'WSL_E_NOT_A_LINUX_DISTRO',
    title: 'The file is not a valid Linux distribution',
    meaning: 'The file given to `--import` or `--install --from-file` is not a Linux root file system archive.',
    category: 'other',
    remediation: [
      'Use a rootfs tarball (`.tar`, `.tar.gz`, `.tar.xz`) or a `.wsl` file; for a `.vhdx` add `--vhd`.',
      'Check the download finished (compare its SHA-256) before importing.',
    ],
    docsUrl: CUSTOM_DISTRO,
  },
  {
    hresult: '0x800700b7',
    symbol: 'ERROR_ALREADY_EXISTS',
    title: 'A distribution with that name already exists',
    meaning: 'The name given to `--import`/`--install` is already registered.',
    category: 'other',
    remediation: [
      'Choose another name with `--name <Name>`, or remove the old one: `wsl --unregister <Distro>` (deletes its data).',
    ],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x80070050',
    symbol: 'ERROR_FILE_EXISTS',
    title: 'The install location is already in use',
    meaning: "The folder given as install location already holds another distribution's disk.",
    category: 'other',
    remediation: ['Pass an empty folder to `--location` / `wsl --import <Distro> <folder> <file>`.'],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x8004030c',
    symbol: 'WSL_E_DISTRO_NOT_STOPPED',
    title: 'The distribution is running (its disk is in use)',
    meaning: 'Export, move, resize or conversion needs the distribution stopped.',
    category: 'other',
    remediation: ['`wsl --terminate <Distro>` (or `wsl --shutdown`), then retry.'],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x8000000d',
    symbol: 'E_ILLEGAL_STATE_CHANGE',
    title: 'An install, uninstall or conversion is in progress',
    meaning: 'Another operation is changing this distribution.',
    category: 'other',
    remediation: ['Wait for it to finish (`wsl -l -v` shows the state), or `wsl --shutdown` and retry.'],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x80040313',
    symbol: 'WSL_E_VM_MODE_INVALID_STATE',
    title: 'The distribution already uses the requested WSL version',
    meaning: '`--set-version` asked for the version the distribution already has (or sparse mode on WSL 1).',
    category: 'other',
    remediation: ['Nothing to do: check with `wsl -l -v`.'],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x80040304',
    symbol: 'WSL_E_VM_MODE_NOT_SUPPORTED',
    title: 'The Legacy distribution does not support WSL 2',
    meaning: 'The pre-Store "Legacy" distribution can only run as WSL 1.',
    category: 'other',
    remediation: ['Install a current distribution (`wsl --install <Distro>`) and move your data to it.'],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x8004031c',
    symbol: 'WSL_E_WSL2_NEEDED',
    title: 'This operation needs WSL 2',
    meaning: 'The operation (e.g. `--mount`, sparse disks) is only supported for WSL 2 distributions.',
    category: 'other',
    remediation: ['Convert the distribution: `wsl --set-version <Distro> 2`.'],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x8004032f',
    symbol: 'WSL_E_DISK_CORRUPTED',
    title: "The distribution's virtual disk is corrupted",
    meaning: 'The ext4.vhdx of the distribution failed to mount.',
    category: 'other',
    remediation: [
      'Follow https://aka.ms/wsldiskmountrecovery (run `e2fsck` on the disk from another distro), after backing up the .vhdx.',
      'CI: unregister and reinstall the distro (`wsl --unregister <Distro>`).',
    ],
    docsUrl: 'https://aka.ms/wsldiskmountrecovery',
  },
  {
    hresult: '0xc03a001a',
    symbol: 'ERROR_VIRTUAL_DISK_LIMITATION',
    title: 'The virtual disk cannot be compressed, encrypted or sparse',
    meaning: 'The distribution folder is NTFS-compressed or EFS-encrypted, or a sparse VHDX was resized.',
    category: 'other',
    remediation: [
      'Folder Properties > Advanced: untick "Compress contents" and "Encrypt contents" for the distro folder, then retry.',
      'For `--resize`: `wsl --manage <Distro> --set-sparse false` first.',
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80070002',
    symbol: 'ERROR_FILE_NOT_FOUND',
    title: 'A file was not found',
    meaning:
      'A file WSL needs (distro file, kernel, VHDX) does not exist; sometimes reported together with virtualization problems.',
    category: 'other',
    remediation: ['Check the paths in the command and in `%UserProfile%\\.wslconfig`.', UPDATE_WSL],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80070003',
    symbol: 'ERROR_PATH_NOT_FOUND',
    title: 'A path was not found',
    meaning: 'A folder WSL needs does not exist; Store distros must live on the system drive.',
    category: 'other',
    remediation: [
      'Settings > System > Storage > "Where new content is saved": put new apps on the system drive (C:), then reinstall.',
      'Check the paths in the command and in `%UserProfile%\\.wslconfig`.',
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80070070',
    symbol: 'ERROR_DISK_FULL',
    title: 'The disk is full',
    meaning: 'There is not enough space on the Windows drive for the distribution or its virtual disk.',
    category: 'other',
    remediation: ['Free space on the drive, or install with `--location <folder on another drive>`.'],
    docsUrl: DISK_SPACE,
  },
  {
    hresult: '0x80310000',
    symbol: 'FVE_E_LOCKED_VOLUME',
    title: 'The drive is locked by BitLocker',
    meaning: 'The distribution lives on a BitLocker drive that is locked.',
    category: 'other',
    remediation: ['Unlock the drive (File Explorer or `manage-bde -unlock <D:> -RecoveryPassword <key>`), then retry.'],
    docsUrl: TROUBLESHOOTING,
  },
  // ── Access / privileges / policy ───────────────────────────────────────────────────────────────
  {
    hresult: '0x80070005',
    symbol: 'E_ACCESSDENIED',
    title: 'Access is denied',
    meaning:
      'The caller lacks rights for the operation or the target folder (e.g. `--manage --move` into a protected folder).',
    category: 'access-denied',
    remediation: [
      'Run machine-wide operations (`--install`, `--update`, `--mount`) from an elevated terminal.',
      'For `--import`, `--export`, `--move`: pick a folder the user owns (check with `icacls <folder>`); in CI use `$env:RUNNER_TEMP`.',
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0xd0000022',
    symbol: 'STATUS_ACCESS_DENIED',
    aliases: ['0xc0000022'],
    title: 'Access is denied (kernel status)',
    meaning: 'A kernel-level access check failed while WSL opened a file, disk or device.',
    category: 'access-denied',
    remediation: ['Run from an elevated terminal, and check the permissions of the files involved (`icacls <path>`).'],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x8004032e',
    symbol: 'WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED',
    title: 'WSL cannot run as Local System',
    meaning: 'The caller runs as `SYSTEM`, e.g. a self-hosted CI runner installed as a LocalSystem service.',
    category: 'access-denied',
    remediation: [
      'Run the runner service as a normal user: configure it with `config.cmd --runasservice --windowslogonaccount ' +
        "<user> --windowslogonpassword <password>`, or set the service's Log On account in services.msc.",
      'Sign in once as that user and install the distributions under it (distros are per user).',
      'Scheduled tasks: run them as a user account, not SYSTEM.',
    ],
    docsUrl: ENTERPRISE,
  },
  {
    hresult: '0x800702e4',
    symbol: 'ERROR_ELEVATION_REQUIRED',
    title: 'The operation needs administrator rights',
    meaning: 'The command changes machine state and was run without elevation.',
    category: 'access-denied',
    remediation: [
      'Run it from an elevated terminal ("Run as administrator"); GitHub-hosted runners are already elevated.',
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80040315',
    symbol: 'WSL_E_ELEVATION_NEEDED_TO_MOUNT_DISK',
    title: 'Mounting a disk needs administrator rights',
    meaning: '`wsl --mount` attaches a physical or virtual disk, which requires elevation.',
    category: 'access-denied',
    remediation: ['Run `wsl --mount ...` from an elevated terminal.'],
    docsUrl: MOUNT_DISK,
  },
  {
    hresult: '0x8004030f',
    symbol: 'WSL_E_LOWER_INTEGRITY',
    title: 'Another WSL instance runs elevated',
    meaning: 'WSL 1 cannot run elevated and non-elevated instances at the same time.',
    category: 'access-denied',
    remediation: ['Close the elevated WSL sessions (or `wsl --shutdown`), then retry from one kind of terminal only.'],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80040310',
    symbol: 'WSL_E_HIGHER_INTEGRITY',
    title: 'Another WSL instance runs non-elevated',
    meaning: 'WSL 1 cannot run elevated and non-elevated instances at the same time.',
    category: 'access-denied',
    remediation: [
      'Close the non-elevated WSL sessions (or `wsl --shutdown`), then retry from one kind of terminal only.',
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x8004032b',
    symbol: 'WSL_E_DISK_MOUNT_DISABLED',
    title: '`wsl --mount` is disabled by policy',
    meaning: 'An administrator disabled disk mounting for WSL through policy.',
    category: 'access-denied',
    remediation: [
      'Ask the administrator to allow it (WSL group policy / Intune settings), or copy the data another way.',
    ],
    docsUrl: ENTERPRISE,
  },
  {
    hresult: '0x8004032c',
    symbol: 'WSL_E_WSL1_DISABLED',
    title: 'WSL 1 is disabled by policy',
    meaning: 'An administrator disabled WSL 1 through policy.',
    category: 'access-denied',
    remediation: ['Use WSL 2 (`wsl --set-version <Distro> 2`), or ask the administrator to allow WSL 1.'],
    docsUrl: ENTERPRISE,
  },
  {
    hresult: '0x800704ec',
    symbol: 'ERROR_ACCESS_DISABLED_BY_POLICY',
    title: 'Blocked by policy',
    meaning: 'Group policy, AppLocker or an enterprise setting blocks WSL or the program it starts.',
    category: 'access-denied',
    remediation: ['Ask the administrator which policy blocks WSL (`gpresult /h report.html`) and to allow it.'],
    docsUrl: ENTERPRISE,
  },
  // ── Network / downloads ────────────────────────────────────────────────────────────────────────
  {
    hresult: '0x80072ee7',
    symbol: 'WININET_E_NAME_NOT_RESOLVED',
    title: 'A server name could not be resolved (DNS)',
    meaning:
      'DNS cannot resolve the download host (raw.githubusercontent.com, github.com, the Store) during `--install`, ' +
      '`--update` or `--list --online`.',
    category: 'network',
    remediation: [NETWORK_CHECK, CI_RETRY_DOWNLOAD],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80072efd',
    symbol: 'WININET_E_CANNOT_CONNECT',
    title: 'Could not connect to the download server',
    meaning: 'The connection to GitHub or the Microsoft Store failed (offline, firewall, proxy, Store blocked).',
    category: 'network',
    remediation: [NETWORK_CHECK, 'If the Microsoft Store is blocked, add `--web-download`.', CI_RETRY_DOWNLOAD],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80072ee2',
    symbol: 'WININET_E_TIMEOUT',
    title: 'The download timed out',
    meaning: 'The server did not answer in time.',
    category: 'network',
    remediation: [NETWORK_CHECK, CI_RETRY_DOWNLOAD],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80072efe',
    symbol: 'WININET_E_CONNECTION_ABORTED',
    title: 'The download connection was aborted',
    meaning: 'The connection to the server ended abnormally.',
    category: 'network',
    remediation: ['Retry the command.', CI_RETRY_DOWNLOAD],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80072eff',
    symbol: 'WININET_E_CONNECTION_RESET',
    title: 'The download connection was reset',
    meaning: 'The server or a middlebox (proxy, firewall) reset the connection.',
    category: 'network',
    remediation: ['Retry the command.', NETWORK_CHECK, CI_RETRY_DOWNLOAD],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80072f0d',
    symbol: 'WININET_E_INVALID_CA',
    title: 'The server certificate is not trusted',
    meaning: 'A TLS-inspecting proxy or an outdated root store makes the download certificate untrusted.',
    category: 'network',
    remediation: [
      "Install the proxy's root certificate in the machine store, or bypass inspection for github.com and the Store.",
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80072f7d',
    symbol: 'WININET_E_SECURITY_CHANNEL_ERROR',
    title: 'A TLS (secure channel) error occurred',
    meaning: 'The TLS handshake with the download server failed (proxy inspection, disabled TLS 1.2/1.3, clock skew).',
    category: 'network',
    remediation: [
      'Check the system clock and TLS settings, and that no proxy rewrites TLS for github.com.',
      CI_RETRY_DOWNLOAD,
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x800b0109',
    symbol: 'CERT_E_UNTRUSTEDROOT',
    title: 'A certificate chains to an untrusted root',
    meaning:
      'A downloaded package or server certificate ends in a root this machine does not trust (often a TLS-inspecting proxy).',
    category: 'network',
    remediation: [
      "Install the proxy's root certificate in the machine store, or download the MSI elsewhere and install it offline.",
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80190193',
    symbol: 'HTTP_E_STATUS_FORBIDDEN',
    title: 'The download server answered 403 Forbidden',
    meaning:
      'GitHub or the Store refused the download; on windows-2022 runners `wsl --update` hits this intermittently ' +
      '(rate limits, Store throttling).',
    category: 'network',
    remediation: [
      'Retry later, or use `wsl --update --web-download`.',
      'CI: install a pinned, SHA-256-verified WSL MSI from github.com/microsoft/WSL/releases (cache it with actions/cache) instead of `wsl --update`.',
      CI_RETRY_DOWNLOAD,
    ],
    docsUrl: WSL_RELEASES,
  },
  {
    hresult: '0x80190194',
    symbol: 'HTTP_E_STATUS_NOT_FOUND',
    title: 'The download server answered 404 Not Found',
    meaning: 'The distribution or package URL no longer exists (a retired distro version or an outdated WSL).',
    category: 'network',
    remediation: ['Pick a current name from `wsl --list --online`.', UPDATE_WSL],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x801901f6',
    symbol: 'HTTP_E_STATUS_BAD_GATEWAY',
    title: 'The download server answered 502 Bad Gateway',
    meaning: 'A server or proxy on the way failed.',
    category: 'network',
    remediation: ['Retry later.', CI_RETRY_DOWNLOAD],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x801901f7',
    symbol: 'HTTP_E_STATUS_SERVICE_UNAVAIL',
    title: 'The download server answered 503 Service Unavailable',
    meaning: 'The server is overloaded or down.',
    category: 'network',
    remediation: ['Retry later.', CI_RETRY_DOWNLOAD],
    docsUrl: TROUBLESHOOTING,
  },
  // ── Service / RPC ──────────────────────────────────────────────────────────────────────────────
  {
    hresult: '0x800706be',
    symbol: 'RPC_S_CALL_FAILED',
    title: 'The WSL service crashed during the call',
    meaning:
      'wslservice.exe (inbox: LxssManager) failed mid-call: a WSL bug, interfering security software, or a recent Windows upgrade.',
    category: 'other',
    remediation: [
      SHUTDOWN_RETRY,
      UPDATE_WSL,
      'If it repeats, check third-party security software and report a crash dump (see microsoft/WSL CONTRIBUTING.md).',
    ],
    docsUrl: 'https://github.com/microsoft/WSL/blob/master/CONTRIBUTING.md',
  },
  {
    hresult: '0x800706ba',
    symbol: 'RPC_S_SERVER_UNAVAILABLE',
    title: 'The WSL service is not running',
    meaning: 'wsl.exe could not reach wslservice.exe: it is stopped, crashed or failed to start.',
    category: 'other',
    remediation: ['Elevated terminal: `sc.exe start wslservice`, then retry.', SHUTDOWN_RETRY, UPDATE_WSL],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80010108',
    symbol: 'RPC_E_DISCONNECTED',
    title: 'The connection to the WSL service was lost',
    meaning: 'The WSL service restarted or crashed while the command ran.',
    category: 'other',
    remediation: [SHUTDOWN_RETRY, UPDATE_WSL],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80041002',
    symbol: 'WBEM_E_NOT_FOUND',
    title: 'The WSL virtual network could not be created',
    meaning:
      'The Host Network Service failed to create the WSL network (damaged Virtual Machine Platform networking, ' +
      'leftovers of other hypervisors or VPNs).',
    category: 'other',
    remediation: [
      'Stop-gap: set `[wsl2]` `networkingMode=None` in `%UserProfile%\\.wslconfig`, then `wsl --shutdown`.',
      'Re-enable Virtual Machine Platform (`wsl.exe --install --no-distribution`) and reboot.',
      UPDATE_WSL,
    ],
    docsUrl: NETWORKING,
  },
  {
    hresult: '0x80040325',
    symbol: 'WSL_E_VMSWITCH_NOT_SET',
    title: 'Bridged networking needs a virtual switch',
    meaning: '`networkingMode=bridged` is set without `vmSwitch` in .wslconfig.',
    category: 'other',
    remediation: [
      'Add `vmSwitch=<Hyper-V switch name>` under `[wsl2]` in `%UserProfile%\\.wslconfig`, or remove `networkingMode=bridged`.',
    ],
    docsUrl: CONFIG,
  },
  {
    hresult: '0x80040324',
    symbol: 'WSL_E_VMSWITCH_NOT_FOUND',
    title: 'The configured virtual switch does not exist',
    meaning: 'The `vmSwitch` named in .wslconfig is not a Hyper-V switch on this machine.',
    category: 'other',
    remediation: ['List switches with `Get-VMSwitch` and fix `vmSwitch=` in `%UserProfile%\\.wslconfig`.'],
    docsUrl: CONFIG,
  },
  // ── Configuration and usage ────────────────────────────────────────────────────────────────────
  {
    hresult: '0x80040307',
    symbol: 'WSL_E_CUSTOM_KERNEL_NOT_FOUND',
    title: 'The custom kernel in .wslconfig was not found',
    meaning: '`[wsl2] kernel=` points to a missing file, or `kernelModules` is set without `kernel`.',
    category: 'other',
    remediation: [
      'Fix or remove `kernel=` (absolute Windows path, backslashes escaped) in `%UserProfile%\\.wslconfig`, then `wsl --shutdown`.',
    ],
    docsUrl: CONFIG,
  },
  {
    hresult: '0x8004030e',
    symbol: 'WSL_E_CUSTOM_SYSTEM_DISTRO_ERROR',
    title: 'The custom system distribution failed',
    meaning: '`[wsl2] systemDistro=` in .wslconfig points to an unusable image.',
    category: 'other',
    remediation: ['Remove or fix `systemDistro=` in `%UserProfile%\\.wslconfig`, then `wsl --shutdown`.'],
    docsUrl: CONFIG,
  },
  {
    hresult: '0x80040306',
    symbol: 'WSL_E_CONSOLE',
    title: 'The legacy console is enabled',
    meaning: 'WSL cannot run in the legacy console host.',
    category: 'other',
    remediation: [
      'Console window > Properties: untick "Use legacy console", reopen the terminal (or use Windows Terminal).',
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80040308',
    symbol: 'WSL_E_USER_NOT_FOUND',
    title: 'The Linux user does not exist',
    meaning: 'The user passed with `-u` or `--set-default-user` is not in the distribution.',
    category: 'other',
    remediation: ['Create it first (`wsl -d <Distro> -u root useradd -m <user>`) or pass an existing user.'],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x80040309',
    symbol: 'WSL_E_INVALID_USAGE',
    title: 'Invalid wsl.exe usage',
    meaning: 'The option combination is not valid; wsl.exe prints its usage text (no `Error code:` line).',
    category: 'other',
    remediation: ['Check the options with `wsl --help`; some need a newer WSL (`wsl --update`).'],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x80070057',
    symbol: 'E_INVALIDARG',
    title: 'Invalid argument',
    meaning: 'An argument is unknown, missing its value or malformed (e.g. a boolean that is not true/false).',
    category: 'other',
    remediation: [
      'Check the command against `wsl --help`; options are case-sensitive and `--name=value` is not supported.',
    ],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x80070309',
    symbol: 'ERROR_VERSION_PARSE_ERROR',
    title: 'Invalid WSL version number',
    meaning: 'A `--version`/`--set-version`/`--set-default-version` argument is not 1 or 2.',
    category: 'other',
    remediation: ['Pass `1` or `2`.'],
    docsUrl: BASIC_COMMANDS,
  },
  {
    hresult: '0x80004004',
    symbol: 'E_ABORT',
    title: 'The operation was aborted',
    meaning: 'The installer (e.g. `Wsl/CallMsi/E_ABORT`) or the operation was cancelled.',
    category: 'other',
    remediation: ['Retry and accept the elevation prompt; in CI, run the step elevated (hosted runners are).'],
    docsUrl: INSTALL,
  },
  {
    hresult: '0x800704c7',
    symbol: 'ERROR_CANCELLED',
    title: 'The operation was cancelled',
    meaning: 'The user declined a prompt (usually UAC) or the operation was cancelled.',
    category: 'other',
    remediation: ['Retry and accept the elevation prompt, or run from an elevated terminal.'],
    docsUrl: INSTALL,
  },
  {
    hresult: '0x80070643',
    symbol: 'ERROR_INSTALL_FAILURE',
    title: 'The WSL installer failed',
    meaning: 'The WSL MSI reported a fatal error during installation.',
    category: 'other',
    remediation: [
      'Retry with logging: `msiexec /i wsl.<version>.x64.msi /l*v wsl-install.log` and read the log.',
      'Repair Windows components: `DISM /Online /Cleanup-Image /RestoreHealth`, then retry.',
    ],
    docsUrl: WSL_RELEASES,
  },
  {
    hresult: '0x8000ffff',
    symbol: 'E_UNEXPECTED',
    title: 'Catastrophic failure',
    meaning: 'An unexpected internal error.',
    category: 'other',
    remediation: [
      SHUTDOWN_RETRY,
      UPDATE_WSL,
      'Repair Windows: `sfc /scannow` and `DISM /Online /Cleanup-Image /RestoreHealth` (elevated).',
    ],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0x80004005',
    symbol: 'E_FAIL',
    title: 'Unspecified error',
    meaning: 'WSL failed without a more specific reason; the message above the code usually says more.',
    category: 'other',
    remediation: [SHUTDOWN_RETRY, UPDATE_WSL],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0xd000020c',
    symbol: 'STATUS_CONNECTION_DISCONNECTED',
    aliases: ['0xc000020c'],
    title: 'A connection to the WSL VM was dropped',
    meaning: 'A channel between Windows and the WSL 2 VM closed unexpectedly.',
    category: 'other',
    remediation: [SHUTDOWN_RETRY, UPDATE_WSL],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0xd00002fe',
    symbol: 'STATUS_SHUTDOWN_IN_PROGRESS',
    aliases: ['0xc00002fe'],
    title: 'Windows or WSL is shutting down',
    meaning: 'The call arrived while the system or the WSL VM was shutting down.',
    category: 'other',
    remediation: ['Wait for the shutdown to finish, then retry.'],
    docsUrl: TROUBLESHOOTING,
  },
  {
    hresult: '0xd000000d',
    symbol: 'STATUS_INVALID_PARAMETER',
    aliases: ['0xc000000d'],
    title: 'Invalid parameter (kernel status)',
    meaning: 'A lower layer rejected a parameter, often a malformed path or .wslconfig value.',
    category: 'other',
    remediation: ['Check the paths in the command and `%UserProfile%\\.wslconfig`.', UPDATE_WSL],
    docsUrl: CONFIG,
  },
  {
    hresult: '0xd000022d',
    symbol: 'STATUS_RETRY',
    aliases: ['0xc000022d'],
    title: 'The operation should be retried',
    meaning: 'A transient condition; the same call usually succeeds a moment later.',
    category: 'other',
    remediation: ['Retry the command.'],
    docsUrl: TROUBLESHOOTING,
  },
];
