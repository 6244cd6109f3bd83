// Connection errors (localized), context lists in every shape, Docker Desktop settings, pasted sessions.
import { describe, expect, it } from 'vitest';
import {
  currentContext,
  describeDockerError,
  mergeDesktopSettings,
  parseDesktopSettings,
  parseDockerContextInspect,
  parseDockerContextList,
  parseDockerErrors,
  parseDockerInfo,
  parseDockerVersion,
} from '../../src/docker/index.js';
import { fixture } from './profiles.js';

const DESKTOP_LINUX = 'npipe:////./pipe/dockerDesktopLinuxEngine';

describe('parseDockerErrors', () => {
  // The tail after the pipe name is Windows' localized system message; only the prefix and pipe name matter.
  const tails = [
    'The system cannot find the file specified.',
    'Le fichier spécifié est introuvable.',
    'Das System kann die angegebene Datei nicht finden.',
    '指定されたファイルが見つかりません。',
    '系统找不到指定的文件。',
    'Не удается найти указанный файл.',
    'El sistema no puede encontrar el archivo especificado.',
    'O sistema não pode encontrar o arquivo especificado.',
  ];
  it.each(tails)('reads a stopped Desktop engine whatever the tail: %s', (tail) => {
    for (const line of [
      `error during connect: Get "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.51/version": open //./pipe/dockerDesktopLinuxEngine: ${tail}`,
      `failed to connect to the docker API at npipe:////./pipe/dockerDesktopLinuxEngine; check if the path is correct and if the daemon is running: open //./pipe/dockerDesktopLinuxEngine: ${tail}`,
    ]) {
      const found = parseDockerErrors(line);
      expect(found.value).toEqual([{ kind: 'engine-not-running', endpoint: DESKTOP_LINUX, line }]);
    }
  });

  it.each([
    [
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
      'engine-not-running',
      'unix:///var/run/docker.sock',
    ],
    [
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.50/version": dial unix /var/run/docker.sock: connect: permission denied',
      'permission-denied',
      'unix:///var/run/docker.sock',
    ],
    [
      'permission denied while trying to connect to the docker API at npipe:////./pipe/docker_engine',
      'permission-denied',
      'npipe:////./pipe/docker_engine',
    ],
    [
      'error during connect: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version": open //./pipe/docker_engine: Zugriff verweigert',
      'permission-denied',
      'npipe:////./pipe/docker_engine',
    ],
    [
      'Error response from daemon: client version 1.52 is too new. Maximum supported API version is 1.43',
      'api-too-new',
      null,
    ],
    [
      'Error response from daemon: client version 1.41 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version',
      'api-too-old',
      null,
    ],
    [
      'Failed to initialize: unable to resolve docker endpoint: context "nope": context not found: open C:\\Users\\dev\\.docker\\contexts\\meta\\x\\meta.json: The system cannot find the path specified.',
      'context-not-found',
      null,
    ],
    ['bash: docker: command not found', 'cli-not-found', null],
    ["'docker' is not recognized as an internal or external command,", 'cli-not-found', null],
    ["The command 'docker' could not be found in this WSL 2 distro.", 'wsl-integration-off', null],
    [
      'Error response from daemon: open \\\\.\\pipe\\docker_engine_linux: The system cannot find the file specified.',
      'engine-behind-proxy-down',
      'npipe:////./pipe/docker_engine_linux',
    ],
    [
      'request returned Bad Gateway for API route and version http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info, check if the server supports the requested API version',
      'engine-behind-proxy-down',
      'unix:///var/run/docker.sock',
    ],
    [
      'request returned 500 Internal Server Error for API route and version http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/_ping, check if the server supports the requested API version',
      'engine-failed',
      DESKTOP_LINUX,
    ],
    ['Error response from daemon: Docker Desktop is unable to start', 'engine-failed', null],
    [
      'docker: Error response from daemon: image operating system "linux" cannot be used on this platform.',
      'linux-image-unsupported',
      null,
    ],
    [
      'hcs::CreateComputeSystem: The container operating system does not match the host operating system.',
      'container-os-mismatch',
      null,
    ],
    [
      'Cannot connect to the Docker daemon at tcp://127.0.0.1:2375. Is the docker daemon running?',
      'engine-not-running',
      'tcp://127.0.0.1:2375',
    ],
    [
      'Warning: DOCKER_HOST environment variable overrides the active context. To use a context, either set the global --context flag, or unset DOCKER_HOST environment variable.',
      'docker-host-overrides-context',
      null,
    ],
    ['Error response from daemon: page not found: GET /v1.47/containers/json', 'daemon-error', null],
  ])('%s', (line, kind, endpoint) => {
    const found = parseDockerErrors(`PS C:\\> docker version\n${line}\n`);
    expect(found.recognized).toBe(true);
    expect(found.value[0]).toMatchObject({ kind, endpoint });
    expect(describeDockerError(found.value[0]!).length).toBeGreaterThan(20);
  });

  it('flags the elevation hint of the 19.x–20.x default-pipe wording', () => {
    const found = parseDockerErrors(fixture('sessions/default-pipe-ja-2019.txt'));
    expect(found.value).toEqual([
      expect.objectContaining({
        kind: 'engine-not-running',
        endpoint: 'npipe:////./pipe/docker_engine',
        mayNeedElevation: true,
      }),
    ]);
  });

  it('finds nothing in clean output', () => {
    expect(parseDockerErrors(fixture('cli/desktop-wsl2/info.txt.out'))).toEqual({
      recognized: false,
      value: [],
      warnings: [],
    });
  });
});

