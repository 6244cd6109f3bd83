import { type Parsed, parsed } from '../../text/parse-result.js';
import {
  findNoDistroMessage,
  findWslErrorCode,
  isDistroName,
  isPromptLine,
  type ParserInput,
  toLines,
} from './lines.js';

export interface DistroNames {
  names: string[];
}

/**
 * Parse `wsl -l -q`: bare names, one per line. With no distributions wsl.exe prints nothing and exits 0, so an
 * empty output is a valid, recognized answer (an empty list). Prompts and lines that cannot be names are skipped.
 */
export function parseListQuiet(input: ParserInput): Parsed<DistroNames> {
  const lines = toLines(input);
  const warnings: string[] = [];
  const content = lines.filter((line) => line.trim() !== '');
  if (content.length === 0) return parsed(true, { names: [] }, warnings);

  const none = findNoDistroMessage(lines);
  if (none) {
    warnings.push(none === 'none-running' ? 'No distribution is running.' : 'WSL has no installed distributions.');
    return parsed(true, { names: [] }, warnings);
  }
  const code = findWslErrorCode(lines);
  if (code) {
    warnings.push(`wsl.exe reported an error instead of the distribution names (error code ${code}).`);
    return parsed(false, { names: [] }, warnings);
  }

  const names: string[] = [];
  let skipped = 0;
  for (const line of content) {
    const name = line.trim();
    if (!isPromptLine(line) && isDistroName(name)) names.push(name);
    else skipped++;
  }
  if (skipped > 0 && names.length > 0) warnings.push(`Skipped ${skipped} line(s) that are not distribution names.`);
  if (names.length === 0) return parsed(false, { names }, warnings);
  return parsed(true, { names }, warnings);
}
