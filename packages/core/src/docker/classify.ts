import { describeEndpoint, normalizeEndpoint, pipeName, sameEndpoint } from './endpoints.js';
import { describeDockerError } from './parsers/connection-errors.js';
import { infoShowsAnswer } from './parsers/info.js';
import type {
  Confidence,
  DockerBackend,
  DockerBackendClassification,
  DockerCliError,
  DockerEndpointProbe,
  DockerEvidence,
  DockerHostOs,
  OtherEngine,
} from './types.js';

/**
 * Decide which engine answers the docker CLI with the decision table below (rows 0–7b; the public source of
 * each row is in the engine fixtures' `source`): collect every signal first, then apply the rows in order.
 * Every decision names the signal that made it in `evidence`; doubts go to `warnings`.
 */
export function classifyDockerBackend(evidence: DockerEvidence): DockerBackendClassification {
  const notes = new Notes();
  const current = evidence.current ?? null;
  const hostOs = resolveHostOs(evidence, notes);
  const ctx = resolveContext(evidence, notes);
  const cliVersion = evidence.cli.version ?? current?.version?.client?.version ?? current?.info?.clientVersion ?? null;

  const others = (evidence.others ?? []).filter((o) => !sameEndpoint(o.endpoint, ctx.endpoint) && answered(o));
  const otherEngines: OtherEngine[] = others.map((o) => {
    const verdict = classifyEngine(
      o,
      { ...evidence, host: { ...evidence.host, os: hostOs } },
      new Notes(),
      o.endpoint,
      o.context,
    );
    return {
      endpoint: o.endpoint,
      backend: verdict.backend,
      engineOs: verdict.engineOs,
      serverVersion: serverVersionOf(o),
    };
  });

  const base = {
    endpoint: ctx.endpoint,
    context: ctx.name,
    cliVersion,
    otherEngines,
  };

  const cliMissing =
    !evidence.cli.present ||
    (current?.errors ?? []).some((e) => e.kind === 'cli-not-found' || e.kind === 'wsl-integration-off');
  if (cliMissing) {
    explainMissingCli(evidence, notes);
    return finish(evidence, notes, {
      ...base,
      backend: 'none',
      linuxContainers: false,
      engineOs: null,
      confidence: 'high',
      serverVersion: null,
      desktopVersion: null,
    });
  }

  if (current && answered(current)) {
    const verdict = classifyEngine(
      current,
      { ...evidence, host: { ...evidence.host, os: hostOs } },
      notes,
      ctx.endpoint,
      ctx.name,
    );
    warnIfDesktopSidelined(evidence, verdict.backend, otherEngines, notes);
    return finish(evidence, notes, {
      ...base,
      backend: verdict.backend,
      linuxContainers: verdict.linuxContainers,
      engineOs: verdict.engineOs,
      ...(verdict.isolation ? { isolation: verdict.isolation } : {}),
      confidence: verdict.confidence,
      serverVersion: serverVersionOf(current),
      desktopVersion: desktopVersionOf(current),
    });
  }

  return finish(evidence, notes, { ...base, ...classifySilentEngine(evidence, current, ctx, otherEngines, notes) });
}

/** An engine answered when it printed a Server block, or `docker info` has a version and no server errors. */
function answered(probe: DockerEndpointProbe): boolean {
  return probe.answered || !!probe.version?.server || infoShowsAnswer(probe.info);
}

class Notes {
  evidence: string[] = [];
  warnings: string[] = [];
  because(text: string) {
    if (!this.evidence.includes(text)) this.evidence.push(text);
  }
  warn(text: string) {
    if (!this.warnings.includes(text)) this.warnings.push(text);
  }
}

function resolveHostOs(evidence: DockerEvidence, notes: Notes): DockerHostOs {
  if (evidence.host.os !== 'unknown') return evidence.host.os;
  const endpoint = evidence.context?.endpoint ?? evidence.dockerHost ?? evidence.current?.endpoint ?? null;
  if (endpoint && pipeName(endpoint.replace(/^npipe:/i, '')) !== null) {
    notes.because(`Host taken as Windows: the CLI dials the named pipe \`${normalizeEndpoint(endpoint)}\`.`);
    return 'windows';
  }
  return 'unknown';
}

