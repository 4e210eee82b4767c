import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { MarkdownHtml } from '@/components/markdown-html';
import { getContent } from '@/lib/content';

export function generateMetadata(): Metadata {
  const { rights } = getContent();
  return { title: rights.title, description: rights.summary };
}

export default function RightsPage() {
  const { rights } = getContent();
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Forside', href: '/' }]} current={rights.title} />
      <h1>{rights.title}</h1>
      <p className="lead">{rights.summary}</p>
      <nav aria-labelledby="rettigheder-indhold">
        <h2 id="rettigheder-indhold">Rettighederne</h2>
        <ul>
          {rights.rights.map((right) => (
            <li key={right.id}>
              <a href={`#${right.id}`}>{right.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <MarkdownHtml html={rights.body.html} />
      {rights.rights.map((right) => (
        <section key={right.id} aria-labelledby={right.id}>
          <h2 id={right.id}>{right.title}</h2>
          <p className="meta">Databeskyttelsesforordningens artikel {right.article}</p>
          <MarkdownHtml html={right.explanationHtml} />
        </section>
      ))}
    </>
  );
}
