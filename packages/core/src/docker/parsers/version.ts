import { decodeOutput } from '../../text/decode.js';
import { type Parsed, parsed } from '../../text/parse-result.js';
import type { DockerClientFacts, DockerComponent, DockerServerFacts, DockerVersionFacts } from '../types.js';
import { parseDockerErrors } from './connection-errors.js';
import { getKey, isRecord, type JsonScan, scanJsonValues, str } from './json-scan.js';
import { childValue, findTextSections, type TextNode } from './text-blocks.js';

const EMPTY: DockerVersionFacts = { form: 'none', client: null, server: null, errors: [] };

/**
 * `docker version` output, JSON (`--format '{{json .}}'`) or text, found anywhere in the input (other outputs may be
 * pasted around it). `server` is null when the engine did not answer; the errors printed with it are kept.
 */
export function parseDockerVersion(input: string | Uint8Array, scan?: JsonScan): Parsed<DockerVersionFacts> {
  const text = decodeOutput(input);
  const found = scan ?? scanJsonValues(text);
  const warnings = [...found.warnings];
  const json = found.values.map((v) => v.value).find(isVersionJson);
  if (json) {
    const errors = parseDockerErrors(found.rest);
    const value: DockerVersionFacts = {
      form: 'json',
      client: clientFromJson(getKey(json, 'Client')),
      server: serverFromJson(getKey(json, 'Server')),
      errors: errors.value,
    };
    return parsed(true, value, [...warnings, ...errors.warnings]);
  }
  const sections = findTextSections(text);
  const clientIndex = sections.findIndex((s) => s.kind === 'version-client');
  const clientSection = sections[clientIndex];
  // The Server block that belongs to this Client is the next version-server before another Client block.
  const serverSection =
    clientSection !== undefined
      ? sections.slice(clientIndex + 1).find((s) => s.kind === 'version-server')
      : sections.find((s) => s.kind === 'version-server');
  const errors = parseDockerErrors(text);
  if (!clientSection && !serverSection) {
    if (text.trim() !== '' && errors.value.length === 0) {
      warnings.push(`No \`docker version\` output found (it starts with \`${preview(text)}\`).`);
    }
    return parsed(false, { ...EMPTY, errors: errors.value }, warnings);
  }
  const value: DockerVersionFacts = {
    form: 'text',
    client: clientSection ? clientFromText(clientSection.node) : null,
    server: serverSection ? serverFromText(serverSection.node) : null,
    errors: errors.value,
  };
  return parsed(true, value, [...warnings, ...errors.warnings]);
}

function isVersionJson(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const client = getKey(value, 'Client');
  const server = getKey(value, 'Server');
  return isRecord(client) || isRecord(server);
}

function clientFromJson(value: unknown): DockerClientFacts | null {
  if (!isRecord(value)) return null;
  const platform = getKey(value, 'Platform');
  return {
    version: str(getKey(value, 'Version')),
    apiVersion: str(getKey(value, 'ApiVersion')),
    defaultApiVersion: str(getKey(value, 'DefaultAPIVersion')),
    os: str(getKey(value, 'Os')),
    arch: str(getKey(value, 'Arch')),
    context: str(getKey(value, 'Context')),
    platformName: isRecord(platform) ? str(getKey(platform, 'Name')) : null,
  };
}

function serverFromJson(value: unknown): DockerServerFacts | null {
  if (!isRecord(value)) return null;
  const platform = getKey(value, 'Platform');
  const rawComponents = getKey(value, 'Components');
  const components: DockerComponent[] = [];
  let engineDetails: Record<string, unknown> = {};
  if (Array.isArray(rawComponents)) {
    for (const c of rawComponents) {
      if (!isRecord(c)) continue;
      const name = str(getKey(c, 'Name'));
      if (!name) continue;
      components.push({ name, version: str(getKey(c, 'Version')) });
      const details = getKey(c, 'Details');
      if (/engine$/i.test(name) && isRecord(details)) engineDetails = details;
    }
  }
  const pick = (key: string, detailKey = key) => str(getKey(value, key)) ?? str(getKey(engineDetails, detailKey));
  const facts: DockerServerFacts = {
    platformName: isRecord(platform) ? str(getKey(platform, 'Name')) : null,
    version: str(getKey(value, 'Version')) ?? components.find((c) => /engine$/i.test(c.name))?.version ?? null,
    apiVersion: pick('ApiVersion'),
    minApiVersion: pick('MinAPIVersion'),
    os: pick('Os'),
    arch: pick('Arch'),
    kernelVersion: pick('KernelVersion'),
    components,
  };
  // An all-empty Server object carries no answer.
  return facts.version || facts.platformName || components.length > 0 || facts.os ? facts : null;
}

function clientFromText(node: TextNode): DockerClientFacts {
  const [os, arch] = splitOsArch(childValue(node, 'OS/Arch'));
  return {
    version: childValue(node, 'Version'),
    apiVersion: firstToken(childValue(node, 'API version')),
    defaultApiVersion: null,
    os,
    arch,
    context: childValue(node, 'Context'),
    platformName: node.value || null,
  };
}

function serverFromText(node: TextNode): DockerServerFacts {
  const components: DockerComponent[] = node.children
    .filter((c) => c.key !== null && c.children.length > 0)
    .map((c) => ({ name: c.key!, version: childValue(c, 'Version') }));
  const engine = node.children.find((c) => c.key !== null && /engine$/i.test(c.key) && c.children.length > 0);
  const api = engine ? (childValue(engine, 'API version') ?? childValue(engine, 'APIVersion')) : null;
  const min = api ? /minimum version ([\d.]+)/i.exec(api)?.[1] : undefined;
  let [os, arch] = splitOsArch(engine ? childValue(engine, 'OS/Arch') : null);
  if (engine && !os) os = childValue(engine, 'Os');
  if (engine && !arch) arch = childValue(engine, 'Arch');
  return {
    platformName: node.value || null,
    version: engine ? childValue(engine, 'Version') : (components[0]?.version ?? null),
    apiVersion: firstToken(api),
    minApiVersion: min ?? (engine ? childValue(engine, 'MinAPIVersion') : null),
    os,
    arch,
    kernelVersion: engine ? (childValue(engine, 'KernelVersion') ?? childValue(engine, 'Kernel Version')) : null,
    components,
  };
}

function splitOsArch(value: string | null): [string | null, string | null] {
  if (!value) return [null, null];
  const [os, ...rest] = value.split('/');
  return [os?.trim() || null, rest.join('/').trim() || null];
}

function firstToken(value: string | null): string | null {
  return value?.split(/\s+/)[0] || null;
}

export function preview(text: string): string {
  return text.trim().slice(0, 40).replace(/\s+/g, ' ').replace(/`/g, "'");
}
