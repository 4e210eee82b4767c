/**
 * npm run new:purpose -- <authority> <slug> — writes content/purposes/<authority>/<slug>.md from the
 * template, placed last in the authority's list.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { contentLabel } from '../src/config/environment';
import { ContentError } from '../src/lib/content/errors';
import { slugProblem } from '../src/lib/content/folders';
import { loadProjectContent } from '../src/lib/content/load';
import { purposeTemplate } from '../src/lib/content/purpose-template';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [authoritySlug, slug] = process.argv.slice(2);
if (!authoritySlug || !slug) fail('Usage: npm run new:purpose -- <authority> <slug>');
const problem = slugProblem(slug);
if (problem) fail(`"${slug}": ${problem}`);

let content;
try {
  content = loadProjectContent();
} catch (error) {
  if (error instanceof ContentError) fail(`Fix the content first.\n${error.message}`);
  throw error;
}
const authority = content.authorities.find((candidate) => candidate.slug === authoritySlug);
if (!authority) {
  fail(
    `"${authoritySlug}" is no authority; use one of: ${content.authorities.map((candidate) => candidate.slug).join(', ')}`,
  );
}
const file = path.join(contentLabel, 'purposes', authority.slug, `${slug}.md`);
if (existsSync(file)) fail(`${file} exists already; choose another name`);

const order = Math.max(0, ...authority.purposes.map((purpose) => purpose.order)) + 1;
mkdirSync(path.dirname(file), { recursive: true });
const topicIds = content.topics.topics.map((topic) => topic.id);
writeFileSync(file, purposeTemplate({ today: new Date().toISOString().slice(0, 10), order, topicIds }));
console.log(`Wrote ${file}. Fill it in, then run: npm run check:content`);
