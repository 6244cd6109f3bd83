import { decodeOutput } from '../../text/decode.js';
import { type Parsed, parsed } from '../../text/parse-result.js';
import type { DockerInfoFacts } from '../types.js';
import { parseDockerErrors } from './connection-errors.js';
import { getKey, isRecord, type JsonScan, num, scanJsonValues, str, strList } from './json-scan.js';
import { child, childValue, findTextSections, looseLines, type TextNode } from './text-blocks.js';
import { preview } from './version.js';

/** Keys of Podman's compat `/info` that Docker's engine never sends. */
const PODMAN_ONLY_KEYS = ['BuildahVersion', 'Rootless', 'Uptime', 'SwapFree', 'SwapTotal'];

function emptyInfo(form: DockerInfoFacts['form']): DockerInfoFacts {
  return {
    form,
    serverVersion: null,
    osType: null,
    operatingSystem: null,
    kernelVersion: null,
    isolation: null,
    name: null,
    labels: [],
    driver: null,
    dockerRootDir: null,
    httpProxy: null,
    cgroupVersion: null,
    ncpu: null,
    memTotal: null,
    productLicense: null,
    podmanKeys: [],
    serverPlugins: { volume: [], network: [], log: [], authorization: [] },
    clientPlugins: [],
    clientVersion: null,
    clientContext: null,
    serverWarnings: [],
    serverErrors: [],
    clientErrors: [],
    errors: [],
  };
}

/**
 * `docker info` output, JSON or text, found anywhere in the input. A down engine still prints JSON with empty
 * server fields; those come out as `null`, and the errors (ServerErrors, stderr text) are kept.
 */
export function parseDockerInfo(input: string | Uint8Array, scan?: JsonScan): Parsed<DockerInfoFacts> {
  const text = decodeOutput(input);
  const found = scan ?? scanJsonValues(text);
  const warnings = [...found.warnings];
  const json = found.values.map((v) => v.value).find(isInfoJson);
  if (json) {
    const errors = parseDockerErrors(found.rest);
    const facts = infoFromJson(json);
    facts.errors = [
      ...errors.value,
      ...parseDockerErrors([...facts.serverErrors, ...facts.clientErrors].join('\n')).value,
    ];
    return parsed(true, facts, [...warnings, ...errors.warnings]);
  }
  const podmanJson = found.values.map((v) => v.value).find(isPodmanInfoJson);
  if (podmanJson) {
    const facts = podmanInfoFromJson(podmanJson);
    facts.errors = parseDockerErrors(found.rest).value;
    return parsed(true, facts, [
      ...warnings,
      "This is Podman's own `info` (JSON), e.g. `docker info --format json` run by podman-docker.",
    ]);
  }
  const podman = podmanInfoFromYaml(text);
  if (podman)
    return parsed(true, podman, [
      ...warnings,
      "This is Podman's `info` (YAML), e.g. `docker info` run by podman-docker.",
    ]);
  const sections = findTextSections(text);
  const server = sections.find((s) => s.kind === 'info-server');
  const client = sections.find((s) => s.kind === 'info-client');
  const errors = parseDockerErrors(text);
  if (!server && !client) {
    if (text.trim() !== '' && errors.value.length === 0) {
      warnings.push(`No \`docker info\` output found (it starts with \`${preview(text)}\`).`);
    }
    return parsed(false, { ...emptyInfo('none'), errors: errors.value }, warnings);
  }
  const facts = emptyInfo('text');
  if (server) readServerText(server.node, facts);
  if (client) {
    facts.clientVersion = childValue(client.node, 'Version');
    facts.clientContext = childValue(client.node, 'Context');
    const plugins = child(client.node, 'Plugins');
    facts.clientPlugins = plugins ? plugins.children.map((c) => c.key ?? c.value).filter(Boolean) : [];
  }
  for (const line of looseLines(text)) {
    if (/^WARNING:/i.test(line)) facts.serverWarnings.push(line);
    else if (/^ERROR:/i.test(line)) facts.serverErrors.push(line.replace(/^ERROR:\s*/i, ''));
  }
  facts.errors = errors.value;
  return parsed(true, facts, [...warnings, ...errors.warnings]);
}

