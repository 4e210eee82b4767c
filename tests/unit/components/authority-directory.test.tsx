import { afterEach, describe, expect, it, vi } from 'vitest';

import { AuthorityDirectory } from '@/components/authority-directory';
import { setPageLanguage } from '@/i18n';

import { authorityWith } from './examples';
import { readerView } from './reader-view';

// setPageLanguage must last the whole file, as it lasts a whole server render.
vi.mock('react', async (original) => (await import('../one-request')).reactWithOneRequest(original));

const danish = authorityWith({
  name: 'Styrelsen for Test',
  shortName: 'SFT',
  handles: ['visum', 'asyl', 'arbejdstilladelse'],
});
const english = { ...danish, name: 'Agency for Testing', handles: ['visas', 'asylum', 'work permits'] };
const danishNames = new Map([[danish.slug, danish.name]]);

describe('the list of authorities', () => {
  afterEach(() => setPageLanguage('da'));

  it('names each authority with its short name and what it handles', () => {
    const view = readerView(<AuthorityDirectory authorities={[danish]} danishNames={danishNames} />);
    expect(view.links).toEqual([{ text: 'Styrelsen for Test (SFT)', href: '/testmyndigheden' }]);
    expect(view.text).toContain('Tager sig bl.a. af: visum, asyl og arbejdstilladelse.');
    expect(view.text).not.toContain('Dansk navn');
  });

  it('in another language also gives the Danish name, the one the authority’s letters use', () => {
    setPageLanguage('en');
    const view = readerView(<AuthorityDirectory authorities={[english]} danishNames={danishNames} />);
    expect(view.links).toEqual([{ text: 'Agency for Testing (SFT)', href: '/en/testmyndigheden' }]);
    expect(view.text).toContain('Danish name: Styrelsen for Test');
    expect(view.text).toContain('Handles, among other things: visas, asylum and work permits.');
  });
});
