import { compareVersions } from '../text/compare-versions.js';
import { editDistance } from '../text/edit-distance.js';
import type { ConfigDocument, ConfigEntry } from './document.js';
import { interpretValue } from './interpret.js';
import type { LintFinding, LintOptions } from './lint-types.js';
import { configKeys, configSections, findConfigKey, findSection, keysNamed, settingOf } from './schema.js';
import type { ConfigKeySchema } from './schema-types.js';
import { schemaId } from './schema-types.js';
import { clip, closestName, typoOf } from './suggest.js';
import { configFileLabel, otherKind } from './types.js';

/**
 * Findings for section headers and key lines WSL parses: unknown or misplaced names, bad values, duplicates,
 * obsolete and legacy keys. Works line by line, so it also serves to validate patch snippets.
 */
export function lintEntries(doc: ConfigDocument, options: LintOptions = {}): LintFinding[] {
  const findings: LintFinding[] = [];
  const { kind } = doc;
  const label = configFileLabel(kind);
  const other = otherKind(kind);

  for (const header of doc.sections) {
    if (findSection(kind, header.name)) continue;
    const elsewhere = findSection(other, header.name);
    if (elsewhere) {
      findings.push({
        line: header.line,
        column: header.column,
        severity: 'error',
        rule: 'wrong-file',
        message:
          `\`[${clip(header.name)}]\` belongs in ${configFileLabel(other)}, not ${label}; WSL reports every key in it as ` +
          `unknown and ignores it. Move this section to ${configFileLabel(other)}.`,
      });
      continue;
    }
    const closest = closestName(header.name, configSections(kind));
    findings.push({
      line: header.line,
      column: header.column,
      // One or two edits from a known section is a misspelling: every key under it is silently lost.
      severity: closest && withinTwoEdits(header.name, closest) ? 'error' : 'warning',
      rule: 'unknown-section',
      message:
        `${label} has no section \`[${clip(header.name)}]\`; WSL ignores every key in it.` +
        (closest
          ? ` Did you mean \`[${closest}]\`?`
          : ` Known sections: ${configSections(kind)
              .map((s) => `[${s}]`)
              .join(', ')}.`),
      ...(closest ? { suggestion: `[${closest}]` } : {}),
    });
  }

  // First line (and value) of each setting, to explain duplicates.
  const firstSeen = new Map<string, ConfigEntry>();
  for (const entry of doc.entries) {
    if (entry.problem) continue;
    const where = { line: entry.line, column: entry.column };
    if (entry.readAs !== undefined && !knownAs(kind, entry)) {
      findings.push({ ...where, ...readAsUnknown(doc, entry) });
      continue;
    }
    if (entry.section === null) {
      findings.push({ ...where, ...outsideSection(doc, entry) });
      continue;
    }
    const section = findSection(kind, entry.section);
    if (!section) {
      // The header was reported; keys only need a word when they are unknown in the other file too.
      const otherSection = findSection(other, entry.section);
      if (otherSection && !findConfigKey(other, otherSection, entry.name)) {
        findings.push({ ...where, ...unknownKey(doc, entry, otherSection, other) });
      }
      continue;
    }
    const schema = findConfigKey(kind, section, entry.name);
    if (!schema) {
      findings.push({ ...where, ...misplacedOrUnknown(doc, entry, section) });
      continue;
    }
    const id = schemaId(schema);
    if (schema.obsolete) {
      findings.push({
        ...where,
        // Replaced by another setting: the user meant that one, and gets neither. Merely retired: just dead text.
        severity: schema.replacedBy ? 'error' : 'warning',
        rule: 'obsolete-key',
        key: id,
        message:
          `\`${id}\` is no longer read by WSL (it reports "Unknown key"), so it has no effect.` +
          (schema.replacedBy ? ` Use \`${schema.replacedBy}\` instead.` : ' Remove the line.'),
      });
      continue;
    }
    const setting = settingOf(kind, schema);
    const settingId = schemaId(setting);
    const first = firstSeen.get(settingId);
    if (first) {
      findings.push({ ...where, ...duplicate(doc, entry, first, settingId) });
      continue;
    }
    firstSeen.set(settingId, entry);
    if (schema.aliasOf) {
      findings.push({
        ...where,
        severity: 'info',
        rule: 'legacy-spelling',
        key: id,
        message:
          `\`${id}\` is the old spelling of \`${schema.aliasOf}\`. WSL still reads it, but current docs and newer ` +
          `tools expect \`${schema.key}\` under \`[${setting.section}]\`: move it there.`,
      });
    }
    findings.push(...valueFindings(doc, entry, schema, options).map((f) => ({ ...where, ...f })));
  }
  return findings;
}

