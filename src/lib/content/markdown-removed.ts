import type { Html, Nodes, Parents, Root } from 'mdast';

import { refusedProtocol } from './markdown';
import type { MarkdownFinding } from './markdown-field';
import { shortened, textOf, walk } from './markdown-tree';

/**
 * What the pipeline in markdown.ts would leave out of the page without a word, found in the Markdown syntax
 * tree so each can be named at its line: raw HTML, images, links whose address the sanitiser refuses, and
 * footnotes nothing refers to. An HTML comment is a note to other editors and stays allowed, as long as it
 * is closed and has nothing else on its lines.
 */
export function removedContent(tree: Root): MarkdownFinding[] {
  const addresses = new Map<string, string>();
  const footnotesReferred = new Set<string>();
  walk(tree, (node) => {
    if (node.type === 'definition') addresses.set(node.identifier, node.url);
    if (node.type === 'footnoteReference') footnotesReferred.add(node.identifier);
  });
  const findings: MarkdownFinding[] = [];
  walk(tree, (node, parent) => {
    const message = removal(node, parent, { addresses, footnotesReferred });
    const line = node.position?.start.line ?? 1;
    // The same tag twice on a line is named once.
    if (message && !findings.some((found) => found.line === line && found.message === message)) {
      findings.push({ line, message });
    }
  });
  return findings;
}

interface References {
  /** The address of each link reference definition, by its identifier. */
  addresses: ReadonlyMap<string, string>;
  footnotesReferred: ReadonlySet<string>;
}

function removal(node: Nodes, parent: Parents | undefined, { addresses, footnotesReferred }: References) {
  switch (node.type) {
    case 'html':
      return htmlRemoval(node, parent);
    case 'image':
      return imageRemoval(node.alt ?? '', node.url);
    case 'imageReference':
      return imageRemoval(node.alt ?? '', addresses.get(node.identifier) ?? '…');
    case 'link':
      return linkRemoval(textOf(node), node.url);
    case 'linkReference': {
      const url = addresses.get(node.identifier);
      return url === undefined ? undefined : linkRemoval(textOf(node), url);
    }
    case 'footnoteDefinition':
      return footnotesReferred.has(node.identifier)
        ? undefined
        : `fodnoten [^${node.label ?? node.identifier}] bliver ikke vist, fordi teksten ikke henviser til den. Skriv [^${node.label ?? node.identifier}] i teksten, hvor noten hører til, eller slet noten`;
    default:
      return undefined;
  }
}

/** What to write instead of an HTML tag, by the tags it applies to. */
const adviceForTags: [string, string][] = [
  [
    'iframe embed object video audio script noscript style form input button select textarea canvas svg math link meta frame frameset base',
    'Indlejret indhold og kode bliver ikke vist; skriv et link i stedet, fx [Tilmeld dig her](https://…)',
  ],
  [
    'img picture',
    'Billeder bliver ikke vist; beskriv indholdet med ord, eller link til det: [tekst](https://…)',
  ],
  ['b strong', 'Skriv **fed** i stedet'],
  ['i em', 'Skriv *kursiv* i stedet'],
  ['ul ol li', 'Skriv en liste med "- " foran hvert punkt i stedet'],
  ['h1 h2 h3 h4 h5 h6', 'Skriv en overskrift med ## foran i stedet'],
  ['table thead tbody tr th td', 'Skriv en tabel med | mellem kolonnerne i stedet'],
  ['br', 'Begynd et nyt afsnit med en tom linje i stedet'],
  ['p', 'Adskil afsnit med en tom linje i stedet'],
  ['a', 'Skriv et link som [tekst](https://…) i stedet'],
];
const adviceByTag = new Map(
  adviceForTags.flatMap(([tags, advice]) => tags.split(' ').map((tag): [string, string] => [tag, advice])),
);
const otherTagAdvice =
  'Skriv teksten uden HTML: Markdown har **fed**, lister med "- ", links som [tekst](https://…) og overskrifter med ##';

/** Where raw HTML stands as a block of its own (not inside a paragraph), the whole block is left out, text and all. */
const blockParents = new Set(['root', 'listItem', 'blockquote', 'footnoteDefinition']);

function htmlRemoval(node: Html, parent: Parents | undefined): string | undefined {
  const withoutComments = node.value.replace(/<!--[\s\S]*?-->/g, '');
  if (withoutComments.includes('<!--')) {
    return '"<!--" begynder en kommentar, som ikke bliver lukket, så teksten herefter forsvinder fra siden. Skriv --> efter kommentaren, eller slet "<!--"';
  }
  const rest = withoutComments.trim();
  // A lone closing tag leaves nothing out; its opening tag has been named.
  if (rest === '' || /^<\/[a-z][a-z0-9-]*\s*>$/i.test(rest)) return undefined;
  const block = blockParents.has(parent?.type ?? 'root');
  const text = rest
    .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const tag = /<\/?([a-z][a-z0-9-]*)/i.exec(rest)?.[1]?.toLowerCase();
  if (!tag && withoutComments !== node.value) {
    return `teksten "${shortened(text)}" står på samme linje som en kommentar (<!-- … -->) og bliver fjernet fra siden. Flyt teksten til en linje for sig`;
  }
  if (!tag) return `"${shortened(rest)}" er HTML og bliver fjernet fra siden. ${otherTagAdvice}`;
  const lost = block && text !== '' ? ` sammen med teksten "${shortened(text)}"` : '';
  return `<${tag}> er HTML og bliver fjernet fra siden${lost}. ${adviceByTag.get(tag) ?? otherTagAdvice}`;
}

function imageRemoval(alt: string, url: string): string {
  const address = shortened(url);
  return `![${shortened(alt)}](${address}) er et billede, og billeder bliver ikke vist. Beskriv det med ord, eller link til det: [${shortened(alt) || 'tekst'}](${address})`;
}

function linkRemoval(text: string, url: string): string | undefined {
  const protocol = refusedProtocol(url);
  if (protocol === undefined) return undefined;
  return `linket "${shortened(text)}" mister sin adresse på siden, fordi adresser, der begynder med "${shortened(protocol)}:", ikke er tilladt. Skriv en adresse, der begynder med https://, mailto: eller tel:, eller / for en side på sitet`;
}
