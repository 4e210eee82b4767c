import type { ReactNode } from 'react';

import type { SectionHeading } from './page-sections';

// DKFDS's alert icons (Material Symbols, Apache-2.0), inline so an alert needs no sprite.
const iconPaths = {
  info: 'M440-280h80v-240h-80v240Zm40-320q17 0 28.5-11.5T520-640q0-17-11.5-28.5T480-680q-17 0-28.5 11.5T440-640q0 17 11.5 28.5T480-600Zm0 520q-83 0-156-31.5T197-197q-54-54-85.5-127T80-480q0-83 31.5-156T197-763q54-54 127-85.5T480-880q83 0 156 31.5T763-763q54 54 85.5 127T880-480q0 83-31.5 156T763-197q-54 54-127 85.5T480-80Zm0-80q134 0 227-93t93-227q0-134-93-227t-227-93q-134 0-227 93t-93 227q0 134 93 227t227 93Zm0-320Z',
  error:
    'M480-280q17 0 28.5-11.5T520-320q0-17-11.5-28.5T480-360q-17 0-28.5 11.5T440-320q0 17 11.5 28.5T480-280Zm-40-160h80v-240h-80v240Zm40 360q-83 0-156-31.5T197-197q-54-54-85.5-127T80-480q0-83 31.5-156T197-763q54-54 127-85.5T480-880q83 0 156 31.5T763-763q54 54 85.5 127T880-480q0 83-31.5 156T763-197q-54 54-127 85.5T480-80Zm0-80q134 0 227-93t93-227q0-134-93-227t-227-93q-134 0-227 93t-93 227q0 134 93 227t227 93Zm0-320Z',
};

interface AlertProps {
  kind: keyof typeof iconPaths;
  heading: SectionHeading;
  /** 2 for an alert among a page's sections; 1 for one that stands in for the whole page. */
  level?: 1 | 2;
  /** Paragraphs and lists with the class "alert-text". */
  children: ReactNode;
  className?: string;
}

/** A DKFDS alert with a heading, as a section of its own: the heading says what it is, not the colour. */
export function Alert({ kind, heading, level = 2, children, className }: AlertProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section
      aria-labelledby={heading.id}
      className={['alert', `alert-${kind}`, className].filter(Boolean).join(' ')}
    >
      <svg className="icon-svg alert-icon" viewBox="0 -960 960 960" aria-hidden="true" focusable="false">
        <path d={iconPaths[kind]} />
      </svg>
      <div className="alert-body">
        <Heading className="alert-heading" id={heading.id}>
          {heading.title}
        </Heading>
        {children}
      </div>
    </section>
  );
}
