interface MarkdownHtmlProps {
  /** HTML produced by renderMarkdown, which sanitises it. */
  html: string;
  /** The language of the text where it is not the page's (a text not translated yet). */
  lang?: string;
}

/** The one place that inserts HTML: only Markdown rendered and sanitised by the content module. */
export function MarkdownHtml({ html, lang }: MarkdownHtmlProps) {
  return <div className="prose" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