function knownAs(kind: ConfigDocument['kind'], entry: ConfigEntry): boolean {
  const section = entry.section === null ? undefined : findSection(kind, entry.section);
  return section !== undefined && findConfigKey(kind, section, entry.name) !== undefined;
}

/** A key a broken section header above sends to a name WSL does not know (see `ScannedKey.readAs`). */
function readAsUnknown(doc: ConfigDocument, entry: ConfigEntry): Omit<LintFinding, 'line' | 'column'> {
  const header = doc.issues.filter((i) => i.keysAfter !== undefined && i.line < entry.line).at(-1);
  const at = header ? ` on line ${header.line}` : '';
  return {
    severity: 'error',
    rule: 'unknown-key',
    key: entry.readAs,
    message:
      `Because of the invalid section header${at}, WSL looks this key up as \`${clip(entry.readAs ?? '')}\`, reports ` +
      `"Unknown key" and ignores it. Fix the header${at}.`,
  };
}

function outsideSection(doc: ConfigDocument, entry: ConfigEntry): Omit<LintFinding, 'line' | 'column'> {
  const here = keysNamed(doc.kind, entry.name).filter((k) => !k.obsolete);
  const there = keysNamed(otherKind(doc.kind), entry.name).filter((k) => !k.obsolete);
  const hint =
    here.length > 0
      ? ` Put it under ${here.map((k) => `\`[${k.section}]\``).join(' or ')}.`
      : there.length > 0
        ? ` \`${clip(entry.name)}\` is a ${configFileLabel(otherKind(doc.kind))} key (\`[${there[0]!.section}]\`); move it there.`
        : ' Put it under a section header.';
  return {
    severity: 'error',
    rule: 'key-outside-section',
    key: entry.name,
    message: `\`${clip(entry.name)}\` comes before any \`[section]\` header, so WSL reports it as an unknown key and ignores it.${hint}`,
    ...(here.length === 1 ? { suggestion: `[${here[0]!.section}]` } : {}),
  };
}

function misplacedOrUnknown(
  doc: ConfigDocument,
  entry: ConfigEntry,
  section: string,
): Omit<LintFinding, 'line' | 'column'> {
  const { kind } = doc;
  const sameFile = keysNamed(kind, entry.name).find((k) => !k.obsolete && !k.aliasOf);
  if (sameFile) {
    return {
      severity: 'error',
      rule: 'wrong-section',
      key: `${section}.${clip(entry.name)}`,
      message:
        `\`${clip(entry.name)}\` belongs in \`[${sameFile.section}]\`, not \`[${section}]\`; WSL reports ` +
        `\`${section}.${clip(entry.name)}\` as an unknown key and ignores it. Move the line under \`[${sameFile.section}]\`.`,
    };
  }
  const other = otherKind(kind);
  const otherFile = keysNamed(other, entry.name).find((k) => !k.obsolete);
  if (kind === 'wslconf' && section === 'network' && entry.name.toLowerCase() === 'dhcp') {
    // Not .wslconfig's `wsl2.dhcp` (the DHCP client of bridged mode): moving it there would change something else.
    return {
      severity: 'warning',
      rule: 'unknown-key',
      key: `${section}.${clip(entry.name)}`,
      message:
        `/etc/wsl.conf has no \`[network] ${clip(entry.name)}\`; WSL ignores it. The distribution's own network ` +
        'configuration decides DHCP inside it (.wslconfig `wsl2.dhcp` is a different setting, for bridged mode only).',
    };
  }
  if (otherFile) {
    return {
      severity: 'error',
      rule: 'wrong-file',
      key: `${section}.${clip(entry.name)}`,
      message:
        `\`${clip(entry.name)}\` is a ${configFileLabel(other)} setting (\`[${otherFile.section}]\`), not a ` +
        `${configFileLabel(kind)} one; WSL ignores it here. Move it to ${configFileLabel(other)} under ` +
        `\`[${otherFile.section}]\`.`,
    };
  }
  return unknownKey(doc, entry, section, kind);
}

