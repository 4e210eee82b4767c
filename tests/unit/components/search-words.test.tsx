import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { SearchWords } from '@/components/search-words';

describe('a page’s search words', () => {
  it('go into the search index as an attribute of an element that shows and says nothing', () => {
    const html = renderToStaticMarkup(<SearchWords words={['CARL2', 'work permit']} />);
    expect(html).toBe(
      '<span data-search-words="CARL2, work permit" data-pagefind-index-attrs="data-search-words" data-pagefind-weight="7"></span>',
    );
  });

  it('leave nothing on a page without them', () => {
    expect(renderToStaticMarkup(<SearchWords words={undefined} />)).toBe('');
  });
});
