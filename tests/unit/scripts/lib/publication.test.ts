import { describe, expect, it } from 'vitest';

import {
  fingerprintedName,
  isFrameworkDataFile,
  withoutFrameworkScripts,
} from '../../../../scripts/lib/publication';

describe('a page of the static publication', () => {
  const page = [
    '<!doctype html><html lang="da"><head>',
    '<link rel="preload" as="script" fetchpriority="low" href="/_next/static/chunks/a.js">',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css">',
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '</head><body><main><h1>Titel</h1><a href="/x">Link</a>',
    '<script type="application/ld+json">{"@type":"WebPage"}</script>',
    '<script type="module" src="/soeg.js"></script>',
    '<script type="module" src="/anmodning.js"></script>',
    '<script type="module" src="/andet.js"></script>',
    '</main><script>self.__next_f.push([1,"data"])</script></body></html>',
  ].join('');
  const result = withoutFrameworkScripts(page);

  it('loses the framework’s scripts, script preloads and inline data', () => {
    expect(result).not.toContain('/_next/static/chunks/b.js');
    expect(result).not.toContain('as="script"');
    expect(result).not.toContain('__next_f');
  });

  it('keeps the stylesheet, the content, structured data and the search and request pages’ own scripts', () => {
    expect(result).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css">');
    expect(result).toContain('<main><h1>Titel</h1><a href="/x">Link</a>');
    expect(result).toContain('<script type="application/ld+json">{"@type":"WebPage"}</script>');
    expect(result).toContain('<script type="module" src="/soeg.js"></script>');
    expect(result).toContain('<script type="module" src="/anmodning.js"></script>');
    expect(result).not.toContain('/andet.js');
  });

  it('recognises the framework’s data files but keeps real text files', () => {
    const pages = new Set(['index.html', 'udlaendingestyrelsen.html']);
    expect(isFrameworkDataFile('index.txt', pages)).toBe(true);
    expect(isFrameworkDataFile('udlaendingestyrelsen.txt', pages)).toBe(true);
    expect(isFrameworkDataFile('aendringer/__next._tree.txt', pages)).toBe(true);
    expect(isFrameworkDataFile('robots.txt', pages)).toBe(false);
    expect(isFrameworkDataFile('licenser.txt', pages)).toBe(false);
  });
});

describe('a changed asset of the publication', () => {
  it('is published under a name made from its content, so a year’s cache never serves an old version', () => {
    const first = fingerprintedName('_next/static/chunks/abc.css', '.a{}');
    expect(first).toMatch(/^_next\/static\/chunks\/[0-9a-f]{16}\.css$/);
    expect(fingerprintedName('_next/static/chunks/abc.css', '.a{}')).toBe(first);
    expect(fingerprintedName('_next/static/chunks/abc.css', '.a{}.b{}')).not.toBe(first);
  });

  it('keeps its kind: a font stays a .woff2 file', () => {
    expect(fingerprintedName('_next/static/media/Font-s.p.abc.woff2', Buffer.from('wOF2'))).toMatch(
      /^_next\/static\/media\/[0-9a-f]{16}\.woff2$/,
    );
  });
});