function unknownKey(
  doc: ConfigDocument,
  entry: ConfigEntry,
  section: string,
  schemaKind: ConfigDocument['kind'],
): Omit<LintFinding, 'line' | 'column'> {
  const candidates = configKeys(schemaKind)
    .filter((k) => !k.obsolete && k.section === section)
    .map((k) => k.key);
  const closest = closestName(entry.name, candidates);
  // A typo of a key that lives in another section of this file.
  const isTypo = closest ? undefined : typoOf(entry.name);
  const elsewhere = isTypo
    ? configKeys(doc.kind).find((k) => !k.obsolete && !k.aliasOf && k.section !== section && isTypo(k.key))
    : undefined;
  const fix = closest
    ? ` Did you mean \`${closest}\`?`
    : elsewhere
      ? ` Did you mean \`${elsewhere.key}\` in \`[${elsewhere.section}]\`?`
      : ' Check the spelling, or remove the line.';
  const misspelt =
    (closest && withinTwoEdits(entry.name, closest)) || (elsewhere && withinTwoEdits(entry.name, elsewhere.key));
  return {
    severity: misspelt ? 'error' : 'warning',
    rule: 'unknown-key',
    key: `${section}.${clip(entry.name)}`,
    message: `WSL does not know \`${section}.${clip(entry.name)}\` ("Unknown key") and ignores it.${fix}`,
    ...(closest ? { suggestion: `${closest} = ${entry.raw}` } : {}),
  };
}

function duplicate(
  doc: ConfigDocument,
  entry: ConfigEntry,
  first: ConfigEntry,
  settingId: string,
): Omit<LintFinding, 'line' | 'column'> {
  const firstSchema = first.section === null ? undefined : findConfigKey(doc.kind, first.section, first.name);
  const firstValid =
    firstSchema && first.value !== null ? interpretValue(firstSchema, first.value, doc.kind).ok : false;
  const same = first.fullName.toLowerCase() === entry.fullName.toLowerCase();
  const what = same ? `\`${settingId}\`` : `\`${settingId}\` (as \`${clip(first.fullName)}\`)`;
  const kept = firstValid
    ? `WSL keeps the first value (\`${clip(first.raw)}\`) and ignores this one`
    : `WSL ignores this one, and because the first value (\`${clip(first.raw)}\`) is invalid it uses the default`;
  return {
    severity: 'warning',
    rule: 'duplicate-key',
    key: settingId,
    message: `${what} is already set on line ${first.line}; ${kept}. Keep one line: edit line ${first.line} and remove this one.`,
  };
}

