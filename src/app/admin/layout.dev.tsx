import type { ReactNode } from 'react';

import { SkipToForm } from '@/components/editor/skip-to-form';

import './editor.css';

export const metadata = { title: 'Redigér indholdet – Persondata', robots: { index: false } };

/**
 * The web editor's own document: Decap CMS draws its whole interface into the body, after the button
 * that skips its header to the form.
 */
export default function EditorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="da">
      <body>
        <SkipToForm />
        {children}
      </body>
    </html>
  );
}