function resolveContext(evidence: DockerEvidence, notes: Notes): { name: string | null; endpoint: string | null } {
  const listed = evidence.contexts?.find((c) => c.current) ?? null;
  // DOCKER_HOST outranks DOCKER_CONTEXT: the CLI then uses `default` (docker/cli cli/command/cli.go
  // resolveContextName: --context, --host, DOCKER_HOST, DOCKER_CONTEXT, the config's currentContext).
  let name = evidence.dockerHost
    ? 'default'
    : (evidence.dockerContext ?? evidence.context?.name ?? listed?.name ?? null);
  name ??= evidence.current?.version?.client?.context ?? evidence.current?.info?.clientContext ?? null;
  let endpoint = evidence.context?.endpoint ?? null;
  if (!endpoint && name) endpoint = evidence.contexts?.find((c) => c.name === name)?.endpoint ?? null;
  endpoint ??= listed?.endpoint ?? evidence.current?.endpoint ?? null;
  if (evidence.dockerHost) {
    endpoint = evidence.dockerHost;
    notes.because(`DOCKER_HOST=\`${evidence.dockerHost}\` overrides the docker context.`);
  } else if (name || endpoint) {
    notes.because(
      `The CLI uses context \`${name ?? 'default'}\`${endpoint ? ` → \`${normalizeEndpoint(endpoint)}\`` : ''}.`,
    );
  }
  return { name, endpoint: endpoint ? normalizeEndpoint(endpoint) : null };
}

type EngineVerdict = Pick<
  DockerBackendClassification,
  'backend' | 'linuxContainers' | 'engineOs' | 'isolation' | 'confidence'
>;

const WSL2_KERNEL = /microsoft-standard(?:-WSL2)?|-WSL2\b/i;

/** The kernel of WSL 2's VM (`5.15.167.4-microsoft-standard-WSL2`), which every WSL-based engine shares. */
export function isWsl2Kernel(kernel: string): boolean {
  return WSL2_KERNEL.test(kernel);
}
const WSL1_KERNEL = /^\d+\.\d+\.\d+-\d+-Microsoft\b/;
const LINUXKIT_KERNEL = /linuxkit/i;
const DESKTOP_LABEL = /^com\.docker\.desktop\.address=/i;
const WINDOWS_KERNEL = /^\d+\.\d+ \d{4,5} \(/;
/**
 * A client edition in a Windows engine's OperatingSystem. Engines since moby 23 print "Microsoft Windows Version 24H2
 * (OS Build 26100.4652)" on clients and "Microsoft Windows Server Version …" on servers (moby/moby
 * pkg/parsers/operatingsystem/windows_os_string.go, windowsOSRelease.String); older ones printed the edition name,
 * "Windows 10 Pro Version 2009 (OS Build …)" even on Windows 11 (moby#43284).
 */
const WINDOWS_CLIENT_OS = /^(?:Microsoft )?Windows (?:10|11)\b|^Microsoft Windows(?! Server)\b/i;

/**
 * Podman's compat `/info` sends ProductLicense "Apache-2.0" (containers/podman pkg/api/handlers/compat/info.go,
 * GetInfo), the one Podman mark that survives `docker info` (the docker CLI drops `BuildahVersion` and the other
 * Podman-only keys). moby's default is empty (dockerversion.DefaultProductLicense), docker-ce's "Community Engine".
 */
export function isPodmanLicense(license: string | null | undefined): boolean {
  return license?.trim() === 'Apache-2.0';
}

/**
 * The product name a plain dockerd build gives its platform: docker-ce and the static Moby zips (`Docker Engine -
 * Community`), Mirantis. Docker Desktop named its engine's platform the same way in its 2.x days (engine 19/20), and
 * `Docker Desktop <version> (<build>)` since well before engine 23 (desktop-feedback#162, Windows-Containers#399).
 */
function isPlainEnginePlatform(platformName: string, serverVersion: string): boolean {
  if (/^Mirantis Container Runtime\b/i.test(platformName)) return true;
  const major = Number(/^(\d+)\./.exec(serverVersion)?.[1] ?? 0);
  return /^Docker Engine - Community$/i.test(platformName.trim()) && major >= 23;
}

/** Rows 1–7b of the decision table, for an engine that answered. */
function classifyEngine(
  probe: DockerEndpointProbe,
  evidence: DockerEvidence,
  notes: Notes,
  endpoint: string | null,
  context: string | null,
): EngineVerdict {
  const host = evidence.host;
  const server = probe.version?.server ?? null;
  const info = probe.info ?? null;
  const platformName = server?.platformName ?? null;
  const components = server?.components ?? [];
  const os = (info?.operatingSystem ?? '').trim();
  const kernel = info?.kernelVersion ?? server?.kernelVersion ?? null;
  let osType = (info?.osType ?? server?.os ?? '').toLowerCase() || null;
  if (!osType && (info?.driver === 'windowsfilter' || (kernel && WINDOWS_KERNEL.test(kernel)))) osType = 'windows';
  // Engines before 1.13 print no OSType; a Linux release as kernel says enough.
  if (!osType && kernel && /^\d+\.\d+\.\d+/.test(kernel)) osType = 'linux';
  const settings = evidence.desktopSettings ?? null;
  const pipe = endpoint ? pipeName(endpoint.replace(/^npipe:/i, '')) : null;

  // Row 1: Podman's compat API names itself in the components, platform and /info keys.
  const podmanComponent = components.find((c) => /podman engine/i.test(c.name));
  const podmanPlatform = platformName && /^linux\/\w+\//.test(platformName) ? platformName : null;
  const buildah = info?.podmanKeys.includes('BuildahVersion') ?? false;
  const podmanLicense = isPodmanLicense(info?.productLicense);
  if (podmanComponent || podmanPlatform || buildah || podmanLicense) {
    if (podmanComponent) notes.because(`Server component \`${podmanComponent.name}\` is Podman's.`);
    if (podmanPlatform) notes.because(`Server platform \`${podmanPlatform}\` has Podman's os/arch/distro form.`);
    if (buildah) notes.because('`docker info` carries `BuildahVersion`, a key only Podman sends.');
    if (podmanLicense) notes.because("Product License is `Apache-2.0`, the constant of Podman's compat `/info`.");
    if (kernel && WSL2_KERNEL.test(kernel)) notes.because(`Kernel \`${kernel}\`: the Podman machine runs in WSL 2.`);
    return { backend: 'podman', linuxContainers: true, engineOs: 'linux', confidence: 'high' };
  }

  // Row 2: Rancher Desktop's engine distribution names itself in PRETTY_NAME.
  if (/Rancher Desktop/i.test(os)) {
    notes.because(`Operating System is \`${os}\` (Rancher Desktop's engine distribution, moby mode).`);
    return { backend: 'rancher-desktop', linuxContainers: true, engineOs: 'linux', confidence: 'high' };
  }

  // Rows 5–6: a Windows engine runs Windows containers only.
  if (osType === 'windows') {
    const isolation = parseIsolation(info?.isolation);
    const verdict = (backend: DockerBackend, confidence: Confidence): EngineVerdict => ({
      backend,
      linuxContainers: false,
      engineOs: 'windows',
      ...(isolation ? { isolation } : {}),
      confidence,
    });
    notes.because('OSType is `windows`: this engine runs Windows containers, not Linux ones.');
    if (isolation) notes.because(`Default isolation is \`${isolation}\`.`);
    const desktopSigns = [
      platformName && /^Docker Desktop/i.test(platformName) ? `server platform \`${platformName}\`` : null,
      context === 'desktop-windows' ? 'context `desktop-windows`' : null,
      pipe && /^dockerDesktopWindowsEngine$/i.test(pipe) ? 'endpoint `dockerDesktopWindowsEngine`' : null,
      info?.labels.some((l) => DESKTOP_LABEL.test(l)) ? 'the `com.docker.desktop.address` label' : null,
    ].filter((s): s is string => s !== null);
    if (desktopSigns.length > 0) {
      notes.because(`Docker Desktop in Windows-containers mode: ${desktopSigns.join(', ')}.`);
      return verdict('desktop-windows', 'high');
    }
    const serverSigns = [
      /Windows Server/i.test(os) ? `Operating System \`${os}\`` : null,
      pipe && /^setup_docker_action$/i.test(pipe)
        ? 'endpoint `setup_docker_action` (docker/setup-docker-action)'
        : null,
      context === 'setup-docker-action' ? 'context `setup-docker-action`' : null,
      host.windowsServer ? 'the host runs Windows Server' : null,
    ].filter((s): s is string => s !== null);
    if (serverSigns.length > 0) {
      notes.because(`Moby (dockerd) on Windows, not Docker Desktop: ${serverSigns.join(', ')}.`);
      return verdict('moby-windows-server', /Windows Server/i.test(os) ? 'high' : 'medium');
    }
    // A dockerd's own product name, where Desktop would print `Docker Desktop <version>`: it outranks Desktop's
    // settings, since Desktop may be installed while another dockerd owns the pipe the CLI dials.
    const version = info?.serverVersion ?? server?.version ?? '';
    if (platformName && isPlainEnginePlatform(platformName, version)) {
      notes.because(
        `Server platform \`${platformName}\` is a plain dockerd's (Docker Desktop names its engines ` +
          '`Docker Desktop <version>`): Moby on Windows, not Docker Desktop.',
      );
      return verdict('moby-windows-server', 'high');
    }
    if (settings?.useWindowsContainers) {
      notes.because('Docker Desktop settings say `useWindowsContainers: true`.');
      return verdict('desktop-windows', 'medium');
    }
    // A nightly or self-built dockerd (`master-dockerproject-…`) is plain moby, whatever edition it runs on.
    if (/dockerproject|^master-|-dev$/i.test(version)) {
      notes.because(`Server version \`${version}\` is a nightly or self-built dockerd, not Docker Desktop's engine.`);
      return verdict('moby-windows-server', 'medium');
    }
    if (evidence.desktopInstalled === false) {
      notes.because('Docker Desktop is not installed: a Windows engine here is a dockerd service (Moby).');
      return verdict('moby-windows-server', 'medium');
    }
    // A client edition of Windows (10/11 Pro, Enterprise, …) runs Windows containers through Docker Desktop.
    if (WINDOWS_CLIENT_OS.test(os)) {
      notes.because(
        `Operating System \`${os}\` is a client edition: Windows containers there come from Docker Desktop.`,
      );
      return verdict('desktop-windows', 'medium');
    }
    notes.warn(
      `A Windows engine answers${os ? ` on \`${os}\`` : ''} without Docker Desktop's marks: taken as a plain dockerd ` +
        '(moby) install.',
    );
    return verdict('moby-windows-server', 'low');
  }

  // Rows 3–4: Docker Desktop's Linux engine; the kernel tells WSL 2 from Hyper-V.
  const desktopOs = /^Docker Desktop$/i.test(os) || /^Docker for Windows$/i.test(os) || /^Docker for Mac$/i.test(os);
  const desktopLabel = info?.labels.some((l) => DESKTOP_LABEL.test(l)) ?? false;
  const desktopProxy = /http\.docker\.internal/i.test(info?.httpProxy ?? '');
  const desktopPlatform = platformName !== null && /^Docker Desktop/i.test(platformName);
  // Only Docker Desktop's Hyper-V VM runs a LinuxKit kernel on Windows (its 2019 engines named no product).
  const linuxkitOnWindows = host.os === 'windows' && kernel !== null && LINUXKIT_KERNEL.test(kernel);
  const linuxEngine: Pick<EngineVerdict, 'linuxContainers' | 'engineOs'> = { linuxContainers: true, engineOs: 'linux' };
  if (desktopOs || linuxkitOnWindows || ((desktopLabel || desktopPlatform) && !(kernel && WSL1_KERNEL.test(kernel)))) {
    const signs = [
      desktopOs ? `Operating System \`${os}\`` : null,
      linuxkitOnWindows && !desktopOs && !desktopPlatform && !desktopLabel
        ? 'a LinuxKit kernel on a Windows host'
        : null,
      desktopPlatform ? `server platform \`${platformName}\`` : null,
      desktopLabel ? 'the `com.docker.desktop.address` label' : null,
      desktopProxy ? 'the `http.docker.internal` proxy' : null,
    ].filter((s): s is string => s !== null);
    notes.because(`Docker Desktop's Linux engine: ${signs.join(', ')}.`);
    // The engine's own kernel outranks the host: Desktop's WSL 2 engine seen from a distribution is still WSL 2.
    const wsl2Engine = kernel !== null && WSL2_KERNEL.test(kernel);
    if (host.os === 'darwin' || (host.os === 'linux' && !host.isWsl && !wsl2Engine)) {
      const where = host.os === 'darwin' ? 'macOS' : 'Linux';
      notes.because(`The host is ${where}: Docker Desktop for ${where} is not one of the Windows backends.`);
      return { backend: host.os === 'darwin' ? 'desktop-mac' : 'desktop-linux', ...linuxEngine, confidence: 'high' };
    }
    const wslSetting = settings?.wslEngineEnabled ?? null;
    if (kernel && WSL2_KERNEL.test(kernel)) {
      notes.because(`Kernel \`${kernel}\` is a WSL 2 kernel.`);
      if (wslSetting === false) {
        notes.warn(
          'Docker Desktop settings say `wslEngineEnabled: false` (Hyper-V), but the engine runs a WSL 2 kernel.',
        );
      }
      if (host.os === 'linux') notes.because("Reached from inside WSL through Docker Desktop's WSL integration.");
      noteDesktopDistro(evidence, notes);
      return { backend: 'desktop-wsl2', ...linuxEngine, confidence: 'high' };
    }
    if (kernel && LINUXKIT_KERNEL.test(kernel)) {
      notes.because(`Kernel \`${kernel}\` is LinuxKit: Docker Desktop's Hyper-V VM.`);
      if (wslSetting === true) {
        notes.warn(
          'Docker Desktop settings say `wslEngineEnabled: true`, but the engine runs a LinuxKit (Hyper-V) kernel.',
        );
      }
      return { backend: 'desktop-hyperv', ...linuxEngine, confidence: host.os === 'windows' ? 'high' : 'medium' };
    }
    if (wslSetting !== null) {
      notes.because(`Docker Desktop settings say \`wslEngineEnabled: ${wslSetting}\`.`);
      if (kernel) notes.warn(`Kernel \`${kernel}\` is neither a WSL 2 nor a LinuxKit kernel (a custom kernel?).`);
      return { backend: wslSetting ? 'desktop-wsl2' : 'desktop-hyperv', ...linuxEngine, confidence: 'medium' };
    }
    notes.warn(
      `Cannot tell Docker Desktop's WSL 2 backend from Hyper-V: ${kernel ? `kernel \`${kernel}\` is neither` : 'no kernel version'}` +
        ' and no Desktop settings were read. Assumed WSL 2, the default.',
    );
    return { backend: 'desktop-wsl2', ...linuxEngine, confidence: 'low' };
  }

  // Row 7b: dockerd on WSL 1 answers, but its containers cannot run.
  if (kernel && WSL1_KERNEL.test(kernel)) {
    notes.because(`Kernel \`${kernel}\` is a WSL 1 kernel: dockerd answers but containers cannot run there.`);
    return { backend: 'wsl1-dockerd', linuxContainers: false, engineOs: 'linux', confidence: 'high' };
  }

  // Row 7: dockerd installed in a WSL 2 distribution.
  if (kernel && WSL2_KERNEL.test(kernel)) {
    notes.because(
      `Kernel \`${kernel}\` is a WSL 2 kernel and the engine is a distribution's own dockerd` +
        `${os ? ` (Operating System \`${os}\`)` : ''}, without Docker Desktop's label or proxy.`,
    );
    if (desktopProxy) notes.warn('The engine uses the `http.docker.internal` proxy, which is Docker Desktop’s.');
    return { backend: 'wsl-dockerd', ...linuxEngine, confidence: os ? 'high' : 'medium' };
  }

  // A Linux engine that matches no Windows backend: a native Linux host, a VM engine, or a remote one.
  if (host.os === 'linux' && host.isWsl && endpoint?.startsWith('unix://')) {
    notes.because(
      `Inside WSL, a local socket answers with kernel \`${kernel ?? 'unknown'}\`: taken as this distribution's dockerd.`,
    );
    notes.warn('The kernel does not look like a WSL kernel (a custom kernel?).');
    return { backend: 'wsl-dockerd', ...linuxEngine, confidence: 'medium' };
  }
  const label =
    host.os === 'linux'
      ? 'native Linux engine'
      : host.os === 'darwin'
        ? 'macOS VM engine'
        : 'remote or custom Linux engine';
  notes.because(
    `A Linux engine answers${kernel ? ` with kernel \`${kernel}\`` : ''}${os ? ` on \`${os}\`` : ''}: a ${label}, ` +
      'which is none of the Windows backends.',
  );
  if (host.os === 'windows') {
    notes.warn(
      `The CLI reaches a Linux engine that is not Docker Desktop, WSL, Rancher Desktop or Podman` +
        `${endpoint ? ` at \`${endpoint}\`` : ''}; it runs Linux containers, but elsewhere.`,
    );
  }
  if (osType !== 'linux') {
    return { backend: 'none', linuxContainers: null, engineOs: null, confidence: 'low' };
  }
  const localSocket = endpoint === null || endpoint.startsWith('unix://');
  const vmSocket = /\.(colima|rd|lima)\//.test(endpoint ?? '');
  return {
    backend: host.os === 'linux' && !host.isWsl && localSocket && !vmSocket ? 'native-linux' : 'other-linux',
    ...linuxEngine,
    confidence: host.os === 'unknown' ? 'low' : 'medium',
  };
}

function parseIsolation(value: string | null | undefined): 'hyperv' | 'process' | undefined {
  const v = value?.toLowerCase();
  return v === 'hyperv' || v === 'process' ? v : undefined;
}

function noteDesktopDistro(evidence: DockerEvidence, notes: Notes) {
  const distro = evidence.wslDistros?.find((d) => d.name.toLowerCase() === 'docker-desktop');
  if (distro) notes.because('WSL lists the `docker-desktop` distribution.');
}

/** Row 0 and 2b: the CLI is there but no engine answered where it looks. */
function classifySilentEngine(
  evidence: DockerEvidence,
  current: DockerEndpointProbe | null,
  ctx: { name: string | null; endpoint: string | null },
  otherEngines: OtherEngine[],
  notes: Notes,
): Omit<DockerBackendClassification, 'evidence' | 'warnings' | 'endpoint' | 'context' | 'cliVersion' | 'otherEngines'> {
  const errors = current?.errors ?? [];
  const stopped = {
    backend: 'stopped' as DockerBackend,
    linuxContainers: false,
    engineOs: null,
    confidence: 'high' as Confidence,
    serverVersion: null,
    desktopVersion: null,
  };
  if (!current) {
    notes.because('No probe of the current engine was made.');
    return { ...stopped, linuxContainers: null, confidence: 'low' };
  }
  notes.because(`The docker CLI is installed but no engine answered${ctx.endpoint ? ` at \`${ctx.endpoint}\`` : ''}.`);
  for (const error of errors.slice(0, 3)) notes.because(`CLI error: ${error.line}`);
  const first = mostTelling(errors);
  if (first) notes.warn(describeDockerError(first, evidence.host));

  if (evidence.host.isWsl && evidence.host.wslVersion === 1) {
    // dockerd needs WSL 2's kernel (microsoft/WSL#4129); Docker Desktop integrates WSL 2 distributions only.
    notes.warn(
      `This distribution runs WSL 1, where dockerd cannot run and Docker Desktop's integration does not reach: ` +
        `convert it with \`wsl --set-version ${evidence.host.wslDistroName ?? '<distro>'} 2\`.`,
    );
  }
  const cliVersion = evidence.cli.version ?? current.version?.client?.version ?? null;
  const rancherCli =
    (cliVersion !== null && /-rd$/i.test(cliVersion)) ||
    /[\\/]Rancher Desktop[\\/]resources[\\/]/i.test(evidence.cli.path ?? '');
  const rdDistro = evidence.wslDistros?.find((d) => d.name.toLowerCase() === 'rancher-desktop');
  if (rancherCli) {
    notes.because(
      cliVersion && /-rd$/i.test(cliVersion)
        ? `Client version \`${cliVersion}\` ends in \`-rd\`: the CLI ships with Rancher Desktop.`
        : `The docker CLI lives under Rancher Desktop's resources (\`${evidence.cli.path}\`).`,
    );
    if (rdDistro && /running/i.test(rdDistro.state ?? '')) {
      notes.because('The `rancher-desktop` WSL distribution is running, yet no docker engine answers.');
      notes.warn(
        'Rancher Desktop runs in containerd mode: use `nerdctl`, or switch its container engine to dockerd (moby) ' +
          'to use the docker CLI.',
      );
      return { ...stopped, backend: 'rancher-desktop', linuxContainers: null, engineOs: 'linux', confidence: 'medium' };
    }
    notes.warn('Rancher Desktop is stopped, or runs in containerd mode (then use `nerdctl`, or switch it to dockerd).');
  }
  if (errors.some((e) => e.kind === 'engine-behind-proxy-down' && e.endpoint?.startsWith('unix://'))) {
    notes.because("A WSL integration proxy answered 'Bad Gateway': Rancher Desktop's proxy is up, its engine is not.");
  }

  const settings = evidence.desktopSettings;
  const ctxPipe = ctx.endpoint ? pipeName(ctx.endpoint.replace(/^npipe:/i, '')) : null;
  // Docker Desktop runs one engine at a time: in Windows-containers mode its Linux engine's pipe is gone.
  const windowsEngineUp = otherEngines.some((o) => o.backend === 'desktop-windows');
  const windowsMode =
    (settings?.useWindowsContainers || windowsEngineUp) && !!ctxPipe && /^dockerDesktopLinuxEngine$/i.test(ctxPipe);
  if (windowsMode) {
    notes.warn(
      'Docker Desktop is in Windows-containers mode, so its Linux engine is off: switch to Linux containers ' +
        '(`docker desktop engine use linux` or the tray menu).',
    );
  }
  if (evidence.desktopInstalled === false && ctxPipe && /^dockerDesktop(?:Linux|Windows)Engine$/i.test(ctxPipe)) {
    notes.warn(
      `Docker Desktop is not installed, but the CLI still uses its ${ctx.name ? `context \`${ctx.name}\`` : 'pipe'}: ` +
        'run `docker context use default` (or the context of the engine you use), or install Docker Desktop.',
    );
  }
  if (ctx.endpoint) {
    const known = describeEndpoint(ctx.endpoint, evidence.host);
    if (known) notes.because(`\`${ctx.endpoint}\` is the endpoint of ${lowerFirst(known.description)}`);
  }
  const alive = otherEngines[0];
  if (alive && !(windowsMode && alive.backend === 'desktop-windows')) {
    notes.warn(
      `The CLI's ${ctx.name ? `context \`${ctx.name}\`` : 'endpoint'} points at an engine that does not answer, but ` +
        `${alive.backend} answers at \`${alive.endpoint}\`: run \`docker context use <name>\` for it, or set ` +
        `DOCKER_HOST=${alive.endpoint}.`,
    );
  }
  // API mismatch and daemon errors mean something answered even though the CLI could not use it.
  if (errors.some((e) => e.kind === 'api-too-new' || e.kind === 'api-too-old')) {
    notes.because('An engine answered but refused the API version, so the CLI cannot use it.');
    return { ...stopped, confidence: 'medium' };
  }
  return stopped;
}

