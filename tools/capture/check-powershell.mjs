#!/usr/bin/env node
// Static check of the repository's PowerShell (capture.ps1, the doctor's host probe): constructs that throw or
// differ between Windows PowerShell 5.1 and PowerShell 7. No PowerShell runs on this repository's Linux CI, so this
// is what keeps the scripts to the common subset.
//   node tools/capture/check-powershell.mjs tools/capture/capture.ps1   (exit 1 and one line per finding)
import { readFileSync } from 'node:fs';

/** @typedef {{ line: number, rule: string, message: string }} Finding */

const RULES = [
  {
    rule: 'int32-hex-literal',
    // PowerShell types 0x80000000..0xFFFFFFFF as Int32 (negative) unless suffixed with L: `-band 0xFFFFFFFF` is -1.
    pattern: /\b0x[89a-f][0-9a-f]{7}\b(?![lL])/i,
    message:
      'an 8-digit hex literal of 0x80000000 or more is a negative Int32 in PowerShell; use decimal Int64 arithmetic',
  },
  {
    rule: 'join-path-location',
    pattern: /Join-Path\s+\(\s*Get-Location\s*\)/i,
    message: 'Join-Path (Get-Location) $p breaks absolute paths; use GetUnresolvedProviderPathFromPSPath',
  },
  {
    rule: 'pwsh7-null-operators',
    pattern: /\?\?=?|\?\.(?=[A-Za-z_$])|\?\[/,
    message: 'null-coalescing and null-conditional operators are PowerShell 7 only',
  },
  {
    rule: 'pwsh7-pipeline-chain',
    pattern: /(^|[^-&|])(&&|\|\|)(?!\s*$)/,
    message: 'pipeline chain operators && and || are PowerShell 7 only',
  },
  {
    rule: 'pwsh7-ternary',
    pattern: /\)\s+\?\s+[^:]+\s+:\s+/,
    message: 'the ternary operator is PowerShell 7 only',
  },
  {
    rule: 'pwsh7-numeric-suffix',
    pattern: /\b\d+(u|uy|us|ul|n|y|s)\b/i,
    message: 'numeric literal suffixes other than L/D/KB/MB/GB are PowerShell 6+ only',
  },
  {
    rule: 'pwsh7-parameters',
    pattern: /-Parallel\b|-AsHashtable\b|-AsByteStream\b|-AdditionalChildPath\b|\$PSStyle\b/i,
    message: 'this parameter or variable does not exist in Windows PowerShell 5.1',
  },
  {
    rule: 'dism-feature-query',
    pattern: /Get-WindowsOptionalFeature\b/i,
    message:
      'Get-WindowsOptionalFeature -Online needs elevation and can take the whole budget; use CIM Win32_OptionalFeature',
  },
];

/** Drop comments and string contents that cannot hold code (`#` comments, `<# … #>` blocks), keeping line numbers. */
function codeLines(text) {
  const withoutBlocks = text.replace(/<#[\s\S]*?#>/g, (block) => block.replace(/[^\n]/g, ' '));
  return withoutBlocks.split(/\r?\n/).map((line) => {
    let inSingle = false;
    let inDouble = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === "'" && !inDouble) inSingle = !inSingle;
      else if (c === '"' && !inSingle) inDouble = !inDouble;
      else if (c === '#' && !inSingle && !inDouble) return line.slice(0, i);
    }
    return line;
  });
}

/** Pure: the findings for one script's text. @param {string} text @returns {Finding[]} */
export function checkPowerShell(text) {
  /** @type {Finding[]} */
  const findings = [];
  codeLines(text).forEach((line, index) => {
    for (const { rule, pattern, message } of RULES) {
      if (pattern.test(line)) findings.push({ line: index + 1, rule, message });
    }
  });
  return findings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const file of process.argv.slice(2)) {
    for (const f of checkPowerShell(readFileSync(file, 'utf8'))) {
      failed = true;
      console.log(`${file}:${f.line}: ${f.rule}: ${f.message}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}
