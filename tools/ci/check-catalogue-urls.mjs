#!/usr/bin/env node
// Checks every pinned download of setup-wsl2's catalogue (packages/setup-wsl2/src/catalogue/*.json): each URL and
// mirror must answer and its bytes must have the pinned SHA-256. Run on a schedule by
// .github/workflows/catalogue-urls.yml; it only reads, and a stale pin fails the run (it opens nothing).
//   node tools/ci/check-catalogue-urls.mjs [--catalogue DIR] [--list] [--timeout-seconds N]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_DIR = fileURLToPath(new URL('../../packages/setup-wsl2/src/catalogue/', import.meta.url));

/**
 * Every pinned download, primary URLs and mirrors alike. Pure.
 * @param {any} distributions distributions.json @param {any} packages wsl-packages.json
 * @returns {{ what: string, url: string, sha256: string }[]}
 */
export function pinnedDownloads(distributions, packages) {
  const out = [];
  for (const d of distributions?.distributions ?? []) {
    for (const [arch, pin] of Object.entries(d.arch ?? {})) {
      for (const url of [pin.url, ...(pin.mirrors ?? [])]) {
        out.push({ what: `${d.name} (${arch})`, url, sha256: String(pin.sha256).toLowerCase() });
      }
    }
  }
  for (const [arch, pin] of Object.entries(packages?.arch ?? {})) {
    for (const url of [pin.url, ...(pin.mirrors ?? [])]) {
      out.push({ what: `WSL ${packages.version} (${arch})`, url, sha256: String(pin.sha256).toLowerCase() });
    }
  }
  return out;
}

/**
 * Download one pin and compare its SHA-256. Never throws: the problem is in `error`.
 * @param {{ what: string, url: string, sha256: string }} pin @param {number} timeoutMs
 */
export async function checkDownload(pin, timeoutMs) {
  try {
    const response = await fetch(pin.url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok || !response.body) return { ...pin, error: `HTTP ${response.status}` };
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of response.body) {
      hash.update(chunk);
      bytes += chunk.length;
    }
    const actual = hash.digest('hex');
    if (actual !== pin.sha256) return { ...pin, error: `SHA-256 is ${actual} (${bytes} bytes), pinned ${pin.sha256}` };
    return { ...pin, bytes };
  } catch (error) {
    const name = /** @type {Error} */ (error).name;
    const reason = name === 'TimeoutError' ? `no complete answer within ${timeoutMs} ms` : String(error);
    return { ...pin, error: reason };
  }
}

/** @param {string[]} argv @param {(line: string) => void} print @returns {Promise<number>} exit code */
export async function main(argv, print = console.log) {
  let dir = DEFAULT_DIR;
  let list = false;
  let timeoutMs = 900_000;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--catalogue') dir = argv[++i] ?? '';
    else if (arg === '--list') list = true;
    else if (arg === '--timeout-seconds') timeoutMs = Number(argv[++i]) * 1000;
    else {
      print(`check-catalogue-urls: unknown argument ${arg}; use --catalogue DIR, --list, --timeout-seconds N`);
      return 2;
    }
  }
  if (!dir || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    print('check-catalogue-urls: --catalogue needs a folder and --timeout-seconds a positive number');
    return 2;
  }
  const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const pins = pinnedDownloads(read('distributions.json'), read('wsl-packages.json'));
  if (list) {
    for (const pin of pins) print(`${pin.what}\t${pin.url}\t${pin.sha256}`);
    return 0;
  }
  let failed = 0;
  // One at a time: the files are large and the check is not in a hurry.
  for (const pin of pins) {
    const result = await checkDownload(pin, timeoutMs);
    if (result.error) {
      failed++;
      print(`::error title=Stale catalogue pin::${result.what}: ${result.url}: ${result.error}`);
    } else {
      print(`ok ${result.what}: ${result.url} (${result.bytes} bytes)`);
    }
  }
  print(`${pins.length - failed} of ${pins.length} pinned downloads answer with their SHA-256.`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
