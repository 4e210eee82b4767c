/** CONTRIBUTING.md's "Add an authority", step by step, on a copy of the fixtures. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { dataRoutes, pagePaths } from '@/config/routes';
import { loadContent } from '@/lib/content/load';
import { editorConfig } from '@/lib/editor/editor-config';

import { checkContentCommand } from '../../../scripts/lib/check-content';
import { commandFolderOf, inCopyOfPublishableContent } from '../helpers';

/** Steps 1 and 2: the authority's file, copied from an existing one with every field changed, and its folder. */
function addAuthority(root: string) {
  const existing = readFileSync(path.join(root, 'authorities/testmyndighed.md'), 'utf8');
  writeFileSync(
    path.join(root, 'authorities/proevestyrelsen.md'),
    existing
      .replaceAll('Testmyndigheden', 'Prøvestyrelsen')
      .replace('shortName: TM', 'shortName: PS')
      .replace('description: En myndighed til test.', 'description: En styrelse, der prøver ting.')
      .replace('kind: agency', 'kind: department')
      .replace('order: 1', 'order: 3')
      .replaceAll('test.example', 'proeve.example')
      .replace('"12 34 56 78"', '"87 65 43 21"')
      .replace('Testvej 1', 'Prøvevej 2')
      .replace('1234 Testby', '4321 Prøveby')
      .replace('Oplys dit sagsnummer.', 'Oplys din adresse.'),
  );
  mkdirSync(path.join(root, 'purposes/proevestyrelsen'));
  const agreement = path.join(root, 'agreements/faelles.md');
  writeFileSync(
    agreement,
    readFileSync(agreement, 'utf8').replace(
      '  - anden-myndighed\n',
      '  - anden-myndighed\n  - proevestyrelsen\n',
    ),
  );
}

describe('CONTRIBUTING.md: add an authority', () => {
  it('passes the content check, and the authority gets its pages, its open data and its editor forms', () => {
    inCopyOfPublishableContent((root) => {
      addAuthority(root);

      // Step 3: npm run check:content.
      const check = checkContentCommand([], commandFolderOf(root));
      expect(check.code, check.output).toBe(0);
      expect(check.output).toContain('  Prøvestyrelsen: ingen formål');

      // What npm test then runs over it: the loader, the route table the build and the end-to-end tests
      // follow, and the editor's configuration that npm run build:editor writes.
      const content = loadContent(root);
      const authority = content.authorities.find((candidate) => candidate.slug === 'proevestyrelsen');
      expect(authority).toMatchObject({ name: 'Prøvestyrelsen', genitive: 'Prøvestyrelsens', notices: [] });
      expect(content.agreements[0]?.parties).toContain('proevestyrelsen');
      expect(pagePaths(content)).toEqual(
        expect.arrayContaining([
          '/proevestyrelsen',
          '/brug-dine-rettigheder/proevestyrelsen',
          '/en/proevestyrelsen',
          '/en/brug-dine-rettigheder/proevestyrelsen',
        ]),
      );
      expect(dataRoutes(content).filter((route) => route.authority === 'proevestyrelsen')).toHaveLength(2);
      const editor = editorConfig(content, { mode: 'production', backend: { name: 'github', repo: 'a/b' } });
      expect(editor.collections).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: 'purposes-proevestyrelsen',
            folder: 'content/purposes/proevestyrelsen',
          }),
          expect.objectContaining({
            name: 'en-purposes-proevestyrelsen',
            folder: 'content/translations/en/purposes/proevestyrelsen',
          }),
        ]),
      );
    });
  });
});
