// The request page's letter, filled in as the reader types. Progressive enhancement: without this script
// the page is a letter to print and fill in by hand. Nothing leaves the page: no request, no cookie, no
// storage; the text goes to the clipboard only when the reader asks. The page hands the script its words
// as data attributes on the controls, the letter among them, so the script speaks no language of its own.
import { coversEveryPurpose, requestAsText, shownOptions } from './anmodning-tekst.js';

const controls = document.querySelector('[data-request-controls]');
const letter = document.querySelector('[data-request-letter]');
const status = controls.querySelector('[data-request-status]');
const fields = [...controls.querySelectorAll('[data-blank-field]')];
const choices = [...controls.querySelectorAll('[data-purpose-choice]')];
const optionChoices = [...controls.querySelectorAll('[data-option-choice]')];
// The letter as the page rendered it, as data: its recipient and blocks.
const request = JSON.parse(controls.dataset.request);
const scope = request.letter.find((block) => block.kind === 'scope');

// What the reader typed for a blank; blank kinds repeat (the name is asked for twice), one field fills all.
const valueOf = (blank) => fields.find((field) => field.dataset.blankField === blank)?.value.trim() ?? '';

// The purposes the reader chose, or none to choose from: the letter concerns those it lists.
const chosenPurposes = () =>
  choices.length === 0
    ? undefined
    : choices.filter((choice) => choice.checked).map((choice) => choice.dataset.purposeChoice);

// The options the reader ticked, by the choice they belong to (the grounds of a restriction, …).
const tickedOptions = () =>
  Object.fromEntries(
    request.letter
      .filter((block) => block.kind === 'options')
      .map((block) => [
        block.name,
        optionChoices
          .filter((choice) => choice.dataset.optionChoice === block.name && choice.checked)
          .map((choice) => choice.value),
      ]),
  );

const readerInput = () => ({
  blanks: Object.fromEntries(fields.map((field) => [field.dataset.blankField, field.value])),
  purposes: chosenPurposes(),
  options: tickedOptions(),
});

function fillBlanks() {
  for (const blank of letter.querySelectorAll('[data-blank]')) {
    const value = valueOf(blank.dataset.blank);
    blank.querySelector('[data-blank-value]').textContent = value;
    blank.querySelector('.letter-blank-label').hidden = value !== '';
  }
}

// "All the data" while every purpose is chosen; otherwise the list of the chosen ones.
function showChosenPurposes() {
  const chosen = chosenPurposes();
  if (chosen === undefined) return; // one purpose only: nothing to choose, the letter stays as written
  const all = letter.querySelector('[data-scope-all]');
  const list = letter.querySelector('[data-scope-chosen]');
  const every = coversEveryPurpose(scope, chosen);
  if (all) all.hidden = !every;
  list.hidden = every;
  for (const item of list.querySelectorAll('[data-purpose]'))
    item.hidden = !chosen.includes(item.dataset.purpose);
  status.textContent = chosen.length === 0 ? controls.dataset.noPurpose : '';
}

// The ticked sentences of each choice; with none ticked, the letter reads as on paper (shownOptions).
function showTickedOptions() {
  const ticked = tickedOptions();
  for (const block of request.letter.filter((candidate) => candidate.kind === 'options')) {
    const shown = shownOptions(block, ticked[block.name]);
    const element = letter.querySelector(`[data-options="${block.name}"]`);
    element.hidden = shown.options.length === 0;
    for (const item of element.querySelectorAll('[data-option]'))
      item.hidden = !shown.options.some((option) => option.id === item.dataset.option);
    for (const box of element.querySelectorAll('[data-option-box]')) box.hidden = !shown.boxes;
  }
}

async function copyLetter() {
  try {
    await navigator.clipboard.writeText(requestAsText(request, readerInput()));
    status.textContent = controls.dataset.copied;
  } catch {
    status.textContent = controls.dataset.copyFailed;
  }
}

for (const field of fields) field.addEventListener('input', fillBlanks);
for (const choice of choices) choice.addEventListener('change', showChosenPurposes);
for (const choice of optionChoices) choice.addEventListener('change', showTickedOptions);
controls.querySelector('[data-request-copy]').addEventListener('click', copyLetter);
controls.querySelector('[data-request-print]').addEventListener('click', () => window.print());
document.querySelector('[data-request-fallback]').hidden = true;
controls.hidden = false;
// The browser may restore what the reader typed or chose before a reload; show the letter to match.
fillBlanks();
showChosenPurposes();
showTickedOptions();
