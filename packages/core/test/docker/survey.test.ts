// The shared Docker survey and its parts: early probing of other endpoints (overlap counted, not timed), Desktop's
// files, the WSL listing, host facts, and the survey that the doctor and the action both run.
import { describe, expect, it } from 'vitest';
import {
  type DesktopFacts,
  DockerProbe,
  desktopFactsFromFiles,
  desktopFilePaths,
  dockerHostFacts,
  type HostFiles,
  listWslDistroFacts,
  readDesktopFiles,
  surveyDocker,
} from '../../src/docker/index.js';
import { CommandNotFoundError } from '../../src/errors.js';
import type { CommandResult, CommandRunner, RunOptions } from '../../src/runner/types.js';
import { encodeLikeWslExe, renderListVerbose } from '../wsl/render/wsl-render.js';
import { fixture } from './profiles.js';
import { ScriptedRunner } from './runners.js';

const LINUX_PIPE = 'npipe:////./pipe/dockerDesktopLinuxEngine';
const contexts = fixture('contexts/windows-desktop.array.json.out');
const deadPipe = (endpoint: string) => ({
  exitCode: 1,
  stderr: `Cannot connect to the Docker daemon at ${endpoint}. Is the docker daemon running?\n`,
});

const isCurrentEngineCall = (args: readonly string[]) => args[0] === 'version' || args[0] === 'info';
const isOtherEndpointCall = (args: readonly string[]) => args[0] === '--host';

/**
 * Holds the calls to the CLI's own engine (and optionally `context ls`) open until every expected call to another
 * endpoint has started, and records which calls were in flight together. If the others only started after the
 * current engine answered, the hold would be released by its fallback instead and no overlap would be seen.
 */
class HoldingRunner implements CommandRunner {
  readonly inFlight = new Set<string>();
  /** For each `--host` call: what else was in flight when it started. */
  readonly startedAlongside: string[][] = [];
  #release: () => void = () => {};
  readonly #released: Promise<void>;
  #othersStarted = 0;

  constructor(
    private readonly inner: CommandRunner,
    private readonly expectedOthers: number,
    private readonly hold: (args: readonly string[]) => boolean,
  ) {
    this.#released = new Promise<void>((resolve) => {
      this.#release = resolve;
      // A safety valve so a wrong implementation fails the assertions instead of hanging the test.
      setTimeout(resolve, 2_000).unref();
    });
  }

  async run(file: string, args: readonly string[], options?: RunOptions): Promise<CommandResult> {
    const key = args.join(' ');
    if (isOtherEndpointCall(args)) {
      this.startedAlongside.push([...this.inFlight]);
      if (args[2] === 'version' && ++this.#othersStarted >= this.expectedOthers) this.#release();
    }
    this.inFlight.add(key);
    try {
      if (this.hold(args)) await this.#released;
      return await this.inner.run(file, args, options);
    } finally {
      this.inFlight.delete(key);
    }
  }
}

function scripted(): ScriptedRunner {
  return new ScriptedRunner([
    { match: 'context ls', reply: { stdout: contexts } },
    { match: /^version/, reply: { stdout: fixture('cli/desktop-wsl2/version.json.out') } },
    { match: /^info/, reply: { stdout: fixture('cli/desktop-wsl2/info.json.out') } },
    { match: /--host \S+ version/, reply: deadPipe('npipe:////./pipe/x') },
  ]);
}

