import { describe, expect, it } from 'vitest';

import { softHyphen, withHyphenatedTitle } from '../../../../scripts/lib/hyphenation';

const pageIn = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>Integrationsministeriets side</title></head><body>${body}</body></html>`;

/** The breaks a text offers, each soft hyphen shown as "|". */
const breaks = (html: string) => html.replaceAll(softHyphen, '|');

describe('the soft hyphens in a page’s title', () => {
  it('break a long Danish compound where Danish breaks it, never a word a title line holds whole', () => {
    const page = withHyphenatedTitle(
      pageIn(
        'da',
        '<main><h1>Udlændinge- og Integrationsministeriets behandling af personoplysninger</h1></main>',
      ),
    );
    expect(breaks(page)).toContain(
      '<h1>Udlændinge- og Inte|gra|tions|mi|ni|ste|riets behandling af personoplysninger</h1>',
    );
  });

  it('leave no piece of one letter and at least four letters on each side of a break', () => {
    const page = withHyphenatedTitle(pageIn('da', '<h1>Databeskyttelsesrådgiveren</h1>'));
    expect(breaks(page)).toContain('<h1>Data|be|skyt|tel|ses|råd|gi|veren</h1>');
  });

  it('are left out where they would change what a reader, a search or a copy gets', () => {
    const page = withHyphenatedTitle(
      pageIn('da', '<main><h1>Whistleblowerordningen</h1><p>Integrationsministeriets</p></main>'),
    );
    expect(page.replaceAll(softHyphen, '')).toBe(
      pageIn('da', '<main><h1>Whistleblowerordningen</h1><p>Integrationsministeriets</p></main>'),
    );
    expect(page).toContain('<title>Integrationsministeriets side</title>');
    expect(page).toContain('<p>Integrationsministeriets</p>');
    expect(breaks(page)).toContain('<h1>Whistle|blower|ord|ningen</h1>');
  });

  it('follow the language of the text: a Danish word in an English title is broken as Danish', () => {
    const page = withHyphenatedTitle(
      pageIn('en', '<h1>Internationalisation (<span lang="da">internationalisation</span>)</h1>'),
    );
    expect(breaks(page)).toContain(
      '<h1>Inter|na|tion|al|isa|tion (<span lang="da">inter|na|tio|na|li|sa|tion</span>)</h1>',
    );
  });

  it('are none in a language without patterns', () => {
    const page = pageIn('xx', '<h1>Integrationsministeriets</h1>');
    expect(withHyphenatedTitle(page)).toBe(page);
  });
});
