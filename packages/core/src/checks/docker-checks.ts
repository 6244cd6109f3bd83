// The Docker checks: pure functions of a Docker survey and the host mode, so the doctor (over its shared probes)
// and the docker-backend-check action (over its own survey) report the same ids, titles, statuses and fixes.
import {
  DOCKER_BACKEND_DESCRIPTIONS,
  type DockerSurvey,
  describeDockerError,
  describeEndpoint,
} from '../docker/index.js';
import type { HostMode } from '../host/executables.js';
import type { ReportCheck } from '../report/index.js';
import type { DoctorContext } from './context.js';
import { fail, pass, skip, warn } from './outcome.js';
import type { CheckResult, DoctorCheck } from './types.js';

const DESKTOP_WSL_DOCS = 'https://docs.docker.com/desktop/features/wsl/';
const DOCKER_INSTALL_DOCS = 'https://docs.docker.com/engine/install/';

/** What the Docker checks read: a survey and how the machine is reached. */
export interface DockerCheckInput {
  survey: DockerSurvey;
  /** The docker executable that was asked (a path, or the name looked up on PATH). */
  dockerExe: string;
  mode: HostMode;
  /** The default WSL distribution, when known (whether Docker Desktop is integrated with it); null otherwise. */
  defaultWslDistro: string | null;
}

/** One Docker check as data: its id and title, and its verdict over the input. */
export interface DockerCheckSpec {
  id: string;
  area: 'docker';
  title: string;
  evaluate(input: DockerCheckInput): CheckResult;
}

function linuxEngineHint({ mode }: Pick<DockerCheckInput, 'mode'>): string {
  if (mode === 'windows') {
    return 'Install Docker Desktop (WSL 2 backend) on Windows 10/11, or Docker Engine inside a WSL 2 distribution (Windows Server, CI runners): `curl -fsSL https://get.docker.com | sh` in the distribution, then call it with `wsl -d <distro> docker …`.';
  }
  if (mode === 'wsl')
    return "Enable Docker Desktop's WSL integration for this distribution, or install Docker Engine here (`curl -fsSL https://get.docker.com | sh`).";
  return 'Install Docker Engine (or Docker Desktop) for this OS.';
}

/** How to start the engine the CLI points at, on this kind of host. */
function startEngineHint({ mode }: Pick<DockerCheckInput, 'mode'>): string {
  const where = '`docker context ls` shows where the CLI points.';
  if (mode === 'windows') return `Start Docker Desktop (or the engine the context names), then retry; ${where}`;
  if (mode === 'wsl')
    return `Start Docker Desktop on Windows (with WSL integration for this distribution), or the engine in this distribution (\`sudo service docker start\`); ${where}`;
  if (mode === 'darwin') return `Start Docker Desktop (or Colima), then retry; ${where}`;
  return `Start the engine (\`sudo systemctl start docker\`), then retry; ${where}`;
}

function cliMissing(facts: DockerSurvey): boolean {
  return !facts.evidence.cli.present || (facts.evidence.current?.errors ?? []).some((e) => e.kind === 'cli-not-found');
}

export const dockerCliCheck: DockerCheckSpec = {
  id: 'docker.cli',
  area: 'docker',
  title: 'Docker CLI',
  evaluate(input) {
    const facts = input.survey;
    const integrationOff = facts.evidence.current?.errors.find((e) => e.kind === 'wsl-integration-off');
    if (integrationOff) {
      return fail("`docker` in this distribution is Docker Desktop's stub: the WSL integration is off for it.", {
        remediation: describeDockerError(integrationOff),
        docsUrl: DESKTOP_WSL_DOCS,
        evidence: { path: input.dockerExe },
      });
    }
    if (cliMissing(facts)) {
      return fail('The `docker` command is not installed or not on PATH.', {
        remediation: linuxEngineHint(input),
        docsUrl: DOCKER_INSTALL_DOCS,
        evidence: { path: input.dockerExe },
      });
    }
    const version = facts.classification.cliVersion;
    return pass(
      `docker ${version ?? '(version unknown)'}${facts.classification.context ? `, context ${facts.classification.context}` : ''}.`,
      {
        evidence: {
          path: input.dockerExe,
          version,
          context: facts.classification.context,
          contexts: (facts.evidence.contexts ?? []).map((c) => `${c.name}${c.current ? ' *' : ''}`),
          dockerHost: facts.evidence.dockerHost,
        },
      },
    );
  },
};

