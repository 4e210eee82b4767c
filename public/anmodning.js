// The request page's letter, filled in as the reader types, and the reminder and complaint for when the
// answer does not come. Progressive enhancement: without this script the page is a letter to print and
// fill in by hand, with the follow-ups as templates. Nothing leaves the page: no request, no cookie, no
// storage; a text goes to the clipboard only when the reader asks. The page hands the script its words
// as data attributes on the controls, the letters among them, so the script speaks no language of its own.
import { answerDue, dayFormatter, isoDay } from './anmodning-frist.js';
import { coversEveryPurpose, requestAsText, shownOptions } from './anmodning-tekst.js';

const controls = document.querySelector('[data-request-controls]');
const followUp = document.querySelector('[data-follow-up-controls]');
const letter = document.querySelector('[data-request-letter]');
const status = controls.querySelector('[data-request-status]');
const dueStatus = followUp.querySelector('[data-due-status]');
// The request's fields and the follow-ups' own (the date sent, the reference); blank kinds repeat across
// the letters (the name is asked for in all three), and one field fills them all.
const fields = [...document.querySelectorAll('[data-blank-field]')];
const choices = [...controls.querySelectorAll('[data-purpose-choice]')];
const optionChoices = [...controls.querySelectorAll('[data-option-choice]')];
// The letter as the page rendered it, as data: its recipient and blocks.
const request = JSON.parse(controls.dataset.request);
const scope = request.letter.find((block) => block.kind === 'scope');
const inWords = dayFormatter(followUp.dataset.locale);

// What fills each blank: what the reader typed, the date sent in words, and the date due reckoned from it.
function blankValues() {
  const typed = Object.fromEntries(fields.map((field) => [field.dataset.blankField, field.value.trim()]));
  const due = answerDue(typed.sentDate ?? '');
  return { ...typed, sentDate: due ? inWords(typed.sentDate) : '', dueDate: due ? inWords(due) : '' };
}

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
  blanks: blankValues(),
  purposes: chosenPurposes(),
  options: tickedOptions(),
});

function fillBlanks() {
  const values = blankValues();
  for (const blank of document.querySelectorAll('[data-blank]')) {
    const value = values[blank.dataset.blank] ?? '';
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

// The date the answer is due, and whether it has passed: the day itself still counts.
function showDue() {
  const sent = fields.find((field) => field.dataset.blankField === 'sentDate')?.value ?? '';
  const due = answerDue(sent);
  const { due: dueBy, duePassed, dueAhead } = followUp.dataset;
  dueStatus.textContent = due
    ? `${dueBy} ${inWords(due)}. ${isoDay(new Date()) > due ? duePassed : dueAhead}`
    : '';
}

async function copy(text, where, { copied, copyFailed }) {
  try {
    await navigator.clipboard.writeText(text);
    where.textContent = copied;
  } catch {
    where.textContent = copyFailed;
  }
}

function showAll() {
  fillBlanks();
  showChosenPurposes();
  showTickedOptions();
  showDue();
}

// Every field empty and every purpose chosen, as the page was sent, and the letters to match.
function clearFields() {
  for (const field of fields) field.value = '';
  for (const choice of [...choices, ...optionChoices]) choice.checked = choice.defaultChecked;
  for (const copyStatus of document.querySelectorAll('[data-copy-status]')) copyStatus.textContent = '';
  showAll();
}

for (const field of fields) field.addEventListener('input', showAll);
for (const choice of choices) choice.addEventListener('change', showChosenPurposes);
for (const choice of optionChoices) choice.addEventListener('change', showTickedOptions);
controls
  .querySelector('[data-request-copy]')
  .addEventListener('click', () => copy(requestAsText(request, readerInput()), status, controls.dataset));
controls.querySelector('[data-request-print]').addEventListener('click', () => window.print());
controls.querySelector('[data-request-clear]').addEventListener('click', () => {
  clearFields();
  status.textContent = controls.dataset.cleared;
});
for (const button of document.querySelectorAll('[data-copy-letter]')) {
  const kind = button.dataset.copyLetter;
  const followUpLetter = JSON.parse(
    document.querySelector(`[data-follow-up-letter="${kind}"]`).dataset.letter,
  );
  const where = document.querySelector(`[data-copy-status="${kind}"]`);
  button.addEventListener('click', () =>
    copy(requestAsText(followUpLetter, readerInput()), where, followUp.dataset),
  );
}

// What the reader typed must not come back on a shared computer. The fields without an autofill purpose
// are autocomplete="off" (request-form.tsx), which Chromium neither saves in the page's history state nor
// restores; the ones with a purpose (name, address: WCAG 1.3.5, which `off` would drop) it brings back
// when the reader goes Back (seen in Debian's Chromium; request-after-sending.spec.ts fails without what
// follows), and the back/forward cache keeps the whole page as it was. So every field is emptied when the
// page is left (pagehide: before the history state and the cache take it), when the script starts (after
// any restore) and when the page comes back from the cache (pageshow, persisted).
window.addEventListener('pagehide', clearFields);
window.addEventListener('pageshow', (event) => {
  if (event.persisted) clearFields();
});

for (const fallback of document.querySelectorAll('[data-request-fallback], [data-follow-up-fallback]'))
  fallback.hidden = true;
for (const hidden of [controls, followUp, ...document.querySelectorAll('[data-follow-up-copy]')])
  hidden.hidden = false;
clearFields();