describe('DockerProbe.collect asks the other endpoints early', () => {
  it('starts them once `context ls` names the current endpoint, while version and info are still in flight', async () => {
    const runner = new HoldingRunner(scripted(), 5, isCurrentEngineCall);
    const probe = new DockerProbe({ runner, docker: 'docker', parentEnv: {}, concurrency: 8 });
    const { evidence } = await probe.collect({ host: { os: 'windows' }, otherEndpoints: true });

    // Six known Windows pipes, minus the one the context points at.
    expect(runner.startedAlongside).toHaveLength(5);
    for (const alongside of runner.startedAlongside) {
      expect(alongside).toEqual(expect.arrayContaining(['version --format {{json .}}', 'info --format {{json .}}']));
    }
    // The last one started with the current engine's two calls and the four other endpoints in flight.
    expect(Math.max(...runner.startedAlongside.map((a) => a.length))).toBe(6);
    expect(evidence.others?.map((o) => o.endpoint)).not.toContain(LINUX_PIPE);
    expect(evidence.current?.answered).toBe(true);
  });

  it('with DOCKER_HOST the endpoint is known at once: they start before `context ls` answers', async () => {
    const runner = new HoldingRunner(scripted(), 5, (args) => isCurrentEngineCall(args) || args[0] === 'context');
    const probe = new DockerProbe({ runner, docker: 'docker', parentEnv: { DOCKER_HOST: LINUX_PIPE } });
    const { evidence } = await probe.collect({ host: { os: 'windows' }, otherEndpoints: true });
    expect(runner.startedAlongside).toHaveLength(5);
    expect(runner.startedAlongside[0]).toEqual(expect.arrayContaining(['context ls --format {{json .}}']));
    expect(evidence.context).toEqual({ name: 'default', endpoint: LINUX_PIPE });
  });

  it('asks nothing else when `context ls` says there is no CLI', async () => {
    const runner = new ScriptedRunner([], { throws: new CommandNotFoundError('docker') });
    const { evidence } = await new DockerProbe({ runner, docker: 'docker', parentEnv: {} }).collect({
      host: { os: 'windows' },
      otherEndpoints: true,
    });
    expect(runner.calls.map((c) => c.args[0]).sort()).toEqual(['context', 'info', 'version']);
    expect(evidence.others).toEqual([]);
  });

  it('gives the other endpoints their own bound, and keeps quiet about the ones that are simply absent', async () => {
    const runner = scripted();
    const { warnings } = await new DockerProbe({ runner, docker: 'docker', parentEnv: {}, timeoutMs: 9_000 }).collect({
      host: { os: 'windows' },
      otherEndpoints: true,
      otherEndpointTimeoutMs: 1_500,
    });
    const hostCalls = runner.calls.filter((c) => isOtherEndpointCall(c.args));
    expect(hostCalls.every((c) => c.options?.timeoutMs === 1_500)).toBe(true);
    expect(runner.calls.find((c) => c.args[0] === 'version')?.options?.timeoutMs).toBe(9_000);
    expect(warnings.filter((w) => w.includes('--host'))).toEqual([]);
  });
});

