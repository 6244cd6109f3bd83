import type { ConfigDocument, ConfigSyntaxIssue } from './document.js';
import type { LintFinding } from './lint-types.js';
import { configKeys, configSections, findConfigKey, findSection } from './schema.js';
import { clip, closestName } from './suggest.js';
import { configFileLabel } from './types.js';

/** Findings for lines WSL's parser rejects, including what the wsl.conf stop means for the rest of the file. */
export function lintSyntax(doc: ConfigDocument): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const issue of doc.issues) {
    const finding = describeIssue(doc, issue);
    if (issue === doc.stop) finding.message += ` ${stopConsequence(doc, issue)}`;
    else if (doc.kind === 'wslconf' && issue.afterStop) {
      finding.message += ` (WSL does not get this far today: it already stopped at line ${doc.stop?.line}.)`;
    }
    findings.push(finding);
  }
  for (const entry of doc.entries) {
    if (!entry.cutByCrlf || entry.afterStop) continue;
    findings.push({
      line: entry.line,
      column: entry.column,
      severity: 'warning',
      rule: 'crlf-continuation',
      key: entry.fullName,
      message:
        `The line ends with \`\\\` before a Windows line break (CRLF), which does not continue the value in ` +
        `/etc/wsl.conf: WSL drops the CR, so \`${entry.fullName}\` is \`${clip(entry.value ?? '')}\` and line ` +
        `${entry.endLine + 1} is read as a line of its own. Save the file with LF line endings, or join the two lines.`,
    });
  }
  if (doc.stop) {
    for (const entry of doc.entries) {
      if (!entry.afterStop || entry.problem) continue;
      findings.push({
        line: entry.line,
        column: entry.column,
        severity: 'warning',
        rule: 'ignored-after-invalid-line',
        message:
          `WSL ignores \`${entry.fullName}\` because it stops reading /etc/wsl.conf at the invalid line ` +
          `${doc.stop.line}. Fix line ${doc.stop.line} and this setting applies again.`,
        key: entry.fullName,
      });
    }
  }
  return findings;
}

function stopConsequence(doc: ConfigDocument, stop: ConfigSyntaxIssue): string {
  const ignored = doc.entries.filter((e) => e.afterStop && !e.problem);
  if (ignored.length === 0) {
    return `WSL stops reading /etc/wsl.conf at this line (the rest of the file holds no settings).`;
  }
  const shown = ignored.slice(0, 8).map((e) => `\`${e.fullName}\` (line ${e.line})`);
  const more = ignored.length > shown.length ? ` and ${ignored.length - shown.length} more` : '';
  return (
    `WSL stops reading /etc/wsl.conf at line ${stop.line}, so ${ignored.length === 1 ? 'this setting below it is' : `these ${ignored.length} settings below it are`} ` +
    `ignored: ${shown.join(', ')}${more}.`
  );
}

