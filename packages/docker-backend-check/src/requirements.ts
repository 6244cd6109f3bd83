import type { DockerBackendClassification, DockerHostFacts, EnvRecord } from '@wsl-ready/core';
import { DOCKER_BACKEND_DESCRIPTIONS, type DockerBackend } from '@wsl-ready/core';
import type { CheckInputs } from './inputs.js';
import type { EngineVerdict } from './verdict.js';

export type RequirementId = 'engine' | 'backend' | 'linux-containers';

/** A requirement that is not met: what was asked, what was found, and what to do. */
export interface UnmetRequirement {
  id: RequirementId;
  title: string;
  expected: string;
  found: string;
  fix: string;
}

export interface RequirementContext {
  inputs: CheckInputs;
  verdict: EngineVerdict;
  classification: DockerBackendClassification;
  host: DockerHostFacts;
  env: EnvRecord;
  desktopInstalled: boolean;
  /** Docker Desktop is known to be absent (no settings files, no `Docker Desktop.exe`), not just unseen. */
  desktopAbsent?: boolean;
  /** The CLI's own error for the engine it targets, when it printed one. */
  cliError?: { kind: string; line: string } | null;
  /** Something answered where the CLI looks, but not with a usable Docker answer (garbage, HTML, a wedged proxy). */
  unusableAnswer?: string | null;
}

const LINUX_BACKENDS: readonly DockerBackend[] = [
  'desktop-wsl2',
  'desktop-hyperv',
  'wsl-dockerd',
  'rancher-desktop',
  'podman',
  'native-linux',
  'desktop-mac',
  'desktop-linux',
  'other-linux',
];

/** Every requirement of the inputs that the engine does not meet, in the order a reader should fix them. */
export function unmetRequirements(context: RequirementContext): UnmetRequirement[] {
  const { inputs, verdict } = context;
  const unmet: UnmetRequirement[] = [];
  const found = foundText(context);
  if (inputs.requireEngine && !verdict.engineAnswered) {
    unmet.push({
      id: 'engine',
      title: 'No Docker engine answers',
      expected: 'a running Docker engine (`require-engine: true`)',
      found,
      fix: startEngineFix(context),
    });
  }
  if (inputs.expectBackend !== 'any' && !inputs.expectBackend.includes(verdict.backend)) {
    const expected = inputs.expectBackend.map((b) => `\`${b}\``).join(' or ');
    unmet.push({
      id: 'backend',
      title: 'Unexpected Docker backend',
      expected: `backend ${expected}`,
      found,
      fix: backendFix(context, inputs.expectBackend),
    });
  }
  if (inputs.requireLinuxContainers && verdict.linuxContainers !== true) {
    unmet.push({
      id: 'linux-containers',
      title: 'Linux containers are not available',
      expected: 'an engine that runs Linux containers (`require-linux-containers: true`)',
      found:
        verdict.linuxContainers !== null
          ? found
          : context.classification.warnings.some((w) => /Linux-container proof failed/.test(w))
            ? `${found}, but the test container did not run`
            : `${found}, and whether it runs Linux containers could not be told`,
      fix: linuxContainersFix(context),
    });
  }
  return unmet;
}

/** One line: `<title>: expected <…>; found <…>. <fix>` */
export function requirementMessage(unmet: UnmetRequirement): string {
  return `${unmet.title}: expected ${unmet.expected}; found ${unmet.found}. ${unmet.fix}`;
}