describe('pasted sessions of a stopped engine', () => {
  it('French text forms: client facts, no server, the pipe and the cause', () => {
    const text = fixture('sessions/desktop-stopped-fr.txt');
    const v = parseDockerVersion(text);
    expect(v.value).toMatchObject({
      form: 'text',
      server: null,
      client: { version: '28.3.2', context: 'desktop-linux', os: 'windows' },
    });
    expect(v.value.errors.map((e) => [e.kind, e.endpoint])).toEqual([['engine-not-running', DESKTOP_LINUX]]);
    const i = parseDockerInfo(text);
    expect(i.value.serverVersion).toBeNull();
    expect(i.value.clientContext).toBe('desktop-linux');
    expect(i.value.clientPlugins).toEqual(['ai', 'buildx']);
  });

  it('German JSON forms with the current CLI wording after each JSON line', () => {
    const text = fixture('sessions/desktop-stopped-de.json.txt');
    const v = parseDockerVersion(text);
    expect(v.value).toMatchObject({
      form: 'json',
      server: null,
      client: { version: '29.1.3', platformName: 'Docker Engine - Community' },
    });
    expect(v.value.errors[0]).toMatchObject({ kind: 'engine-not-running', endpoint: DESKTOP_LINUX });
    const i = parseDockerInfo(text);
    expect(i.value).toMatchObject({ form: 'json', serverVersion: null, osType: null, clientPlugins: ['buildx'] });
  });

  it('old CLIs put the error in ServerErrors', () => {
    const i = parseDockerInfo(fixture('sessions/server-errors-access-denied-2020.json.out'));
    expect(i.value.serverErrors).toHaveLength(1);
    expect(i.value.errors[0]).toMatchObject({
      kind: 'permission-denied',
      endpoint: 'npipe:////./pipe/docker_engine',
      mayNeedElevation: true,
    });
  });

  it('error text glued to the JSON line (stdout and stderr interleaved)', () => {
    const glued =
      '{"Client":{"Version":"28.2.2","Context":"default"},"Server":null}Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
    const v = parseDockerVersion(glued);
    expect(v.value.client?.version).toBe('28.2.2');
    expect(v.value.errors[0]?.kind).toBe('engine-not-running');
  });
});

