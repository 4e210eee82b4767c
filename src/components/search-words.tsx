interface SearchWordsProps {
  /** The page's searchWords from its content file, if any. */
  words: readonly string[] | undefined;
}

/**
 * The words readers search for that the page does not use, for the search index only: Pagefind indexes
 * the attribute (data-pagefind-index-attrs), and an element without text shows nothing and says nothing
 * to a screen reader. Weighted as a heading, since a reader who types one of them means this page.
 */
export function SearchWords({ words }: SearchWordsProps) {
  if (!words) return null;
  return (
    <span
      data-search-words={words.join(', ')}
      data-pagefind-index-attrs="data-search-words"
      data-pagefind-weight="7"
    />
  );
}
