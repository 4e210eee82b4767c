import { describe } from 'vitest';

import { itReportsEach, noticeFile, type BrokenFileCase } from '../../helpers';

const body = `content/${noticeFile}, linje`;
const field = 'body (teksten under frontmatter)';

const cases: Record<string, BrokenFileCase> = {
  'an embedded frame, which would vanish from the page': {
    fixture: 'notice-html-embed.md',
    target: noticeFile,
    expected: [
      `${body} 16: ${field}: <iframe> er HTML og bliver fjernet fra siden. Indlejret indhold og kode bliver ikke vist; skriv et link i stedet, fx [Tilmeld dig her](https://…)`,
    ],
  },
  'HTML formatting tags in a paragraph': {
    fixture: 'notice-html-formatting.md',
    target: noticeFile,
    expected: [
      `${body} 13: ${field}: <b> er HTML og bliver fjernet fra siden. Skriv **fed** i stedet`,
      `${body} 13: ${field}: <br> er HTML og bliver fjernet fra siden. Begynd et nyt afsnit med en tom linje i stedet`,
    ],
  },
  'an HTML block, whose text would vanish with it': {
    fixture: 'notice-html-block.md',
    target: noticeFile,
    expected: [
      `${body} 13: ${field}: <div> er HTML og bliver fjernet fra siden sammen med teksten "Oplysningerne slettes efter fem år.". Skriv teksten uden HTML: Markdown har **fed**, lister med "- ", links som [tekst](https://…) og overskrifter med ##`,
    ],
  },
  'text on the line of an HTML comment (closed comments alone are allowed)': {
    fixture: 'notice-text-after-comment.md',
    target: noticeFile,
    expected: [
      `${body} 17: ${field}: teksten "Vi gemmer oplysningerne i fem år." står på samme linje som en kommentar (<!-- … -->) og bliver fjernet fra siden. Flyt teksten til en linje for sig`,
    ],
  },
  'an HTML comment that is never closed': {
    fixture: 'notice-html-comment-unclosed.md',
    target: noticeFile,
    expected: [
      `${body} 15: ${field}: "<!--" begynder en kommentar, som ikke bliver lukket, så teksten herefter forsvinder fra siden. Skriv --> efter kommentaren, eller slet "<!--"`,
    ],
  },
  'an image': {
    fixture: 'notice-image.md',
    target: noticeFile,
    expected: [
      `${body} 15: ${field}: ![Skilt om videoovervågning](https://us.dk/billeder/skilt.png) er et billede, og billeder bliver ikke vist. Beskriv det med ord, eller link til det: [Skilt om videoovervågning](https://us.dk/billeder/skilt.png)`,
    ],
  },
  'links whose address the sanitiser refuses': {
    fixture: 'notice-refused-link.md',
    target: noticeFile,
    expected: [
      `${body} 13: ${field}: linket "vores politik" mister sin adresse på siden, fordi adresser, der begynder med "javascript:", ikke er tilladt. Skriv en adresse, der begynder med https://, mailto: eller tel:, eller / for en side på sitet`,
      `${body} 14: ${field}: linket "hent skemaet" mister sin adresse på siden, fordi adresser, der begynder med "data:", ikke er tilladt. Skriv en adresse, der begynder med https://, mailto: eller tel:, eller / for en side på sitet`,
    ],
  },
  'a footnote nothing refers to': {
    fixture: 'notice-unreferenced-footnote.md',
    target: noticeFile,
    expected: [
      `${body} 15: ${field}: fodnoten [^1] bliver ikke vist, fordi teksten ikke henviser til den. Skriv [^1] i teksten, hvor noten hører til, eller slet noten`,
    ],
  },
};

describe('content the Markdown pipeline would remove', () => {
  itReportsEach(cases);
});
