// @ts-check
// The request as plain text, for copying into Digital Post, a form or an e-mail. The one implementation:
// public/anmodning.js copies the letter with it in the browser, and src/lib/rights-request re-exports it
// for the server's code and the unit tests, which pin every letter's text. Plain JavaScript, since the
// browser runs this file as it is; the types come from src/lib/rights-request/types.ts and are checked.

/**
 * @typedef {import('../src/lib/rights-request/types').BlankKind} BlankKind
 * @typedef {import('../src/lib/rights-request/types').Letter} Letter
 * @typedef {import('../src/lib/rights-request/types').LetterBlock} LetterBlock
 * @typedef {import('../src/lib/rights-request/types').OptionsBlock} OptionsBlock
 * @typedef {import('../src/lib/rights-request/types').OptionsName} OptionsName
 * @typedef {import('../src/lib/rights-request/types').ScopeBlock} ScopeBlock
 * @typedef {import('../src/lib/rights-request/types').Segment} Segment
 */

/**
 * What the reader has entered: a value per blank, the slugs of the purposes they chose, and the options
 * they ticked of each choice the letter offers; without `purposes`, the request concerns every purpose
 * the letter lists, and without an entry in `options` nothing of that choice is ticked.
 * @typedef {{ blanks?: Partial<Record<BlankKind, string>>, purposes?: readonly string[], options?: Partial<Record<OptionsName, readonly string[]>> }} ReaderInput
 */

/** The box before a sentence to tick by hand, on paper and wherever the reader has ticked none. */
export const optionBox = '☐';

/**
 * The options a letter shows: those ticked; with none ticked, none of an optional choice and every
 * option of one the letter needs, each with its box, as on paper.
 * @param {OptionsBlock} block
 * @param {readonly string[] | undefined} ticked
 */
export function shownOptions(block, ticked = []) {
  const chosen = block.options.filter((option) => ticked.includes(option.id));
  if (chosen.length > 0) return { boxes: false, options: chosen };
  return { boxes: true, options: block.optional ? [] : block.options };
}

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
    case 'options': {
      const { boxes, options } = shownOptions(block, input.options?.[block.name]);
      const lines = options.map((option) => (boxes ? `${optionBox} ${option.text}` : option.text));
      if (lines.length === 0) return '';
      return block.lead
        ? `${block.lead}\n\n${listText(
            lines.map((line) => [line]),
            input,
          )}`
        : lines.join('\n');
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