function mostTelling(errors: DockerCliError[]): DockerCliError | undefined {
  const order = [
    'context-not-found',
    'permission-denied',
    'api-too-new',
    'api-too-old',
    'engine-failed',
    'engine-behind-proxy-down',
    'engine-not-running',
    'tls',
    'timeout',
    'daemon-error',
  ];
  for (const kind of order) {
    const found = errors.find((e) => e.kind === kind);
    if (found) return found;
  }
  return undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function explainMissingCli(evidence: DockerEvidence, notes: Notes) {
  const integrationOff = evidence.current?.errors.find((e) => e.kind === 'wsl-integration-off');
  if (integrationOff) {
    notes.because(`Docker Desktop's stub answered instead of the CLI: ${integrationOff.line}`);
    const distro = evidence.host.wslDistroName;
    const settings = evidence.desktopSettings;
    if (distro && settings && !settings.integratedWslDistros.some((d) => d.toLowerCase() === distro.toLowerCase())) {
      notes.because(`\`${distro}\` is not in Docker Desktop's \`integratedWslDistros\`.`);
    }
    notes.warn(
      "Enable Docker Desktop's WSL integration for this distribution (Settings → Resources → WSL integration), " +
        'and make sure Docker Desktop is running.',
    );
    return;
  }
  notes.because('The `docker` CLI is not installed or not on PATH.');
  const desktop =
    evidence.desktopInstalled ||
    !!evidence.desktopSettings ||
    evidence.wslDistros?.some((d) => d.name.toLowerCase() === 'docker-desktop');
  if (desktop) {
    notes.warn(
      'Docker Desktop looks installed but `docker` is not on PATH: start Docker Desktop once, or add ' +
        '`C:\\Program Files\\Docker\\Docker\\resources\\bin` to PATH.',
    );
  }
  if (evidence.wslDistros?.some((d) => d.name.toLowerCase() === 'rancher-desktop')) {
    notes.warn("Rancher Desktop's WSL distribution exists, but its `docker` CLI is not on PATH.");
  }
  if (evidence.wslDistros?.some((d) => d.name.toLowerCase() === 'podman-machine-default')) {
    notes.warn('A Podman machine exists; install the docker CLI or use `podman` directly.');
  }
}

/** "Desktop installed, but the CLI points at another engine" (reference §2, identify in two steps). */
function warnIfDesktopSidelined(
  evidence: DockerEvidence,
  backend: DockerBackend,
  otherEngines: OtherEngine[],
  notes: Notes,
) {
  if (backend.startsWith('desktop-')) {
    const desktopElsewhere = otherEngines.filter((o) => !o.backend.startsWith('desktop-'));
    for (const o of desktopElsewhere) notes.because(`Another engine (${o.backend}) also answers at \`${o.endpoint}\`.`);
    return;
  }
  const desktopAnswers = otherEngines.find((o) => o.backend.startsWith('desktop-'));
  const desktopInstalled =
    desktopAnswers ||
    evidence.desktopInstalled ||
    evidence.desktopSettings ||
    evidence.wslDistros?.some((d) => d.name.toLowerCase() === 'docker-desktop');
  if (desktopInstalled) {
    notes.warn(
      `Docker Desktop is installed${desktopAnswers ? ` and answers at \`${desktopAnswers.endpoint}\`` : ''}, but the CLI ` +
        `targets ${backend === 'none' ? 'another engine' : backend}: switch with \`docker context use\` if that is not intended.`,
    );
  }
  for (const o of otherEngines) {
    if (o !== desktopAnswers) notes.because(`Another engine (${o.backend}) also answers at \`${o.endpoint}\`.`);
  }
}

