import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import matter from 'gray-matter';

import { contentRoot } from '../../src/config/environment';
import { translationLanguages } from '../../src/config/languages';
import { contentPath, translationPath } from '../../src/lib/content/content-files';
import { ContentFolder, projectContentFolder } from '../../src/lib/content/content-folder';
import { withReviewedFields } from '../lib/translation-reviewed';

type NoticeSlugs = { authority: string; slug: string };

const topicsIn = (file: matter.GrayMatterFile<string>) => file.data.topics as object[];

/**
 * A copy of content/ with `count` notices in all, in the real site's shape: the real ones plus copies
 * of a real notice that is translated into every language, each copy with its translations, spread
 * over the authorities, and grouped into new topics as many to a topic as the real notices are. (Copies
 * sharing the real notice's one topic would list each other on every page, "the same purpose
 * elsewhere", and make each page grow with the count.) For measuring build and check costs at 100 and
 * 1,000 notices.
 */
export function generateContent(count: number, realNotices: NoticeSlugs[]): string {
  const root = mkdtempSync(path.join(tmpdir(), `persondata-${count}-`));
  cpSync(contentRoot(), root, { recursive: true });
  const folder = projectContentFolder();
  const generatedFolder = new ContentFolder(root, 'content');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  // The translations are written after their Danish files, and say they translate the generated words.
  const writeTranslation = (file: string, text: string, field: string) =>
    write(file, withReviewedFields(generatedFolder, file, text, [field]));
  const template = realNotices
    .map((slugs) => contentPath('purpose', slugs))
    .find((file) => translationLanguages.every((language) => folder.text(translationPath(language, file))));
  if (!template) throw new Error('No real notice is translated into every language to copy.');
  const authorities = [...new Set(realNotices.map((notice) => notice.authority))];
  const topicsFile = contentPath('topics');
  const topics = matter(folder.text(topicsFile)!);
  const perTopic = Math.max(1, Math.round(realNotices.length / topicsIn(topics).length));
  const generated = Math.max(0, count - realNotices.length);
  const topicCount = Math.ceil(generated / perTopic);
  const topicIds = Array.from({ length: topicCount }, (_, index) => `genereret-emne-${index + 1}`);

  write(
    topicsFile,
    matter.stringify(topics.content, {
      ...topics.data,
      topics: [
        ...topicsIn(topics),
        ...topicIds.map((id, index) => ({ id, title: `Genereret emne ${index + 1}` })),
      ],
    }),
  );
  for (const language of translationLanguages) {
    const translated = matter(folder.text(translationPath(language, topicsFile))!);
    const titles = topicIds.map((_, index) => ({ title: `Generated topic ${index + 1}` }));
    writeTranslation(
      translationPath(language, topicsFile),
      matter.stringify(translated.content, {
        ...translated.data,
        topics: [...topicsIn(translated), ...titles],
      }),
      'topics',
    );
  }

  for (let index = 0; index < generated; index += 1) {
    const file = contentPath('purpose', {
      authority: authorities[index % authorities.length]!,
      slug: `genereret-${index + 1}`,
    });
    write(
      file,
      folder
        .text(template)!
        .replace(/^title: .*$/m, `title: Genereret formål ${index + 1}`)
        .replace(/^order: .*$/m, `order: ${1000 + index}`)
        .replace(/^topic: .*$/m, `topic: ${topicIds[Math.floor(index / perTopic)]}`),
    );
    for (const language of translationLanguages) {
      writeTranslation(
        translationPath(language, file),
        folder
          .text(translationPath(language, template))!
          .replace(/^title: .*$/m, `title: Generated purpose ${index + 1}`),
        'title',
      );
    }
  }
  return root;
}
