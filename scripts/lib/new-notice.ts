/** The work of npm run new:purpose (scripts/new-notice.ts), as a function the tests call in process. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { danishNameOf, translationLanguages } from '../../src/config/languages';
import { contentPath, translationPath } from '../../src/lib/content/content-files';
import { ContentFolder } from '../../src/lib/content/content-folder';
import { ContentError } from '../../src/lib/content/errors';
import { slugProblem } from '../../src/lib/content/folders';
import { readContent } from '../../src/lib/content/load';
import { noticeTemplate, noticeTranslationTemplate } from '../../src/lib/content/notice-template';
import { readContentFile } from '../../src/lib/content/read-file';
import { untranslatedMark } from '../../src/lib/content/translations';
import type { Authority } from '../../src/lib/content/types';
import { today } from '../../src/lib/dates';
import { CommandRefused, refusalOr, type CommandFolder, type CommandResult } from './command';

function refuse(message: string): never {
  throw new CommandRefused(message);
}

/** Writes a file at its path inside the content folder. */
function write(contentFolder: ContentFolder, file: string, text: string, next: string): CommandResult {
  const absolutePath = contentFolder.absolutePathOf(file);
  mkdirSync(path.dirname(absolutePath), { recursive: true });
  writeFileSync(absolutePath, text);
  return { code: 0, output: `Skrev ${contentFolder.labelOf(file)}. ${next}` };
}

/** Writes a new notice from the template, last in the authority's list. */
function newNotice(contentFolder: ContentFolder, authority: Authority, slug: string, topicIds: string[]) {
  const file = contentPath('purpose', { authority: authority.slug, slug });
  if (contentFolder.exists(file))
    refuse(`${contentFolder.labelOf(file)} findes allerede. Vælg et andet filnavn`);
  const order = Math.max(0, ...authority.notices.map((notice) => notice.order)) + 1;
  return write(
    contentFolder,
    file,
    noticeTemplate({ today: today(), order, topicIds }),
    'Udfyld felterne, og kør så: npm run check:content',
  );
}

/** Writes the translation of an existing notice to fill in: its Danish texts, each marked untranslated. */
function newTranslation(contentFolder: ContentFolder, authority: Authority, slug: string, language: string) {
  const danishFile = contentPath('purpose', { authority: authority.slug, slug });
  const source = contentFolder.labelOf(danishFile);
  const notice = authority.notices.find((candidate) => candidate.slug === slug);
  if (!notice) {
    refuse(
      contentFolder.exists(danishFile)
        ? `Ret først fejlene i ${source}; kør npm run check:content for at se dem`
        : `${source} findes ikke, så der er intet at oversætte. Skriv et af ${authority.genitive} formål: ${authority.notices.map((candidate) => candidate.slug).join(', ')}`,
    );
  }
  const file = translationPath(language, danishFile);
  if (contentFolder.exists(file))
    refuse(`${contentFolder.labelOf(file)} findes allerede. Ret oversættelsen dér i stedet`);
  const danish = readContentFile(contentFolder, danishFile);
  if (!danish.ok) refuse(`Ret først fejlene i ${source}; kør npm run check:content for at se dem`);
  return write(
    contentFolder,
    file,
    noticeTranslationTemplate({ notice, body: danish.body, file: notice.file, language }),
    `Skriv teksterne, der begynder med "${untranslatedMark}", på ${danishNameOf(language)}, og kør så: npm run check:content`,
  );
}

/** The authority, the file name and the language of a translation, if one is asked for. */
function readArguments(args: readonly string[]) {
  try {
    const { positionals, values } = parseArgs({
      args: [...args],
      options: { translation: { type: 'string' } },
      allowPositionals: true,
    });
    return { authoritySlug: positionals[0], slug: positionals[1], language: values.translation };
  } catch {
    refuse(
      'npm run new:purpose kender kun --translation <sprog>. Skriv: npm run new:purpose -- <myndighed> <filnavn> [--translation <sprog>]',
    );
  }
}

/**
 * `npm run new:purpose -- <authority> <slug> [--translation <language>]`: writes a new notice from the
 * template, or the translation of an existing one to fill in. Refuses, in Danish, what it cannot write.
 */
export function newNoticeCommand(args: readonly string[], folder: CommandFolder): CommandResult {
  return refusalOr(() => {
    const { authoritySlug, slug, language } = readArguments(args);
    if (!authoritySlug || !slug)
      refuse('Skriv myndigheden og filnavnet: npm run new:purpose -- <myndighed> <filnavn>');
    const problem = slugProblem(slug);
    if (problem) refuse(`"${slug}": ${problem}`);
    if (language !== undefined && !translationLanguages.includes(language))
      refuse(
        `"${language}" er ikke et sprog, sitet oversættes til. Skriv et af: ${translationLanguages.join(', ')}`,
      );

    // Errors elsewhere, e.g. the template texts of a notice just made, do not stop a new one; the authority
    // and the topics must be readable.
    const contentFolder = new ContentFolder(folder.root, folder.label);
    const { content, problems } = readContent(folder.root, folder.label);
    if (!content)
      refuse(`Skabelonen kan først laves, når disse fejl er rettet.\n${new ContentError(problems).message}`);
    const authority = content.authorities.find((candidate) => candidate.slug === authoritySlug);
    if (!authority) {
      const authorityFile = contentPath('authority', { slug: authoritySlug });
      refuse(
        contentFolder.exists(authorityFile)
          ? `Ret først fejlene i ${contentFolder.labelOf(authorityFile)}; kør npm run check:content for at se dem`
          : `"${authoritySlug}" er ikke en myndighed. Skriv en af: ${content.authorities.map((candidate) => candidate.slug).join(', ')}`,
      );
    }
    return language === undefined
      ? newNotice(
          contentFolder,
          authority,
          slug,
          content.topics.topics.map((topic) => topic.id),
        )
      : newTranslation(contentFolder, authority, slug, language);
  });
}
