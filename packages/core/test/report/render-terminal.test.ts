import { describe, expect, it } from 'vitest';
import { createProgressLine, renderMarkdown, renderTerminal } from '../../src/report/index.js';
import { fixtureReport, hostileReport } from './helpers.js';

const ESC = '\u001b';

describe('renderTerminal', () => {
  it('renders a not-ready report without colour: grouped by area, fixes indented, verdict last', () => {
    const text = renderTerminal(fixtureReport('not-ready.json'), { color: false });
    expect(text).not.toContain(ESC);
    expect(text).toMatchSnapshot();
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('✖ Not ready: 3 failed, 1 error, 1 warning, 2 passed');
    const failure = lines.indexOf('  ✖ New distributions use WSL 2 (0 ms)');
    expect(failure).toBeGreaterThan(lines.indexOf('WSL'));
    expect(lines[failure + 2]).toBe('    → wsl --set-default-version 2');
  });

  it('names every doctor area in words, `io` as I/O (terminal and Markdown)', () => {
    const report = fixtureReport('ready.json');
    const check = { ...report.checks[0]!, id: 'io.location', area: 'io', title: 'Project location inside WSL' };
    const withIo = { ...report, checks: [...report.checks, check] };
    expect(renderTerminal(withIo, { color: false }).split('\n')).toContain('I/O');
    expect(renderMarkdown(withIo)).toContain('I/O: ');
    expect(renderMarkdown(withIo)).not.toMatch(/\bio: /);
  });

  it('colours statuses and the verdict only when asked', () => {
    const report = fixtureReport('ready.json');
    const coloured = renderTerminal(report, { color: true });
    expect(coloured).toContain(`${ESC}[32m✔${ESC}[39m`);
    expect(coloured.trimEnd().split('\n').at(-1)).toBe(
      `${ESC}[32m${ESC}[1m✔ Ready${ESC}[22m${ESC}[39m: 10 passed, 1 skipped`,
    );
    // Same text once the colour codes are gone.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(renderTerminal(report, { color: false }));
  });

  it('wraps long text to the width and keeps the indentation', () => {
    const report = fixtureReport('not-ready.json');
    const text = renderTerminal(report, { color: false, width: 40 });
    const lines = text.split('\n');
    const start = lines.indexOf('  ✖ Linux containers run (2.2 s)');
    expect(lines.slice(start + 1, start + 4)).toEqual([
      '    The engine runs Windows containers',
      '    only: image operating system "linux"',
      '    cannot be used on this platform.',
    ]);
    for (const line of lines.slice(start + 1, start + 9)) {
      if (!line.startsWith('    Docs:')) expect(line.length).toBeLessThanOrEqual(40);
    }
  });

  it('strips escape sequences and control characters from report data', () => {
    const text = renderTerminal(hostileReport(), { color: false });
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(text).toContain('<img src=x onerror=alert(1)>');
  });

  it('says when no checks ran', () => {
    expect(renderTerminal(fixtureReport('minimal.json'), { color: false })).toContain('No checks ran.');
  });
});

describe('createProgressLine', () => {
  function fakeStream(isTTY: boolean, columns?: number) {
    const writes: string[] = [];
    return { writes, stream: { isTTY, columns, write: (chunk: string) => writes.push(chunk) } };
  }

  it('rewrites one line on a TTY, clamped to the width', () => {
    const { writes, stream } = fakeStream(true, 20);
    const line = createProgressLine(stream);
    line.update('Checking wsl…');
    line.update('Checking wsl…');
    line.update(`Checking docker ${'x'.repeat(50)}\n\u001b[2J`);
    line.done('Done.');
    expect(writes).toEqual([`\rChecking wsl…${ESC}[K`, `\rChecking docker xx…${ESC}[K`, `\r${ESC}[K`, 'Done.\n']);
  });

  it('does nothing when the stream is not a TTY', () => {
    const { writes, stream } = fakeStream(false);
    const line = createProgressLine(stream);
    line.update('Checking wsl…');
    line.clear();
    line.done('Done.');
    expect(writes).toEqual([]);
  });
});
