import { decodeOutput } from '../../text/decode.js';
import { type Parsed, parsed } from '../../text/parse-result.js';
import { normalizeEndpoint } from '../endpoints.js';
import type { DockerContextEntry } from '../types.js';
import { bool, getKey, isRecord, type JsonScan, scanJsonValues, str } from './json-scan.js';
import { preview } from './version.js';

const ENDPOINT_TOKEN = /^(?:npipe|unix|tcp|ssh|fd|http|https):\/\/\S*$/i;

/**
 * `docker context ls` in any of its forms: a JSON array (`--format json` on newer CLIs), one JSON object per line
 * (`--format '{{json .}}'`, and `--format json` on older ones), or the table (current context marked with `*`).
 */
export function parseDockerContextList(input: string | Uint8Array): Parsed<DockerContextEntry[]> {
  const text = decodeOutput(input);
  const { entries, scan } = jsonEntries(text);
  if (entries.length > 0) return parsed(true, dedupe(entries), scan.warnings);
  const table = parseTable(text);
  if (table.length > 0) return parsed(true, dedupe(table), scan.warnings);
  const warnings = [...scan.warnings];
  if (text.trim() !== '') warnings.push(`No \`docker context ls\` output found (it starts with \`${preview(text)}\`).`);
  return parsed(false, [], warnings);
}

/** Contexts in the JSON values of the text: an array of them, or one object per value (ls, inspect). */
function jsonEntries(text: string): { entries: DockerContextEntry[]; scan: JsonScan } {
  const scan = scanJsonValues(text);
  const entries: DockerContextEntry[] = [];
  for (const found of scan.values) {
    for (const item of Array.isArray(found.value) ? found.value : [found.value]) {
      const entry = entryFromJson(item);
      if (entry) entries.push(entry);
    }
  }
  return { entries, scan };
}

function entryFromJson(item: unknown): DockerContextEntry | null {
  if (!isRecord(item)) return null;
  const name = str(getKey(item, 'Name'));
  if (!name) return null;
  const endpoint = str(getKey(item, 'DockerEndpoint'));
  // `docker context inspect` objects carry the address in Endpoints.docker.Host.
  const endpoints = getKey(item, 'Endpoints');
  const dockerEndpoint = isRecord(endpoints) ? getKey(endpoints, 'docker') : undefined;
  const host = isRecord(dockerEndpoint) ? str(getKey(dockerEndpoint, 'Host')) : null;
  const metadata = getKey(item, 'Metadata');
  const address = endpoint ?? host;
  return {
    name,
    description: str(getKey(item, 'Description')) ?? (isRecord(metadata) ? str(getKey(metadata, 'Description')) : null),
    endpoint: address ? normalizeEndpoint(address) : null,
    current: bool(getKey(item, 'Current')) ?? false,
    error: str(getKey(item, 'Error')),
  };
}

function parseTable(text: string): DockerContextEntry[] {
  const lines = text.split('\n');
  // Headers vary by CLI: some add TYPE (Desktop's compose-cli wrapper) or KUBERNETES ENDPOINT and ORCHESTRATOR.
  const headerIndex = lines.findIndex((l) => /^\s*NAME\s+.*\bDOCKER ENDPOINT\b/.test(l));
  if (headerIndex < 0) return [];
  const header = lines[headerIndex]!;
  const errorColumn = header.search(/\bERROR\s*$/);
  const descriptionColumn = header.search(/\bDESCRIPTION\b/);
  const endpointColumn = header.search(/\bDOCKER ENDPOINT\b/);
  const entries: DockerContextEntry[] = [];
  for (const line of lines.slice(headerIndex + 1)) {
    if (line.trim() === '') continue;
    const tokens = line.trim().split(/\s+/);
    const first = tokens[0];
    if (!first || !/^[A-Za-z0-9][A-Za-z0-9_.+-]*$/.test(first)) break;
    const current = tokens[1] === '*';
    const endpointAt = tokens.findIndex((t, i) => i > 0 && ENDPOINT_TOKEN.test(t));
    if (endpointAt < 0) {
      // A context whose metadata is broken prints no endpoint; its error says why. Anything else ends the table.
      const error = readError(line, errorColumn);
      if (error === null) break;
      entries.push({ name: first, description: null, endpoint: null, current, error });
      continue;
    }
    // Columns are aligned, so the header's positions cut the description out (it may hold spaces).
    const byColumns =
      descriptionColumn > 0 && endpointColumn > descriptionColumn && line.length > endpointColumn
        ? line.slice(descriptionColumn, endpointColumn).trim()
        : null;
    const description = (byColumns ?? tokens.slice(current ? 2 : 1, endpointAt).join(' ')) || null;
    entries.push({
      name: first,
      description,
      endpoint: normalizeEndpoint(tokens[endpointAt]!),
      current,
      error: readError(line, errorColumn),
    });
  }
  return entries;
}

function readError(line: string, column: number): string | null {
  if (column <= 0 || line.length <= column) return null;
  return line.slice(column).trim() || null;
}

function dedupe(entries: DockerContextEntry[]): DockerContextEntry[] {
  const byName = new Map<string, DockerContextEntry>();
  for (const e of entries) if (!byName.has(e.name)) byName.set(e.name, e);
  return [...byName.values()];
}

/** `docker context inspect` output: the contexts it describes, with their engine address. */
export function parseDockerContextInspect(input: string | Uint8Array): Parsed<DockerContextEntry[]> {
  const text = decodeOutput(input);
  const { entries, scan } = jsonEntries(text);
  const warnings = [...scan.warnings];
  if (entries.length === 0 && text.trim() !== '') {
    warnings.push(`No \`docker context inspect\` output found (it starts with \`${preview(text)}\`).`);
  }
  return parsed(entries.length > 0, entries, warnings);
}

/** The context the CLI uses: the one marked current. */
export function currentContext(entries: readonly DockerContextEntry[]): DockerContextEntry | null {
  return entries.find((e) => e.current) ?? null;
}