describe('parseDockerContextList', () => {
  it('reads the JSON array of newer CLIs', () => {
    const list = parseDockerContextList(fixture('contexts/windows-desktop.array.json.out'));
    expect(list.value.map((c) => [c.name, c.current, c.endpoint])).toEqual([
      ['default', false, 'npipe:////./pipe/docker_engine'],
      ['desktop-linux', true, DESKTOP_LINUX],
      ['desktop-windows', false, 'npipe:////./pipe/dockerDesktopWindowsEngine'],
    ]);
  });

  it('reads one JSON object per line', () => {
    const list = parseDockerContextList(fixture('contexts/windows-podman.lines.json.out'));
    expect(currentContext(list.value)).toMatchObject({
      name: 'podman-machine-default',
      endpoint: 'npipe:////./pipe/podman-machine-default',
    });
  });

  it('reads the table with CRLF, the * marker, an error column and a prompt after it', () => {
    const list = parseDockerContextList(fixture('contexts/windows-desktop.table.txt'));
    expect(list.value).toEqual([
      {
        name: 'default',
        description: 'Current DOCKER_HOST based configuration',
        endpoint: 'npipe:////./pipe/docker_engine',
        current: false,
        error: null,
      },
      { name: 'desktop-linux', description: 'Docker Desktop', endpoint: DESKTOP_LINUX, current: true, error: null },
      {
        name: 'desktop-windows',
        description: 'Docker Desktop',
        endpoint: 'npipe:////./pipe/dockerDesktopWindowsEngine',
        current: false,
        error: null,
      },
      {
        name: 'broken',
        description: null,
        endpoint: null,
        current: false,
        error: 'context "broken": meta.json is invalid',
      },
    ]);
  });

  it('reads the older table with TYPE, KUBERNETES ENDPOINT and ORCHESTRATOR columns', () => {
    const list = parseDockerContextList(fixture('contexts/legacy-2019.table.out'));
    expect(list.value.map((c) => [c.name, c.current, c.description, c.endpoint])).toEqual([
      ['default', true, 'Current DOCKER_HOST based configuration', 'unix:///var/run/docker.sock'],
      ['rancher-desktop', false, 'Rancher Desktop moby context', 'unix:///home/dev/.rd/docker.sock'],
    ]);
  });

  it('reads docker context inspect (Endpoints.docker.Host)', () => {
    const text = `[\n  {\n    "Name": "desktop-linux",\n    "Metadata": {"Description": "Docker Desktop"},\n    "Endpoints": {"docker": {"Host": "npipe:////./pipe/dockerDesktopLinuxEngine", "SkipTLSVerify": false}},\n    "TLSMaterial": {},\n    "Storage": {"MetadataPath": "C:\\\\Users\\\\dev\\\\.docker\\\\contexts\\\\meta\\\\fe9c", "TLSPath": "C:\\\\x"}\n  }\n]\n`;
    expect(parseDockerContextInspect(text).value).toEqual([
      { name: 'desktop-linux', description: 'Docker Desktop', endpoint: DESKTOP_LINUX, current: false, error: null },
    ]);
  });

  it('is unrecognized on unrelated text, with a warning', () => {
    const list = parseDockerContextList('<html><body>502 Bad Gateway</body></html>');
    expect(list.recognized).toBe(false);
    expect(list.warnings[0]).toMatch(/No `docker context ls` output/);
  });
});

describe('Docker Desktop settings', () => {
  it('reads settings-store.json (PascalCase)', () => {
    const s = parseDesktopSettings(fixture('settings/settings-store.json'));
    expect(s.value).toMatchObject({
      wslEngineEnabled: true,
      useWindowsContainers: false,
      integratedWslDistros: ['Ubuntu-24.04', 'Debian'],
      enableIntegrationWithDefaultWslDistro: true,
      memoryMiB: 8192,
      cpus: 8,
      autoStart: false,
    });
  });

  it('reads the legacy settings.json (camelCase)', () => {
    const s = parseDesktopSettings(fixture('settings/settings-legacy.json'));
    expect(s.value).toMatchObject({
      wslEngineEnabled: false,
      integratedWslDistros: [],
      enableIntegrationWithDefaultWslDistro: false,
    });
  });

  it('merges newest first and lets only locked admin values win', () => {
    const merged = mergeDesktopSettings({
      adminSettings: fixture('settings/admin-settings.json'),
      settingsStore: null,
      settings: fixture('settings/settings-legacy.json'),
    });
    // linuxVM.wslEngineEnabled is locked true; useWindowsContainers is not locked, so the user's false stays.
    expect(merged.value).toMatchObject({ wslEngineEnabled: true, useWindowsContainers: false, memoryMiB: 2048 });
    expect(merged.value.lockedKeys).toEqual(expect.arrayContaining(['wslEngineEnabled', 'exposeDockerAPIOnTCP2375']));
    const newer = mergeDesktopSettings({
      settingsStore: fixture('settings/settings-store.json'),
      settings: fixture('settings/settings-legacy.json'),
    });
    expect(newer.value).toMatchObject({
      wslEngineEnabled: true,
      memoryMiB: 8192,
      integratedWslDistros: ['Ubuntu-24.04', 'Debian'],
    });
  });

  it('warns on a non-JSON file and keeps every value unknown', () => {
    const s = parseDesktopSettings(Buffer.from('\ufeffnot json at all', 'utf8'));
    expect(s.recognized).toBe(false);
    expect(s.value.wslEngineEnabled).toBeNull();
    expect(s.warnings[0]).toMatch(/not JSON/);
  });
});