// Podman's own `info` is YAML (`host:` / `store:` / `version:` blocks); podman-docker prints it for `docker info`.
const PODMAN_EMULATION = /^Emulate Docker CLI using podman\b/m;
const PODMAN_HOST = /^host:\s*\n(?:[ \t]+.*\n)*?[ \t]+(?:buildahVersion|conmon|ociRuntime|cgroupManager):/m;
const PODMAN_VERSION = /^version:\s*\n(?:[ \t]+.*\n)*?[ \t]+(?:PodmanAPIVersion|APIVersion):/m;

function podmanInfoFromYaml(text: string): DockerInfoFacts | null {
  if (!/^(?:host|version):\s*$/m.test(text) && !PODMAN_EMULATION.test(text)) return null;
  if (!PODMAN_EMULATION.test(text) && !PODMAN_HOST.test(text) && !PODMAN_VERSION.test(text)) return null;
  const facts = emptyInfo('text');
  const field = (pattern: RegExp) =>
    pattern
      .exec(text)?.[1]
      ?.trim()
      .replace(/^["']|["']$/g, '') || null;
  facts.kernelVersion = field(/^[ \t]+kernel:[ \t]*(\S.*)$/m);
  facts.osType = field(/^[ \t]+os:[ \t]*(\S+)$/m) ?? field(/^[ \t]+Os:[ \t]*(\S+)$/m);
  facts.serverVersion = field(/^version:\s*\n(?:[ \t]+.*\n)*?[ \t]+Version:[ \t]*(\S+)/m);
  // The marker the classifier knows Podman by (the compat API's `/info` carries it as a key).
  facts.podmanKeys = ['BuildahVersion'];
  return facts;
}

/**
 * Podman's own `info` JSON (containers/podman libpod/define/info.go: `host`, `store`, `registries`, `plugins`,
 * `version`), which podman-docker prints for `docker info --format json`: a `host` with Podman's keys.
 */
function isPodmanInfoJson(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const host = getKey(value, 'host');
  if (!isRecord(host) || getKey(value, 'ServerVersion') !== undefined) return false;
  return (
    ['buildahVersion', 'ociRuntime', 'conmon', 'cgroupManager'].some((k) => getKey(host, k) !== undefined) ||
    (getKey(host, 'kernel') !== undefined && isRecord(getKey(value, 'store')))
  );
}

function podmanInfoFromJson(json: Record<string, unknown>): DockerInfoFacts {
  const facts = emptyInfo('json');
  const host = getKey(json, 'host') as Record<string, unknown>;
  const distribution = getKey(host, 'distribution');
  const version = getKey(json, 'version');
  facts.kernelVersion = str(getKey(host, 'kernel'));
  facts.osType = str(getKey(host, 'os'));
  facts.operatingSystem = isRecord(distribution) ? str(getKey(distribution, 'distribution')) : null;
  facts.name = str(getKey(host, 'hostname'));
  facts.cgroupVersion = str(getKey(host, 'cgroupVersion'))?.replace(/^v/, '') ?? null;
  facts.serverVersion = isRecord(version) ? str(getKey(version, 'Version')) : null;
  // The marker the classifier knows Podman by (the compat API's `/info` carries it as a key).
  facts.podmanKeys = ['BuildahVersion'];
  return facts;
}

function isInfoJson(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  return ['ServerVersion', 'OSType', 'ClientInfo', 'ServerErrors', 'OperatingSystem'].some(
    (k) => getKey(value, k) !== undefined,
  );
}

function infoFromJson(json: Record<string, unknown>): DockerInfoFacts {
  const facts = emptyInfo('json');
  facts.serverVersion = str(getKey(json, 'ServerVersion'));
  facts.osType = str(getKey(json, 'OSType'));
  facts.operatingSystem = str(getKey(json, 'OperatingSystem'));
  facts.kernelVersion = str(getKey(json, 'KernelVersion'));
  facts.isolation = str(getKey(json, 'Isolation'));
  facts.name = str(getKey(json, 'Name'));
  facts.labels = strList(getKey(json, 'Labels'));
  facts.driver = str(getKey(json, 'Driver'));
  facts.dockerRootDir = str(getKey(json, 'DockerRootDir'));
  facts.httpProxy = str(getKey(json, 'HttpProxy'));
  facts.cgroupVersion = str(getKey(json, 'CgroupVersion'));
  facts.ncpu = num(getKey(json, 'NCPU')) || null;
  facts.memTotal = num(getKey(json, 'MemTotal')) || null;
  facts.productLicense = str(getKey(json, 'ProductLicense'));
  facts.podmanKeys = PODMAN_ONLY_KEYS.filter((k) => getKey(json, k) !== undefined);
  const plugins = getKey(json, 'Plugins');
  if (isRecord(plugins)) {
    facts.serverPlugins = {
      volume: strList(getKey(plugins, 'Volume')),
      network: strList(getKey(plugins, 'Network')),
      log: strList(getKey(plugins, 'Log')),
      authorization: strList(getKey(plugins, 'Authorization')),
    };
  }
  facts.serverWarnings = strList(getKey(json, 'Warnings'));
  facts.serverErrors = strList(getKey(json, 'ServerErrors'));
  facts.clientErrors = strList(getKey(json, 'ClientErrors'));
  const clientInfo = getKey(json, 'ClientInfo');
  if (isRecord(clientInfo)) {
    facts.clientVersion = str(getKey(clientInfo, 'Version'));
    facts.clientContext = str(getKey(clientInfo, 'Context'));
    const list = getKey(clientInfo, 'Plugins');
    if (Array.isArray(list)) {
      facts.clientPlugins = list
        .map((p) => (isRecord(p) ? str(getKey(p, 'Name')) : null))
        .filter((n): n is string => n !== null);
    }
  }
  return facts;
}

function readServerText(node: TextNode, facts: DockerInfoFacts): void {
  facts.serverVersion = childValue(node, 'Server Version');
  facts.osType = childValue(node, 'OSType');
  facts.operatingSystem = childValue(node, 'Operating System');
  facts.kernelVersion = childValue(node, 'Kernel Version');
  facts.isolation = childValue(node, 'Default Isolation');
  facts.name = childValue(node, 'Name');
  facts.driver = childValue(node, 'Storage Driver');
  facts.dockerRootDir = childValue(node, 'Docker Root Dir');
  facts.httpProxy = childValue(node, 'HTTP Proxy');
  facts.cgroupVersion = childValue(node, 'Cgroup Version');
  facts.ncpu = num(childValue(node, 'CPUs'));
  facts.memTotal = parseSize(childValue(node, 'Total Memory'));
  facts.productLicense = childValue(node, 'Product License');
  const labels = child(node, 'Labels');
  if (labels) facts.labels = labels.children.map((c) => (c.key === null ? c.value : `${c.key}: ${c.value}`));
  const plugins = child(node, 'Plugins');
  if (plugins) {
    const list = (key: string) => childValue(plugins, key)?.split(/\s+/).filter(Boolean) ?? [];
    facts.serverPlugins = {
      volume: list('Volume'),
      network: list('Network'),
      log: list('Log'),
      authorization: list('Authorization'),
    };
  }
}

const UNITS: Record<string, number> = { b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4 };

/** `15.48GiB` → bytes (approximate: the CLI rounds). */
function parseSize(value: string | null): number | null {
  const m = value ? /^([\d.]+)\s*([KMGT]?i?B)$/i.exec(value) : null;
  if (!m) return null;
  const unit = UNITS[m[2]!.toLowerCase()] ?? UNITS[`${m[2]!.toLowerCase().replace('b', 'ib')}`] ?? null;
  return unit === null ? null : Math.round(Number(m[1]) * unit);
}

/** True when the engine behind this `docker info` answered: a version and no server errors. */
export function infoShowsAnswer(info: DockerInfoFacts | null): boolean {
  if (!info) return false;
  // Engines before 1.3 printed no `Server Version`, nor does Podman's YAML `host:` block: their kernel and OS (or
  // Podman's marker) are the answer.
  const kernelAndMore = info.kernelVersion !== null && (info.operatingSystem !== null || info.podmanKeys.length > 0);
  return (info.serverVersion !== null || kernelAndMore) && info.serverErrors.length === 0;
}
