// No PowerShell runs here (`apt-cache policy powershell` finds no package here), so the scripts are held to
// the subset that works in Windows PowerShell 5.1 and PowerShell 7 by a static check, and the check itself is tested.
import { readFileSync } from 'node:fs';
import { HOST_PROBE_SCRIPT } from '@wsl-ready/core';
import { describe, expect, it } from 'vitest';
import { checkPowerShell } from '../check-powershell.mjs';

const CAPTURE = readFileSync(new URL('../capture.ps1', import.meta.url), 'utf8');

describe('check-powershell', () => {
  it('finds the two bugs of issue 13 item 12 and PowerShell 7-only syntax', () => {
    const rules = (text: string) => checkPowerShell(text).map((f) => f.rule);
    expect(rules('$raw = [long][uint32]($p.ExitCode -band 0xFFFFFFFF)')).toEqual(['int32-hex-literal']);
    expect(rules('[IO.File]::WriteAllText((Join-Path (Get-Location) $Output), $json)')).toEqual(['join-path-location']);
    expect(rules('$a = $b ?? 1')).toEqual(['pwsh7-null-operators']);
    expect(rules('git fetch && git pull')).toEqual(['pwsh7-pipeline-chain']);
    expect(rules('$x = ($a -gt 1) ? 2 : 3')).toEqual(['pwsh7-ternary']);
    expect(rules('$n = 10u')).toEqual(['pwsh7-numeric-suffix']);
    expect(rules('Get-WindowsOptionalFeature -Online')).toEqual(['dism-feature-query']);
    // Comments and strings do not count; an L suffix makes the literal Int64.
    expect(rules('# -band 0xFFFFFFFF\n<# Join-Path (Get-Location) x #>\n$m = 0xFFFFFFFFL')).toEqual([]);
    expect(checkPowerShell('a\nb -band 0x80000000')[0]?.line).toBe(2);
  });

  it('passes capture.ps1, and capture.ps1 uses Int64 arithmetic and a provider path for -Output', () => {
    expect(checkPowerShell(CAPTURE)).toEqual([]);
    expect(CAPTURE).toContain('if ($raw -lt 0) { $raw += 4294967296 }');
    expect(CAPTURE).toContain('GetUnresolvedProviderPathFromPSPath($Output)');
  });

  it('passes the doctor host probe script', () => {
    expect(checkPowerShell(HOST_PROBE_SCRIPT)).toEqual([]);
  });
});
