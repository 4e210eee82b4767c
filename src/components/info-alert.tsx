import type { ReactNode } from 'react';

import type { SectionHeading } from './page-sections';

interface InfoAlertProps {
  heading: SectionHeading;
  /** Paragraphs with the class "alert-text". */
  children: ReactNode;
  className?: string;
}

// DKFDS's "info" icon (Material Symbols, Apache-2.0), inline so the alert needs no sprite.
const infoIconPath =
  'M440-280h80v-240h-80v240Zm40-320q17 0 28.5-11.5T520-640q0-17-11.5-28.5T480-680q-17 0-28.5 11.5T440-640q0 17 11.5 28.5T480-600Zm0 520q-83 0-156-31.5T197-197q-54-54-85.5-127T80-480q0-83 31.5-156T197-763q54-54 127-85.5T480-880q83 0 156 31.5T763-763q54 54 85.5 127T880-480q0 83-31.5 156T763-197q-54 54-127 85.5T480-80Zm0-80q134 0 227-93t93-227q0-134-93-227t-227-93q-134 0-227 93t-93 227q0 134 93 227t227 93Zm0-320Z';

/** A DKFDS info alert with a heading, as a section of its own. */
export function InfoAlert({ heading, children, className }: InfoAlertProps) {
  return (
    <section
      aria-labelledby={heading.id}
      className={className ? `alert alert-info ${className}` : 'alert alert-info'}
    >
      <svg className="icon-svg alert-icon" viewBox="0 -960 960 960" aria-hidden="true" focusable="false">
        <path d={infoIconPath} />
      </svg>
      <div className="alert-body">
        <h2 className="alert-heading" id={heading.id}>
          {heading.title}
        </h2>
        {children}
      </div>
    </section>
  );
}
