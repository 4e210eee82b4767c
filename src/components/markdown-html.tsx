interface MarkdownHtmlProps {
  /** HTML produced by renderMarkdown, which sanitises it. */
  html: string;
}

/** The one place that inserts HTML: only Markdown rendered and sanitised by the content module. */
export function MarkdownHtml({ html }: MarkdownHtmlProps) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
