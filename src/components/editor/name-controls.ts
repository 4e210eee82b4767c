/**
 * Names the controls Decap CMS draws without one (its markup, reported in deploy/decap/README.md): the
 * drag handle, fold button and remove button of each list item, named after the item's summary, and the
 * Markdown editor's editable area, named by its field's label. Runs again whenever Decap redraws.
 */
const itemTopBars = "[class*='-StyledListItemTopBar']";
const sortHandle = "[aria-roledescription='sortable']";
const markdownArea = "[role='textbox'][contenteditable]";

/** The Danish names; each is followed by the item's summary. */
export const itemControlNames = { fold: 'Fold ud eller sammen', drag: 'Træk for at flytte', remove: 'Fjern' };

function nameItemControls(topBar: Element) {
  const summary = topBar.nextElementSibling?.textContent?.trim() || 'punktet';
  const handle = topBar.querySelector(sortHandle);
  const named = (name: string) => `${name}: ${summary}`;
  for (const button of topBar.querySelectorAll(':scope > button')) {
    const beforeHandle = handle && button.compareDocumentPosition(handle) & Node.DOCUMENT_POSITION_FOLLOWING;
    setName(button, named(beforeHandle ? itemControlNames.fold : itemControlNames.remove));
  }
  if (handle) setName(handle, named(itemControlNames.drag));
}

function nameMarkdownArea(area: Element) {
  const label = area.closest("[class*='-ControlContainer']")?.querySelector('label[for]');
  if (!label) return;
  label.id ||= `${label.getAttribute('for')}-label`;
  if (area.getAttribute('aria-labelledby') !== label.id) area.setAttribute('aria-labelledby', label.id);
}

/** Sets the name only when it changed, so naming does not itself count as a change to watch. */
function setName(element: Element, name: string) {
  if (element.getAttribute('aria-label') !== name) element.setAttribute('aria-label', name);
}

function nameControls(root: ParentNode) {
  root.querySelectorAll(itemTopBars).forEach(nameItemControls);
  root.querySelectorAll(markdownArea).forEach(nameMarkdownArea);
}

/** Names the unnamed controls under `root` now and after every change of Decap's markup or text. */
export function keepControlsNamed(root: HTMLElement): () => void {
  nameControls(root);
  const observer = new MutationObserver(() => nameControls(root));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
