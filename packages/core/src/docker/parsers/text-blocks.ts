/**
 * The docker CLI's text forms (`docker version`, `docker info`) are indented `Label: value` trees. The docker CLI is
 * not localized, so its labels are stable; the layout (indentation) gives the nesting.
 */

export interface TextNode {
  /** Label before the colon, or `null` for a list item (a label, a registry, a security option). */
  key: string | null;
  value: string;
  indent: number;
  children: TextNode[];
}

export type TextSectionKind = 'version-client' | 'version-server' | 'info-client' | 'info-server';

export interface TextSection {
  kind: TextSectionKind;
  node: TextNode;
  /** Position of the section among the top-level nodes, to pair a version Client with its Server. */
  order: number;
}

// A label holds no `=` or `:` and is followed by a colon and then a blank or the end of the line.
const LABEL_LINE = /^( *)([A-Za-z][A-Za-z0-9 ./()_+-]*?):(?:[ \t]+(.*?))?[ \t]*$/;
// Lines of downloaded GitHub Actions logs start with an ISO timestamp.
const LOG_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;

// The CLI's stderr notes (`WARNING: No blkio throttle…`, `WARNING: Plugin … is not valid`, `ERROR: …`): merged by a
// `2>&1` capture, they can fall inside a block and must not end it. `looseLines` still reads them.
const STDERR_LINE = /^(?:WARNING|Warning|ERROR):\s/;

function parseTextTree(text: string): TextNode[] {
  const roots: TextNode[] = [];
  const stack: TextNode[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(LOG_TIMESTAMP, '').replace(/\t/g, '    ').replace(/\s+$/, '');
    if (line.trim() === '' || STDERR_LINE.test(line)) continue;
    const match = LABEL_LINE.exec(line);
    const indent = line.length - line.trimStart().length;
    const node: TextNode = match
      ? { key: match[2]!.trim(), value: (match[3] ?? '').trim(), indent, children: [] }
      : { key: null, value: line.trim(), indent, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

const CONNECTED_TO_DOCKER = /\bConnected to docker:$/i;
const VERSION_CLIENT_KEYS = ['api version', 'go version', 'git commit', 'os/arch', 'built'];
const INFO_CLIENT_KEYS = ['debug mode', 'plugins'];
const INFO_SERVER_KEYS = ['server version', 'containers', 'operating system', 'ostype', 'kernel version', 'images'];

// A prompt and command glued to the first output line (`% docker version   !205 Client: Docker Engine - Community`).
const GLUED_COMMAND = /^.*?\bdocker(?:\.exe)?\s+(?:version|info)\b.*?\s(?=(?:Client|Server):(?:\s|$))/;

export function findTextSections(text: string): TextSection[] {
  const sections: TextSection[] = [];
  const glued = GLUED_HINT.test(text) ? text.replace(GLUED_LINE, (line) => line.replace(GLUED_COMMAND, '')) : text;
  const roots = parseTextTree(glued);
  roots.forEach((node, order) => {
    // Testcontainers logs the engine's /info under a log line ending "Connected to docker:" (testcontainers-java
    // DockerClientFactory, testcontainers-dotnet): the same labels as `docker info`, indented below it.
    const line = node.key === null ? node.value : `${node.key}: ${node.value}`.trim();
    if (node.indent === 0 && CONNECTED_TO_DOCKER.test(line)) {
      const keys = new Set(node.children.map((c) => c.key?.toLowerCase()));
      if (INFO_SERVER_KEYS.some((k) => keys.has(k))) sections.push({ kind: 'info-server', node, order });
      return;
    }
    if (node.indent !== 0 || node.key === null) return;
    const key = node.key.toLowerCase();
    if (key !== 'client' && key !== 'server') return;
    const keys = new Set(node.children.map((c) => c.key?.toLowerCase()).filter((k): k is string => !!k));
    const hasAny = (list: string[]) => list.some((k) => keys.has(k));
    if (key === 'client') {
      if (hasAny(INFO_CLIENT_KEYS)) sections.push({ kind: 'info-client', node, order });
      else if (hasAny(VERSION_CLIENT_KEYS)) sections.push({ kind: 'version-client', node, order });
      return;
    }
    if (hasAny(INFO_SERVER_KEYS)) sections.push({ kind: 'info-server', node, order });
    // A version Server block lists components (`Engine:`, `Podman Engine:`, `containerd:`) each with a Version.
    else if (node.children.some((c) => c.key !== null && c.children.some((g) => g.key?.toLowerCase() === 'version'))) {
      sections.push({ kind: 'version-server', node, order });
    } else if (node.value !== '') sections.push({ kind: 'version-server', node, order });
  });
  if (!sections.some((s) => s.kind === 'info-server')) {
    const flat = flatInfoServer(roots);
    if (flat) sections.push(flat);
  }
  return sections;
}

const GLUED_HINT = /\bdocker(?:\.exe)?\s+(?:version|info)\b.*\s(?:Client|Server):/;
const GLUED_LINE = /^.*\bdocker(?:\.exe)?\s+(?:version|info)\b.*\s(?:Client|Server):.*$/gm;

/**
 * `docker info` before the Client:/Server: split (engines up to 17.x, Docker for Windows 18.x) prints the server's
 * keys at indent 0. Gather the run of top-level label lines that holds at least two server keys into one section.
 */
function flatInfoServer(roots: TextNode[]): TextSection | null {
  let best: { start: number; end: number; hits: number } | null = null;
  let start = -1;
  let hits = 0;
  const close = (end: number) => {
    if (start >= 0 && hits >= 2 && (!best || hits > best.hits)) best = { start, end, hits };
    start = -1;
    hits = 0;
  };
  roots.forEach((node, index) => {
    if (node.indent !== 0 || node.key === null) {
      close(index);
      return;
    }
    const key = node.key.toLowerCase();
    if (key === 'client' || key === 'server') {
      close(index);
      return;
    }
    if (start < 0) start = index;
    if (FLAT_SERVER_KEYS.includes(key)) hits++;
  });
  close(roots.length);
  if (!best) return null;
  const { start: from, end } = best as { start: number; end: number; hits: number };
  const node: TextNode = { key: 'Server', value: '', indent: -1, children: roots.slice(from, end) };
  return { kind: 'info-server', node, order: from };
}

const FLAT_SERVER_KEYS = [
  'server version',
  'containers',
  'images',
  'storage driver',
  'kernel version',
  'operating system',
  'ostype',
  'execution driver',
];

export function child(node: TextNode, key: string): TextNode | undefined {
  const lower = key.toLowerCase();
  return node.children.find((c) => c.key?.toLowerCase() === lower);
}

export function childValue(node: TextNode, key: string): string | null {
  const found = child(node, key);
  return found && found.value !== '' ? found.value : null;
}

/** Lines at indent 0 that are not sections: where the CLI prints `WARNING:`/`ERROR:` and errors. */
export function looseLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(LOG_TIMESTAMP, '').trim())
    .filter((l) => l !== '');
}
