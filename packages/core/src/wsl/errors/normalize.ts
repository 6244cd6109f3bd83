/**
 * Fold the differences that do not change meaning between wsl.exe builds and languages: Unicode composition,
 * typographic quotes, the full-width colon, and every kind of space (fr-FR puts U+00A0 before colons, ja-JP uses
 * U+3000), plus case. Newlines are kept. The needle table is generated with the same function.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/\uff1a/g, ':')
    .replace(/[^\S\n]+/g, ' ')
    .toLowerCase();
}