function foundText(context: RequirementContext): string {
  const { verdict, classification } = context;
  const where = verdict.endpoint ? ` at \`${verdict.endpoint}\`` : '';
  const ctx = verdict.context ? ` (context \`${verdict.context}\`)` : '';
  if (verdict.backend === 'none' && !verdict.engineAnswered) {
    return classification.evidence.some((e) => /not installed|not on PATH/i.test(e)) ||
      classification.cliVersion === null
      ? '`none`: the docker CLI is not installed or not on PATH'
      : '`none`: no engine answers';
  }
  if (verdict.backend === 'stopped' && context.unusableAnswer) {
    return (
      `\`stopped\`: something answers${where}${ctx}, but not with a usable Docker answer ` +
      `(${trimDot(clipLine(context.unusableAnswer))})`
    );
  }
  if (verdict.backend === 'stopped' || !verdict.engineAnswered) {
    const said = context.cliError?.line;
    if (verdict.backend !== 'stopped') {
      return `\`${verdict.backend}\` without an engine: the docker CLI${ctx} gets no answer${where}${said ? ` (it said: ${trimDot(clipLine(said))})` : ''}`;
    }
    return `\`stopped\`: the docker CLI${ctx} gets no answer${where}${said ? ` (it said: ${trimDot(clipLine(said))})` : ''}`;
  }
  const version = verdict.serverVersion ? ` ${verdict.serverVersion}` : '';
  const os = verdict.engineOs ? `, ${verdict.engineOs} containers` : '';
  return `\`${verdict.backend}\` (${verdict.description}${version}${os})${where}`;
}

function hostedWindowsRunner({ host, env }: RequirementContext): boolean {
  return host.os === 'windows' && env.RUNNER_ENVIRONMENT === 'github-hosted';
}

const SETUP_WSL2_DOCKER =
  'On GitHub-hosted Windows runners the preinstalled engine runs Windows containers only; Linux containers need ' +
  'Docker inside WSL 2: add a step `uses: wsl-ready/wsl-ready/packages/setup-wsl2@v1` with `docker: true` before ' +
  'this one and point the CLI at it ' +
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, shown to the user as is.
  '(`DOCKER_HOST: ${{ steps.<id>.outputs.docker-host }}`).';

/** Contexts that Docker Desktop and setup-docker-action create for their pipes. */
const KNOWN_CONTEXTS: Record<string, string> = {
  'npipe:////./pipe/dockerdesktoplinuxengine': 'desktop-linux',
  'npipe:////./pipe/dockerdesktopwindowsengine': 'desktop-windows',
  'npipe:////./pipe/setup_docker_action': 'setup-docker-action',
  'npipe:////./pipe/docker_engine': 'default',
};

