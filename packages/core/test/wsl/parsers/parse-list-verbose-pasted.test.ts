// `wsl -l -v` as people paste it (issue 15): rows double-spaced, or the table joined into one line.
import { describe, expect, it } from 'vitest';
import { parseListVerbose } from '../../../src/wsl/parsers/parse-list-verbose.js';

const UBUNTU = { name: 'Ubuntu-22.04', state: 'Running', version: 2, default: true };
const DEBIAN = { name: 'Debian', state: 'Stopped', version: 1, default: false };

describe('parseListVerbose on pasted tables', () => {
  it('blank lines between the rows', () => {
    const text =
      'PS C:\\> wsl -l -v\n\n  NAME            STATE           VERSION\n\n* Ubuntu-22.04    Running         2\n\n  Debian          Stopped         1\n\nPS C:\\>\n';
    expect(parseListVerbose(text).value.distros).toEqual([UBUNTU, DEBIAN]);
  });

  it('the table joined into one line with collapsed padding', () => {
    const text = '2024-05-01 12:00:01 wsl output: NAME STATE VERSION * Ubuntu-22.04 Running 2 Debian Stopped 1\n';
    expect(parseListVerbose(text).value.distros).toEqual([UBUNTU, DEBIAN]);
  });

  it('Markdown bullets and hard breaks around the rows', () => {
    const text =
      '- `wsl -l -v` \\\n-   NAME   STATE   VERSION \\\n- * Ubuntu-22.04   Running   2 \\\n-   Debian   Stopped   1\n';
    expect(parseListVerbose(text).value.distros).toEqual([UBUNTU, DEBIAN]);
  });
});
