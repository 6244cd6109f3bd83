// Workflow commands in a step's output (`::error file=a.ts,line=3::msg`, `::add-mask::secret`, …), read the way the
// runner reads them, and the runner's masking of registered secrets.

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface CommandEffects {
  annotations: Annotation[];
  debug: string[];
  masks: string[];
  /** Names of `::group::` blocks, in order. */
  groups: string[];
  /** Legacy `::set-output` / `::save-state` values (still honoured, with the runner's deprecation warning). */
  outputs: Record<string, string>;
  state: Record<string, string>;
}

export function emptyEffects(): CommandEffects {
  return { annotations: [], debug: [], masks: [], groups: [], outputs: {}, state: {} };
}

export interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** `::name k=v,k2=v2::data` (or the legacy `##[name k=v;k2=v2]data`); anything else is not a command. */
export function parseCommandLine(line: string): ParsedCommand | undefined {
  const text = line.replace(/^ +/, '');
  if (text.startsWith('::')) {
    const end = text.indexOf('::', 2);
    if (end < 0) return undefined;
    return build(text.slice(2, end), text.slice(end + 2), ',');
  }
  const legacy = /^##\[([^\]]*)\](.*)$/.exec(text);
  if (legacy) return build(legacy[1] ?? '', legacy[2] ?? '', ';');
  return undefined;
}

function build(head: string, rawData: string, separator: string): ParsedCommand | undefined {
  const space = head.indexOf(' ');
  const command = (space < 0 ? head : head.slice(0, space)).trim();
  if (!command) return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(separator)) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(rawData) };
}

function unescapeData(value: string): string {
  return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(value: string): string {
  return value
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

const DEPRECATED = (name: string) =>
  `The \`${name}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. ` +
  'For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/';

const DISABLED = (name: string) =>
  `The \`${name}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command ` +
  'execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`. For more ' +
  'information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/';

/** Reads every command in `log` (stdout and stderr merged, as the runner sees them). */
export function processCommands(log: string, effects: CommandEffects = emptyEffects()): CommandEffects {
  let stopToken: string | undefined;
  for (const line of log.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const parsed = parseCommandLine(line);
    if (!parsed) continue;
    const { command, properties, data } = parsed;
    switch (command) {
      case 'error':
      case 'warning':
      case 'notice':
        effects.annotations.push(annotation(command, properties, data));
        break;
      case 'debug':
        effects.debug.push(data);
        break;
      case 'add-mask':
        if (data.trim() !== '') effects.masks.push(data);
        break;
      case 'group':
        effects.groups.push(data);
        break;
      case 'set-output':
        if (properties.name) effects.outputs[properties.name] = data;
        effects.annotations.push({ level: 'warning', message: DEPRECATED('set-output') });
        break;
      case 'save-state':
        if (properties.name) effects.state[properties.name] = data;
        effects.annotations.push({ level: 'warning', message: DEPRECATED('save-state') });
        break;
      case 'set-env':
      case 'add-path':
        effects.annotations.push({ level: 'error', message: DISABLED(command) });
        break;
      case 'stop-commands':
        if (data) stopToken = data;
        break;
      default:
        // endgroup, echo and unknown commands change nothing the harness reports.
        break;
    }
  }
  return effects;
}

function annotation(level: AnnotationLevel, p: Record<string, string>, message: string): Annotation {
  const out: Annotation = { level, message };
  const num = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : undefined);
  if (p.file) out.file = p.file;
  const line = num(p.line);
  if (line !== undefined) out.line = line;
  const endLine = num(p.endLine);
  if (endLine !== undefined) out.endLine = endLine;
  const col = num(p.col ?? p.column);
  if (col !== undefined) out.col = col;
  const endColumn = num(p.endColumn);
  if (endColumn !== undefined) out.endColumn = endColumn;
  if (p.title) out.title = p.title;
  return out;
}

/**
 * Replaces every registered secret with `***`, longest first. Multi-line values are also masked line by line,
 * as the runner does for secrets.
 */
export function maskText(text: string, masks: readonly string[]): string {
  const values = new Set<string>();
  for (const mask of masks) {
    if (mask.trim() === '') continue;
    values.add(mask);
    if (/[\r\n]/.test(mask)) for (const part of mask.split(/\r?\n/)) if (part.trim() !== '') values.add(part);
  }
  let out = text;
  for (const value of [...values].sort((a, b) => b.length - a.length)) out = out.split(value).join('***');
  return out;
}
