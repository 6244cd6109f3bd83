/**
 * The context names wsl.exe joins with `/` before the result in `Error code: Wsl/Service/.../<result>`
 * (ExecutionContext flags, printed in ascending bit order). They say where the failure happened; the last
 * segment says what failed. `HCS` and `HNS` are upper-case like symbols, so the parser needs this list to tell
 * them apart from a result.
 */
const CONTEXT_PHRASES: Readonly<Record<string, string>> = {
  Wsl: 'wsl.exe',
  Wslg: 'wslg.exe',
  Bash: 'bash.exe',
  WslConfig: 'wslconfig.exe',
  WslC: 'WSL containers',
  InstallDistro: 'installing a distribution',
  EnumerateDistros: 'listing distributions',
  Service: 'the WSL service',
  RegisterDistro: 'registering a distribution',
  CreateInstance: 'starting a distribution',
  AttachDisk: 'attaching a disk',
  DetachDisk: 'detaching a disk',
  CreateVm: 'creating the WSL 2 virtual machine',
  ParseConfig: 'reading .wslconfig',
  ConfigureNetworking: 'configuring networking',
  ConfigureGpu: 'configuring the GPU',
  LaunchProcess: 'launching a process',
  ConfigureDistro: 'configuring a distribution',
  CreateLxProcess: 'creating a Linux process',
  UnregisterDistro: 'unregistering a distribution',
  ExportDistro: 'exporting a distribution',
  GetDistroConfiguration: 'reading a distribution configuration',
  GetDistroId: 'resolving a distribution name',
  SetDefaultDistro: 'setting the default distribution',
  SetVersion: 'converting a distribution',
  TerminateDistro: 'terminating a distribution',
  RegisterLxBus: 'registering the WSL 1 bus',
  MountDisk: 'mounting a disk',
  Plugin: 'a WSL plug-in',
  MoveDistro: 'moving a distribution',
  GetDefaultDistro: 'finding the default distribution',
  DebugShell: 'the debug shell',
  HCS: 'the Host Compute Service',
  HNS: 'the Host Network Service',
  CallMsi: 'the WSL installer (MSI)',
  Install: 'installing WSL',
  ReadDistroConfig: 'reading a distribution configuration',
  UpdatePackage: 'updating WSL',
  QueryLatestGitHubRelease: 'querying the latest WSL release on GitHub',
  VerifyChecksum: 'verifying a download checksum',
};

/** True for a known context name (`Service`, `CreateVm`, `HCS`, ...) or an unknown-bit marker such as `?(1024)`. */
export function isWslErrorContext(segment: string): boolean {
  return Object.hasOwn(CONTEXT_PHRASES, segment) || /^\?\(\d*\)$/.test(segment);
}

/** "while creating the WSL 2 virtual machine (the Host Compute Service)" style text, or '' for no known context. */
export function describeWslErrorContext(context: readonly string[]): string {
  // `Wsl` (the client) and `Service` are present in nearly every code and add nothing a user needs.
  const phrases = context
    .filter((name) => name !== 'Wsl' && name !== 'Service')
    .map((name) => CONTEXT_PHRASES[name])
    .filter((phrase): phrase is string => phrase !== undefined);
  if (phrases.length === 0) return '';
  const [first, ...rest] = phrases;
  return rest.length ? `while ${first} (${rest.join(', ')})` : `while ${first}`;
}
