import type { ConfigDocument } from './document.js';
import { parseConfigDocument } from './document.js';
import type { EffectiveConfig, EffectiveSetting } from './effective.js';
import { effectiveFromDocument } from './effective.js';
import type { LintFinding, LintOptions } from './lint-types.js';

/**
 * Rules about settings together (reference §7.7): a key that needs another, a key that only works in one
 * networking mode, settings WSL overrides. Judged on the effective values, so a duplicate or invalid line
 * does not count as "set".
 */
export function lintDependencies(doc: ConfigDocument, options: LintOptions = {}): LintFinding[] {
  const effective = effectiveFromDocument(doc).value;
  return doc.kind === 'wslconfig' ? wslconfigRules(effective, options) : wslconfRules(effective, options);
}

type Settings = EffectiveConfig['settings'];

const fromFile = (s: EffectiveSetting | undefined): s is EffectiveSetting & { line: number } =>
  s?.source === 'file' && s.line !== undefined;

function finding(
  setting: EffectiveSetting & { line: number },
  severity: LintFinding['severity'],
  message: string,
  rule: LintFinding['rule'] = 'dependency',
): LintFinding {
  return { line: setting.line, severity, rule, message, key: setting.id };
}

function wslconfigRules(config: EffectiveConfig, options: LintOptions): LintFinding[] {
  const s: Settings = config.settings;
  const out: LintFinding[] = [];
  const mode = String(s['wsl2.networkingMode']?.value ?? 'NAT');
  const modeSetting = s['wsl2.networkingMode'];
  const modeWhere = fromFile(modeSetting) ? ` (line ${modeSetting.line})` : ' (the default)';

  const kernelModules = s['wsl2.kernelModules'];
  if (fromFile(kernelModules) && s['wsl2.kernel']?.source !== 'file') {
    out.push(
      finding(
        kernelModules,
        'error',
        '`kernelModules` needs a custom `kernel` too; without one WSL fails to start with "Customised kernel modules ' +
          'were supplied without specifying a customised kernel". Add `kernel = C:\\\\path\\\\to\\\\kernel` or remove this line.',
      ),
    );
  }
  if (mode === 'Bridged' && fromFile(modeSetting) && s['wsl2.vmSwitch']?.source !== 'file') {
    out.push(
      finding(
        modeSetting,
        'error',
        'Bridged networking needs `vmSwitch` (the name of a Hyper-V virtual switch); WSL fails with "Bridged ' +
          'networking requires wsl2.vmSwitch to be set." Add `vmSwitch = <switch name>` under [wsl2].',
      ),
    );
  }
  for (const id of ['wsl2.dhcp', 'wsl2.dhcpTimeout', 'wsl2.ipv6', 'wsl2.macAddress', 'wsl2.vmSwitch']) {
    const setting = s[id];
    if (fromFile(setting) && mode !== 'Bridged') {
      out.push(
        finding(
          setting,
          'warning',
          `\`${id}\` only applies to Bridged networking, but the mode is ${mode}${modeWhere}. Remove it, or set \`networkingMode = Bridged\`.`,
        ),
      );
    }
  }
  for (const id of ['experimental.ignoredPorts', 'experimental.hostAddressLoopback']) {
    const setting = s[id];
    if (fromFile(setting) && mode !== 'Mirrored') {
      out.push(
        finding(
          setting,
          'warning',
          `\`${id}\` only applies to Mirrored networking, but the mode is ${mode}${modeWhere}. Remove it, or set \`networkingMode = Mirrored\`.`,
        ),
      );
    }
  }
  const localhost = s['wsl2.localhostForwarding'];
  if (fromFile(localhost) && mode === 'Mirrored') {
    out.push(
      finding(
        localhost,
        'warning',
        '`localhostForwarding` has no effect in Mirrored networking (Windows and Linux share localhost); WSL warns about it. Remove the line.',
      ),
    );
  }
  const dnsProxy = s['wsl2.dnsProxy'];
  if (fromFile(dnsProxy) && mode !== 'NAT') {
    out.push(
      finding(
        dnsProxy,
        'warning',
        `\`dnsProxy\` only applies to NAT networking, but the mode is ${mode}${modeWhere}. Remove the line.`,
      ),
    );
  }
  const tunneling = s['wsl2.dnsTunneling'];
  if (tunneling?.value === false) {
    for (const id of ['experimental.bestEffortDnsParsing', 'experimental.dnsTunnelingIpAddress']) {
      const setting = s[id];
      if (fromFile(setting)) {
        const why =
          tunneling.source === 'file'
            ? `\`dnsTunneling = false\` (line ${tunneling.line})`
            : `DNS tunneling is off (${tunneling.derivedFrom ?? 'default'})`;
        out.push(
          finding(
            setting,
            'warning',
            `\`${id}\` only works with DNS tunneling, which is off here: ${why}. Remove it or turn tunneling on.`,
          ),
        );
      }
    }
  }
  const virtio = s['wsl2.virtio'];
  if (fromFile(virtio) && virtio.value === false) {
    // Settings virtio=false overrides are "derived" now; their raw text shows what the file asked for.
    const asked = (id: string, pattern: RegExp): boolean => pattern.test((s[id]?.raw ?? '').replaceAll('"', ''));
    const affected = [
      asked('wsl2.virtiofs', /^(true|1)$/i) ? '`virtiofs`' : '',
      asked('experimental.swiotlb', /^(?!0$)./) ? '`swiotlb`' : '',
      asked('wsl2.networkingMode', /^(consomme|virtioproxy)$/i) ? 'Consomme networking (it falls back to NAT)' : '',
    ].filter(Boolean);
    if (affected.length > 0) {
      out.push(
        finding(
          virtio,
          'warning',
          `\`virtio = false\` also turns off ${affected.join(', ')}. Remove \`virtio = false\` or the settings that need it.`,
        ),
      );
    }
  }
  const processors = s['wsl2.processors'];
  if (
    fromFile(processors) &&
    typeof processors.value === 'number' &&
    options.hostProcessors !== undefined &&
    processors.value > options.hostProcessors
  ) {
    out.push(
      finding(
        processors,
        'warning',
        `\`processors = ${processors.value}\` is more than this machine's ${options.hostProcessors} logical processors; WSL clamps it and warns. Write \`processors = ${options.hostProcessors}\` or less.`,
      ),
    );
  }
  const memory = s['wsl2.memory'];
  if (fromFile(memory) && typeof memory.value === 'number' && memory.value < 256 * 1024 ** 2) {
    out.push(
      finding(
        memory,
        'warning',
        `\`memory = ${memory.raw}\` is below WSL's minimum of 256MB; WSL raises it to 256MB. Write at least \`memory = 256MB\`.`,
      ),
    );
  }
  const safeMode = s['wsl2.safeMode'];
  if (fromFile(safeMode) && safeMode.value === true) {
    out.push(
      finding(
        safeMode,
        'warning',
        '`safeMode = true` is a recovery mode: it turns off drive access, networking, GPU, GUI apps, swap, custom ' +
          'kernels and, inside distributions, systemd, automount and interop. Remove it once the machine is repaired.',
        'safe-mode',
      ),
    );
  }
  return out;
}

