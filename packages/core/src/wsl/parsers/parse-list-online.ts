import { type Parsed, parsed } from '../../text/parse-result.js';
import {
  findWslErrorCode,
  isDistroName,
  isPromptLine,
  normalizeForTemplate,
  type ParserInput,
  templateToRegex,
  toLines,
} from './lines.js';
import { WSL_LOCALE_STRINGS } from './locale-strings.js';

export interface OnlineDistribution {
  name: string;
  friendlyName: string;
  /** Present when the table has a default marker column (newer releases): true on the `*` row. */
  default?: boolean;
}

export interface OnlineDistributionList {
  distributions: OnlineDistribution[];
}

const INTROS = Object.values(WSL_LOCALE_STRINGS).map((s) => templateToRegex(s.distributionListOnline, '.*'));
// Columns are `%-Ws%s` with W = longest name + 4, so name and friendly name are always 4+ spaces apart;
// 2+ is enough to tell them from the single spaces inside a friendly name.
const ROW = /^\s*(?:(?<marker>\*)\s*)?(?<name>\S+)\s{2,}(?<friendly>\S.*)$/u;
// Two upper-case words-or-phrases (NAME / FRIENDLY NAME stay English, but only the shape is relied on).
const HEADER = /^\s*(?:\*\s*)?[\p{Lu}_]+\s{2,}[\p{Lu}_]+(?: [\p{Lu}_]+)*$/u;

/**
 * Parse `wsl --list --online`: the localized intro, a blank line, then a `NAME  FRIENDLY NAME` table.
 * The table is found by layout (header of upper-case words, rows of a name and a friendly name separated by
 * two or more spaces); a leading `*` marks the default in newer releases.
 */
export function parseListOnline(input: ParserInput): Parsed<OnlineDistributionList> {
  const lines = toLines(input);
  const warnings: string[] = [];
  const introIndex = lines.findIndex((line) => INTROS.some((regex) => regex.test(normalizeForTemplate(line))));
  const from = introIndex >= 0 ? introIndex + 1 : 0;

  let headerIndex = -1;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (HEADER.test(line) && !isPromptLine(line) && ROW.test(lines[i + 1] ?? '')) {
      headerIndex = i;
      break;
    }
  }
  if (headerIndex < 0) {
    const code = findWslErrorCode(lines);
    if (code) warnings.push(`wsl.exe could not list the online distributions (error code ${code}).`);
    return parsed(false, { distributions: [] }, warnings);
  }
  if (introIndex < 0) warnings.push('The introduction text was not recognized; the table was found by its layout.');

  const rows: { marker: boolean; name: string; friendlyName: string }[] = [];
  for (const line of lines.slice(headerIndex + 1)) {
    if (isPromptLine(line)) break;
    const groups = ROW.exec(line)?.groups;
    if (!groups?.name || !groups.friendly || !isDistroName(groups.name)) break;
    rows.push({ marker: groups.marker === '*', name: groups.name, friendlyName: groups.friendly.trim() });
  }
  const hasMarkers = rows.some((row) => row.marker);
  const distributions = rows.map((row): OnlineDistribution => {
    const entry: OnlineDistribution = { name: row.name, friendlyName: row.friendlyName };
    if (hasMarkers) entry.default = row.marker;
    return entry;
  });
  if (rows.filter((row) => row.marker).length > 1) warnings.push('More than one distribution is marked as default.');
  return parsed(true, { distributions }, warnings);
}
