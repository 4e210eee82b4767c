import type { ReactNode } from 'react';

export const metadata = { title: 'Redigér indholdet – Persondata', robots: { index: false } };

/** The web editor's own document: Decap CMS draws its whole interface into the body. */
export default function EditorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="da">
      <body>{children}</body>
    </html>
  );
}
