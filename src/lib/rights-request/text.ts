/** The request as plain text, for copying into Digital Post, a form or an e-mail, or for printing. */
import type { BlankKind, LetterBlock, RightsRequest, Segment } from './types';

export type FilledBlanks = Partial<Record<BlankKind, string>>;

/** A blank as what the reader wrote, or "[label]" where they wrote nothing. */
const segmentText = (segment: Segment, filled: FilledBlanks) => {
  if (typeof segment === 'string') return segment;
  const value = filled[segment.blank]?.trim();
  return value ? value : `[${segment.label}]`;
};

const lineText = (parts: readonly Segment[], filled: FilledBlanks) =>
  parts.map((part) => segmentText(part, filled)).join('');

const blockText = (block: LetterBlock, filled: FilledBlanks) =>
  block.kind === 'paragraph'
    ? lineText(block.parts, filled)
    : block.items.map((item) => `- ${lineText(item, filled)}`).join('\n');

/** The recipient's lines, then each block of the letter, a blank line between them. */
export function requestAsText(
  request: Pick<RightsRequest, 'recipient' | 'letter'>,
  filled: FilledBlanks = {},
) {
  return [
    request.recipient.lines.join('\n'),
    ...request.letter.map((block) => blockText(block, filled)),
  ].join('\n\n');
}
