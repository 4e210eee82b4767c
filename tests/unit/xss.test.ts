import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadContent } from '@/lib/content/load';

import { inCopyOfValidContent, projectRoot } from './helpers';

const corpus = readFileSync(path.join(projectRoot, 'tests/fixtures/xss/corpus.md'), 'utf8');

// The corpus placed in a real notice body, loaded the way the site loads content.
const { html } = inCopyOfValidContent((root) => {
  appendFileSync(path.join(root, 'purposes/testmyndighed/minimal.md'), `\n${corpus}`);
  return loadContent(root).authorities[0]!.purposes.find((purpose) => purpose.slug === 'minimal')!.body;
});

describe('a notice body with the XSS corpus', () => {
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
