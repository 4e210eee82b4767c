import type { Content } from '../content/load';
import type { RightId } from '../content/schema';
import type { ContentKind } from './content-kinds';
import type { DecapSelectOption } from './decap-types';

/** The choices that come from the content itself: topics, authorities and the rights' Danish titles. */
export interface ContentChoices {
  topics: DecapSelectOption[];
  authorities: DecapSelectOption[];
  rightTitles: Record<RightId, string>;
}

export function contentChoices(content: Content): ContentChoices {
  return {
    topics: content.topics.topics.map((topic) => ({ label: topic.title, value: topic.id })),
    authorities: content.authorities.map((authority) => ({ label: authority.name, value: authority.slug })),
    rightTitles: Object.fromEntries(content.rights.rights.map((right) => [right.id, right.title])) as Record<
      RightId,
      string
    >,
  };
}

/** Text fields whose value must name something in the content: the form offers those names to pick. */
export const referenceFields: Partial<Record<ContentKind, Record<string, 'topics' | 'authorities'>>> = {
  purpose: { topic: 'topics' },
  agreement: { parties: 'authorities' },
};
