'use client';

// A client component: it moves focus into Decap CMS's form, which exists in the browser alone.

/** Decap gives each field's input the id of its label's `for`: "title-field-3". */
const formFields = '#nc-root input[id*="-field-"], #nc-root textarea[id*="-field-"]';

/**
 * The first Tab stop of the editor: a button that moves focus to the form's first field ("Titel"), past
 * Decap's header and toolbar. A button, not a link: Decap's own routing lives in the address's "#".
 */
export function SkipToForm() {
  return (
    <button
      type="button"
      className="editor-skip"
      onClick={() => document.querySelector<HTMLElement>(formFields)?.focus()}
    >
      Gå til formularens første felt
    </button>
  );
}