/** Value checks for the first occurrence of a known key. */
function valueFindings(
  doc: ConfigDocument,
  entry: ConfigEntry,
  schema: ConfigKeySchema,
  options: LintOptions,
): Omit<LintFinding, 'line' | 'column'>[] {
  const out: Omit<LintFinding, 'line' | 'column'>[] = [];
  const id = schemaId(schema);
  const value = entry.value ?? '';
  const read = interpretValue(schema, value, doc.kind);
  const keep = `WSL ignores it and keeps the default (${schema.defaultText})`;
  const comment = semicolonComment(entry, schema);
  if (!read.ok) {
    const isSizeSpelling = schema.type === 'size' && read.suggestion !== undefined;
    const hardError = schema.type === 'mac';
    const fixed = comment && interpretValue(schema, comment.value, doc.kind).ok ? comment.fixed : undefined;
    const suggestion = fixed ?? (read.suggestion ? `${entry.name} = ${read.suggestion}` : undefined);
    out.push({
      severity: 'error',
      rule: isSizeSpelling ? 'size-unit' : 'invalid-value',
      key: id,
      message:
        `\`${id} = ${clip(entry.raw)}\`: WSL expects ${read.expected}. ` +
        (hardError ? 'An invalid MAC address is a hard error: the WSL 2 VM does not start.' : `${keep}.`) +
        (comment
          ? ' `;` does not start a comment here, only `#` starts a comment, so the rest of the line is part of the value.'
          : '') +
        (suggestion ? ` Write \`${suggestion}\`.` : ''),
      ...(suggestion ? { suggestion } : {}),
    });
    if (schema.key === 'dnsTunnelingIpAddress') {
      out[out.length - 1]!.message += ' An invalid address also turns DNS tunneling off.';
    }
    return out;
  }
  if (comment && (schema.type === 'string' || schema.type === 'path')) {
    out.push({
      severity: 'warning',
      rule: 'semicolon-comment',
      key: id,
      message:
        `\`;\` does not start a comment in ${configFileLabel(doc.kind)}, only \`#\` does: WSL reads \`${id}\` as ` +
        `\`${clip(entry.value ?? '')}\`, comment included. Write \`${comment.fixed}\`.`,
      suggestion: comment.fixed,
    });
  }
  if (read.note?.startsWith('read as octal') && schema.key !== 'umask') {
    out.push({
      severity: 'info',
      rule: 'octal-integer',
      key: id,
      message: `\`${clip(entry.raw)}\` starts with 0, so WSL reads it as octal (${read.value}). Write \`${read.value}\` if you meant that, or drop the leading zero.`,
      suggestion: `${entry.name} = ${read.value}`,
    });
  }
  if (read.note?.startsWith('out of range')) {
    out.push({
      severity: 'warning',
      rule: 'integer-out-of-range',
      key: id,
      message:
        schema.type === 'size'
          ? `\`${entry.raw.slice(0, 40)}\` does not fit in 64 bits (or is negative); WSL silently reads it as a different size (${read.note?.slice(read.note.indexOf('as ') + 3)}). Write a realistic size such as \`8GB\`.`
          : `\`${entry.raw.slice(0, 40)}\` does not fit a 32-bit integer; WSL reads it as ${read.value}. Write a smaller number.`,
    });
  }
  if (schema.key === 'umask' && typeof read.value === 'number' && !entry.raw.replace(/^"|"$/g, '').startsWith('0')) {
    const octal = `0${read.value.toString(8)}`;
    out.push({
      severity: 'warning',
      rule: 'octal-integer',
      key: id,
      message: `A umask is octal, but \`${clip(entry.raw)}\` has no leading 0, so WSL reads it as decimal ${read.value} (= ${octal}). Write \`umask = 0${clip(entry.raw)}\` if you meant octal ${clip(entry.raw)}.`,
      suggestion: `umask = 0${entry.raw}`,
    });
  }
  if (read.skippedItems) {
    out.push({
      severity: 'warning',
      rule: 'invalid-list-item',
      key: id,
      message: `${read.skippedItems.map((i) => `\`${i.trim()}\``).join(', ')} ${read.skippedItems.length === 1 ? 'is not a port' : 'are not ports'} (1–65535); WSL skips ${read.skippedItems.length === 1 ? 'it' : 'them'}. Write ports as comma-separated numbers.`,
    });
  }
  if (read.truncatedItems) {
    const shown = read.truncatedItems.map(({ item, port }) => `\`${clip(item.trim())}\` as port ${port}`);
    out.push({
      severity: 'warning',
      rule: 'invalid-list-item',
      key: id,
      message: `WSL reads only the leading number of each item: ${shown.join(', ')} (the rest is dropped; ranges are not supported). List every port, comma-separated.`,
    });
  }
  const newName = Object.entries(schema.renamedValues ?? {}).find(([, r]) => r.to === read.value);
  if (newName && options.wslVersion && compareVersions(options.wslVersion, newName[1].since) < 0) {
    // The value's old name is the only one older releases accept (e.g. WslCoreConfig.h NetworkingModes before 2.9.0).
    out.push({
      severity: 'warning',
      rule: 'requires-newer-wsl',
      key: id,
      message: `\`${read.value}\` is the name WSL ${newName[1].since} gave this value; WSL ${options.wslVersion} only knows \`${newName[0]}\`, rejects \`${read.value}\` and keeps the default. Write \`${clip(entry.name)} = ${newName[0]}\`, or update WSL (\`wsl --update\`).`,
      suggestion: `${entry.name} = ${newName[0]}`,
    });
  }
  const renamed = schema.renamedValues?.[String(read.value)];
  if (renamed) {
    out.push({
      severity: 'info',
      rule: 'renamed-value',
      key: id,
      message: `\`${read.value}\` was renamed \`${renamed.to}\` in WSL ${renamed.since}. On ${renamed.since} and later write \`${clip(entry.name)} = ${renamed.to}\` (older WSL only knows \`${read.value}\`).`,
      suggestion: `${entry.name} = ${renamed.to}`,
    });
  }
  if (doc.kind === 'wslconfig' && /[^\x00-\x7f]/.test(value)) {
    out.push({
      severity: 'warning',
      rule: 'non-ascii',
      key: id,
      message:
        'wsl.exe narrows each character of .wslconfig to one byte, so non-ASCII characters (such as an accented ' +
        'user name in a path) arrive corrupted. Use an ASCII-only value, for example a path without accents or an 8.3 short path.',
    });
  }
  const controlEscapes = doc.kind === 'wslconfig' && schema.type === 'path' ? escapesIn(entry.raw, 'ntb') : [];
  if (controlEscapes.length > 0) {
    // configfile.cpp ParseConfigFile turns these into newline, tab and backspace without a warning.
    const doubled = entry.raw.replace(/\\\\|\\/g, (m) => (m.length === 2 ? m : '\\\\'));
    out.push({
      severity: 'error',
      rule: 'invalid-value',
      key: id,
      message:
        `In \`${id} = ${clip(entry.raw)}\`, ${controlEscapes.map((e) => `\`\\${e}\``).join(', ')} ${controlEscapes.length === 1 ? 'is an escape' : 'are escapes'} ` +
        '(newline, tab, backspace): WSL reads a path with control characters in it and will not find the file. ' +
        `Write every backslash as \`\\\\\` (\`${clip(doubled)}\`) or use forward slashes.`,
      suggestion: `${entry.name} = ${doubled}`,
    });
  } else if (doc.kind === 'wslconfig' && schema.type === 'path' && /%[A-Za-z_][\w()]*%/.test(value)) {
    out.push({
      severity: 'error',
      rule: 'path-not-absolute',
      key: id,
      message:
        `\`${id}\` holds an environment variable (\`${clip(/%[^%]+%/.exec(value)?.[0] ?? '')}\`), which WSL never expands: ` +
        'it looks for a file of that literal name. Write the full path, e.g. `C:\\Users\\me\\...`.',
    });
  } else if (doc.kind === 'wslconfig' && schema.type === 'path' && value !== '' && !isAbsoluteWindowsPath(value)) {
    out.push({
      severity: 'warning',
      rule: 'path-not-absolute',
      key: id,
      message: `\`${id}\` should be an absolute Windows path such as \`C:\\\\wsl\\\\file\`; \`${clip(entry.raw)}\` is not one, so WSL may not find it.`,
    });
  }
  if (id === 'automount.root' && !value.startsWith('/')) {
    out.push({
      severity: 'warning',
      rule: 'path-not-absolute',
      key: id,
      message: `\`automount.root\` should be an absolute Linux path such as \`/mnt/\`; \`${clip(entry.raw)}\` is not one.`,
    });
  }
  if (schema.ignoredBecause && read.value !== schema.default) {
    out.push({
      severity: 'warning',
      rule: 'not-supported',
      key: id,
      message: `\`${id} = ${clip(entry.raw)}\` has no effect: ${schema.ignoredBecause}. Remove the line.`,
    });
  }
  if (options.wslVersion && schema.minWslVersion && compareVersions(options.wslVersion, schema.minWslVersion) < 0) {
    const when = schema.since === 'HEAD' ? 'a WSL release after 2.9.4' : `WSL ${schema.minWslVersion}`;
    out.push({
      severity: 'warning',
      rule: 'requires-newer-wsl',
      key: id,
      message: `\`${id}\` needs ${when}; WSL ${options.wslVersion} reports it as an unknown key. Update WSL (\`wsl --update\`) or remove the line.`,
    });
  }
  if (schema.policy && options.policyNotes !== false) {
    out.push({
      severity: 'info',
      rule: 'policy',
      key: id,
      message: `On managed machines an administrator policy (HKLM\\Software\\Policies\\WSL) can block or force \`${id}\`; WSL then says "disabled by the computer policy".`,
    });
  }
  return out;
}