export const dockerEngineCheck: DockerCheckSpec = {
  id: 'docker.engine',
  area: 'docker',
  title: 'Docker engine and backend',
  evaluate(input) {
    const facts = input.survey;
    if (cliMissing(facts)) return skip('No Docker CLI (see docker.cli), so no engine to ask.');
    const c = facts.classification;
    const others = c.otherEngines.map(
      (o) => `${o.endpoint ?? '?'} (${o.backend}${o.engineOs ? `, ${o.engineOs}` : ''})`,
    );
    const ev = {
      backend: c.backend,
      endpoint: c.endpoint,
      context: c.context,
      engineOs: c.engineOs,
      serverVersion: c.serverVersion,
      confidence: c.confidence,
      isolation: c.isolation,
      otherEngines: others,
      signals: c.evidence.slice(0, 6).join(' | ') || null,
    };
    const current = facts.evidence.current;
    if (!current?.answered) {
      const errors = current?.errors ?? [];
      // The knowledge base's text for a silent engine names Docker Desktop; off Windows the host's own way wins.
      const reasons = errors.map((e) =>
        e.kind === 'engine-not-running' && input.mode !== 'windows' ? startEngineHint(input) : describeDockerError(e),
      );
      const host = facts.evidence.host;
      if (host.isWsl && host.wslVersion === 1) {
        reasons.unshift(
          `This distribution runs WSL 1: dockerd cannot run here and Docker Desktop integrates WSL 2 distributions only. Convert it with \`wsl --set-version ${host.wslDistroName ?? '<distro>'} 2\` (from Windows).`,
        );
      }
      // The classifier names Rancher Desktop when its distribution runs but no dockerd answers (containerd mode).
      if (c.backend === 'rancher-desktop') {
        reasons.unshift(
          'Rancher Desktop runs without dockerd (containerd mode): use `nerdctl`, or switch Preferences → Container Engine to dockerd (moby).',
        );
      }
      const elsewhere = others.length ? ` Other engines answer: ${others.join(', ')}.` : '';
      return fail(
        `No engine answers the docker CLI${c.endpoint ? ` at ${c.endpoint}` : ''}${c.context ? ` (context ${c.context})` : ''}.${elsewhere}`,
        {
          remediation: reasons.length ? [...new Set(reasons)] : [startEngineHint(input)],
          docsUrl: DOCKER_INSTALL_DOCS,
          evidence: ev,
        },
      );
    }
    const engine = `${c.backend}: ${DOCKER_BACKEND_DESCRIPTIONS[c.backend]}`;
    return pass(
      `The CLI talks to ${engine}${c.serverVersion ? ` (engine ${c.serverVersion}, ${c.engineOs ?? 'unknown OS'})` : ''}${others.length ? `; also answering: ${others.join(', ')}` : ''}.`,
      { evidence: ev },
    );
  },
};

