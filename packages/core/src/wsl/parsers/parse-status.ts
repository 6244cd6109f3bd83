import { type Parsed, parsed } from '../../text/parse-result.js';
import {
  findWslErrorCode,
  isDistroName,
  isPromptLine,
  normalizeForTemplate,
  type ParserInput,
  templateToRegex,
  toLines,
  valueAfterLastColon,
} from './lines.js';
import { WSL_LOCALE_STRINGS } from './locale-strings.js';
import { parseVersion } from './parse-version.js';

export interface WslStatus {
  /** Null when WSL has no default distribution (wsl.exe then omits the line). */
  defaultDistribution: string | null;
  defaultVersion: 1 | 2 | null;
  /** Shown by the inbox wsl.exe and by 0.x Store builds. */
  kernelVersion: string | null;
  /** WSL package version, shown by 0.x Store builds only. */
  wslVersion: string | null;
  /** Inbox wsl.exe: the date WSL was last updated, as printed (its format follows the Windows locale). */
  lastUpdated: string | null;
  /** Inbox wsl.exe: whether automatic updates are on; null when not shown or not understood. */
  automaticUpdates: boolean | null;
  /** False when wsl.exe says WSL 1 is not available (optional component missing); null when not said. */
  wsl1Supported: boolean | null;
  /** False when wsl.exe says virtualization is not enabled (WSL 2 cannot start); null when not said. */
  virtualizationEnabled: boolean | null;
}

const DISTRO_LABELS = Object.values(WSL_LOCALE_STRINGS).map((s) => templateToRegex(s.statusDefaultDistro, '(?<v>.+)'));
const VERSION_LABELS = Object.values(WSL_LOCALE_STRINGS).map((s) =>
  templateToRegex(s.statusDefaultVersion, '(?<v>.+)'),
);
const WSL1_NOT_SUPPORTED = Object.values(WSL_LOCALE_STRINGS).map((s) => templateToRegex(s.wsl1NotSupported, ''));

// Dates as Windows prints them in any locale: 8/30/2022, 09.10.2022, 2022/9/9, 27-Mar-22, 2022年9月9日.
const DATE =
  /(?<![\d.])(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[ -][\p{L}]{3,}\.?[ -]\d{2,4}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?|\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.?)(?!\.?\d)/u;
const KERNEL_VALUE = /^\[?(\d+\.\d+\.\d+(?:\.\d+)?)(?:\]|\b)/;

function matchLabel(line: string, labels: readonly RegExp[]): string | null {
  const normalized = normalizeForTemplate(line);
  for (const regex of labels) {
    const value = regex.exec(normalized)?.groups?.v;
    if (value !== undefined) return value.trim();
  }
  return null;
}

function automaticUpdatesFrom(line: string): boolean | null {
  const text = line.toLowerCase();
  if (/\b(?:off|disabled|not enabled)\b|deaktiviert|désactivé|desactivad|disattivat|uitgeschakeld/.test(text)) {
    return false;
  }
  if (/\b(?:on|enabled)\b|aktiviert|activé|activad|attivat|ingeschakeld/.test(text)) return true;
  return null;
}

function emptyStatus(): WslStatus {
  return {
    defaultDistribution: null,
    defaultVersion: null,
    kernelVersion: null,
    wslVersion: null,
    lastUpdated: null,
    automaticUpdates: null,
    wsl1Supported: null,
    virtualizationEnabled: null,
  };
}

function asVersion(value: string | null): 1 | 2 | null {
  return value === '1' ? 1 : value === '2' ? 2 : null;
}

/**
 * Parse `wsl --status` in any language: the Store shape (default distribution + default version), the inbox
 * shape (plus last-updated date, automatic updates and kernel version), the 0.x Store shape (plus a version
 * block) and the one-line shape (no default distribution). Labels come from the 22 wsl.exe translations; in an
 * unknown language the lines are found by layout: a line whose value is `1` or `2`, preceded by a line whose
 * value is a distribution name.
 */
