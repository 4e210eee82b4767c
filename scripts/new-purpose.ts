/**
 * npm run new:purpose -- <authority> <slug> — writes content/purposes/<authority>/<slug>.md from the
 * template, placed last in the authority's list. With --translation <language>, writes instead the
 * translation of that existing notice to fill in, content/translations/<language>/purposes/<authority>/<slug>.md.
 * Its messages are for editors, in Danish.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { danishNameOf, translationLanguages } from '../src/config/languages';
import { contentPath, translationPath } from '../src/lib/content/content-files';
import { projectContentFolder } from '../src/lib/content/content-folder';
import { ContentError } from '../src/lib/content/errors';
import { slugProblem } from '../src/lib/content/folders';
import { readProjectContent } from '../src/lib/content/load';
import { purposeTemplate, purposeTranslationTemplate } from '../src/lib/content/purpose-template';
import { readContentFile } from '../src/lib/content/read-file';
import { untranslatedMark } from '../src/lib/content/translations';
import type { Authority } from '../src/lib/content/types';
import { today } from '../src/lib/dates';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const contentFolder = projectContentFolder();

/** Writes a file at its path inside the content folder. */
function write(file: string, text: string, next: string) {
  const absolutePath = contentFolder.absolutePathOf(file);
  mkdirSync(path.dirname(absolutePath), { recursive: true });
  writeFileSync(absolutePath, text);
  console.log(`Skrev ${contentFolder.labelOf(file)}. ${next}`);
}

/** Writes a new notice from the template, last in the authority's list. */
function newNotice(authority: Authority, slug: string, topicIds: string[]) {
  const file = contentPath('purpose', { authority: authority.slug, slug });
  if (contentFolder.exists(file))
    fail(`${contentFolder.labelOf(file)} findes allerede. Vælg et andet filnavn`);
  const order = Math.max(0, ...authority.purposes.map((purpose) => purpose.order)) + 1;
  write(
    file,
    purposeTemplate({ today: today(), order, topicIds }),
    'Udfyld felterne, og kør så: npm run check:content',
  );
}

/** Writes the translation of an existing notice to fill in: its Danish texts, each marked untranslated. */
function newTranslation(authority: Authority, slug: string, language: string) {
  const danishFile = contentPath('purpose', { authority: authority.slug, slug });
  const source = contentFolder.labelOf(danishFile);
  const notice = authority.purposes.find((candidate) => candidate.slug === slug);
  if (!notice) {
    fail(
      contentFolder.exists(danishFile)
        ? `Ret først fejlene i ${source}; kør npm run check:content for at se dem`
        : `${source} findes ikke, så der er intet at oversætte. Skriv et af ${authority.genitive} formål: ${authority.purposes.map((purpose) => purpose.slug).join(', ')}`,
    );
  }
  const file = translationPath(language, danishFile);
  if (contentFolder.exists(file))
    fail(`${contentFolder.labelOf(file)} findes allerede. Ret oversættelsen dér i stedet`);
  const danish = readContentFile(contentFolder, danishFile);
  if (!danish.ok) fail(`Ret først fejlene i ${source}; kør npm run check:content for at se dem`);
  write(
    file,
    purposeTranslationTemplate({ notice, body: danish.body, file: notice.file, language }),
    `Skriv teksterne, der begynder med "${untranslatedMark}", på ${danishNameOf(language)}, og kør så: npm run check:content`,
  );
}

/** The authority, the file name and the language of a translation, if one is asked for. */
function readArguments() {
  try {
    const { positionals, values } = parseArgs({
      args: process.argv.slice(2),
      options: { translation: { type: 'string' } },
      allowPositionals: true,
    });
    return { authoritySlug: positionals[0], slug: positionals[1], language: values.translation };
  } catch {
    fail(
      'npm run new:purpose kender kun --translation <sprog>. Skriv: npm run new:purpose -- <myndighed> <filnavn> [--translation <sprog>]',
    );
  }
}

const { authoritySlug, slug, language } = readArguments();
if (!authoritySlug || !slug)
  fail('Skriv myndigheden og filnavnet: npm run new:purpose -- <myndighed> <filnavn>');
const problem = slugProblem(slug);
if (problem) fail(`"${slug}": ${problem}`);
if (language !== undefined && !translationLanguages.includes(language))
  fail(
    `"${language}" er ikke et sprog, sitet oversættes til. Skriv et af: ${translationLanguages.join(', ')}`,
  );

// Errors elsewhere, e.g. the template texts of a notice just made, do not stop a new one; the authority
// and the topics must be readable.
const { content, problems } = readProjectContent();
if (!content)
  fail(`Skabelonen kan først laves, når disse fejl er rettet.\n${new ContentError(problems).message}`);
const authority = content.authorities.find((candidate) => candidate.slug === authoritySlug);
if (!authority) {
  const authorityFile = contentPath('authority', { slug: authoritySlug });
  fail(
    contentFolder.exists(authorityFile)
      ? `Ret først fejlene i ${contentFolder.labelOf(authorityFile)}; kør npm run check:content for at se dem`
      : `"${authoritySlug}" er ikke en myndighed. Skriv en af: ${content.authorities.map((candidate) => candidate.slug).join(', ')}`,
  );
}
if (language === undefined)
  newNotice(
    authority,
    slug,
    content.topics.topics.map((topic) => topic.id),
  );
else newTranslation(authority, slug, language);
