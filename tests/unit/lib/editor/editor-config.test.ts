import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { translationLanguages } from '@/config/languages';
import { backendFile, configFile, editorConfigFile } from '@/lib/editor/config-file';
import { editorConfig } from '@/lib/editor/editor-config';

import { projectRoot } from '../../helpers';
import { content } from './form-paths';

const local = editorConfig(content, {
  mode: 'local',
  localBackendUrl: 'http://localhost:8081/api/v1',
  siteUrl: 'http://localhost:3000',
  contentFolder: 'content',
});
const names = local.collections.map((collection) => collection.name);
const collection = (name: string) => local.collections.find((candidate) => candidate.name === name)!;

describe('the editor configuration', () => {
  it('has the authorities, each authority’s notices, the agreements and the shared texts, then the same per translation', () => {
    const danish = [
      'authorities',
      ...content.authorities.map((authority) => `purposes-${authority.slug}`),
      'agreements',
      'shared',
    ];
    expect(names).toEqual([
      ...danish,
      ...translationLanguages.flatMap((code) => danish.map((name) => `${code}-${name}`)),
    ]);
  });

  it('labels a translation’s collections with the language and the authority in Danish', () => {
    expect(collection('en-purposes-udlaendingestyrelsen')).toMatchObject({
      label: 'Engelsk: Formål – Udlændingestyrelsen',
      folder: 'content/translations/en/purposes/udlaendingestyrelsen',
      create: false,
    });
    expect(collection('purposes-udlaendingestyrelsen')).toMatchObject({
      label: 'Formål – Udlændingestyrelsen',
      folder: 'content/purposes/udlaendingestyrelsen',
      create: true,
      sortable_fields: [{ field: 'order', default_sort: true }, 'title'],
    });
  });

  it('reads and writes Markdown files with YAML frontmatter, named by their slug', () => {
    for (const entry of local.collections) {
      expect(entry).toMatchObject({ extension: 'md', format: 'frontmatter' });
      if ('folder' in entry) expect(entry.slug).toBe('{{slug}}');
    }
    expect(local.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  it('edits through the local backend without an editorial workflow on one’s own machine', () => {
    expect(local).toMatchObject({
      backend: { name: 'persondata-lokal', proxy_url: 'http://localhost:8081/api/v1' },
      locale: 'da',
      site_url: 'http://localhost:3000',
    });
    expect(local).not.toHaveProperty('publish_mode');
  });

  it('turns every change into a pull request in production', () => {
    const production = editorConfig(content, {
      mode: 'production',
      backend: { name: 'github', repo: 'a/b' },
    });
    expect(production).toMatchObject({
      backend: { name: 'github', repo: 'a/b' },
      publish_mode: 'editorial_workflow',
    });
    expect(production.backend.proxy_url).toBeUndefined();
  });

  it('asks for dates as text in production, where the project’s own date field is not loaded', () => {
    const production = editorConfig(content, { mode: 'production', backend: { name: 'github' } });
    const notices = production.collections.find((entry) => entry.name === 'purposes-udlaendingestyrelsen')!;
    expect(
      'fields' in notices && notices.fields.find((field) => field.name === 'lastReviewed'),
    ).toMatchObject({
      widget: 'string',
      pattern: [String.raw`^\d{4}-\d{2}-\d{2}$`, 'skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-28'],
    });
  });

  it(`${configFile} is what the generator makes now (run npm run build:editor after a change)`, () => {
    const committed = readFileSync(path.join(projectRoot, configFile), 'utf8');
    const generated = editorConfigFile(content, readFileSync(path.join(projectRoot, backendFile), 'utf8'));
    expect(committed, `${configFile} is out of date: run npm run build:editor`).toBe(generated);
  });
});
