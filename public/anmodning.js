// The request page's letter, filled in as the reader types. Progressive enhancement: without this script
// the page is a letter to print and fill in by hand. Nothing leaves the page: no request, no cookie, no
// storage; the text goes to the clipboard only when the reader asks. The page hands the script its words
// as data attributes on the controls, so the script speaks no language of its own.
const controls = document.querySelector('[data-request-controls]');
const letter = document.querySelector('[data-request-letter]');
const status = controls.querySelector('[data-request-status]');
const fields = [...controls.querySelectorAll('[data-blank-field]')];
const choices = [...controls.querySelectorAll('[data-purpose-choice]')];

// What the reader typed for a blank; blank kinds repeat (the name is asked for twice), one field fills all.
const valueOf = (blank) => fields.find((field) => field.dataset.blankField === blank)?.value.trim() ?? '';

function fillBlanks() {
  for (const blank of letter.querySelectorAll('[data-blank]')) {
    const value = valueOf(blank.dataset.blank);
    blank.querySelector('[data-blank-value]').textContent = value;
    blank.querySelector('.letter-blank-label').hidden = value !== '';
  }
}

// "All the data" while every purpose is chosen; otherwise the list of the chosen ones.
function showChosenPurposes() {
  if (choices.length === 0) return; // one purpose only: nothing to choose, the letter stays as written
  const chosen = new Set(
    choices.filter((choice) => choice.checked).map((choice) => choice.dataset.purposeChoice),
  );
  const all = letter.querySelector('[data-scope-all]');
  const list = letter.querySelector('[data-scope-chosen]');
  const every = chosen.size === choices.length;
  if (all) all.hidden = !every;
  list.hidden = all !== null && every;
  for (const item of list.querySelectorAll('[data-purpose]')) item.hidden = !chosen.has(item.dataset.purpose);
  status.textContent = chosen.size === 0 ? controls.dataset.noPurpose : '';
}

// The letter as plain text, as src/lib/rights-request/text.ts writes it: "[label]" for an empty blank.
function textOf(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE || node.hidden) return '';
  if (node.dataset.blank) return valueOf(node.dataset.blank) || `[${node.dataset.label}]`;
  return [...node.childNodes].map(textOf).join('');
}

function blockText(block) {
  const parts = [...block.children].filter((child) => !child.hidden);
  if (block.dataset.letterBlock === 'lines') return parts.map(textOf).join('\n');
  if (block.dataset.letterBlock === 'list') return parts.map((item) => `- ${textOf(item)}`).join('\n');
  return textOf(block);
}

const letterText = () =>
  [...letter.querySelectorAll('[data-letter-block]')]
    .filter((block) => !block.closest('[hidden]'))
    .map(blockText)
    .join('\n\n');

async function copyLetter() {
  try {
    await navigator.clipboard.writeText(letterText());
    status.textContent = controls.dataset.copied;
  } catch {
    status.textContent = controls.dataset.copyFailed;
  }
}

for (const field of fields) field.addEventListener('input', fillBlanks);
for (const choice of choices) choice.addEventListener('change', showChosenPurposes);
controls.querySelector('[data-request-copy]').addEventListener('click', copyLetter);
controls.querySelector('[data-request-print]').addEventListener('click', () => window.print());
document.querySelector('[data-request-fallback]').hidden = true;
controls.hidden = false;
// The browser may restore what the reader typed or chose before a reload; show the letter to match.
fillBlanks();
showChosenPurposes();