export const linuxContainersCheck: DockerCheckSpec = {
  id: 'docker.linux-containers',
  area: 'docker',
  title: 'Linux containers',
  evaluate(input) {
    const facts = input.survey;
    if (cliMissing(facts)) return skip('No Docker CLI (see docker.cli).');
    const c = facts.classification;
    const proof = facts.evidence.linuxProof;
    const ev = { backend: c.backend, engineOs: c.engineOs, proof: proof ? (proof.ok ? 'ran' : 'failed') : 'not run' };
    if (!facts.evidence.current?.answered)
      return skip('No engine answers (see docker.engine), so Linux containers cannot run now.', { evidence: ev });
    if (c.linuxContainers === true) {
      return pass(`Linux containers run on ${c.backend}${proof?.ok ? ' (proved with `docker run`)' : ''}.`, {
        evidence: ev,
      });
    }
    if (c.linuxContainers === false) {
      const linuxElsewhere = c.otherEngines.find((o) => o.engineOs === 'linux');
      const remediation: string[] = [];
      if (c.backend === 'desktop-windows') {
        remediation.push(
          'Switch Docker Desktop to Linux containers (tray icon → "Switch to Linux containers…", or `docker desktop engine use linux` on 4.37+).',
        );
      }
      if (linuxElsewhere) {
        const endpoint = linuxElsewhere.endpoint ?? '?';
        // The context Docker Desktop or setup-docker-action made for that address, when it is one of theirs.
        const context = linuxElsewhere.endpoint
          ? describeEndpoint(linuxElsewhere.endpoint, { os: 'windows' })?.context
          : undefined;
        remediation.push(
          `A Linux engine (${linuxElsewhere.backend}) answers at \`${endpoint}\`: ` +
            `${context && context !== 'default' ? `\`docker context use ${context}\`, or ` : ''}` +
            `set DOCKER_HOST=${endpoint} (or \`docker --host ${endpoint} …\`).`,
        );
      }
      if (c.backend === 'moby-windows-server') {
        remediation.push(
          'This engine runs Windows containers only (GitHub-hosted runners). Run Linux containers with Docker Engine inside a WSL 2 distribution, or on an ubuntu runner.',
        );
      }
      if (c.backend === 'wsl1-dockerd')
        remediation.push(
          'dockerd on WSL 1 cannot run containers: convert the distribution with `wsl --set-version <distro> 2`.',
        );
      if (remediation.length === 0) remediation.push(linuxEngineHint(input));
      return fail(
        `The engine the CLI uses (${c.backend}, ${c.engineOs ?? 'unknown OS'}) cannot run Linux containers.`,
        {
          remediation,
          evidence: ev,
        },
      );
    }
    if (proof && !proof.ok) {
      const said = proof.errors[0]?.line;
      return warn(
        `The engine (${c.backend}) runs Linux, but the test container did not run${said ? `: ${said}` : ''}.`,
        {
          remediation:
            "The image could not be pulled or started: check the engine's network access to the registry (proxy, " +
            'mirror, rate limit) and its logs, then retry `docker run --rm --platform linux hello-world`.',
          evidence: ev,
        },
      );
    }
    return warn('Whether Linux containers run is unknown.', {
      remediation:
        'Run `docker run --rm --platform linux hello-world` to find out (the doctor runs it with `--deep`, docker-backend-check with `run-container: true`).',
      evidence: ev,
    });
  },
};

const reachesWindows = (mode: HostMode) => mode === 'windows' || mode === 'wsl';
const desktopNotApplicable = () => skip('Docker Desktop for Windows applies only on Windows.');

