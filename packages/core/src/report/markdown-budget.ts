/**
 * Keeps rendered Markdown under GitHub's limits (a comment holds 65,536 characters; we budget 60,000).
 * A document is a list of blocks; when it is too long, collapsible details go first (last ones first),
 * then list and table rows (last ones first), and a final line says what was left out.
 */

/** Hard ceiling for every Markdown document this package renders. */
export const MARKDOWN_MAX_LENGTH = 60_000;

export interface MarkdownBlock {
  /** `fixed` blocks are always kept (except a group header whose rows were all dropped). */
  kind: 'fixed' | 'details' | 'row';
  /** Block text including its trailing newline(s). */
  text: string;
  /** Rows and the heading that introduces them share a group; the heading goes when all its rows do. */
  group?: string;
}

const NOTE_RESERVE = 400;

export function fitMarkdown(blocks: readonly MarkdownBlock[], maxLength: number = MARKDOWN_MAX_LENGTH): string {
  const limit = Math.min(Math.max(maxLength, 1000), MARKDOWN_MAX_LENGTH);
  let total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (total <= limit) return blocks.map((block) => block.text).join('');

  const budget = limit - NOTE_RESERVE;
  const kept = blocks.map(() => true);
  let droppedDetails = 0;
  let droppedRows = 0;
  for (const kind of ['details', 'row'] as const) {
    for (let i = blocks.length - 1; i >= 0 && total > budget; i -= 1) {
      const block = blocks[i]!;
      if (block.kind !== kind || !kept[i]) continue;
      kept[i] = false;
      total -= block.text.length;
      if (kind === 'details') droppedDetails += 1;
      else droppedRows += 1;
    }
  }
  // A heading whose rows are all gone would introduce nothing.
  const liveGroups = new Set(blocks.filter((block, i) => kept[i] && block.kind !== 'fixed').map((b) => b.group));
  let text = '';
  blocks.forEach((block, i) => {
    if (!kept[i]) return;
    if (block.kind === 'fixed' && block.group !== undefined && !liveGroups.has(block.group)) return;
    text += block.text;
  });
  let cut = false;
  if (text.length > budget) {
    // Only fixed blocks remain and they are still too long (unvalidated input): cut at a line boundary.
    const end = text.lastIndexOf('\n', budget);
    text = text.slice(0, end > 0 ? end + 1 : budget);
    cut = true;
  }
  return text + truncationNote(droppedDetails, droppedRows, cut);
}

function truncationNote(details: number, rows: number, cut: boolean): string {
  const parts: string[] = [];
  if (details > 0) parts.push(`${details} collapsed ${details === 1 ? 'section' : 'sections'}`);
  if (rows > 0) parts.push(`${rows} ${rows === 1 ? 'row' : 'rows'}`);
  if (cut) parts.push('the end of the report');
  return (
    `\n**Shortened to fit GitHub's size limit** (left out: ${parts.join(', ')}). ` +
    'The full report is in the JSON artifact of the run.\n'
  );
}