describe("Docker Desktop's files", () => {
  const appData = 'C:\\Users\\dev\\AppData\\Roaming';
  const env = { APPDATA: appData, ProgramData: 'C:\\ProgramData', ProgramFiles: 'C:\\Program Files' };

  it('are found from the Windows environment', () => {
    expect(desktopFilePaths(env, 'win32')).toEqual({
      settingsStore: `${appData}\\Docker\\settings-store.json`,
      settings: `${appData}\\Docker\\settings.json`,
      adminSettings: 'C:\\ProgramData\\DockerDesktop\\admin-settings.json',
      executable: 'C:\\Program Files\\Docker\\Docker\\Docker Desktop.exe',
    });
    expect(desktopFilePaths({ APPDATA: '/tmp/AppData' }, 'linux')).toMatchObject({
      settingsStore: '/tmp/AppData/Docker/settings-store.json',
      adminSettings: null,
      executable: null,
    });
  });

  it('are read together; an admin lock wins over the user file', async () => {
    const texts: Record<string, string> = {
      [`${appData}\\Docker\\settings-store.json`]: '{"WslEngineEnabled": true, "UseWindowsContainers": false}',
      'C:\\ProgramData\\DockerDesktop\\admin-settings.json':
        '{"configurationFileVersion": 2, "wslEngineEnabled": {"locked": true, "value": false}}',
    };
    const files: HostFiles = { read: async (file) => texts[file] ?? null, exists: async () => false };
    const facts = await readDesktopFiles(env, 'win32', files);
    expect(facts.installed).toBe(true);
    expect(facts.settingsFiles).toEqual([
      `${appData}\\Docker\\settings-store.json`,
      'C:\\ProgramData\\DockerDesktop\\admin-settings.json',
    ]);
    expect(facts.settings?.value).toMatchObject({ wslEngineEnabled: false, lockedKeys: ['wslEngineEnabled'] });
  });

  it('say installed from the executable alone, and unknown when existence cannot be asked', async () => {
    const exe = 'C:\\Program Files\\Docker\\Docker\\Docker Desktop.exe';
    const onlyExe = await readDesktopFiles(env, 'win32', { read: async () => null, exists: async (f) => f === exe });
    expect(onlyExe).toEqual({ settings: null, settingsFiles: [], installed: true, version: null });
    const nothing = await readDesktopFiles(env, 'win32', { read: async () => null, exists: async () => false });
    expect(nothing.installed).toBe(false);
    const cannotAsk = await readDesktopFiles(env, 'win32', { read: async () => null });
    expect(cannotAsk.installed).toBeNull();
    const throwing = await readDesktopFiles(env, 'win32', {
      read: async () => {
        throw new Error('EACCES');
      },
    });
    expect(throwing.settings).toBeNull();
  });

  it('name the files when their paths are unknown (read by the host probe), and cap a huge file', () => {
    const facts = desktopFactsFromFiles({ settings: `{"wslEngineEnabled": true}${' '.repeat(2 * 1024 * 1024)}` });
    expect(facts.settingsFiles).toEqual(['settings.json']);
    expect(facts.settings?.value.wslEngineEnabled).toBe(true);
  });
});

describe('the WSL listing', () => {
  it("reads the engines' distributions from UTF-16 output, and an empty one on a host without any", async () => {
    const table = renderListVerbose([
      { name: 'Ubuntu', state: 'Stopped', version: 2, default: true },
      { name: 'docker-desktop', state: 'Running', version: 2, default: false },
    ]);
    const runner = new ScriptedRunner([{ match: '--list --verbose', reply: { stdout: encodeLikeWslExe(table) } }]);
    expect(await listWslDistroFacts(runner, 'wsl.exe', 5_000)).toEqual({
      distros: [
        { name: 'Ubuntu', state: 'Stopped', version: 2 },
        { name: 'docker-desktop', state: 'Running', version: 2 },
      ],
      warnings: [],
    });
    const none = new ScriptedRunner([
      {
        match: '--list',
        reply: {
          exitCode: 4294967295,
          stdout: encodeLikeWslExe('Windows Subsystem for Linux has no installed distributions.\n'),
        },
      },
    ]);
    // wsl.exe's localized "no installed distributions" is a valid, empty answer.
    expect(await listWslDistroFacts(none, 'wsl.exe', 5_000)).toEqual({ distros: [], warnings: [] });
    const garbage = new ScriptedRunner([{ match: '--list', reply: { exitCode: 1, stdout: '<html>' } }]);
    expect(await listWslDistroFacts(garbage, 'wsl.exe', 5_000)).toEqual({ distros: null, warnings: [] });
    const missing = new ScriptedRunner([], { throws: new CommandNotFoundError('wsl.exe') });
    expect((await listWslDistroFacts(missing, 'wsl.exe', 5_000)).warnings[0]).toMatch(/could not run/);
  });
});

