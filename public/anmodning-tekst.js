// @ts-check
// The request as plain text, for copying into Digital Post, a form or an e-mail. The one implementation:
// public/anmodning.js copies the letter with it in the browser, and src/lib/rights-request re-exports it
// for the server's code and the unit tests, which pin every letter's text. Plain JavaScript, since the
// browser runs this file as it is; the types come from src/lib/rights-request/types.ts and are checked.

/**
 * @typedef {import('../src/lib/rights-request/types').BlankKind} BlankKind
 * @typedef {import('../src/lib/rights-request/types').Letter} Letter
 * @typedef {import('../src/lib/rights-request/types').LetterBlock} LetterBlock
 * @typedef {import('../src/lib/rights-request/types').ScopeBlock} ScopeBlock
 * @typedef {import('../src/lib/rights-request/types').Segment} Segment
 */

/**
 * What the reader has entered: a value per blank, and the slugs of the purposes they chose; without
 * `purposes`, the request concerns every purpose the letter lists.
 * @typedef {{ blanks?: Partial<Record<BlankKind, string>>, purposes?: readonly string[] }} ReaderInput
 */

/**
 * Whether the scope says "all the data": where the letter can, and the reader has not narrowed it.
 * @param {ScopeBlock} scope
 * @param {readonly string[] | undefined} chosen
 * @returns {scope is ScopeBlock & { all: string }}
 */
export const coversEveryPurpose = (scope, chosen) =>
  scope.all !== undefined &&
  (chosen === undefined || scope.purposes.every((purpose) => chosen.includes(purpose.slug)));

/**
 * A blank as what the reader wrote, or "[label]" where they wrote nothing.
 * @param {Segment} segment
 * @param {ReaderInput} input
 */
function segmentText(segment, input) {
  if (typeof segment === 'string') return segment;
  const value = input.blanks?.[segment.blank]?.trim();
  return value ? value : `[${segment.label}]`;
}

/**
 * @param {readonly Segment[]} parts
 * @param {ReaderInput} input
 */
const lineText = (parts, input) => parts.map((part) => segmentText(part, input)).join('');

/**
 * @param {readonly (readonly Segment[])[]} items
 * @param {ReaderInput} input
 */
const listText = (items, input) => items.map((item) => `- ${lineText(item, input)}`).join('\n');

/**
 * @param {LetterBlock} block
 * @param {ReaderInput} input
 * @returns {string | undefined}
 */
function blockText(block, input) {
  switch (block.kind) {
    case 'signature':
      return undefined; // signed by hand on paper; a text sent digitally carries no signature line
    case 'paragraph':
      return lineText(block.parts, input);
    case 'list':
      return listText(block.items, input);
    case 'scope': {
      if (coversEveryPurpose(block, input.purposes)) return block.all;
      const listed = block.purposes.filter((purpose) => input.purposes?.includes(purpose.slug) ?? true);
      return `${block.chosen}\n\n${listText(
        listed.map((purpose) => [purpose.title]),
        input,
      )}`;
    }
  }
}

/**
 * The recipient's lines, if any, then each block of the letter, a blank line between them.
 * @param {Letter} request
 * @param {ReaderInput} [input]
 */
export const requestAsText = (request, input = {}) =>
  [request.recipient.lines.join('\n'), ...request.letter.map((block) => blockText(block, input))]
    .filter((text) => !!text)
    .join('\n\n');
