import type { ReactNode } from 'react';

import type { Localized } from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';

interface ContentTextProps {
  /** The notice, authority or shared text the words come from. */
  of: Localized;
  /** The field of its file the words are in (top level, e.g. "recipients"). */
  field: string;
  children: ReactNode;
}

/**
 * Words from the content, marked with their language where it is not the page's: a text a translation
 * does not have yet is shown in Danish, and screen readers must read it as Danish.
 */
export function ContentText({ of, field, children }: ContentTextProps) {
  const lang = langOfText(of, field);
  return lang ? <span lang={lang}>{children}</span> : children;
}
