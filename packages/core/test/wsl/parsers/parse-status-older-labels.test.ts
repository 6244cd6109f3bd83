// `wsl --status` of the inbox-era wsl.exe: the default-distribution label was worded differently in several
// languages than in today's resources. The line is still found, in every locale, by its place above the version.
import { describe, expect, it } from 'vitest';
import { wslText } from '../../../src/testing/index.js';
import { parseStatus } from '../../../src/wsl/parsers/parse-status.js';
import { fixture } from '../../cli/run-cli.js';

const strings = JSON.parse(fixture('wsl-errors/wsl-strings.json').toString('utf8')) as Record<
  string,
  Record<string, string>
>;

describe('parseStatus: a default-distribution label the translations do not hold', () => {
  for (const [locale, table] of Object.entries(strings)) {
    it(`${locale}: read from the line above the known default-version line`, () => {
      const version = table.MessageStatusDefaultVersion!.replace('{}', '2');
      const text = `PS C:\\> wsl --status\nOld wording of the label: Ubuntu-20.04\n${version}\n`;
      const result = parseStatus(wslText(text));
      expect(result.recognized).toBe(true);
      expect(result.value).toMatchObject({ defaultDistribution: 'Ubuntu-20.04', defaultVersion: 2 });
    });
  }

  it('a one-line status (no default distribution) still has none', () => {
    const result = parseStatus(wslText('Some text above: here\n\nDefault Version: 1\n'));
    expect(result.value).toMatchObject({ defaultDistribution: null, defaultVersion: 1 });
  });
});
