import { ACCESS_DENIED_MESSAGES } from '../../text/access-denied.js';
import { decodeOutput } from '../../text/decode.js';
import { type Parsed, parsed } from '../../text/parse-result.js';
import { endpointFromRequestUrl, normalizeEndpoint, pipeName } from '../endpoints.js';
import type { DockerCliError, DockerCliErrorKind } from '../types.js';

/**
 * Windows appends a localized system message to pipe errors ("The system cannot find the file specified",
 * "Le fichier spécifié est introuvable", …). We match on the CLI's own English prefix and the pipe name instead,
 * and only use the tail to spot "access denied", whose translations live in text/access-denied.ts.
 */

interface Rule {
  kind: DockerCliErrorKind;
  test: RegExp;
  /** Pull the endpoint and details out of the match. */
  read?: (m: RegExpExecArray, line: string) => { endpoint?: string | null; detail?: Record<string, string> };
}

const RULES: Rule[] = [
  {
    kind: 'wsl-integration-off',
    test: /The command 'docker' could not be found in this WSL \d+ distro/i,
  },
  {
    kind: 'cli-not-found',
    test: /(?:^|[\s:])docker(?:\.exe)?'?:? (?:command )?not found|command not found: docker\b|FullyQualifiedErrorId\s*:\s*CommandNotFoundException|'docker(?:\.exe)?' is not recognized|The term 'docker(?:\.exe)?' is not recognized|executable file not found in \$PATH.*docker|"docker(?:\.exe)?": executable file not found/i,
  },
  {
    kind: 'context-not-found',
    test: /context "([^"]*)"(?:: context)? not found|Current context "([^"]*)" is not found/i,
    read: (m) => ({ detail: { context: m[1] ?? m[2] ?? '' } }),
  },
  {
    kind: 'api-too-new',
    test: /client version (\S+) is too new\. Maximum supported API version is ([\d.]+)/i,
    read: (m) => ({ detail: { clientApi: m[1]!, serverMaxApi: m[2]! } }),
  },
  {
    kind: 'api-too-old',
    test: /client version (\S+) is too old\. Minimum supported API version is ([\d.]+)/i,
    read: (m) => ({ detail: { clientApi: m[1]!, serverMinApi: m[2]! } }),
  },
  {
    kind: 'linux-image-unsupported',
    test: /image operating system "linux" cannot be used on this platform|no matching manifest for windows/i,
  },
  {
    kind: 'container-os-mismatch',
    test: /container operating system does not match the host operating system|0xc0370101|0xc0370106/i,
  },
  {
    kind: 'engine-behind-proxy-down',
    test: /request returned Bad Gateway for API route and version (\S+)/i,
    read: (m) => ({ endpoint: endpointFromRequestUrl(m[1]!) }),
  },
  {
    kind: 'engine-behind-proxy-down',
    test: /Error response from daemon: open (\\\\\.\\pipe\\docker_engine_(?:linux|windows))/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]!) }),
  },
  {
    kind: 'engine-failed',
    test: /request returned (?:500 )?Internal Server Error for API route and version (\S+)/i,
    read: (m) => ({ endpoint: endpointFromRequestUrl(m[1]!) }),
  },
  {
    kind: 'engine-failed',
    test: /Docker Desktop is unable to start|Docker Desktop is (?:starting|stopping)|Docker Desktop is manually paused/i,
  },
  {
    kind: 'permission-denied',
    test: /permission denied while trying to connect to the (?:Docker daemon socket|docker API) at (\S+?)[:;]?(?:\s|$)/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]!) }),
  },
  {
    kind: 'permission-denied',
    test: /dial unix (\S+?): connect: permission denied/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]!) }),
  },
  {
    kind: 'engine-not-running',
    test: /failed to connect to the docker API at (\S+?)[;:]?(?:\s|$)/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]!) }),
  },
  {
    kind: 'engine-not-running',
    test: /Cannot connect to the Docker daemon at (\S+?)\.? Is the docker daemon running/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]!) }),
  },
  {
    kind: 'engine-not-running',
    // Older CLIs: `error during connect: Get "http://%2F%2F.%2Fpipe%2F…/v1.51/version": open //./pipe/…: <localized>`
    test: /error during connect:.*?(?:open ([\\/]{2}\.[\\/]pipe[\\/][^:\s]+)|"?(https?:\/\/[^\s"]+))/i,
    read: (m) => ({ endpoint: m[1] ? normalizeEndpoint(m[1]) : endpointFromRequestUrl(m[2]!) }),
  },
  {
    kind: 'engine-not-running',
    test: /dial (?:unix|tcp) (\S+?): connect: (?:no such file or directory|connection refused)/i,
    read: (m) => ({ endpoint: m[1]!.startsWith('/') ? normalizeEndpoint(m[1]!) : `tcp://${m[1]}` }),
  },
  {
    kind: 'engine-not-running',
    test: /open ([\\/]{2}\.[\\/]pipe[\\/][^:\s]+):/i,
    read: (m) => ({ endpoint: normalizeEndpoint(m[1]!) }),
  },
  {
    kind: 'tls',
    test: /tls: (?:failed to verify certificate|bad certificate|first record does not look like a TLS handshake)|x509: certificate/i,
  },
  {
    kind: 'timeout',
    test: /context deadline exceeded|i\/o timeout|Timeout exceeded while awaiting headers/i,
  },
  {
    kind: 'docker-host-overrides-context',
    test: /DOCKER_HOST environment variable overrides the active context/i,
  },
  {
    kind: 'daemon-error',
    test: /Error response from daemon: /i,
  },
];

const ELEVATION = /must be run (?:elevated|with elevated privileges) to connect/i;
const MAX_LINE = 400;
const MAX_ERRORS = 50;

