import { lookupWslError } from '../wsl/errors/index.js';
import type { DoctorContext } from './context.js';
import { fail, pass, skip, warn } from './outcome.js';
import type { CheckResult, DoctorCheck } from './types.js';

const ENABLE_VIRTUALIZATION_DOCS = 'https://aka.ms/enablevirtualization';

function notWindows(ctx: DoctorContext): CheckResult | null {
  return ctx.reachesWindows ? null : skip('Virtualization for WSL is a Windows matter; this host is not Windows.');
}

export const firmwareCheck: DoctorCheck = {
  id: 'virtualization.hypervisor',
  area: 'virtualization',
  title: 'Hardware virtualization and hypervisor',
  async run(ctx) {
    const other = notWindows(ctx);
    if (other) return other;
    const [probe, status] = await Promise.all([
      ctx.hostProbe.get(),
      ctx.wslExe !== null ? ctx.wsl.status.get() : Promise.resolve(null),
    ]);
    let hypervisor = probe.facts.hypervisorPresent;
    let firmware = probe.facts.virtualizationFirmwareEnabled;
    let slat = probe.facts.secondLevelAddressTranslation;
    let source = 'CIM (Win32_ComputerSystem, Win32_Processor)';
    if (hypervisor === null && firmware === null) {
      // PowerShell could not answer: systeminfo carries the same facts in its Hyper-V block.
      const info = (await ctx.systeminfo.get()).facts;
      if (info) {
        hypervisor = info.hypervisorDetected;
        firmware = info.virtualizationEnabledInFirmware;
        slat = info.secondLevelAddressTranslation;
        source = 'systeminfo';
      } else source = 'unknown';
    }
    const statusSaysOff = status?.status?.virtualizationEnabled === false;
    const ev = {
      hypervisorPresent: hypervisor,
      virtualizationFirmwareEnabled: firmware,
      secondLevelAddressTranslation: slat,
      wslStatusVirtualization: statusSaysOff ? 'disabled' : null,
      source,
    };
    const entry = lookupWslError('HCS_E_HYPERV_NOT_INSTALLED');
    if (hypervisor === true && !statusSaysOff) {
      // With a hypervisor running, Win32_Processor reports firmware virtualization as false: the hypervisor owns it.
      return pass('A hypervisor is running, so WSL 2 can start its virtual machine.', { evidence: ev });
    }
    if (firmware === false || statusSaysOff) {
      return fail(
        statusSaysOff
          ? '`wsl --status` says virtualization is not enabled: WSL 2 cannot start (HCS_E_HYPERV_NOT_INSTALLED, 0x80370102).'
          : 'Virtualization is off in the firmware (or not passed to this VM) and no hypervisor runs: WSL 2 cannot start (0x80370102).',
        { remediation: entry.remediation, docsUrl: ENABLE_VIRTUALIZATION_DOCS, evidence: ev },
      );
    }
    if (firmware === true && hypervisor === false) {
      return warn(
        'Virtualization is enabled in the firmware but no hypervisor runs yet: the Virtual Machine Platform is off or needs a reboot.',
        {
          remediation: [
            'Elevated terminal: `wsl.exe --install --no-distribution`, then reboot.',
            'If it is enabled already: `bcdedit /set hypervisorlaunchtype auto`, then reboot.',
          ],
          docsUrl: ENABLE_VIRTUALIZATION_DOCS,
          evidence: ev,
        },
      );
    }
    return warn('Whether virtualization is available is unknown: neither PowerShell (CIM) nor systeminfo answered.', {
      remediation:
        'Check Task Manager → Performance → CPU → "Virtualization", or run `systeminfo` and read "Hyper-V Requirements".',
      evidence: ev,
    });
  },
};

const FEATURES = {
  vmp: 'VirtualMachinePlatform',
  wsl: 'Microsoft-Windows-Subsystem-Linux',
} as const;

export const featuresCheck: DoctorCheck = {
  id: 'virtualization.features',
  area: 'virtualization',
  title: 'Virtual Machine Platform and WSL optional components',
  async run(ctx) {
    const other = notWindows(ctx);
    if (other) return other;
    const probe = await ctx.hostProbe.get();
    const vmp = probe.facts.features[FEATURES.vmp] ?? null;
    const wsl = probe.facts.features[FEATURES.wsl] ?? null;
    const ev = { [FEATURES.vmp]: vmp, [FEATURES.wsl]: wsl, isAdmin: probe.facts.isAdmin };
    if (vmp === null && wsl === null) {
      const why = !probe.answered
        ? 'PowerShell did not answer'
        : probe.facts.isAdmin === false
          ? 'reading them needs administrator rights'
          : 'Windows did not report them';
      return skip(
        `The optional component states are unknown (${why}); the other checks still show whether WSL 2 runs.`,
        {
          remediation: `Elevated PowerShell: \`Get-WindowsOptionalFeature -Online -FeatureName ${FEATURES.vmp}, ${FEATURES.wsl}\`.`,
          evidence: ev,
        },
      );
    }
    if (vmp !== null && vmp !== 'Enabled') {
      return fail(`Virtual Machine Platform is ${vmp}: WSL 2 cannot run without it.`, {
        remediation: [
          'Elevated terminal: `wsl.exe --install --no-distribution` (or `dism.exe /online /enable-feature /featurename:VirtualMachinePlatform /all /norestart`), then reboot.',
          'Self-hosted runner: enable it in the machine image; a job cannot reboot its runner.',
        ],
        docsUrl: 'https://learn.microsoft.com/windows/wsl/install-manual',
        evidence: ev,
      });
    }
    if (wsl !== null && wsl !== 'Enabled') {
      return pass(
        `Virtual Machine Platform is enabled; the WSL optional component is ${wsl}, which only WSL 1 and the inbox wsl.exe need.`,
        {
          evidence: ev,
        },
      );
    }
    return pass('Virtual Machine Platform and the WSL optional component are enabled.', { evidence: ev });
  },
};

export const VIRTUALIZATION_CHECKS: readonly DoctorCheck[] = [firmwareCheck, featuresCheck];
