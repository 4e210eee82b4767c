import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { isError } from '@/lib/content/errors';
import { readContent } from '@/lib/content/load';
import { refusedProtocol, renderMarkdown } from '@/lib/content/markdown';

import { inCopyOfValidContent, projectRoot } from '../../helpers';

describe('renderMarkdown', () => {
  it('renders GFM tables', () => {
    const { html } = renderMarkdown('| Data | Frist |\n| --- | --- |\n| Video | 30 dage |');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Data</th>');
    expect(html).toContain('<td>30 dage</td>');
  });

  it('gives headings stable ids from their text, keeping Danish letters, and their lines', () => {
    const { html, headings } = renderMarkdown('## Formål og retsgrundlag\n\n## Formål og retsgrundlag');
    expect(headings).toEqual([
      { level: 2, id: 'formål-og-retsgrundlag', text: 'Formål og retsgrundlag', line: 1 },
      { level: 2, id: 'formål-og-retsgrundlag-1', text: 'Formål og retsgrundlag', line: 3 },
    ]);
    expect(html).toContain('<h2 id="formål-og-retsgrundlag">');
  });

  it('drops raw HTML, scripts and event handlers', () => {
    const { html } = renderMarkdown(
      'Tekst <script>alert(1)</script> <b onclick="alert(2)">fed</b>\n\n<iframe src="https://x.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<iframe|onclick|<b/);
    expect(html).toContain('Tekst');
  });

  it('removes javascript: and data: link targets but keeps the link text', () => {
    const { html } = renderMarkdown('[klik](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)');
    expect(html).not.toMatch(/javascript:|data:/);
    expect(html).toContain('>klik</a>');
  });

  it.each([
    'https://us.dk',
    'http://us.dk',
    'mailto:dt@datatilsynet.dk',
    'tel:+4533193200',
    '/dine-rettigheder#access',
    '#opbevaring',
    'us.dk/side:1',
    'side?a=b:c',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'HTTPS://us.dk',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('names a refused protocol exactly when the sanitiser removes the address %s', (url) => {
    const kept = renderMarkdown(`[link](<${url}>)`).html.includes('href=');
    expect(refusedProtocol(url) === undefined).toBe(kept);
  });

  it('drops images, which would load from other sites', () => {
    expect(renderMarkdown('![foto](https://tracker.example/pixel.png)').html).not.toContain('<img');
  });

  it('keeps web, e-mail and phone links and reports every link target with its line', () => {
    const { html, links } = renderMarkdown(
      '[a](/dine-rettigheder#access) [b](https://us.dk)\n[c](mailto:dt@datatilsynet.dk)\n\n[d](tel:+4533193200)',
    );
    expect(links).toEqual([
      { href: '/dine-rettigheder#access', line: 1 },
      { href: 'https://us.dk', line: 1 },
      { href: 'mailto:dt@datatilsynet.dk', line: 2 },
      { href: 'tel:+4533193200', line: 4 },
    ]);
    expect(html).toContain('href="tel:+4533193200"');
  });
});

describe('a notice body with the XSS corpus', () => {
  const corpus = readFileSync(path.join(projectRoot, 'tests/fixtures/xss/corpus.md'), 'utf8');

  // The corpus placed in a real notice body, read the way the site reads content.
  const { html, problems, lines } = inCopyOfValidContent((root) => {
    const file = path.join(root, 'purposes/testmyndighed/minimal.md');
    appendFileSync(file, `\n${corpus}`);
    const { content, problems } = readContent(root);
    const notice = content!.authorities[0]!.notices.find((candidate) => candidate.slug === 'minimal')!;
    return { html: notice.body.html, problems, lines: readFileSync(file, 'utf8').split('\n') };
  });

  it('reports every attack to the editor as an error at its line, but not the closed comment', () => {
    const attackLines = lines.flatMap((line, index) =>
      /^[<![]/.test(line) && !line.startsWith('<!--') ? [index + 1] : [],
    );
    expect(attackLines).toHaveLength(22);
    expect([...new Set(problems.filter(isError).map((problem) => problem.line))]).toEqual(attackLines);
  });

  it('keeps the text around the attacks', () => {
    expect(html).toContain('Almindelig tekst før angrebene.');
    expect(html).toContain('Almindelig tekst efter angrebene.');
  });

  it.each([
    ['script elements', /<script/i],
    ['event handler attributes', /\son[a-z]+\s*=/i],
    ['javascript: URLs', /(href|src|action|data)\s*=\s*"\s*javascript:/i],
    ['data: URLs', /(href|src)\s*=\s*"\s*data:/i],
    ['frames, objects and embeds', /<(iframe|object|embed|frame)\b/i],
    ['SVG and MathML', /<(svg|math)\b/i],
    ['forms, base and meta elements', /<(form|base|meta)\b/i],
    ['style elements and attributes', /<style|\sstyle\s*=/i],
    ['HTML comments', /<!--/],
  ])('contains no %s', (_, pattern) => {
    expect(html).not.toMatch(pattern);
  });
});