/** Errors the docker CLI printed, matched by stable wording and pipe or socket name, in any display language. */
export function parseDockerErrors(input: string | Uint8Array): Parsed<DockerCliError[]> {
  const text = decodeOutput(input);
  const errors: DockerCliError[] = [];
  const warnings: string[] = [];
  const limit = Math.min(text.length, 4 * 1024 * 1024);
  for (const rawLine of text.slice(0, limit).split('\n')) {
    if (errors.length >= MAX_ERRORS) {
      warnings.push(`More than ${MAX_ERRORS} docker errors in the output; the rest were skipped.`);
      break;
    }
    const line = rawLine.trim();
    if (line === '' || line.length > 64 * 1024) continue;
    const found = matchLine(line);
    if (found) errors.push(found);
  }
  return parsed(errors.length > 0, dedupe(errors), warnings);
}

function matchLine(line: string): DockerCliError | null {
  for (const rule of RULES) {
    const m = rule.test.exec(line);
    if (!m) continue;
    const read = rule.read?.(m, line) ?? {};
    let kind = rule.kind;
    // A pipe that exists but refuses this user: the old CLI only says so in the localized tail.
    if (kind === 'engine-not-running' && pipeName(read.endpoint?.replace(/^npipe:/, '') ?? '') !== null) {
      const lower = line.toLowerCase();
      if (ACCESS_DENIED_MESSAGES.some((t) => lower.includes(t))) kind = 'permission-denied';
    }
    const error: DockerCliError = {
      kind,
      endpoint: read.endpoint ?? null,
      line: line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line,
    };
    if (ELEVATION.test(line)) error.mayNeedElevation = true;
    if (read.detail) error.detail = read.detail;
    return error;
  }
  return null;
}

function dedupe(errors: DockerCliError[]): DockerCliError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    // The same failure printed by several commands (version, then info) is one error.
    const key = e.endpoint ? `${e.kind}|${e.endpoint}` : `${e.kind}|${e.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A one-line explanation of an error kind, with what to do next. `host`: where the CLI ran; on a Linux host that
 * is not WSL the engine is a system service, so the advice is systemctl rather than Docker Desktop.
 */
export function describeDockerError(error: DockerCliError, host?: { os: string; isWsl?: boolean }): string {
  const at = error.endpoint ? ` at \`${error.endpoint}\`` : '';
  switch (error.kind) {
    case 'engine-not-running':
      if (host?.os === 'linux' && !host.isWsl) {
        return (
          `No Docker engine answers${at}: start it (\`sudo systemctl start docker\`), or check \`DOCKER_HOST\` ` +
          'and the docker context (`docker context use`).'
        );
      }
      return (
        `No Docker engine answers${at}: start Docker Desktop (or the engine this context names), ` +
        'or switch context with `docker context use`.' +
        (error.mayNeedElevation ? ' On the default Windows pipe, an unelevated shell may also be refused.' : '')
      );
    case 'permission-denied':
      if (error.endpoint?.startsWith('npipe:')) {
        // A Windows dockerd's pipe admits Administrators, SYSTEM and the groups of its `group` setting only
        // (moby/moby daemon/listeners/listeners_windows.go); `docker-users` is the group Docker Desktop sets.
        return (
          `The engine${at} refused this user: for Docker Desktop, join the \`docker-users\` group and sign in again; ` +
          'a Windows dockerd (Moby) admits only Administrators and the group named in its `group` setting ' +
          '(daemon.json), so run the shell as Administrator or add your group there and restart the service.'
        );
      }
      return `The engine${at} refused this user: join the \`docker-users\` group (Windows) or \`docker\` group (Linux), then sign in again.`;
    case 'engine-failed':
      return `The engine${at} answered but is starting or failed: wait, or restart Docker Desktop and read its logs.`;
    case 'engine-behind-proxy-down':
      return `A proxy${at} answered but the engine behind it did not: restart Docker Desktop or Rancher Desktop.`;
    case 'api-too-new':
      return `The CLI speaks a newer API (${error.detail?.clientApi ?? '?'}) than the engine (max ${error.detail?.serverMaxApi ?? '?'}): set DOCKER_API_VERSION or upgrade the engine.`;
    case 'api-too-old':
      return `The engine requires API ${error.detail?.serverMinApi ?? '?'} or newer; the client asked for ${error.detail?.clientApi ?? '?'}: upgrade the client or SDK.`;
    case 'context-not-found':
      return `Docker context \`${error.detail?.context ?? '?'}\` does not exist: run \`docker context ls\` and \`docker context use <name>\`, or unset DOCKER_CONTEXT.`;
    case 'cli-not-found':
      return 'The `docker` command is not installed or not on PATH.';
    case 'wsl-integration-off':
      return "Docker Desktop's WSL integration is off for this distribution: enable it in Settings → Resources → WSL integration.";
    case 'linux-image-unsupported':
      return 'The engine runs Windows containers and cannot run Linux images: switch Docker Desktop to Linux containers, or use a Linux engine.';
    case 'container-os-mismatch':
      return 'The Windows image does not match the host build: use an image tag for this Windows version, or Hyper-V isolation.';
    case 'tls':
      return `TLS to the engine${at} failed: check DOCKER_CERT_PATH and DOCKER_TLS_VERIFY.`;
    case 'timeout':
      return `The engine${at} did not answer in time: it may be starting or hung; wait and retry, or restart it (Docker Desktop: Troubleshoot → Restart).`;
    case 'docker-host-overrides-context':
      return 'DOCKER_HOST is set and overrides the active docker context.';
    case 'daemon-error':
      return `The engine${at} answered with an error (${error.line.slice(0, 160)}): fix what it names, or restart the engine.`;
  }
}