export const desktopCheck: DockerCheckSpec = {
  id: 'docker.desktop',
  area: 'docker',
  title: 'Docker Desktop',
  evaluate(input) {
    if (!reachesWindows(input.mode)) return desktopNotApplicable();
    const facts = input.survey;
    const { desktop } = facts;
    const distros = facts.evidence.wslDistros ?? [];
    const engineDistro = distros.find((d) => d.name.toLowerCase() === 'docker-desktop');
    if (desktop.installed !== true && !engineDistro) {
      return skip(
        desktop.installed === false
          ? 'Docker Desktop is not installed.'
          : 'Docker Desktop does not appear to be installed.',
      );
    }
    const s = desktop.settings?.recognized ? desktop.settings.value : null;
    const defaultDistro = input.defaultWslDistro;
    const ev = {
      version: desktop.version,
      settingsFiles: desktop.settingsFiles,
      wslEngineEnabled: s?.wslEngineEnabled,
      useWindowsContainers: s?.useWindowsContainers,
      integratedWslDistros: s?.integratedWslDistros,
      enableIntegrationWithDefaultWslDistro: s?.enableIntegrationWithDefaultWslDistro,
      lockedKeys: s?.lockedKeys,
      dockerDesktopDistro: engineDistro ? `${engineDistro.state ?? '?'}, WSL ${engineDistro.version ?? '?'}` : null,
    };
    const mode =
      s?.wslEngineEnabled === false
        ? 'Hyper-V backend'
        : s?.wslEngineEnabled === true
          ? 'WSL 2 backend'
          : 'backend unknown';
    const head = `Docker Desktop${desktop.version ? ` ${desktop.version}` : ''} (${mode}${s?.useWindowsContainers ? ', Windows containers mode' : ''})`;
    const notes: string[] = [];
    const fixes: string[] = [];
    if (s?.useWindowsContainers) {
      notes.push('it is in Windows-containers mode');
      fixes.push(
        'Switch to Linux containers: tray icon → "Switch to Linux containers…" (or `docker desktop engine use linux`).',
      );
    }
    const integrated = s?.integratedWslDistros.map((n) => n.toLowerCase()) ?? [];
    if (
      s?.wslEngineEnabled === true &&
      defaultDistro &&
      s.enableIntegrationWithDefaultWslDistro === false &&
      !integrated.includes(defaultDistro.toLowerCase())
    ) {
      notes.push(
        `the default distribution ${defaultDistro} is not integrated, so \`docker\` inside it does not reach Desktop`,
      );
      fixes.push(`Settings → Resources → WSL integration: enable ${defaultDistro}.`);
    }
    if (engineDistro && engineDistro.version === 1) {
      notes.push('its docker-desktop distribution runs as WSL 1');
      fixes.push('`wsl --set-version docker-desktop 2`, or reset Docker Desktop.');
    }
    if (notes.length > 0)
      return warn(`${head}: ${notes.join('; ')}.`, { remediation: fixes, docsUrl: DESKTOP_WSL_DOCS, evidence: ev });
    const distroNote = engineDistro ? `; its docker-desktop distribution is ${engineDistro.state ?? 'listed'}` : '';
    return pass(`${head}${distroNote}.`, { evidence: ev });
  },
};

/** The Docker checks in report order. */
export const DOCKER_CHECK_SPECS: readonly DockerCheckSpec[] = [
  dockerCliCheck,
  dockerEngineCheck,
  linuxContainersCheck,
  desktopCheck,
];

/** The doctor's input: its shared survey, and the default distribution from its one `wsl -l -v`. */
async function doctorInput(ctx: DoctorContext): Promise<DockerCheckInput> {
  const survey = await ctx.docker.get();
  const listed = ctx.reachesWindows && ctx.wslExe !== null ? (await ctx.wsl.list.get()).distros : null;
  return {
    survey,
    dockerExe: ctx.dockerExe,
    mode: ctx.mode,
    defaultWslDistro: listed?.find((d) => d.default)?.name ?? null,
  };
}

/** The Docker checks as the doctor runs them (Docker Desktop's is skipped off Windows without asking docker). */
export const DOCKER_CHECKS: readonly DoctorCheck[] = DOCKER_CHECK_SPECS.map((spec) => ({
  id: spec.id,
  area: spec.area,
  title: spec.title,
  async run(ctx: DoctorContext) {
    if (spec === desktopCheck && !ctx.reachesWindows) return desktopNotApplicable();
    return spec.evaluate(await doctorInput(ctx));
  },
}));

/**
 * The Docker checks over a survey made outside the doctor (the docker-backend-check action): the same ids, titles,
 * statuses and fixes the doctor reports, each timed as `durationMs` (the survey's time: the checks only read it).
 */
export function evaluateDockerChecks(input: DockerCheckInput, durationMs = 0): ReportCheck[] {
  return DOCKER_CHECK_SPECS.map((spec) => ({
    id: spec.id,
    area: spec.area,
    title: spec.title,
    ...withoutFacts(spec.evaluate(input)),
    durationMs,
  }));
}

function withoutFacts({ facts: _facts, ...outcome }: CheckResult): Omit<CheckResult, 'facts'> {
  return outcome;
}