export function parseStatus(input: ParserInput): Parsed<WslStatus> {
  const lines = toLines(input).map((line) => (isPromptLine(line) ? '' : line));
  const warnings: string[] = [];
  const status = emptyStatus();

  let versionIndex = -1;
  let distroIndex = -1;
  lines.forEach((line, index) => {
    if (versionIndex < 0) {
      const version = matchLabel(line, VERSION_LABELS);
      if (version !== null && asVersion(version) !== null) {
        versionIndex = index;
        status.defaultVersion = asVersion(version);
      }
    }
    if (distroIndex < 0) {
      const distro = matchLabel(line, DISTRO_LABELS);
      if (distro !== null && isDistroName(distro)) {
        distroIndex = index;
        status.defaultDistribution = distro;
      }
    }
  });

  if (versionIndex < 0) {
    // Unknown language: the first `label: 1|2` line, with the distribution on the line just above it.
    versionIndex = lines.findIndex((line) => asVersion(valueAfterLastColon(line)) !== null);
    if (versionIndex >= 0) {
      status.defaultVersion = asVersion(valueAfterLastColon(lines[versionIndex]!));
      warnings.push('The --status labels are in an unknown language; values were read by layout.');
      const above = valueAfterLastColon(lines[versionIndex - 1] ?? '');
      if (distroIndex < 0 && above && isDistroName(above) && /\p{L}/u.test(above)) {
        distroIndex = versionIndex - 1;
        status.defaultDistribution = above;
      }
    }
  }

  if (versionIndex >= 0 && distroIndex < 0) {
    // Older translations word the default-distribution label differently (inbox wsl.exe): it is still the
    // `label: name` line right above the default version.
    const above = valueAfterLastColon(lines[versionIndex - 1] ?? '');
    if (above && isDistroName(above) && /\p{L}/u.test(above) && asVersion(above) === null) {
      distroIndex = versionIndex - 1;
      status.defaultDistribution = above;
    }
  }

  if (versionIndex < 0) {
    const code = findWslErrorCode(lines);
    if (code) warnings.push(`wsl.exe reported an error instead of its status (error code ${code}).`);
    else if (lines.some((line) => /wsl(?:\.exe)? --install/i.test(line))) {
      warnings.push('wsl.exe says WSL is not installed. Install it with `wsl --install --no-distribution`.');
    }
    return parsed(false, status, warnings);
  }

  const tail = lines.slice(versionIndex + 1);
  // 0.x Store builds print the whole `--version` block after the default version.
  const block = parseVersion(tail.join('\n'));
  if (block.recognized) {
    status.kernelVersion = block.value.kernelVersion;
    status.wslVersion = block.value.wslVersion;
  } else {
    for (let i = 0; i < tail.length; i++) {
      const line = tail[i]!;
      const date = DATE.exec(line)?.[1];
      if (date && status.lastUpdated === null && !/aka\.ms|https?:/.test(line)) {
        status.lastUpdated = date;
        const next = tail[i + 1] ?? '';
        // The automatic-updates sentence follows the date line; it is only understood in a few languages.
        if (next.trim()) {
          status.automaticUpdates = automaticUpdatesFrom(next);
          if (status.automaticUpdates === null) warnings.push(`Could not read the automatic updates line: ${next}`);
        }
        continue;
      }
      const value = valueAfterLastColon(line);
      const kernel = value ? KERNEL_VALUE.exec(value)?.[1] : undefined;
      if (kernel && status.kernelVersion === null) status.kernelVersion = kernel;
    }
  }

  const text = tail.map(normalizeForTemplate);
  if (text.some((line) => WSL1_NOT_SUPPORTED.some((regex) => regex.test(line)))) status.wsl1Supported = false;
  if (text.some((line) => /aka\.ms\/enablevirtualization/i.test(line))) status.virtualizationEnabled = false;
  return parsed(true, status, warnings);
}
