import { type Parsed, parsed } from '../../text/parse-result.js';
import { isPromptLine, type ParserInput, toLines, valueAfterLastColon } from './lines.js';

export interface SysteminfoFacts {
  /** True when systeminfo says a hypervisor is running (then it hides the four requirement lines). */
  hypervisorDetected: boolean | null;
  vmMonitorModeExtensions: boolean | null;
  virtualizationEnabledInFirmware: boolean | null;
  secondLevelAddressTranslation: boolean | null;
  dataExecutionPreventionAvailable: boolean | null;
  /** Windows build number from the OS version line, e.g. 26100. */
  windowsBuild: number | null;
  /** Product name, e.g. `Microsoft Windows 11 Pro`. */
  osName: string | null;
}

type RequirementKey =
  | 'vmMonitorModeExtensions'
  | 'virtualizationEnabledInFirmware'
  | 'secondLevelAddressTranslation'
  | 'dataExecutionPreventionAvailable';

/** The four requirement lines, in the order systeminfo prints them. */
const REQUIREMENTS: readonly RequirementKey[] = [
  'vmMonitorModeExtensions',
  'virtualizationEnabledInFirmware',
  'secondLevelAddressTranslation',
  'dataExecutionPreventionAvailable',
];

// Yes/no as systeminfo prints them in the Windows display languages.
const YES = [
  'yes',
  'ja',
  'oui',
  'sí',
  'si',
  'sim',
  'да',
  'はい',
  '예',
  '是',
  'tak',
  'evet',
  'ano',
  'igen',
  'kyllä',
  'sì',
  'ναι',
  'כן',
  'نعم',
  'da',
  'jah',
  'taip',
  'jā',
  'เปิด',
  'ใช่',
  'так',
  'có',
];
const NO = [
  'no',
  'nein',
  'non',
  'não',
  'нет',
  'いいえ',
  '아니요',
  '아니오',
  '否',
  'nie',
  'hayır',
  'ne',
  'nem',
  'ei',
  'nej',
  'nee',
  'όχι',
  'לא',
  'لا',
  'nu',
  'не',
  'không',
  'nei',
];

/** Map a value to true/false; tolerate a console code page mismatch that turned accents into U+FFFD. */
function yesNo(value: string): boolean | null {
  const word = value
    .trim()
    .replace(/[.。]$/u, '')
    .toLocaleLowerCase('en-US');
  if (YES.includes(word)) return true;
  if (NO.includes(word)) return false;
  if (word.includes('\ufffd')) {
    const skeleton = word.replace(/[^a-z]/g, '');
    const yes = YES.filter((w) => w.replace(/[^a-z]/g, '') === skeleton && skeleton !== '');
    const no = NO.filter((w) => w.replace(/[^a-z]/g, '') === skeleton && skeleton !== '');
    if (yes.length > 0 && no.length === 0) return true;
    if (no.length > 0 && yes.length === 0) return false;
  }
  return null;
}

function mentionsHypervisor(text: string): boolean {
  return /hyper|hiper|гипервизор|хипервизор|ハイパーバイザー|虚拟机监控程序|虛擬機器監視器|하이퍼바이저|υπερεπόπτη/iu.test(
    text,
  );
}

function findOsFacts(lines: readonly string[]): { windowsBuild: number | null; osName: string | null } {
  let windowsBuild: number | null = null;
  let osName: string | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const value = line.slice(colon + 1).trim();
    // The product name is not translated: the first value that starts with "Microsoft Windows".
    if (osName === null && /^Microsoft Windows\b/.test(value)) osName = value;
    // OS Version comes before BIOS Version: the first `10.0.<build>` value. systeminfo prints three parts
    // (`10.0.26100 N/A Build 26100`); a four-part `10.0.26100.4946` is `wsl --version`'s Windows line, not this.
    const build = /^(\d+)\.(\d+)\.(\d{4,5})(?![.\d-])/.exec(value);
    if (windowsBuild === null && build && /^(?:6|10)$/.test(build[1] ?? '')) windowsBuild = Number(build[3]);
  }
  return { windowsBuild, osName };
}

/**
 * Parse the Hyper-V requirements block at the end of `systeminfo`, best effort in any display language:
 * the block's label holds the brand `Hyper-V`; it is either four lines whose values are yes/no words, or one
 * line saying that a hypervisor has been detected. Also picks the OS name and build when visible.
 */
export function parseSysteminfo(input: ParserInput): Parsed<SysteminfoFacts> {
  const lines = toLines(input).filter((line) => !isPromptLine(line));
  const warnings: string[] = [];
  const facts: SysteminfoFacts = {
    hypervisorDetected: null,
    vmMonitorModeExtensions: null,
    virtualizationEnabledInFirmware: null,
    secondLevelAddressTranslation: null,
    dataExecutionPreventionAvailable: null,
    ...findOsFacts(lines),
  };

  // The Hyper-V record is the last one systeminfo prints: search from the end.
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const colon = line.search(/[:：]/u);
    if (colon > 0 && /Hyper-?V/i.test(line.slice(0, colon)) && !/^\s/.test(line)) {
      start = i;
      break;
    }
  }

  let block: string[] = [];
  if (start >= 0) {
    block = [lines[start]!];
    for (const line of lines.slice(start + 1, start + REQUIREMENTS.length)) {
      if (!/^\s+\S/.test(line)) break;
      block.push(line);
    }
  } else {
    // Label not found: fall back to the last four consecutive lines with a yes/no value.
    for (let i = lines.length - REQUIREMENTS.length; i >= 0; i--) {
      const window = lines.slice(i, i + REQUIREMENTS.length);
      if (window.every((line) => yesNo(valueAfterLastColon(line) ?? '') !== null)) {
        block = window;
        warnings.push('The Hyper-V requirements label was not found; the block was read by its layout.');
        break;
      }
    }
  }

  if (block.length === 0) {
    if (facts.windowsBuild === null && facts.osName === null) return parsed(false, facts, warnings);
    warnings.push('The Hyper-V requirements block was not found in the systeminfo output.');
    return parsed(true, facts, warnings);
  }

  const first = block[0]!;
  const firstValue = valueAfterLastColon(first) ?? '';
  if (block.length === 1 || yesNo(firstValue) === null) {
    // One line, no yes/no: "A hypervisor has been detected. Features required for Hyper-V will not be displayed."
    const afterLabel = first.slice(first.search(/[:：]/u) + 1);
    if (mentionsHypervisor(afterLabel)) {
      facts.hypervisorDetected = true;
      return parsed(true, facts, warnings);
    }
  }

  facts.hypervisorDetected = false;
  REQUIREMENTS.forEach((key, index) => {
    const line = block[index];
    if (line === undefined) return;
    const value = valueAfterLastColon(line) ?? '';
    facts[key] = yesNo(value);
    if (facts[key] === null) warnings.push(`Could not read the yes/no value \`${value}\` of ${key}.`);
  });
  if (block.length < REQUIREMENTS.length) {
    warnings.push(`The Hyper-V requirements block has ${block.length} of ${REQUIREMENTS.length} lines.`);
  }
  return parsed(true, facts, warnings);
}
