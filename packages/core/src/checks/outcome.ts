import type { CheckEvidence } from '../report/index.js';
import type { WslErrorDetails } from '../wsl/errors/index.js';
import type { CheckResult } from './types.js';

type EvidenceInput = Record<string, string | number | boolean | null | undefined | readonly string[]>;

/** Evidence without empty values; lists become comma-separated text. */
export function evidence(values: EvidenceInput): CheckEvidence | undefined {
  const out: CheckEvidence = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) out[key] = value.join(', ');
      continue;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    out[key] = value as string | number | boolean;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

interface Extras {
  remediation?: string | readonly string[];
  docsUrl?: string;
  evidence?: EvidenceInput;
}

function build(status: CheckResult['status'], summary: string, extras: Extras = {}): CheckResult {
  const result: CheckResult = { status, summary };
  if (extras.remediation !== undefined) {
    const steps = typeof extras.remediation === 'string' ? [extras.remediation] : extras.remediation;
    if (steps.length > 0)
      result.remediation = steps.length === 1 ? steps[0]! : steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
  }
  if (extras.docsUrl) result.docsUrl = extras.docsUrl;
  const ev = extras.evidence ? evidence(extras.evidence) : undefined;
  if (ev) result.evidence = ev;
  return result;
}

export const pass = (summary: string, extras?: Extras) => build('pass', summary, extras);
export const warn = (summary: string, extras?: Extras) => build('warn', summary, extras);
export const fail = (summary: string, extras?: Extras) => build('fail', summary, extras);
export const skip = (summary: string, extras?: Extras) => build('skip', summary, extras);
export const error = (summary: string, extras?: Extras) => build('error', summary, extras);

/** A wsl.exe failure, explained by the error knowledge base: what it is, what wsl.exe said, what to do. */
export function wslFailure(
  what: string,
  details: WslErrorDetails,
  status: 'fail' | 'error' = 'fail',
  more: EvidenceInput = {},
): CheckResult {
  const code = details.code ?? details.symbol ?? details.hresult;
  const said = details.message.split('\n').find((line) => line.trim() !== '');
  return build(status, `${what}: ${details.title}${code ? ` (${code})` : ''}.${said ? ` wsl.exe said: ${said}` : ''}`, {
    remediation: details.remediation,
    docsUrl: details.docsUrl,
    evidence: {
      errorCode: details.code,
      hresult: details.hresult,
      symbol: details.symbol,
      category: details.category,
      where: details.where || null,
      ...more,
    },
  });
}

export function formatBytes(bytes: number): string {
  const gib = bytes / 1024 ** 3;
  if (gib >= 1) return `${Number.isInteger(gib) ? gib : gib.toFixed(1)} GiB`;
  return `${Math.round(bytes / 1024 ** 2)} MiB`;
}