/** The escape letters among `letters` that follow a single backslash in a raw value (`\\\\` pairs skipped). */
function escapesIn(raw: string, letters: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < raw.length - 1; i++) {
    if (raw[i] !== '\\') continue;
    const next = raw[i + 1]!;
    if (letters.includes(next) && !found.includes(next)) found.push(next);
    i++;
  }
  return found;
}

/**
 * A `value ; comment` written INI-style. configfile.cpp ParseConfigFile ends a value only at `#` (outside quotes), so
 * the `;` and what follows belong to the value. Quoted values and wsl.conf's `boot.command` (a shell command, where
 * `;` separates commands) are left alone.
 */
function semicolonComment(entry: ConfigEntry, schema: ConfigKeySchema): { value: string; fixed: string } | undefined {
  if (schemaId(schema) === 'boot.command' || !/[ \t];/.test(entry.raw)) return undefined;
  // The first blank + `;` outside quotes.
  let at: number | undefined;
  let quoted = false;
  for (let i = 1; i < entry.raw.length && at === undefined; i++) {
    const c = entry.raw[i - 1];
    if (c === '"') quoted = !quoted;
    else if (c === '\\') i++;
    else if (!quoted && (c === ' ' || c === '\t') && entry.raw[i] === ';') at = i - 1;
  }
  if (at === undefined) return undefined;
  const value = entry.raw.slice(0, at).trimEnd();
  const note = entry.raw.slice(at).replace(/^[ \t]*;+[ \t]*/, '');
  return { value, fixed: `${entry.name} = ${value}${note ? ` # ${note}` : ''}` };
}

function isAbsoluteWindowsPath(value: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(value) || /^[\\/]{2}[^\\/]/.test(value) || /^%[A-Za-z_]+%/.test(value);
}

/** One or two edits apart, ignoring case and the separators WSL rejects in names anyway. */
function withinTwoEdits(typed: string, known: string): boolean {
  const squash = (name: string) => name.replace(/[_\-.\s]/g, '').toLowerCase();
  return editDistance(squash(typed), squash(known), { limit: 2 }) <= 2;
}