function describeIssue(doc: ConfigDocument, issue: ConfigSyntaxIssue): LintFinding {
  const base = { line: issue.line, column: issue.column, severity: 'error' as const };
  const effect = doc.kind === 'wslconfig' ? 'WSL skips this line.' : 'WSL rejects this line.';
  const lineText = issue.text.trim();
  switch (issue.problem) {
    case 'invalid-key-name': {
      if (issue.char === '\ufeff') {
        return {
          ...base,
          rule: 'byte-order-mark',
          message:
            'The file starts with a UTF-8 byte-order mark (BOM), which WSL reads as part of the first line, ' +
            `so the whole line is lost. ${effect} Save /etc/wsl.conf as UTF-8 without BOM.`,
        };
      }
      if (issue.char === ';') {
        return {
          ...base,
          rule: 'semicolon-comment',
          message: `\`;\` does not start a comment in ${configFileLabel(doc.kind)}; only \`#\` does. ${effect} Replace \`;\` with \`#\`.`,
          suggestion: lineText.replace(/^;/, '#'),
        };
      }
      const shown = issue.char === '' ? 'end of file' : `\`${printable(issue.char)}\``;
      return {
        ...base,
        rule: 'invalid-key-name',
        message:
          `A line must start with a letter (a key), \`[\` (a section) or \`#\` (a comment), not ${shown}. ${effect} ` +
          'Fix the key name or comment the line out with `#`.',
        ...namedSuggestion(doc, issue, lineText),
      };
    }
    case 'expected-equals': {
      const dotted = /^([A-Za-z][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*)$/.exec(lineText);
      if (dotted) {
        return { ...base, ...badKeyName(doc, issue, dotted[1]!, dotted[2]!, effect) };
      }
      const spaced = /^([A-Za-z][A-Za-z0-9]*)[ \t:]+(.+)$/.exec(lineText);
      return {
        ...base,
        rule: 'missing-equals',
        message: `\`${clip(issue.keyName ?? lineText)}\` has no \`=\` after the key name. ${effect} Write it as \`key = value\`.`,
        ...(spaced ? { suggestion: `${spaced[1]} = ${spaced[2]!.replace(/^=\s*/, '')}` } : {}),
        ...(issue.keyName ? { key: fullName(issue.section, issue.keyName) } : {}),
      };
    }
    case 'invalid-section-name':
    case 'expected-bracket':
    case 'expected-end-of-line': {
      const inner = /^\[([^\]#]*)\]?/.exec(lineText)?.[1]?.trim() ?? '';
      const closest = inner ? closestName(inner, configSections(doc.kind)) : undefined;
      const why =
        issue.problem === 'expected-end-of-line'
          ? 'only spaces or a `#` comment may follow `]`'
          : 'a section name is a letter followed by letters or digits, closed by `]`';
      return {
        ...base,
        rule: 'invalid-section-header',
        message:
          `Invalid section header \`${clip(lineText)}\`: ${why}. ${effect} ${keysBelow(doc, issue)}` +
          (closest ? ` Did you mean \`[${closest}]\`?` : ''),
        ...(closest ? { suggestion: `[${closest}]` } : {}),
      };
    }
    case 'invalid-escape': {
      const key = fullName(issue.section, issue.keyName ?? '');
      const entry = doc.entries.find((e) => e.start === issue.start);
      const raw = entry?.raw ?? '';
      const doubled = raw.replace(/\\\\|\\/g, (m) => (m.length === 2 ? m : '\\\\'));
      const forward = raw.replace(/\\\\|\\/g, '/');
      const shown = issue.char === '' ? '`\\` at the end of the file' : `\`\\${printable(issue.char)}\``;
      return {
        ...base,
        rule: 'invalid-escape',
        key,
        message:
          `${shown} is not an escape WSL knows (only \`\\\\\`, \`\\"\`, \`\\b\`, \`\\n\`, \`\\t\` and a line-ending ` +
          `\`\\\`). ${effect} Write every backslash as \`\\\\\` (\`${clip(doubled)}\`) or use forward slashes (\`${clip(forward)}\`).`,
        ...(issue.keyName ? { suggestion: `${issue.keyName} = ${doubled}` } : {}),
      };
    }
    case 'unterminated-quote':
      return {
        ...base,
        rule: 'unterminated-quote',
        key: fullName(issue.section, issue.keyName ?? ''),
        message: `The value opens a \`"\` that is never closed. ${effect} Add the closing \`"\`, or write a literal quote as \`\\"\`.`,
      };
  }
}

/**
 * Where the keys under a broken header go. configfile.cpp ParseConfigFile: once the header's name was read it sits in
 * the key buffer, which the next key line cuts (or NUL-pads) to the length of the last valid section name.
 */
function keysBelow(doc: ConfigDocument, issue: ConfigSyntaxIssue): string {
  const after = issue.keysAfter;
  const last = issue.section;
  if (after === undefined || after.prefix.toLowerCase() === (last ?? '').toLowerCase()) {
    return last === null ? 'The keys below it stay outside any section.' : `The keys below it stay in \`[${last}]\`.`;
  }
  if (after.bare) {
    return (
      `WSL then looks up every key below it as \`${clip(after.prefix)}\` alone (it keeps the broken name, padded to ` +
      `the length of \`[${last}]\`), so they are all unknown and ignored until the next valid header.`
    );
  }
  const known = findSection(doc.kind, after.prefix);
  return (
    `WSL files the keys below it under \`[${after.prefix}]\` (the broken name cut to the length of the last valid ` +
    `section, \`[${last}]\`)` +
    (known ? '.' : ', which it does not know, so they are all ignored until the next valid header.')
  );
}

/** A key line whose name holds `_`, `-` or `.` (or `section.key` written flat). */
function badKeyName(
  doc: ConfigDocument,
  issue: ConfigSyntaxIssue,
  name: string,
  value: string,
  effect: string,
): Omit<LintFinding, 'line' | 'column' | 'severity'> {
  const bad = [...new Set(name.replace(/[A-Za-z0-9]/g, ''))].map((c) => `\`${c}\``).join(', ');
  const dot = name.indexOf('.');
  if (dot > 0) {
    const section = findSection(doc.kind, name.slice(0, dot));
    const key = section ? findConfigKey(doc.kind, section, name.slice(dot + 1)) : undefined;
    if (section && key) {
      return {
        rule: 'invalid-key-name',
        key: `${key.section}.${key.key}`,
        message:
          `Key names cannot contain ${bad}: WSL does not read \`section.key\` names. ${effect} ` +
          `Write \`${key.key} = ${value}\` under a \`[${key.section}]\` header.`,
        suggestion: `[${key.section}]\n${key.key} = ${value}`,
      };
    }
  }
  const section = issue.section === null ? undefined : findSection(doc.kind, issue.section);
  const candidates = configKeys(doc.kind)
    .filter((k) => !k.obsolete && (section === undefined || k.section === section))
    .map((k) => k.key);
  const closest = closestName(name, candidates);
  return {
    rule: 'invalid-key-name',
    message:
      `Key names may only contain letters and digits; \`${clip(name)}\` contains ${bad}. ${effect}` +
      (closest ? ` Did you mean \`${closest}\`?` : ' Remove those characters.'),
    suggestion: `${closest ?? name.replace(/[^A-Za-z0-9]/g, '')} = ${value}`,
  };
}

function namedSuggestion(
  doc: ConfigDocument,
  issue: ConfigSyntaxIssue,
  lineText: string,
): Pick<LintFinding, 'suggestion'> {
  const m = /^[^A-Za-z#[]+([A-Za-z][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*)$/.exec(lineText);
  if (!m) return {};
  const found = badKeyName(doc, issue, m[1]!, m[2]!, '');
  return found.suggestion ? { suggestion: found.suggestion } : {};
}

function fullName(section: string | null, key: string): string {
  return section === null ? key : `${section}.${key}`;
}

function printable(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return c;
}