function startEngineFix(context: RequirementContext): string {
  const { classification, verdict, host } = context;
  if (verdict.backend === 'none' && classification.cliVersion === null) {
    return host.os === 'windows'
      ? 'Install Docker Desktop (or another engine) and make sure `docker` is on PATH, or give its path in `docker-path`.'
      : 'Install Docker (https://docs.docker.com/engine/install/) or give the path of the CLI in `docker-path`.';
  }
  if (context.cliError?.kind === 'timeout') {
    return (
      `The engine took the connection but did not answer within ${context.inputs.timeoutSeconds} s: it may be ` +
      'starting or hung. Restart it, or raise `timeout-seconds` if it is only slow.'
    );
  }
  if (context.cliError?.kind === 'permission-denied') {
    if (verdict.endpoint?.startsWith('npipe:') || host.os === 'windows') {
      // A Windows dockerd's pipe admits Administrators, SYSTEM and its `group` setting's groups only (moby/moby
      // daemon/listeners/listeners_windows.go); `docker-users` is the group Docker Desktop grants.
      return (
        'This user may not open the engine: for Docker Desktop, add it to the `docker-users` group and start a new ' +
        'session; a Windows dockerd (Moby) admits only Administrators and the group named in its `group` setting ' +
        '(daemon.json), so run elevated or add the group there and restart the `docker` service.'
      );
    }
    return 'This user may not open the engine: add it to the `docker` group, then start a new session.';
  }
  if (context.unusableAnswer) {
    return (
      'The engine, or a proxy in front of it, sends broken answers: restart the engine, and if a proxy, VPN or ' +
      'port forward sits between the CLI and the engine, bypass it for this address.'
    );
  }
  if (verdict.backend === 'rancher-desktop') {
    return (
      'Rancher Desktop runs, but no dockerd answers the docker CLI: it is in containerd mode (use `nerdctl`) or its ' +
      'engine is still starting. Switch Preferences → Container Engine to dockerd (moby), wait until it is ' +
      'running, and retry.'
    );
  }
  const alive = classification.otherEngines[0];
  const desktopLinuxTarget =
    /dockerDesktopLinuxEngine/i.test(verdict.endpoint ?? '') || verdict.context === 'desktop-linux';
  if (desktopLinuxTarget && classification.otherEngines.some((o) => o.backend === 'desktop-windows')) {
    // Docker Desktop runs one engine at a time: in Windows-containers mode its Linux engine's pipe is gone.
    return (
      'Docker Desktop runs its Windows-containers engine, so its Linux engine is off: Switch Docker Desktop to Linux ' +
      'containers (`docker desktop engine use linux` on 4.37+, or "Switch to Linux containers…" in the tray menu). ' +
      'For Windows containers instead, `docker context use desktop-windows`.'
    );
  }
  if (alive) {
    // The context Docker Desktop, setup-docker-action or the CLI itself (`default`) keeps for that address.
    const known = alive.endpoint ? KNOWN_CONTEXTS[alive.endpoint.toLowerCase()] : undefined;
    return (
      `\`${alive.backend}\` answers at \`${alive.endpoint}\`: switch the CLI to it (\`docker context use ${known ?? '<name>'}\`, ` +
      `or set \`DOCKER_HOST: ${alive.endpoint}\`), or start the engine the CLI points at.`
    );
  }
  const desktopTarget =
    /dockerDesktop|docker_engine_linux/i.test(verdict.endpoint ?? '') || /^desktop-/.test(verdict.context ?? '');
  if (host.os === 'windows' && desktopTarget && context.desktopAbsent) {
    // The CLI config still names Docker Desktop's context after Desktop was removed (or never ran here).
    return (
      `Docker Desktop is not installed, but the CLI still uses its context${verdict.context ? ` \`${verdict.context}\`` : ''}: ` +
      'run `docker context use default` (or the context of the engine you use), or install Docker Desktop.'
    );
  }
  if (host.os === 'windows' && (context.desktopInstalled || desktopTarget)) {
    return 'Start Docker Desktop (`docker desktop start` on 4.37+, or from the Start menu) and wait until the engine is running.';
  }
  if (hostedWindowsRunner(context)) {
    return 'Start the preinstalled engine (`Start-Service docker`), or for Linux containers add `setup-wsl2` with `docker: true`.';
  }
  if (host.os === 'windows') {
    return 'Start the engine: Docker Desktop, or the `docker` service of a dockerd install (`Start-Service docker`).';
  }
  if (host.os === 'darwin') return 'Start Docker Desktop (or Colima) and wait until the engine is running.';
  return 'Start the engine (`sudo systemctl start docker`), or check `DOCKER_HOST` and the docker context.';
}

function backendFix(context: RequirementContext, expected: DockerBackend[]): string {
  const { verdict } = context;
  const wants = (b: DockerBackend) => expected.includes(b);
  if (!verdict.engineAnswered) return startEngineFix(context);
  const match = context.classification.otherEngines.find((o) => wants(o.backend));
  if (match?.endpoint) {
    const known = KNOWN_CONTEXTS[match.endpoint.toLowerCase()];
    return (
      `\`${match.backend}\` answers at \`${match.endpoint}\`, but the CLI targets another engine: switch with ` +
      `\`docker context use ${known ?? '<name>'}\` or set \`DOCKER_HOST: ${match.endpoint}\`.`
    );
  }
  if (wants('desktop-wsl2') && verdict.backend === 'desktop-hyperv') {
    return 'Switch Docker Desktop to the WSL 2 engine: Settings → General → "Use the WSL 2 based engine" (setting `wslEngineEnabled`), then restart Docker Desktop.';
  }
  if (wants('desktop-hyperv') && verdict.backend === 'desktop-wsl2') {
    return 'Switch Docker Desktop to the Hyper-V engine: Settings → General → clear "Use the WSL 2 based engine" (needs Windows Pro, Enterprise or Education).';
  }
  if ((wants('desktop-wsl2') || wants('desktop-hyperv')) && verdict.backend === 'desktop-windows') {
    return 'Switch Docker Desktop to Linux containers: `docker desktop engine use linux` (4.37+) or "Switch to Linux containers…" in the tray menu.';
  }
  if (wants('desktop-windows') && (verdict.backend === 'desktop-wsl2' || verdict.backend === 'desktop-hyperv')) {
    return 'Switch Docker Desktop to Windows containers: `docker desktop engine use windows` (4.37+) or "Switch to Windows containers…" in the tray menu.';
  }
  if (wants('wsl-dockerd') && (hostedWindowsRunner(context) || verdict.backend === 'moby-windows-server')) {
    return SETUP_WSL2_DOCKER;
  }
  if (wants('wsl-dockerd') && verdict.backend === 'wsl1-dockerd') {
    return 'The distribution runs WSL 1, where dockerd cannot run containers: convert it with `wsl --set-version <distro> 2`.';
  }
  const targets = expected.map((b) => `\`${b}\` (${DOCKER_BACKEND_DESCRIPTIONS[b]})`).join(' or ');
  return `Point the docker CLI at ${targets}: \`docker context use <name>\` or \`DOCKER_HOST\`, or widen \`expect-backend\` if \`${verdict.backend}\` is fine.`;
}

