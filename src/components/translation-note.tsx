import { sourceLanguage } from '@/config/languages';
import { localePath } from '@/config/routes';
import { words } from '@/i18n';
import { translationNoteIds } from '@/lib/section-ids';
import type { Localized } from '@/lib/site-content';

import { Alert } from './alert';

interface TranslationNoteProps {
  /** The notice, authority or shared text the page is made from. */
  of: Localized;
  /** The page's root address: where the Danish version is. */
  path: string;
}

/**
 * Tells a reader of a page in another language what of it is not in that language: a text not
 * translated yet (shown in Danish), or the parts whose Danish text changed since they were translated
 * (shown in Danish), with the way to the Danish version. Nothing on a page in the source language or
 * fully translated.
 */
export function TranslationNote({ of, path }: TranslationNoteProps) {
  const status = of.translation;
  if (!status || status.state === 'translated') return null;
  const w = words();
  const danishVersion = (
    <a href={localePath(sourceLanguage, path)} hrefLang={sourceLanguage}>
      {w.translation.danishVersion}
    </a>
  );
  if (status.danishFields === 'all') {
    return (
      <Alert kind="info" heading={{ id: translationNoteIds.missing, title: w.translation.missingHeading }}>
        <p className="alert-text">{w.translation.missing}</p>
        <p className="alert-text">{danishVersion}</p>
      </Alert>
    );
  }
  const parts = status.danishFields.map((field) => w.translation.parts[field] ?? field);
  return (
    <Alert kind="info" heading={{ id: translationNoteIds.outdated, title: w.translation.outdatedHeading }}>
      <p className="alert-text">{w.translation.outdated(w.list(parts), danishVersion)}</p>
    </Alert>
  );
}
