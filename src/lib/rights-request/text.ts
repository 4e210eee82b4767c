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

const listText = (items: readonly (readonly Segment[])[], filled: FilledBlanks) =>
  items.map((item) => `- ${lineText(item, filled)}`).join('\n');

function blockText(block: LetterBlock, filled: FilledBlanks): string {
  switch (block.kind) {
    case 'paragraph':
      return lineText(block.parts, filled);
    case 'list':
      return listText(block.items, filled);
    case 'scope':
      return (
        block.all ??
        `${block.chosen}\n\n${listText(
          block.purposes.map((purpose) => [purpose.title]),
          filled,
        )}`
      );
  }
}

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
