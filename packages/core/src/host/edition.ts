/** Families of Windows editions, as far as WSL and Docker care. */
export type EditionFamily = 'home' | 'pro' | 'enterprise' | 'education' | 'server' | 'other' | 'unknown';

/**
 * Family from `EditionID` (registry, never translated: `Core`, `Professional`, `ServerDatacenter`, …), else from
 * the product name, else from `ProductType` (1 workstation, 2 domain controller, 3 server).
 */
export function editionFamily(
  editionId: string | null,
  caption: string | null,
  productType: number | null = null,
): EditionFamily {
  const id = (editionId ?? '').toLowerCase();
  if (id) {
    if (id.startsWith('server') || id.includes('azurestack')) return 'server';
    if (id.startsWith('core')) return 'home';
    if (id.startsWith('professionaleducation')) return 'education';
    if (id.startsWith('professional')) return 'pro';
    if (id.startsWith('education')) return 'education';
    if (id.includes('enterprise')) return 'enterprise';
  }
  const name = (caption ?? '').toLowerCase();
  if (name) {
    if (name.includes('server')) return 'server';
    if (/\bhome\b/.test(name)) return 'home';
    if (name.includes('education')) return 'education';
    if (name.includes('enterprise')) return 'enterprise';
    if (/\bpro\b|professional/.test(name)) return 'pro';
  }
  if (productType === 2 || productType === 3) return 'server';
  return id || name ? 'other' : 'unknown';
}

/** Hyper-V (Docker Desktop's Hyper-V backend, Windows containers) is not available on Home editions. */
export function editionHasHyperV(family: EditionFamily): boolean | null {
  if (family === 'home') return false;
  if (family === 'unknown' || family === 'other') return null;
  return true;
}

/** `Microsoft Windows Server 2025 Datacenter` → `Windows Server 2025 Datacenter`. */
export function displayEdition(caption: string | null): string | null {
  if (!caption) return null;
  return caption.replace(/^Microsoft\s+/i, '').trim() || null;
}
