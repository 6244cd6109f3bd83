import { scanConfig } from './scanner.js';
import { findConfigKey, findSection } from './schema.js';
import type { ConfigKind } from './types.js';

/**
 * Which file is this? The file name decides when it is conclusive (`.wslconfig`, `wsl.conf`, with any
 * directory, either slash); otherwise the sections and keys vote. Ties and empty files count as `.wslconfig`,
 * the file people edit most.
 */
export function detectConfigKind(text: string, fileName?: string): ConfigKind {
  const base = (fileName ?? '').split(/[\\/]/).pop()?.toLowerCase() ?? '';
  if (base === '.wslconfig' || base === 'wslconfig' || base.endsWith('.wslconfig')) return 'wslconfig';
  if (base === 'wsl.conf' || base.endsWith('.wsl.conf')) return 'wslconf';

  let wslconfig = 0;
  let wslconf = 0;
  const counted = new Set<string>();
  for (const item of scanConfig(text, 'wslconfig').items) {
    if (item.type === 'section') {
      const lower = item.name.toLowerCase();
      if (counted.has(lower)) continue;
      counted.add(lower);
      // [general] exists in both files, so it does not vote.
      const inConfig = findSection('wslconfig', item.name) !== undefined;
      const inConf = findSection('wslconf', item.name) !== undefined;
      if (inConfig && !inConf) wslconfig += 3;
      if (inConf && !inConfig) wslconf += 3;
    } else if (item.type === 'key' && item.section !== null) {
      if (findConfigKey('wslconfig', item.section, item.name)) wslconfig++;
      if (findConfigKey('wslconf', item.section, item.name)) wslconf++;
    }
  }
  return wslconf > wslconfig ? 'wslconf' : 'wslconfig';
}