function wslconfRules(config: EffectiveConfig, options: LintOptions): LintFinding[] {
  const s: Settings = config.settings;
  const out: LintFinding[] = [];
  const wslconfig =
    options.wslconfigText === undefined
      ? undefined
      : effectiveFromDocument(parseConfigDocument(options.wslconfigText, 'wslconfig')).value.settings;

  const cgroups = s['automount.cgroups'];
  if (fromFile(cgroups) && cgroups.value === 'v1') {
    const isolate = wslconfig?.['wsl2.isolateDistroCgroup'];
    if (isolate?.value !== false) {
      out.push(
        finding(
          cgroups,
          wslconfig ? 'warning' : 'info',
          '`cgroups = v1` conflicts with `.wslconfig` `[wsl2] isolateDistroCgroup`, which is on by default in WSL ' +
            'releases after 2.9.4; the distribution then fails to start. Set `isolateDistroCgroup = false` in .wslconfig, or use `cgroups = v2`.',
        ),
      );
    }
  }
  const systemd = s['boot.systemd'];
  if (fromFile(systemd) && systemd.value === true && options.distroVersion === 1) {
    out.push(
      finding(
        systemd,
        'warning',
        '`systemd = true` only works in WSL 2 distributions; this one runs as WSL 1. Convert it with `wsl --set-version <distro> 2` or remove the line.',
      ),
    );
  }
  const gpuLib = s['gpu.appendLibPath'];
  if (fromFile(gpuLib) && s['gpu.enabled']?.value === false) {
    out.push(
      finding(gpuLib, 'info', '`appendLibPath` only applies when `gpu.enabled` is true; here GPU support is off.'),
    );
  }
  if (wslconfig?.['wsl2.safeMode']?.value === true) {
    const first = Object.values(s).find(fromFile);
    if (first) {
      out.push(
        finding(
          first,
          'warning',
          '.wslconfig has `safeMode = true`: WSL then ignores automount, fstab, boot.command, systemd, hosts and resolv.conf generation, interop, GPU and time-zone settings from this file.',
          'safe-mode',
        ),
      );
    }
  }
  return out;
}
