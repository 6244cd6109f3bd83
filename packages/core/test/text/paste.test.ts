// Paste cleanup (issue 15): what Markdown and HTML add around pasted output is removed, command output is not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPastedText, mayHoldPasteMarkup } from '../../src/text/paste.js';

describe('cleanPastedText', () => {
  it.each([
    ['```powershell\nPS C:\\> wsl -l\n```', '\nPS C:\\> wsl -l\n'],
    ['```$ 4.4.0-18985-Microsoft```', '$ 4.4.0-18985-Microsoft'],
    ['`wsl --version\nWindows version: 10.0.26100.3037`', 'wsl --version\nWindows version: 10.0.26100.3037'],
    ['> Containers: 2\n> > nested', 'Containers: 2\nnested'],
    ['- NAME STATE VERSION \\\n- * Ubuntu Running 2', 'NAME STATE VERSION\n* Ubuntu Running 2'],
    [
      '_Distribuições do Subsistema do Windows para Linux:\nUbuntu (Padrão)\nUbuntu-20.04_',
      'Distribuições do Subsistema do Windows para Linux:\nUbuntu (Padrão)\nUbuntu-20.04',
    ],
    [
      '<details><summary>1.12.6</summary>\n<pre>\nKernel Version: 4.4.0-87-generic',
      '1.12.6\n\nKernel Version: 4.4.0-87-generic',
    ],
    ['PS C:\\Users\\20160&gt; wsl -l -v', 'PS C:\\Users\\20160> wsl -l -v'],
  ])('%j', (input, expected) => {
    expect(cleanPastedText(input)).toBe(expected);
  });

  it('keeps what commands print: the default marker, option lines, names with underscores, numbered names', () => {
    const output =
      '  NAME      STATE    VERSION\n* Ubuntu    Running  2\n  _box_     Stopped  1\n  0.        Stopped  2\n    --exec, -e <CommandLine>\n';
    expect(cleanPastedText(output)).toBe(output.replace(/\n$/, '\n'));
  });

  it('raw wsl.exe output needs no per-line look at all', () => {
    expect(mayHoldPasteMarkup('Default Distribution: Ubuntu\r\nDefault Version: 2\r\n')).toBe(false);
    expect(mayHoldPasteMarkup('```\nDefault Version: 2\n```')).toBe(true);
    expect(mayHoldPasteMarkup('- Default Version: 2')).toBe(true);
  });

  it('never throws and keeps the line count', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const cleaned = cleanPastedText(text);
        expect(cleaned.split('\n')).toHaveLength(text.split('\n').length);
      }),
    );
  });
});
