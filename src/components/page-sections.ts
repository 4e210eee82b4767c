import type { ReactNode } from 'react';

/** A section's anchor and heading; the contents list links to it with the same words. */
export interface SectionHeading {
  id: string;
  title: string;
}

/**
 * One section of a page type. Each page type keeps its sections in one ordered list, which the page
 * maps over for both "Indhold på siden" and the sections themselves, so order, ids and headings
 * exist once.
 */
export interface PageSection<Data> {
  id: string;
  /** The heading, read when the page renders, in the page's language. */
  title: (data: Data) => string;
  /** Whether the page has the section for this data; always, when left out. */
  shownFor?: (data: Data) => boolean;
  /** Whether "Indhold på siden" links to the section; it does, when left out. */
  inContents?: false;
  render: (data: Data, heading: SectionHeading) => ReactNode;
}

export interface ShownSection extends SectionHeading {
  inContents: boolean;
  content: ReactNode;
}

/** The sections a page shows for its data, in order, each rendered under its heading. */
export function sectionsFor<Data>(sections: readonly PageSection<Data>[], data: Data): ShownSection[] {
  return sections
    .filter((section) => section.shownFor?.(data) ?? true)
    .map((section) => {
      const heading = {
        id: section.id,
        title: section.title(data),
      };
      return { ...heading, inContents: section.inContents ?? true, content: section.render(data, heading) };
    });
}
