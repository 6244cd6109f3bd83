import type { WslErrorCategory, WslErrorEntry } from './types.js';

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

type Row = readonly [
  hresult: string,
  symbol: string,
  category: WslErrorCategory,
  title: string,
  meaning: string,
  remediation: readonly string[],
  docsUrl: string,
  aliases?: readonly string[],
];

// Rows rather than object literals: the same data in about a third less bundle size (docs/budgets.md).
const ROWS: readonly Row[] = [
  // ── Hypervisor / virtualization ────────────────────────────────────────────────────────────────
  [
    '0x80370102',
    'HCS_E_HYPERV_NOT_INSTALLED',
    'virtualization-disabled',
    'WSL 2 cannot start: virtualization is not available',
    'The hypervisor is unusable: Virtual Machine Platform is off, VT-x/AMD-V is disabled in firmware, the ' +
      'hypervisor is not launched (`hypervisorlaunchtype Off`), or this is a VM without nested virtualization.',
    [
      ENABLE_VMP,
      'Turn on Intel VT-x / AMD-V (SVM) in the firmware (BIOS/UEFI) settings.',
      'Elevated terminal: `bcdedit /set hypervisorlaunchtype auto`, then reboot.',
      CI_VIRTUALIZATION,
      SELF_HOSTED_VM,
    ],
    ENABLE_VIRTUALIZATION,
  ],
  [
    '0x80370114',
    'HCS_E_SERVICE_NOT_AVAILABLE',
    'feature-missing',
    'The Host Compute Service is not available',
    'The Host Compute Service (vmcompute) cannot run: Virtual Machine Platform is missing or half-installed, or an ' +
      'Exploit protection override (Control Flow Guard) on vmcompute.exe blocks it.',
    [
      'Windows Security > App & browser control > Exploit protection > Program settings: remove the overrides for ' +
        '`C:\\Windows\\System32\\vmcompute.exe` and `vmwp.exe`, then reboot.',
      ENABLE_VMP,
      'Check that `sc.exe query vmcompute` finds the service; if not, re-enable Virtual Machine Platform.',
      CI_BAKE_FEATURES,
    ],
    'https://github.com/microsoft/WSL/issues/4951',
  ],
  [
    '0x80370109',
    'HCS_E_CONNECTION_TIMEOUT',
    'other',
    'The WSL 2 virtual machine did not answer in time',
    'The VM hung or the host is overloaded (often reported with Docker Desktop or Rancher Desktop running).',
    [SHUTDOWN_RETRY, UPDATE_WSL, 'Give the VM headroom: lower `[wsl2] memory=`/`processors=` load or close other VMs.'],
    TROUBLESHOOTING,
  ],
  [
    '0x80370107',
    'HCS_E_TERMINATED',
    'other',
    'The WSL 2 virtual machine was terminated',
    'The VM stopped while WSL was using it (shutdown during a call, crash, or host resource pressure).',
    [SHUTDOWN_RETRY, UPDATE_WSL],
    TROUBLESHOOTING,
  ],
  [
    '0x80040332',
    'WSL_E_VM_CRASHED',
    'other',
    'The WSL 2 virtual machine crashed',
    'The utility VM crashed; WSL keeps a crash dump.',
    [SHUTDOWN_RETRY, UPDATE_WSL, 'If it repeats, report it with logs: https://github.com/microsoft/WSL/issues.'],
    TROUBLESHOOTING,
  ],
  // ── WSL / Windows components ───────────────────────────────────────────────────────────────────
  [
    '0x8007019e',
    'ERROR_LINUX_SUBSYSTEM_NOT_PRESENT',
    'feature-missing',
    'The Windows Subsystem for Linux optional component is not enabled',
    'The inbox wsl.exe, WSL 1 and old distro launchers need the "Windows Subsystem for Linux" feature, which is off.',
    [
      'Elevated terminal: `wsl.exe --install --no-distribution` (add `--enable-wsl1` for WSL 1), then reboot.',
      'Or: `dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart`, then reboot.',
      CI_BAKE_FEATURES,
    ],
    INSTALL,
    ['0x19e'],
  ],
  [
    '0x80040321',
    'WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED',
    'feature-missing',
    'The Windows Subsystem for Linux optional component is required',
    'The requested operation needs the "Windows Subsystem for Linux" optional component, which is not enabled.',
    [
      'Elevated terminal: `wsl.exe --install --no-distribution`, then reboot.',
      'GitHub Actions: windows-2025 ships it; on windows-2022 run `wsl --update` first.',
      CI_BAKE_FEATURES,
    ],
    INSTALL,
  ],
  [
    '0x80040303',
    'WSL_E_WSL1_NOT_SUPPORTED',
    'feature-missing',
    'WSL 1 is not available on this machine',
    'WSL 1 was requested but the "Windows Subsystem for Linux" optional component is off.',
    [
      'Elevated terminal: `wsl --install --no-distribution --enable-wsl1`, then reboot.',
      'Or use WSL 2: `wsl --set-default-version 2` / `wsl --set-version <Distro> 2`.',
    ],
    INSTALL,
  ],
  [
    '0x8004032d',
    'WSL_E_VIRTUAL_MACHINE_PLATFORM_REQUIRED',
    'feature-missing',
    'Virtual Machine Platform is required',
    'Virtual networking (HNS) is unavailable because Virtual Machine Platform is not installed, for example when ' +
      'only Hyper-V is enabled. Recent WSL prints it as a `wsl:` warning and runs without networking.',
    [ENABLE_VMP, CI_BAKE_FEATURES],
    INSTALL,
  ],
  [
    '0x80070422',
    'ERROR_SERVICE_DISABLED',
    'feature-missing',
    'The WSL service is disabled',
    'The WSL service (`WSLService`, or `LxssManager` for inbox WSL) has startup type Disabled, often set by ' +
      'antivirus, "tuning" tools or group policy.',
    [
      'Elevated terminal: `sc.exe config wslservice start= demand` (inbox WSL: `sc.exe config lxssmanager start= demand`).',
      'Or services.msc > "WSL Service" > Startup type: Manual.',
      'If it flips back, add an exclusion in the security or tuning software that disabled it.',
    ],
    TROUBLESHOOTING,
  ],
  [
    '0x80070424',
    'ERROR_SERVICE_DOES_NOT_EXIST',
    'feature-missing',
    'The WSL service is not installed',
    'wsl.exe could not find its service: the WSL package is missing or its installation is broken.',
    [UPDATE_WSL, 'If that fails, uninstall "Windows Subsystem for Linux" in Settings > Apps and reinstall the MSI.'],
    WSL_RELEASES,
  ],
  [
    '0x80080005',
    'CO_E_SERVER_EXEC_FAILURE',
    'feature-missing',
    'The WSL service could not start',
    'COM could not start wslservice.exe: the WSL package is damaged or half-updated.',
    [
      'Repair the package: Settings > Apps > "Windows Subsystem for Linux" > Advanced options > Repair, or reinstall the MSI from github.com/microsoft/WSL/releases.',
      UPDATE_WSL,
    ],
    WSL_RELEASES,
  ],
  [
    '0x80040154',
    'REGDB_E_CLASSNOTREG',
    'feature-missing',
    'WSL is not registered',
    'The WSL COM class is not registered: the feature was turned off (e.g. by a Windows update) or the package registration is broken.',
    ['Elevated terminal: `wsl.exe --install --no-distribution`, then reboot.', UPDATE_WSL],
    TROUBLESHOOTING,
  ],
  [
    '0x80040328',
    'WSL_E_INSTALL_PROCESS_FAILED',
    'feature-missing',
    'The WSL installer process failed',
    'A helper process that installs WSL or its components failed.',
    [
      'Retry from an elevated terminal: `wsl --install --no-distribution`.',
      'Or install the MSI from github.com/microsoft/WSL/releases (`msiexec /i wsl.<version>.x64.msi /qn` in CI).',
    ],
    WSL_RELEASES,
  ],
  [
    '0x80040329',
    'WSL_E_INSTALL_COMPONENT_FAILED',
    'feature-missing',
    'A Windows optional component could not be installed',
    'Enabling "Windows Subsystem for Linux" or "Virtual Machine Platform" failed.',
    [
      'Elevated terminal: `dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart` and ' +
        '`dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart`, then reboot.',
      'If DISM fails: `DISM /Online /Cleanup-Image /RestoreHealth`, then retry.',
    ],
    INSTALL,
  ],
  // ── Kernel / package update ────────────────────────────────────────────────────────────────────
  [
    '0x800701bc',
    'ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED',
    'kernel-update',
    'WSL must be updated (WSL 2 kernel missing)',
    'The inbox WSL has no WSL 2 kernel or WSL package (Windows 10 before the package, or after it was removed). ' +
      'Older Windows says "WSL 2 requires an update to its kernel component".',
    [
      UPDATE_WSL,
      'Offline: install the WSL MSI (it carries the kernel) with `msiexec /i wsl.<version>.x64.msi`.',
      'GitHub Actions (windows-2022): add a step `wsl --update` (retry on failure) or install a pinned WSL MSI before using WSL 2.',
    ],
    'https://aka.ms/wsl2kernel',
    ['0x1bc'],
  ],
  [
    '0x80040327',
    'WSL_E_OS_NOT_SUPPORTED',
    'other',
    'This Windows build is too old for the WSL package',
    'The packaged WSL needs a newer Windows build; the message names the update (KB) to install.',
    [
      'Install the Windows update named in the message (Settings > Windows Update), then retry.',
      'Self-hosted runner: update the machine image; GitHub-hosted images are current.',
    ],
    'https://aka.ms/wslinstall',
  ],
  [
    '0x8004032a',
    'WSL_E_PLUGIN_REQUIRES_UPDATE',
    'kernel-update',
    'A WSL plug-in needs a newer WSL',
    'An installed WSL plug-in requires a newer WSL version than the one installed.',
    [UPDATE_WSL],
    WSL_RELEASES,
  ],
  // ── Distributions ──────────────────────────────────────────────────────────────────────────────
  [
    '0x80040301',
    'WSL_E_DEFAULT_DISTRO_NOT_FOUND',
    'no-distro',
    'No WSL distribution is installed',
    'No distribution is registered for this Windows user (printed without an `Error code:` line). Distros are ' +
      'per user: another account, the built-in Administrator or Admin Protection sees a different list.',
    [
      '`wsl --list --online` to see names, then `wsl --install <Distro>` (CI: add `--no-launch`, or use `--from-file`/`wsl --import`).',
      'Run WSL as the same user that installed the distribution; 32-bit callers must use `%SystemRoot%\\Sysnative\\wsl.exe`.',
      'CI: install the distro in the workflow before use and pass `-d <name>` explicitly.',
    ],
    BASIC_COMMANDS,
  ],
  [
    '0x80040302',
    'WSL_E_DISTRO_NOT_FOUND',
    'no-distro',
    'No distribution with that name',
    'The name given to `-d`, `--unregister`, `--install` or `--manage` matches no registered (or installable) distribution.',
    [
      LIST_DISTROS,
      'For `--install`, pick a name from `wsl --list --online`.',
      'CI: install the distro in an earlier step under the same user, then pass that exact name.',
    ],
    BASIC_COMMANDS,
  ],
  [
    '0x80040330',
    'WSL_E_DISTRIBUTION_NAME_NEEDED',
    'no-distro',
    'A distribution name is needed',
    // LxssUserSession.cpp _ProcessImportResultMessage: the file has no default name (`oobe.defaultName` in its
    // /etc/wsl-distribution.conf) and none was given.
    'The distribution file being installed has no default name, and no name was given (MessageDistributionNameNeeded: "This distribution doesn\'t contain a default name").',
    ['Choose the name: `wsl --install --from-file <file> --name <Name>` (or `wsl --import <Name> <folder> <file>`).'],
    BASIC_COMMANDS,
  ],
  [
    '0x8004031f',
    'WSL_E_DISTRO_ONLY_AVAILABLE_FROM_STORE',
    'network',
    'This distribution can only be installed from the Microsoft Store',
    'The distribution has no direct download, so `--web-download` cannot install it.',
    [
      'Install it without `--web-download` (needs the Microsoft Store), or choose another distribution from `wsl --list --online`.',
      'CI: use a distro with a `.wsl` download or `wsl --import` a rootfs tarball.',
    ],
    BASIC_COMMANDS,
  ],
  [
    '0x80040326',
    'WSL_E_NOT_A_LINUX_DISTRO',
    'other',
    'The file is not a valid Linux distribution',
    'The file given to `--import` or `--install --from-file` is not a Linux root file system archive.',
    [
      'Use a rootfs tarball (`.tar`, `.tar.gz`, `.tar.xz`) or a `.wsl` file; for a `.vhdx` add `--vhd`.',
      'Check the download finished (compare its SHA-256) before importing.',
    ],
    CUSTOM_DISTRO,
  ],
  [
    '0x800700b7',
    'ERROR_ALREADY_EXISTS',
    'other',
    'A distribution with that name already exists',
    'The name given to `--import`/`--install` is already registered.',
    [
      'Choose another name with `--name <Name>`, or remove the old one: `wsl --unregister <Distro>` (deletes its data).',
    ],
    BASIC_COMMANDS,
  ],
  [
    '0x80070050',
    'ERROR_FILE_EXISTS',
    'other',
    'The install location is already in use',
    "The folder given as install location already holds another distribution's disk.",
    ['Pass an empty folder to `--location` / `wsl --import <Distro> <folder> <file>`.'],
    BASIC_COMMANDS,
  ],
  [
    '0x8004030c',
    'WSL_E_DISTRO_NOT_STOPPED',
    'other',
    'The distribution is running (its disk is in use)',
    'Export, move, resize or conversion needs the distribution stopped.',
    ['`wsl --terminate <Distro>` (or `wsl --shutdown`), then retry.'],
    BASIC_COMMANDS,
  ],
  [
    '0x8000000d',
    'E_ILLEGAL_STATE_CHANGE',
    'other',
    'An install, uninstall or conversion is in progress',
    'Another operation is changing this distribution.',
    ['Wait for it to finish (`wsl -l -v` shows the state), or `wsl --shutdown` and retry.'],
    BASIC_COMMANDS,
  ],
  [
    '0x80040313',
    'WSL_E_VM_MODE_INVALID_STATE',
    'other',
    'The distribution already uses the requested WSL version',
    '`--set-version` asked for the version the distribution already has (or sparse mode on WSL 1).',
    ['Nothing to do: check with `wsl -l -v`.'],
    BASIC_COMMANDS,
  ],
  [
    '0x80040304',
    'WSL_E_VM_MODE_NOT_SUPPORTED',
    'other',
    'The Legacy distribution does not support WSL 2',
    'The pre-Store "Legacy" distribution can only run as WSL 1.',
    ['Install a current distribution (`wsl --install <Distro>`) and move your data to it.'],
    BASIC_COMMANDS,
  ],
  [
    '0x8004031c',
    'WSL_E_WSL2_NEEDED',
    'other',
    'This operation needs WSL 2',
    'The operation (e.g. `--mount`, sparse disks) is only supported for WSL 2 distributions.',
    ['Convert the distribution: `wsl --set-version <Distro> 2`.'],
    BASIC_COMMANDS,
  ],
  [
    '0x8004032f',
    'WSL_E_DISK_CORRUPTED',
    'other',
    "The distribution's virtual disk is corrupted",
    'The ext4.vhdx of the distribution failed to mount.',
    [
      'Follow https://aka.ms/wsldiskmountrecovery (run `e2fsck` on the disk from another distro), after backing up the .vhdx.',
      'CI: unregister and reinstall the distro (`wsl --unregister <Distro>`).',
    ],
    'https://aka.ms/wsldiskmountrecovery',
  ],
  [
    '0xc03a001a',
    'ERROR_VIRTUAL_DISK_LIMITATION',
    'other',
    'The virtual disk cannot be compressed, encrypted or sparse',
    'The distribution folder is NTFS-compressed or EFS-encrypted, or a sparse VHDX was resized.',
    [
      'Folder Properties > Advanced: untick "Compress contents" and "Encrypt contents" for the distro folder, then retry.',
      'For `--resize`: `wsl --manage <Distro> --set-sparse false` first.',
    ],
    TROUBLESHOOTING,
  ],
  [
    '0x80070002',
    'ERROR_FILE_NOT_FOUND',
    'other',
    'A file was not found',
    'A file WSL needs (distro file, kernel, VHDX) does not exist; sometimes reported together with virtualization problems.',
    ['Check the paths in the command and in `%UserProfile%\\.wslconfig`.', UPDATE_WSL],
    TROUBLESHOOTING,
  ],
  [
    '0x80070003',
    'ERROR_PATH_NOT_FOUND',
    'other',
    'A path was not found',
    'A folder WSL needs does not exist; Store distros must live on the system drive.',
    [
      'Settings > System > Storage > "Where new content is saved": put new apps on the system drive (C:), then reinstall.',
      'Check the paths in the command and in `%UserProfile%\\.wslconfig`.',
    ],
    TROUBLESHOOTING,
  ],
  [
    '0x80070070',
    'ERROR_DISK_FULL',
    'other',
    'The disk is full',
    'There is not enough space on the Windows drive for the distribution or its virtual disk.',
    ['Free space on the drive, or install with `--location <folder on another drive>`.'],
    DISK_SPACE,
  ],
  [
    '0x80310000',
    'FVE_E_LOCKED_VOLUME',
    'other',
    'The drive is locked by BitLocker',
    'The distribution lives on a BitLocker drive that is locked.',
    ['Unlock the drive (File Explorer or `manage-bde -unlock <D:> -RecoveryPassword <key>`), then retry.'],
    TROUBLESHOOTING,
  ],
  [
    '0x80070032',
    'ERROR_NOT_SUPPORTED',
    'feature-missing',
    'The request is not supported',
    'Windows refused the operation: on WSL this usually means a Windows feature it needs (Virtual Machine ' +
      'Platform, Windows Subsystem for Linux) is off, or the Windows edition/build does not offer it.',
    [
      'Enable the features: `wsl --install --no-distribution` (or `dism /online /enable-feature ' +
        '/featurename:VirtualMachinePlatform /all`), then restart Windows.',
      'Check that the Windows build supports the command (`winver`); update Windows if it is old.',
    ],
    TROUBLESHOOTING,
  ],
  // ── Disks, import/export, sessions (WSL_E_* of wslservice.idl; messages from GetErrorString in wslutil.cpp) ──
  [
    '0x80040305',
    'WSL_E_TOO_MANY_DISKS_ATTACHED',
    'other',
    'Too many disks are attached to the WSL 2 VM',
    'The VM has no free disk slot: many running distributions plus disks attached with `wsl --mount`.',
    ['Detach disks you do not need: `wsl --unmount` (all) or `wsl --unmount <Disk>`.', SHUTDOWN_RETRY],
    MOUNT_DISK,
  ],
  [
    '0x8004030a',
    'WSL_E_EXPORT_FAILED',
    'other',
    'Exporting the distribution failed',
    'The archive could not be written: the tar process inside the distribution failed, the target is full or not ' +
      "writable, or a disk export (`--vhd`, `--format vhd`) names a file without the disk's own extension.",
    [
      // LxssUserSession.cpp ExportDistribution: a VHD export must keep the source disk's extension (MessageRequiresFileExtension).
      'Check free space and write access for the target file; a `--vhd` export must end in `.vhdx`.',
      '`wsl --terminate <Distro>`, then retry the export.',
    ],
    BASIC_COMMANDS,
  ],
  [
    '0x8004030b',
    'WSL_E_IMPORT_FAILED',
    'other',
    'Importing the distribution failed',
    'The archive could not be unpacked into the new distribution (truncated or corrupt file), or a disk image does ' +
      'not have a `.vhd`/`.vhdx` extension.',
    [
      'Check the file is complete (compare its SHA-256 with the published one) and re-download it if not.',
      'For a disk image pass `--vhd` and keep the `.vhdx` extension.',
    ],
    CUSTOM_DISTRO,
  ],
  [
    '0x8004030d',
    'WSL_E_TTY_LIMIT',
    'other',
    'Too many terminals are open in the distribution',
    'The distribution ran out of terminals (its init answered EUSERS) while starting a new session.',
    ['Close WSL terminals you no longer need, or `wsl --terminate <Distro>`, then retry.'],
    TROUBLESHOOTING,
  ],
  [
    '0x80040311',
    'WSL_E_FS_UPGRADE_NEEDED',
    'other',
    'The WSL 1 file system of this distribution needs a one-time upgrade',
    'wsl.exe normally performs the upgrade itself when it starts the distribution interactively.',
    ['Start the distribution once in a terminal (`wsl -d <Distro>`) and let the upgrade finish, then retry.'],
    TROUBLESHOOTING,
  ],
  [
    '0x80040312',
    'WSL_E_USER_VHD_ALREADY_ATTACHED',
    'other',
    'The distribution disk is attached with `wsl --mount`',
    'A VHD mounted with `wsl --mount` cannot also be used to launch a distribution.',
    ['Detach it first: `wsl --unmount <path to the .vhdx>`, then retry.'],
    MOUNT_DISK,
  ],
  [
    '0x80040314',
    'WSL_E_VM_MODE_MOUNT_NAME_ALREADY_EXISTS',
    'other',
    'A disk is already mounted under that name',
    'The `--name` given to `wsl --mount` is already used under /mnt/wsl.',
    ['Pick another `--name`, or unmount the other disk first (`wsl --unmount <Disk>`).'],
    MOUNT_DISK,
  ],
  [
    '0x80040318',
    'WSL_E_DISK_ALREADY_ATTACHED',
    'other',
    'The disk is already attached',
    'The disk passed to `wsl --mount` is already attached to the WSL 2 VM.',
    ['Use the existing mount (see /mnt/wsl), or `wsl --unmount <Disk>` and mount it again.'],
    MOUNT_DISK,
  ],
  [
    '0x80040319',
    'WSL_E_DISK_ALREADY_MOUNTED',
    'other',
    'That volume is already mounted inside WSL 2',
    'The partition passed to `wsl --mount` is already mounted.',
    ['Use the existing mount (see /mnt/wsl), or `wsl --unmount <Disk>` first.'],
    MOUNT_DISK,
  ],
  [
    '0x8004031a',
    'WSL_E_DISK_MOUNT_FAILED',
    'other',
    'Mounting the disk inside WSL 2 failed',
    'Linux could not mount the attached disk: wrong file system type or options, or no such partition.',
    [
      'Check `--type` (default ext4), `--options` and `--partition`; list partitions with `lsblk` inside WSL after `wsl --mount <Disk> --bare`.',
    ],
    MOUNT_DISK,
  ],
  [
    '0x8004031b',
    'WSL_E_DISK_UNMOUNT_FAILED',
    'other',
    'Unmounting the disk failed',
    'Linux could not unmount the disk, usually because a process still uses it.',
    ['Leave the mounted folder and stop the processes using it, or `wsl --shutdown`, which detaches every disk.'],
    MOUNT_DISK,
  ],
  [
    '0x8004031d',
    'WSL_E_VM_MODE_INVALID_MOUNT_NAME',
    'other',
    'Invalid mount name',
    'The `--name` given to `wsl --mount` is empty, `.` or `..`, or contains `/`.',
    ['Pass a plain name: `wsl --mount <Disk> --name data`.'],
    MOUNT_DISK,
  ],
  [
    '0x8004031e',
    'WSL_E_GUI_APPLICATIONS_DISABLED',
    'other',
    'GUI application support is disabled',
    'The WSLg system distribution (`wsl --system`) is not running because GUI apps are turned off in .wslconfig ' +
      '(`[wsl2] guiApplications=false`) or in /etc/wsl.conf (`[general] guiApplications=false`).',
    ['Set `guiApplications=true` (or remove the line), then `wsl --shutdown` and retry.'],
    CONFIG,
  ],
  [
    '0x80040320',
    'WSL_E_WSL_MOUNT_NOT_SUPPORTED',
    'feature-missing',
    '`wsl --mount` is not supported on this ARM64 Windows build',
    '`wsl --mount` on ARM64 needs Windows build 27653 or newer.',
    ['Update Windows, or copy the data into the distribution another way.'],
    MOUNT_DISK,
  ],
  [
    '0x80040331',
    'WSL_E_INVALID_JSON',
    'other',
    'A JSON document WSL read is invalid',
    'WSL could not parse a JSON document, such as a custom distribution manifest (the message names the parse error).',
    [
      'If a custom distribution list is configured (a `DistributionListUrl` registry value or policy), fix or remove it.',
      UPDATE_WSL,
    ],
    TROUBLESHOOTING,
  ],
  // ── Access / privileges / policy ───────────────────────────────────────────────────────────────
  [
    '0x80070005',
    'E_ACCESSDENIED',
    'access-denied',
    'Access is denied',
    'The caller lacks rights for the operation or the target folder (e.g. `--manage --move` into a protected folder).',
    [
      'Run machine-wide operations (`--install`, `--update`, `--mount`) from an elevated terminal.',
      'For `--import`, `--export`, `--move`: pick a folder the user owns (check with `icacls <folder>`); in CI use `$env:RUNNER_TEMP`.',
    ],
    TROUBLESHOOTING,
  ],
  [
    '0xd0000022',
    'STATUS_ACCESS_DENIED',
    'access-denied',
    'Access is denied (kernel status)',
    'A kernel-level access check failed while WSL opened a file, disk or device.',
    ['Run from an elevated terminal, and check the permissions of the files involved (`icacls <path>`).'],
    TROUBLESHOOTING,
    ['0xc0000022'],
  ],
  [
    '0x8004032e',
    'WSL_E_LOCAL_SYSTEM_NOT_SUPPORTED',
    'access-denied',
    'WSL cannot run as Local System',
    'The caller runs as `SYSTEM`, e.g. a self-hosted CI runner installed as a LocalSystem service.',
    [
      'Run the runner service as a normal user: configure it with `config.cmd --runasservice --windowslogonaccount ' +
        "<user> --windowslogonpassword <password>`, or set the service's Log On account in services.msc.",
      'Sign in once as that user and install the distributions under it (distros are per user).',
      'Scheduled tasks: run them as a user account, not SYSTEM.',
    ],
    ENTERPRISE,
  ],
  [
    '0x800702e4',
    'ERROR_ELEVATION_REQUIRED',
    'access-denied',
    'The operation needs administrator rights',
    'The command changes machine state and was run without elevation.',
    ['Run it from an elevated terminal ("Run as administrator"); GitHub-hosted runners are already elevated.'],
    TROUBLESHOOTING,
  ],
  [
    '0x80040315',
    'WSL_E_ELEVATION_NEEDED_TO_MOUNT_DISK',
    'access-denied',
    'Mounting a disk needs administrator rights',
    '`wsl --mount` attaches a physical or virtual disk, which requires elevation.',
    ['Run `wsl --mount ...` from an elevated terminal.'],
    MOUNT_DISK,
  ],
  [
    '0x8004030f',
    'WSL_E_LOWER_INTEGRITY',
    'access-denied',
    'Another WSL instance runs elevated',
    'WSL 1 cannot run elevated and non-elevated instances at the same time.',
    ['Close the elevated WSL sessions (or `wsl --shutdown`), then retry from one kind of terminal only.'],
    TROUBLESHOOTING,
  ],
  [
    '0x80040310',
    'WSL_E_HIGHER_INTEGRITY',
    'access-denied',
    'Another WSL instance runs non-elevated',
    'WSL 1 cannot run elevated and non-elevated instances at the same time.',
    ['Close the non-elevated WSL sessions (or `wsl --shutdown`), then retry from one kind of terminal only.'],
    TROUBLESHOOTING,
  ],
  [
    '0x8004032b',
    'WSL_E_DISK_MOUNT_DISABLED',
    'access-denied',
    '`wsl --mount` is disabled by policy',
    'An administrator disabled disk mounting for WSL through policy.',
    ['Ask the administrator to allow it (WSL group policy / Intune settings), or copy the data another way.'],
    ENTERPRISE,
  ],
  [
    '0x8004032c',
    'WSL_E_WSL1_DISABLED',
    'access-denied',
    'WSL 1 is disabled by policy',
    'An administrator disabled WSL 1 through policy.',
    ['Use WSL 2 (`wsl --set-version <Distro> 2`), or ask the administrator to allow WSL 1.'],
    ENTERPRISE,
  ],
  [
    '0x800704ec',
    'ERROR_ACCESS_DISABLED_BY_POLICY',
    'access-denied',
    'Blocked by policy',
    'Group policy, AppLocker or an enterprise setting blocks WSL or the program it starts.',
    ['Ask the administrator which policy blocks WSL (`gpresult /h report.html`) and to allow it.'],
    ENTERPRISE,
  ],
  // ── Network / downloads ────────────────────────────────────────────────────────────────────────
  [
    '0x8007273d',
    'WSAEOPNOTSUPP',
    'network',
    'A network filter (Winsock LSP) blocks WSL',
    '"The attempted operation is not supported for the type of object referenced": a Winsock layered service ' +
      'provider installed by a proxy, VPN or game accelerator (Proxifier, NetLimiter, …) intercepts the sockets ' +
      'wsl.exe uses to reach its service, so no distribution starts.',
    [
      'Exclude wsl.exe from the layered provider (for example `NoLsp.exe C:\\Windows\\System32\\wsl.exe` from the ' +
        'Proxifier team), or uninstall/disable the proxy, VPN or accelerator.',
      'Or reset Winsock from an elevated terminal: `netsh winsock reset`, then restart Windows (this also removes ' +
        "the tool's provider, so the tool stops working).",
    ],
    NETWORKING,
  ],
  [
    '0x80072ee7',
    'WININET_E_NAME_NOT_RESOLVED',
    'network',
    'A server name could not be resolved (DNS)',
    'DNS cannot resolve the download host (raw.githubusercontent.com, github.com, the Store) during `--install`, ' +
      '`--update` or `--list --online`.',
    [NETWORK_CHECK, CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING,
  ],
  [
    '0x80072efd',
    'WININET_E_CANNOT_CONNECT',
    'network',
    'Could not connect to the download server',
    'The connection to GitHub or the Microsoft Store failed (offline, firewall, proxy, Store blocked).',
    [NETWORK_CHECK, 'If the Microsoft Store is blocked, add `--web-download`.', CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING,
  ],
  [
    '0x80072ee2',
    'WININET_E_TIMEOUT',
    'network',
    'The download timed out',
    'The server did not answer in time.',
    [NETWORK_CHECK, CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING,
  ],
  [
    '0x80072efe',
    'WININET_E_CONNECTION_ABORTED',
    'network',
    'The download connection was aborted',
    'The connection to the server ended abnormally.',
    ['Retry the command.', CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING,
  ],
  [
    '0x80072eff',
    'WININET_E_CONNECTION_RESET',
    'network',
    'The download connection was reset',
    'The server or a middlebox (proxy, firewall) reset the connection.',
    ['Retry the command.', NETWORK_CHECK, CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING,
  ],
  [
    '0x80072f0d',
    'WININET_E_INVALID_CA',
    'network',
    'The server certificate is not trusted',
    'A TLS-inspecting proxy or an outdated root store makes the download certificate untrusted.',
    ["Install the proxy's root certificate in the machine store, or bypass inspection for github.com and the Store."],
    TROUBLESHOOTING,
  ],
  [
    '0x80072f7d',
    'WININET_E_SECURITY_CHANNEL_ERROR',
    'network',
    'A TLS (secure channel) error occurred',
    'The TLS handshake with the download server failed (proxy inspection, disabled TLS 1.2/1.3, clock skew).',
    ['Check the system clock and TLS settings, and that no proxy rewrites TLS for github.com.', CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING,
  ],
  [
    '0x800b0109',
    'CERT_E_UNTRUSTEDROOT',
    'network',
    'A certificate chains to an untrusted root',
    'A downloaded package or server certificate ends in a root this machine does not trust (often a TLS-inspecting proxy).',
    [
      "Install the proxy's root certificate in the machine store, or download the MSI elsewhere and install it offline.",
    ],
    TROUBLESHOOTING,
  ],
  [
    '0x80190193',
    'HTTP_E_STATUS_FORBIDDEN',
    'network',
    'The download server answered 403 Forbidden',
    'GitHub or the Store refused the download; on windows-2022 runners `wsl --update` hits this intermittently ' +
      '(rate limits, Store throttling).',
    [
      // WslClient.cpp UpdatePackage takes `--web-download` as a no-op: the package always updates from GitHub.
      'Retry later. Adding `--web-download` does not help the WSL package (its `wsl --update` always downloads from ' +
        'GitHub and ignores the flag); only the inbox wsl.exe uses `wsl --update --web-download` to skip the Store.',
      'CI: install a pinned, SHA-256-verified WSL MSI from github.com/microsoft/WSL/releases (cache it with actions/cache) instead of `wsl --update`.',
      CI_RETRY_DOWNLOAD,
    ],
    WSL_RELEASES,
  ],
  [
    '0x80190194',
    'HTTP_E_STATUS_NOT_FOUND',
    'network',
    'The download server answered 404 Not Found',
    'The distribution or package URL no longer exists (a retired distro version or an outdated WSL).',
    ['Pick a current name from `wsl --list --online`.', UPDATE_WSL],
    BASIC_COMMANDS,
  ],
  [
    '0x801901f6',
    'HTTP_E_STATUS_BAD_GATEWAY',
    'network',
    'The download server answered 502 Bad Gateway',
    'A server or proxy on the way failed.',
    ['Retry later.', CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING,
  ],
  [
    '0x801901f7',
    'HTTP_E_STATUS_SERVICE_UNAVAIL',
    'network',
    'The download server answered 503 Service Unavailable',
    'The server is overloaded or down.',
    ['Retry later.', CI_RETRY_DOWNLOAD],
    TROUBLESHOOTING,
  ],
  // ── Service / RPC ──────────────────────────────────────────────────────────────────────────────
  [
    '0x800706be',
    'RPC_S_CALL_FAILED',
    'other',
    'The WSL service crashed during the call',
    'wslservice.exe (inbox: LxssManager) failed mid-call: a WSL bug, interfering security software, or a recent Windows upgrade.',
    [
      SHUTDOWN_RETRY,
      UPDATE_WSL,
      'If it repeats, check third-party security software and report a crash dump (see microsoft/WSL CONTRIBUTING.md).',
    ],
    'https://github.com/microsoft/WSL/blob/master/CONTRIBUTING.md',
  ],
  [
    '0x800706ba',
    'RPC_S_SERVER_UNAVAILABLE',
    'other',
    'The WSL service is not running',
    'wsl.exe could not reach wslservice.exe: it is stopped, crashed or failed to start.',
    ['Elevated terminal: `sc.exe start wslservice`, then retry.', SHUTDOWN_RETRY, UPDATE_WSL],
    TROUBLESHOOTING,
  ],
  [
    '0x80010108',
    'RPC_E_DISCONNECTED',
    'other',
    'The connection to the WSL service was lost',
    'The WSL service restarted or crashed while the command ran.',
    [SHUTDOWN_RETRY, UPDATE_WSL],
    TROUBLESHOOTING,
  ],
  [
    '0x80041002',
    'WBEM_E_NOT_FOUND',
    'other',
    'The WSL virtual network could not be created',
    'The Host Network Service failed to create the WSL network (damaged Virtual Machine Platform networking, ' +
      'leftovers of other hypervisors or VPNs).',
    [
      'Stop-gap: set `[wsl2]` `networkingMode=None` in `%UserProfile%\\.wslconfig`, then `wsl --shutdown`.',
      'Re-enable Virtual Machine Platform (`wsl.exe --install --no-distribution`) and reboot.',
      UPDATE_WSL,
    ],
    NETWORKING,
  ],
  [
    '0x80040325',
    'WSL_E_VMSWITCH_NOT_SET',
    'other',
    'Bridged networking needs a virtual switch',
    '`networkingMode=bridged` is set without `vmSwitch` in .wslconfig.',
    [
      'Add `vmSwitch=<Hyper-V switch name>` under `[wsl2]` in `%UserProfile%\\.wslconfig`, or remove `networkingMode=bridged`.',
    ],
    CONFIG,
  ],
  [
    '0x80040324',
    'WSL_E_VMSWITCH_NOT_FOUND',
    'other',
    'The configured virtual switch does not exist',
    'The `vmSwitch` named in .wslconfig is not a Hyper-V switch on this machine.',
    ['List switches with `Get-VMSwitch` and fix `vmSwitch=` in `%UserProfile%\\.wslconfig`.'],
    CONFIG,
  ],
  // ── Configuration and usage ────────────────────────────────────────────────────────────────────
  [
    '0x80040307',
    'WSL_E_CUSTOM_KERNEL_NOT_FOUND',
    'other',
    'The custom kernel in .wslconfig was not found',
    '`[wsl2] kernel=` points to a missing file, or `kernelModules` is set without `kernel`.',
    [
      'Fix or remove `kernel=` (absolute Windows path, backslashes escaped) in `%UserProfile%\\.wslconfig`, then `wsl --shutdown`.',
    ],
    CONFIG,
  ],
  [
    '0x8004030e',
    'WSL_E_CUSTOM_SYSTEM_DISTRO_ERROR',
    'other',
    'The custom system distribution failed',
    '`[wsl2] systemDistro=` in .wslconfig points to an unusable image.',
    ['Remove or fix `systemDistro=` in `%UserProfile%\\.wslconfig`, then `wsl --shutdown`.'],
    CONFIG,
  ],
  [
    '0x80040306',
    'WSL_E_CONSOLE',
    'other',
    'The legacy console is enabled',
    'WSL cannot run in the legacy console host.',
    ['Console window > Properties: untick "Use legacy console", reopen the terminal (or use Windows Terminal).'],
    TROUBLESHOOTING,
  ],
  [
    '0x80040308',
    'WSL_E_USER_NOT_FOUND',
    'other',
    'The Linux user does not exist',
    'The user passed with `-u` or `--set-default-user` is not in the distribution.',
    ['Create it first (`wsl -d <Distro> -u root useradd -m <user>`) or pass an existing user.'],
    BASIC_COMMANDS,
  ],
  [
    '0x80040309',
    'WSL_E_INVALID_USAGE',
    'other',
    'Invalid wsl.exe usage',
    'The option combination is not valid; wsl.exe prints its usage text (no `Error code:` line).',
    ['Check the options with `wsl --help`; some need a newer WSL (`wsl --update`).'],
    BASIC_COMMANDS,
  ],
  [
    '0x80070057',
    'E_INVALIDARG',
    'other',
    'Invalid argument',
    'An argument is unknown, missing its value or malformed (e.g. a boolean that is not true/false).',
    ['Check the command against `wsl --help`; options are case-sensitive and `--name=value` is not supported.'],
    BASIC_COMMANDS,
  ],
  [
    '0x80070309',
    'ERROR_VERSION_PARSE_ERROR',
    'other',
    'Invalid WSL version number',
    'A `--version`/`--set-version`/`--set-default-version` argument is not 1 or 2.',
    ['Pass `1` or `2`.'],
    BASIC_COMMANDS,
  ],
  [
    '0x80004004',
    'E_ABORT',
    'other',
    'The operation was aborted',
    'The installer (e.g. `Wsl/CallMsi/E_ABORT`) or the operation was cancelled.',
    ['Retry and accept the elevation prompt; in CI, run the step elevated (hosted runners are).'],
    INSTALL,
  ],
  [
    '0x800704c7',
    'ERROR_CANCELLED',
    'other',
    'The operation was cancelled',
    'The user declined a prompt (usually UAC) or the operation was cancelled.',
    ['Retry and accept the elevation prompt, or run from an elevated terminal.'],
    INSTALL,
  ],
  [
    '0x80070643',
    'ERROR_INSTALL_FAILURE',
    'other',
    'The WSL installer failed',
    'The WSL MSI reported a fatal error during installation.',
    [
      'Retry with logging: `msiexec /i wsl.<version>.x64.msi /l*v wsl-install.log` and read the log.',
      'Repair Windows components: `DISM /Online /Cleanup-Image /RestoreHealth`, then retry.',
    ],
    WSL_RELEASES,
  ],
  [
    '0x8000ffff',
    'E_UNEXPECTED',
    'other',
    'Catastrophic failure',
    'An unexpected internal error.',
    [
      SHUTDOWN_RETRY,
      UPDATE_WSL,
      'Repair Windows: `sfc /scannow` and `DISM /Online /Cleanup-Image /RestoreHealth` (elevated).',
    ],
    TROUBLESHOOTING,
  ],
  [
    '0x80004005',
    'E_FAIL',
    'other',
    'Unspecified error',
    'WSL failed without a more specific reason; the message above the code usually says more.',
    [SHUTDOWN_RETRY, UPDATE_WSL],
    TROUBLESHOOTING,
  ],
  [
    '0xd000020c',
    'STATUS_CONNECTION_DISCONNECTED',
    'other',
    'A connection to the WSL VM was dropped',
    'A channel between Windows and the WSL 2 VM closed unexpectedly.',
    [SHUTDOWN_RETRY, UPDATE_WSL],
    TROUBLESHOOTING,
    ['0xc000020c'],
  ],
  [
    '0xd00002fe',
    'STATUS_SHUTDOWN_IN_PROGRESS',
    'other',
    'Windows or WSL is shutting down',
    'The call arrived while the system or the WSL VM was shutting down.',
    ['Wait for the shutdown to finish, then retry.'],
    TROUBLESHOOTING,
    ['0xc00002fe'],
  ],
  [
    '0xd000000d',
    'STATUS_INVALID_PARAMETER',
    'other',
    'Invalid parameter (kernel status)',
    'A lower layer rejected a parameter, often a malformed path or .wslconfig value.',
    ['Check the paths in the command and `%UserProfile%\\.wslconfig`.', UPDATE_WSL],
    CONFIG,
    ['0xc000000d'],
  ],
  [
    '0xd000022d',
    'STATUS_RETRY',
    'other',
    'The operation should be retried',
    'A transient condition; the same call usually succeeds a moment later.',
    ['Retry the command.'],
    TROUBLESHOOTING,
    ['0xc000022d'],
  ],
];

/** The catalogue: one entry per HRESULT, each with its symbolic name, category, remediation and docs link. */
export const WSL_ERROR_CATALOG: readonly WslErrorEntry[] = ROWS.map(
  ([hresult, symbol, category, title, meaning, remediation, docsUrl, aliases]) => ({
    hresult,
    symbol,
    ...(aliases ? { aliases } : {}),
    title,
    meaning,
    category,
    remediation,
    docsUrl,
  }),
);
