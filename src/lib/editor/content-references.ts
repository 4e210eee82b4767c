import type { ContentKind } from '../content/content-files';
import type { DecapRelation } from './decap-types';

/**
 * Text fields whose value must name something in the content: the form offers the names the content
 * has at the moment of editing (Decap's relation widget), so a topic or authority added or renamed in the
 * editor is offered at once, and the generated configuration does not change with the content.
 */
export const contentReferences: Partial<Record<ContentKind, Record<string, DecapRelation>>> = {
  purpose: {
    topic: {
      widget: 'relation',
      collection: 'shared',
      file: 'topics',
      value_field: 'topics.*.id',
      search_fields: ['topics.*.title'],
      display_fields: ['topics.*.title'],
      options_length: 200,
    },
  },
  agreement: {
    parties: {
      widget: 'relation',
      collection: 'authorities',
      value_field: '{{slug}}',
      search_fields: ['name'],
      display_fields: ['name'],
      options_length: 200,
    },
  },
};
