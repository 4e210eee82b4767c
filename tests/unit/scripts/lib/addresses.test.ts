import { describe, expect, it } from 'vitest';

import { answerFor } from '../../../../scripts/lib/addresses';

const files = new Set([
  'index.html',
  'oversigt.html',
  'soeg.html',
  '404.html',
  'en.html',
  'en/oversigt.html',
  'en/404.html',
  'oversigt.html.br',
  'robots.txt',
]);
const answer = (pathname: string) => answerFor(pathname, (file) => files.has(file));

describe('the answers of npm run serve', () => {
  it('serve a page by its address, and files by their name', () => {
    expect(answer('/')).toEqual({ status: 200, file: 'index.html' });
    expect(answer('/oversigt')).toEqual({ status: 200, file: 'oversigt.html' });
    expect(answer('/robots.txt')).toEqual({ status: 200, file: 'robots.txt' });
    expect(answer('/findes-ikke')).toEqual({ status: 404, file: '404.html' });
  });

  it('answer each language’s addresses, and their 404 page in that language', () => {
    expect(answer('/en')).toEqual({ status: 200, file: 'en.html' });
    expect(answer('/en/oversigt')).toEqual({ status: 200, file: 'en/oversigt.html' });
    expect(answer('/en/findes-ikke')).toEqual({ status: 404, file: 'en/404.html' });
    expect(answer('/en/404')).toEqual({ status: 404, file: 'en/404.html' });
    expect(answer('/english')).toEqual({ status: 404, file: '404.html' });
  });

  it('lead a page’s file name to the page', () => {
    expect(answer('/index')).toEqual({ status: 301, location: '/' });
    expect(answer('/index.html')).toEqual({ status: 301, location: '/' });
    expect(answer('/oversigt.html')).toEqual({ status: 301, location: '/oversigt' });
    expect(answer('/oversigt/')).toEqual({ status: 301, location: '/oversigt' });
  });

  it('give the 404 page and the pre-compressed twins no address of their own', () => {
    const notFound = { status: 404, file: '404.html' };
    expect(answer('/404')).toEqual(notFound);
    expect(answer('/404.html')).toEqual(notFound);
    expect(answer('/oversigt.html.br')).toEqual(notFound);
    expect(answer('/robots.txt.gz')).toEqual(notFound);
  });

  it('answer the redirects', () => {
    expect(answer('/.well-known/privacy-policy')).toEqual({ status: 307, location: '/' });
    expect(answer('/brug-dine-rettigheder/us/access')).toEqual({
      status: 301,
      location: '/brug-dine-rettigheder/us/indsigt',
    });
    expect(answer('/brug-dine-rettigheder/us/restriction')).toEqual({
      status: 301,
      location: '/brug-dine-rettigheder/us/begraensning',
    });
    expect(answer('/en/brug-dine-rettigheder/us/access')).not.toHaveProperty('location');
    expect(answer('/was')).toMatchObject({
      status: 307,
      location: expect.stringMatching(/^https:\/\//) as string,
    });
  });
});
