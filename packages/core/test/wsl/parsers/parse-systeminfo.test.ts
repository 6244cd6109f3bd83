import { describe, expect, it } from 'vitest';
import { parseSysteminfo } from '../../../src/wsl/parsers/index.js';
import { fixtureBytes } from './fixture-files.js';

/** A systeminfo tail in the column layout Windows uses, with the labels and yes/no words of a language. */
function systeminfo(label: string, lines: readonly [string, string][], os = 'Microsoft Windows 11 Pro'): string {
  const pad = (text: string): string => text.padEnd(27);
  const head = [`${pad('Host:')}PC-1`, `${pad('OS:')}${os}`, `${pad('Version:')}10.0.22631 N/A Build 22631`];
  const block = lines.map(([name, value], i) => `${i === 0 ? pad(label) : ' '.repeat(27)}${name}: ${value}`);
  return `\r\n${[...head, ...block].join('\r\n')}\r\n`;
}

describe('parseSysteminfo', () => {
  it('reads the byte-exact English fixture', () => {
    expect(parseSysteminfo(fixtureBytes('systeminfo-en-US.txt'))).toEqual({
      recognized: true,
      value: {
        hypervisorDetected: false,
        vmMonitorModeExtensions: true,
        virtualizationEnabledInFirmware: false,
        secondLevelAddressTranslation: true,
        dataExecutionPreventionAvailable: true,
        windowsBuild: 26100,
        osName: 'Microsoft Windows 11 Pro',
      },
      warnings: [],
    });
  });

  it('reads "a hypervisor has been detected"', () => {
    expect(parseSysteminfo(fixtureBytes('systeminfo-hypervisor-en-US.txt')).value).toEqual({
      hypervisorDetected: true,
      vmMonitorModeExtensions: null,
      virtualizationEnabledInFirmware: null,
      secondLevelAddressTranslation: null,
      dataExecutionPreventionAvailable: null,
      windowsBuild: 20348,
      osName: 'Microsoft Windows Server 2022 Datacenter',
    });
  });

  it.each([
    ['de-DE', 'Hyper-V-Anforderungen:', ['Ja', 'Nein', 'Ja', 'Ja']],
    ['fr-FR', 'Configuration requise pour Hyper-V:', ['Oui', 'Non', 'Oui', 'Oui']],
    ['es-ES', 'Requisitos de Hyper-V:', ['Sí', 'No', 'Sí', 'Sí']],
    ['pt-BR', 'Requisitos do Hyper-V:', ['Sim', 'Não', 'Sim', 'Sim']],
    ['ru-RU', 'Требования Hyper-V:', ['Да', 'Нет', 'Да', 'Да']],
    ['ja-JP', 'Hyper-V の要件:', ['はい', 'いいえ', 'はい', 'はい']],
    ['ko-KR', 'Hyper-V 요구 사항:', ['예', '아니요', '예', '예']],
    ['zh-CN', 'Hyper-V 要求:', ['是', '否', '是', '是']],
    ['pl-PL', 'Wymagania funkcji Hyper-V:', ['Tak', 'Nie', 'Tak', 'Tak']],
    ['tr-TR', 'Hyper-V Gereksinimleri:', ['Evet', 'Hayır', 'Evet', 'Evet']],
    ['cs-CZ', 'Požadavky technologie Hyper-V:', ['Ano', 'Ne', 'Ano', 'Ano']],
    ['hu-HU', 'Hyper-V követelményei:', ['Igen', 'Nem', 'Igen', 'Igen']],
    ['fi-FI', 'Hyper-V-vaatimukset:', ['Kyllä', 'Ei', 'Kyllä', 'Kyllä']],
  ] as const)('reads the yes/no words of %s', (_locale, label, words) => {
    const names = ['Eins', 'Zwei', 'Drei', 'Vier'];
    const text = systeminfo(
      label,
      words.map((w, i) => [names[i]!, w]),
      'Microsoft Windows 11 Pro',
    );
    const result = parseSysteminfo(Buffer.from(text, 'utf8'));
    expect(result.value).toMatchObject({
      hypervisorDetected: false,
      vmMonitorModeExtensions: true,
      virtualizationEnabledInFirmware: false,
      secondLevelAddressTranslation: true,
      dataExecutionPreventionAvailable: true,
      windowsBuild: 22631,
    });
    expect(result.warnings).toEqual([]);
  });

  it('reads a localized "hypervisor detected" line', () => {
    const text =
      'Betriebssystemname:        Microsoft Windows 11 Pro\r\n' +
      'Hyper-V-Anforderungen:     Es wurde ein Hypervisor erkannt. Features, die für Hyper-V erforderlich sind, werden nicht angezeigt.\r\n';
    expect(parseSysteminfo(text).value.hypervisorDetected).toBe(true);
  });

  it('copes with accents broken by a console code page mismatch', () => {
    const text = systeminfo('Requisitos de Hyper-V:', [
      ['A', 'S\ufffd'],
      ['B', 'No'],
      ['C', 'S\ufffd'],
      ['D', 'S\ufffd'],
    ]);
    expect(parseSysteminfo(text).value).toMatchObject({
      vmMonitorModeExtensions: true,
      virtualizationEnabledInFirmware: false,
    });
  });

  it('ignores prompts and output after the block', () => {
    const text = `C:\\>systeminfo\r\n${systeminfo('Hyper-V Requirements:', [
      ['VM Monitor Mode Extensions', 'Yes'],
      ['Virtualization Enabled In Firmware', 'Yes'],
      ['Second Level Address Translation', 'No'],
      ['Data Execution Prevention Available', 'Yes'],
    ])}\r\nC:\\>\r\n`;
    expect(parseSysteminfo(text).value).toMatchObject({
      secondLevelAddressTranslation: false,
      hypervisorDetected: false,
    });
  });

  it('warns about yes/no words it does not know, without guessing', () => {
    const text = systeminfo('Hyper-V:', [
      ['A', 'Jes'],
      ['B', 'Ne'],
      ['C', 'Jes'],
      ['D', 'Jes'],
    ]);
    const result = parseSysteminfo(text);
    expect(result.value.vmMonitorModeExtensions).toBeNull();
    expect(result.value.virtualizationEnabledInFirmware).toBe(false);
    expect(result.warnings.length).toBe(3);
  });

  it('is not recognized on unrelated text', () => {
    expect(parseSysteminfo('hello\nworld\n').recognized).toBe(false);
  });
});
