import { describe, expect, it } from 'vitest';

import { previewProblemsPath, ProblemsBanner } from '@/components/preview/problems-banner';

import { readerView } from './reader-view';

const error = { file: 'content/a.md', field: '', message: 'filen er tom' };
const warning = { ...error, warning: true };

describe('the preview notice', () => {
  it('counts the errors and warnings in the whole content and links to the list of them', () => {
    const view = readerView(<ProblemsBanner problems={[error, error, warning]} />);
    expect(view.text).toBe('Forhåndsvisning: Indholdet har 2 fejl og 1 advarsel. Se alle problemer');
    expect(view.links).toEqual([{ text: 'Se alle problemer', href: previewProblemsPath }]);
  });

  it('is left out when the content has no problems', () => {
    expect(readerView(<ProblemsBanner problems={[]} />).text).toBe('');
  });
});
