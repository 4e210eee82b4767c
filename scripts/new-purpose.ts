/**
 * npm run new:purpose -- <authority> <slug> — writes content/purposes/<authority>/<slug>.md from the
 * template, placed last in the authority's list. Its messages are for editors, in Danish.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { contentLabel } from '../src/config/environment';
import { ContentError } from '../src/lib/content/errors';
import { slugProblem } from '../src/lib/content/folders';
import { readProjectContent } from '../src/lib/content/load';
import { purposeTemplate } from '../src/lib/content/purpose-template';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [authoritySlug, slug] = process.argv.slice(2);
if (!authoritySlug || !slug)
  fail('Skriv myndigheden og filnavnet: npm run new:purpose -- <myndighed> <filnavn>');
const problem = slugProblem(slug);
if (problem) fail(`"${slug}": ${problem}`);

// Errors elsewhere, e.g. the template texts of a notice just made, do not stop a new one; the authority
// and the topics must be readable.
const { content, problems } = readProjectContent();
if (!content)
  fail(`Skabelonen kan først laves, når disse fejl er rettet.\n${new ContentError(problems).message}`);
const authority = content.authorities.find((candidate) => candidate.slug === authoritySlug);
if (!authority) {
  const authorityFile = path.join(contentLabel, 'authorities', `${authoritySlug}.md`);
  fail(
    existsSync(authorityFile)
      ? `Ret først fejlene i ${authorityFile}; kør npm run check:content for at se dem`
      : `"${authoritySlug}" er ikke en myndighed. Skriv en af: ${content.authorities.map((candidate) => candidate.slug).join(', ')}`,
  );
}
const file = path.join(contentLabel, 'purposes', authority.slug, `${slug}.md`);
if (existsSync(file)) fail(`${file} findes allerede. Vælg et andet filnavn`);

const order = Math.max(0, ...authority.purposes.map((purpose) => purpose.order)) + 1;
mkdirSync(path.dirname(file), { recursive: true });
const topicIds = content.topics.topics.map((topic) => topic.id);
writeFileSync(file, purposeTemplate({ today: new Date().toISOString().slice(0, 10), order, topicIds }));
console.log(`Skrev ${file}. Udfyld felterne, og kør så: npm run check:content`);