function linuxContainersFix(context: RequirementContext): string {
  const { verdict, classification } = context;
  if (!verdict.engineAnswered) return startEngineFix(context);
  // A Linux engine already answers elsewhere (a WSL engine on loopback TCP, Desktop's Linux pipe): point the CLI there.
  const linuxElsewhere = classification.otherEngines.find((o) => o.engineOs === 'linux' && o.endpoint);
  if (verdict.linuxContainers === false && linuxElsewhere?.endpoint) {
    const known = KNOWN_CONTEXTS[linuxElsewhere.endpoint.toLowerCase()];
    return (
      `\`${linuxElsewhere.backend}\` runs Linux containers at \`${linuxElsewhere.endpoint}\`, but the CLI targets ` +
      `\`${verdict.backend}\`: set \`DOCKER_HOST: ${linuxElsewhere.endpoint}\` for the steps that need it` +
      `${known && known !== 'default' ? `, or \`docker context use ${known}\`` : ''}.`
    );
  }
  switch (verdict.backend) {
    case 'desktop-windows':
      return 'Switch Docker Desktop to Linux containers: `docker desktop engine use linux` (4.37+) or "Switch to Linux containers…" in the tray menu.';
    case 'moby-windows-server':
      return hostedWindowsRunner(context)
        ? SETUP_WSL2_DOCKER
        : 'This engine runs Windows containers only: use Docker Desktop with the WSL 2 engine, or dockerd inside a WSL 2 distribution (`setup-wsl2` with `docker: true` on runners).';
    case 'wsl1-dockerd':
      return 'The distribution runs WSL 1, where dockerd cannot run containers: convert it with `wsl --set-version <distro> 2`.';
    default:
      break;
  }
  const proofError = classification.warnings.find((w) => /Linux-container proof failed/.test(w));
  if (proofError) return `${trimDot(proofError)}. Check the engine's network access to the registry.`;
  if (verdict.linuxContainers === null) {
    return 'Set `run-container: true` to prove it by running a tiny Linux container.';
  }
  const linux = LINUX_BACKENDS.includes(verdict.backend);
  return linux
    ? 'The engine reports Linux but the check failed; see the evidence in the job summary.'
    : 'Use an engine that runs Linux containers (Docker Desktop with the WSL 2 engine, or dockerd in WSL 2).';
}

function clipLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 240 ? `${line.slice(0, 237)}...` : line;
}

function trimDot(text: string): string {
  return text.replace(/[.\s]+$/, '');
}