function serverVersionOf(probe: DockerEndpointProbe): string | null {
  return probe.info?.serverVersion ?? probe.version?.server?.version ?? null;
}

function desktopVersionOf(probe: DockerEndpointProbe): string | null {
  const name = probe.version?.server?.platformName ?? '';
  return /^Docker Desktop\s+(\d+\.\d+(?:\.\d+)?)/i.exec(name)?.[1] ?? null;
}

type Draft = Omit<DockerBackendClassification, 'evidence' | 'warnings'>;

/** The Linux-container proof, when it ran, settles `linuxContainers`. */
function finish(evidence: DockerEvidence, notes: Notes, draft: Draft): DockerBackendClassification {
  let linuxContainers = draft.linuxContainers;
  const proof = evidence.linuxProof;
  if (proof) {
    if (proof.ok) {
      if (linuxContainers === false && draft.engineOs === 'windows') {
        notes.warn('A Linux container ran although the engine reports Windows: check the probe output.');
      }
      linuxContainers = true;
      notes.because('`docker run --platform linux` of a tiny image succeeded.');
    } else if (proof.errors.some((e) => e.kind === 'linux-image-unsupported')) {
      linuxContainers = false;
      notes.because('`docker run --platform linux` was refused: the engine cannot run Linux images.');
    } else {
      const line = proof.errors[0]?.line;
      notes.warn(
        `The Linux-container proof failed${line ? `: ${line}` : ''}; the engine may still work once it can pull.`,
      );
      // The engine's kind says Linux, but the one container asked for did not run (a pull behind a proxy or a rate
      // limit, a broken runtime): not proven either way, so unknown rather than a pass.
      if (draft.backend === 'wsl1-dockerd') linuxContainers = false;
      else if (linuxContainers === true) linuxContainers = null;
    }
  }
  return { ...draft, linuxContainers, evidence: notes.evidence, warnings: notes.warnings };
}
