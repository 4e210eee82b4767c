import {
  agreementPath,
  authorityPath,
  complaintPath,
  noticePath,
  overviewPath,
  rightsPath,
  routeTable,
  type RouteSource,
} from '../../config/routes';
import {
  agreementSectionIds,
  authoritySectionIds,
  complaintSectionIds,
  noticePageIds,
  overviewSectionIds,
} from '../section-ids';
import type { ContentProblem } from './errors';
import { lineInFile, type MarkdownField } from './markdown-field';

/** A page made from content: its address, the ids of its own sections, and the Markdown it shows. */
interface Page {
  path: string;
  sectionIds: readonly string[];
  /** The content files the page is made from; its ids are known only when each was read without error. */
  files: readonly string[];
  shows: (markdown: MarkdownField) => boolean;
}

export interface LinkCheckInput {
  /** Every content file that exists, valid or not: what links may name. */
  everyFile: RouteSource;
  /** The topics that have notices: the overview shows a section for each. */
  topicsShown: readonly string[];
  rights: { file: string; rights: readonly { id: string }[] } | undefined;
  topics: { file: string } | undefined;
  complaint: { file: string } | undefined;
  markdownFields: readonly MarkdownField[];
}

const inFile = (file: string) => (markdown: MarkdownField) => markdown.file === file;

/** The pages whose anchors come from content, and the Markdown each one shows. */
function pagesOf({ everyFile, topicsShown, rights, topics, complaint }: LinkCheckInput): Page[] {
  const authorityPages = everyFile.authorities.flatMap((authority): Page[] => [
    {
      path: authorityPath(authority.slug),
      sectionIds: Object.values(authoritySectionIds),
      files: [authority.file],
      shows: inFile(authority.file),
    },
    ...authority.notices.map((notice) => ({
      path: noticePath(authority.slug, notice.slug),
      sectionIds: noticePageIds,
      files: [notice.file, authority.file],
      // A notice repeats its authority's advice on identification in its contact section.
      shows: (markdown: MarkdownField) =>
        markdown.file === notice.file ||
        (markdown.file === authority.file && markdown.field === 'identificationAdvice'),
    })),
  ]);
  const agreementPages = everyFile.agreements.map((agreement) => ({
    path: agreementPath(agreement.slug),
    sectionIds: Object.values(agreementSectionIds),
    files: [agreement.file],
    shows: inFile(agreement.file),
  }));
  const sharedPages: Page[] = [
    ...(rights
      ? [{ path: rightsPath, sectionIds: rights.rights.map((right) => right.id), file: rights.file }]
      : []),
    ...(topics
      ? [{ path: overviewPath, sectionIds: [overviewSectionIds.topics, ...topicsShown], file: topics.file }]
      : []),
    ...(complaint
      ? [{ path: complaintPath, sectionIds: Object.values(complaintSectionIds), file: complaint.file }]
      : []),
  ].map(({ file, ...page }) => ({ ...page, files: [file], shows: inFile(file) }));
  return [...authorityPages, ...agreementPages, ...sharedPages];
}

/** Each of `items`, in their order, under each of the files `filesOf` it gives: a page only looks at its own files. */
function byFile<Item>(items: readonly Item[], filesOf: (item: Item) => readonly string[]) {
  const found = new Map<string, Item[]>();
  for (const item of items)
    for (const file of filesOf(item)) found.set(file, [...(found.get(file) ?? []), item]);
  return (file: string) => found.get(file) ?? [];
}

/** Each page's ids, its sections' and its Markdown headings', for the pages whose files were all read. */
function anchorsByPage(pages: readonly Page[], markdownFields: readonly MarkdownField[]) {
  const read = new Set(
    markdownFields.filter((markdown) => !markdown.inBrokenFile).map((markdown) => markdown.file),
  );
  const order = new Map(markdownFields.map((markdown, index) => [markdown, index]));
  const fieldsOf = byFile(markdownFields, (markdown) => [markdown.file]);
  const anchors = new Map<string, Set<string>>();
  for (const page of pages) {
    if (!page.files.every((file) => read.has(file))) continue;
    const headings = [...new Set(page.files)]
      .flatMap(fieldsOf)
      .sort((a, b) => order.get(a)! - order.get(b)!)
      .filter(page.shows)
      .flatMap((markdown) => markdown.rendered.headings.map((heading) => heading.id));
    anchors.set(page.path, new Set([...page.sectionIds, ...headings]));
  }
  return anchors;
}

const decoded = (anchor: string) => {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
};

/**
 * Internal links must lead to a page the site generates, and an anchor (`#opbevaring`,
 * `/dine-rettigheder#access`) to an id on that page: one of its sections or of its Markdown headings. A
 * link to a page whose ids are not known here (a fixed page such as /soeg, or a file with an error) is
 * checked as far as its address; the publication's link check covers the rest.
 */
export function checkLinks(input: LinkCheckInput): ContentProblem[] {
  const routes = new Set(routeTable(input.everyFile).map((route) => route.path));
  const pages = pagesOf(input);
  const anchors = anchorsByPage(pages, input.markdownFields);
  const pagesOfFile = byFile(pages, (page) => [...new Set(page.files)]);
  return input.markdownFields.flatMap((markdown) => {
    const { file, field } = markdown;
    const showingPages = pagesOfFile(file)
      .filter((page) => page.shows(markdown))
      .map((page) => page.path);
    return markdown.rendered.links.flatMap(({ href, line }): ContentProblem[] => {
      const problem = (message: string): ContentProblem[] => [
        { file, line: lineInFile(markdown, line), field, message },
      ];
      const hash = href.indexOf('#');
      const anchor = hash < 0 ? undefined : decoded(href.slice(hash + 1));
      if (href.startsWith('#')) {
        const id = anchor ?? '';
        const missingOn = showingPages.find((path) => anchors.get(path)?.has(id) === false);
        if (missingOn === undefined) return [];
        const also = showingPages.length > 1 ? ` ${missingOn}, hvor teksten også står` : ' siden';
        // The anchors every page that shows the text has.
        const everywhere = [...(anchors.get(missingOn) ?? [])].filter((candidate) =>
          showingPages.every((path) => anchors.get(path)?.has(candidate) !== false),
        );
        return problem(
          `linket ${href} fører ikke til et afsnit på${also}. Brug et af disse: ${idList(everywhere)}`,
        );
      }
      if (!href.startsWith('/') || href.startsWith('//')) return [];
      const path = href.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1');
      if (!routes.has(path)) return problem(`linket ${href} fører ikke til en side på sitet. Ret adressen`);
      const ids = anchors.get(path);
      if (anchor === undefined || !ids || ids.has(anchor)) return [];
      return problem(
        `linket ${href} fører til ${path}, men den side har intet afsnit med ankeret "${anchor}". Brug et af disse: ${idList(ids)}`,
      );
    });
  });
}

const idList = (ids: Iterable<string> = []) => [...ids].map((id) => `#${id}`).join(', ');