describe('dockerHostFacts', () => {
  it('describes each host mode', () => {
    expect(dockerHostFacts('windows', { ImageOS: 'win25' })).toEqual({ os: 'windows', windowsServer: true });
    expect(dockerHostFacts('windows', {})).toEqual({ os: 'windows' });
    // `windows-2025` and `windows-latest` run the Visual Studio 2026 build of the image, whose ImageOS carries the
    // suffix (actions/runner-images README.md labels table, helpers/GenerateResourcesAndImage.ps1); the Arm64
    // images run Windows 11, not Server.
    expect(dockerHostFacts('windows', { ImageOS: 'win25-vs2026' })).toEqual({ os: 'windows', windowsServer: true });
    expect(dockerHostFacts('windows', { ImageOS: 'win22' })).toEqual({ os: 'windows', windowsServer: true });
    expect(dockerHostFacts('windows', { ImageOS: 'win11-vs2026-arm64' })).toEqual({ os: 'windows' });
    expect(dockerHostFacts('windows', { ImageOS: 'win11-arm64' })).toEqual({ os: 'windows' });
    expect(dockerHostFacts('wsl', { WSL_DISTRO_NAME: 'Ubuntu', HOME: '/home/dev' })).toEqual({
      os: 'linux',
      isWsl: true,
      wslDistroName: 'Ubuntu',
      homeDir: '/home/dev',
    });
    expect(dockerHostFacts('linux', { XDG_RUNTIME_DIR: '/run/user/1001' }, { uid: 1001, homeDir: '/home/u' })).toEqual({
      os: 'linux',
      homeDir: '/home/u',
      uid: 1001,
      xdgRuntimeDir: '/run/user/1001',
    });
    expect(dockerHostFacts('other', {})).toEqual({ os: 'unknown' });
  });
});

describe('surveyDocker', () => {
  it('merges the probes, Desktop files, distributions and host refinements, then classifies', async () => {
    const runner = new ScriptedRunner([
      { match: 'context ls', reply: { stdout: contexts } },
      { match: /^version/, reply: deadPipe(LINUX_PIPE) },
      { match: /^info/, reply: deadPipe(LINUX_PIPE) },
      { match: /--host \S+ version/, reply: deadPipe('npipe:////./pipe/x') },
    ]);
    const desktop: DesktopFacts = desktopFactsFromFiles(
      { settingsStore: '{"WslEngineEnabled": true, "IntegratedWslDistros": "Ubuntu"}' },
      { installed: null },
    );
    const survey = await surveyDocker({
      runner,
      docker: 'docker',
      host: { os: 'windows' },
      parentEnv: {},
      timeoutMs: 5_000,
      otherEndpoints: true,
      desktop: Promise.resolve(desktop),
      wslDistros: Promise.resolve({
        distros: [{ name: 'docker-desktop', state: 'Stopped', version: 2 }],
        warnings: [],
      }),
      hostRefinements: Promise.resolve({ windowsHome: true }),
    });
    expect(survey.evidence.host).toEqual({ os: 'windows', windowsHome: true });
    expect(survey.evidence.desktopSettings?.wslEngineEnabled).toBe(true);
    expect(survey.evidence.wslDistros).toEqual([{ name: 'docker-desktop', state: 'Stopped', version: 2 }]);
    expect(survey.desktop.installed).toBe(true);
    expect(survey.classification.backend).toBe('stopped');
    expect(survey.warnings.some((w) => w.startsWith('Docker Desktop settings: settings-store.json:'))).toBe(true);
  });

  it('a docker-desktop distribution alone marks Desktop installed; no files and no listing leave it unknown', async () => {
    const runner = scripted();
    const base = { runner, docker: 'docker', host: { os: 'windows' as const }, parentEnv: {}, timeoutMs: 5_000 };
    const listed = await surveyDocker({
      ...base,
      otherEndpoints: false,
      wslDistros: Promise.resolve({
        distros: [{ name: 'Docker-Desktop', state: 'Running', version: 2 }],
        warnings: [],
      }),
    });
    expect(listed.evidence.desktopInstalled).toBe(true);
    const bare = await surveyDocker({ ...base, otherEndpoints: false });
    expect(bare.evidence.desktopInstalled).toBeUndefined();
    expect(bare.desktop.version).toBe(bare.classification.desktopVersion);
  });
});
