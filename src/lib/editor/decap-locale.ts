/**
 * The web editor's Danish, laid over Decap CMS's own 'da' locale (decap-cms-locales), which lacks what
 * screen readers hear (Decap falls back to English: "Expand", "Collapse") and words its messages for
 * developers. Keys as in decap-cms-locales' en/index.js; %{…} are Decap's placeholders.
 */
export const danishPhrases = {
  editor: {
    editorControl: {
      // Decap names each field's box by its widget's internal name ("string field"); the label names it.
      field: { widgetLabel: '' },
    },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel} mangler. Udfyld feltet.',
        // The pattern's message comes from the schema: "skal være en webadresse, der begynder med https://".
        regexPattern: '%{fieldLabel} %{pattern}.',
        max: '%{fieldLabel} må højst være %{maxValue}.',
        rangeCount: '%{fieldLabel}: tilføj mellem %{minCount} og %{maxCount}.',
        rangeCountExact: '%{fieldLabel}: tilføj præcis %{count}.',
        rangeMin: '%{fieldLabel}: tilføj mindst %{minCount}.',
        rangeMax: '%{fieldLabel}: højst %{maxCount}.',
      },
    },
    editorInterface: {
      toggleI18n: 'Vis sprogene side om side',
      togglePreview: 'Vis eller skjul forhåndsvisningen',
      toggleScrollSync: 'Rul formular og forhåndsvisning sammen',
      toggleNotes: 'Vis eller skjul noter',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Gennemstreget',
        toggleMode: { rich: 'Skift til formateret tekst', markdown: 'Skift til Markdown' },
      },
      object: { expand: 'Fold ud', collapse: 'Fold sammen' },
    },
  },
  collection: {
    collectionTop: { viewAsList: 'Vis som liste', viewAsGrid: 'Vis som gitter' },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Luk' } },
  ui: {
    settingsDropdown: { account: 'Kontoens valgmuligheder' },
    toast: {
      // The save path's own Danish message says what is wrong and what to do (src/lib/editor/save-refusal.ts).
      onFailToPersist: '%{details}',
      missingRequiredField:
        'Dokumentet er ikke gemt, for et felt mangler. Feltet er markeret med rødt; udfyld det, og gem igen.',
      entrySaved: 'Dokumentet er gemt',
    },
  },
};

/** Decap's phrases: texts by key, nested as its locales are. */
export type Phrases = { [key: string]: string | Phrases };

/** `base` with `overrides` laid over it, key by key at every depth. Pure: neither argument changes. */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const under = merged[key];
    merged[key] = typeof value === 'string' || typeof under !== 'object' ? value : mergePhrases(under, value);
  }
  return merged;
}
