import { isValidElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { languages } from '@/config/languages';
import { dictionaries, dictionaryOf, type Dictionary } from '@/i18n/dictionaries';
import { da } from '@/i18n/dictionaries/da';
import { en } from '@/i18n/dictionaries/en';
import { atSentenceStart, namesStartingSentence, withNamePlaceholders, type NameForms } from '@/i18n/names';
import { contentIn } from '@/lib/site-content/localize';

import { loadRealContent } from '../helpers';

type Template = (...args: unknown[]) => unknown;

/** The text a reader sees of a template's result; undefined for what is no text (an object, a list's parts). */
function textOf(node: unknown): string | undefined {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map((part) => textOf(part) ?? '').join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children) ?? '';
  return undefined;
}

/** Every function of a dictionary, by its key path. */
function functionsOf(dictionary: object, prefix = ''): [string, Template][] {
  return Object.entries(dictionary).flatMap(([key, value]): [string, Template][] => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') return [[path, value as Template]];
    return typeof value === 'object' && value !== null ? functionsOf(value as object, `${path}.`) : [];
  });
}

const other = 'X';

/** The template's text with the name at the position and a plain word at every other; undefined if it fails. */
function render(template: Template, position: number, name: NameForms): string | undefined {
  const args = Array.from({ length: template.length }, (_, index) => (index === position ? name : other));
  try {
    return textOf(template(...args));
  } catch {
    return undefined;
  }
}

// Forms no sentence says by chance: a template that renders one of them takes a name at that position.
const marker: NameForms = {
  title: '‹title›',
  inText: '‹inText›',
  atStart: '‹atStart›',
  genitive: '‹genitive›',
  genitiveAtStart: '‹genitiveAtStart›',
};

const markerForms: string[] = Object.values(marker) as string[];

/** Every template of a dictionary that takes a name, found by what it renders: a new one is covered unasked. */
function nameTemplatesOf(dictionary: Dictionary) {
  return functionsOf(dictionary).flatMap(([path, template]) =>
    Array.from({ length: template.length }, (_, position) => position)
      .filter((position) => {
        const text = render(template, position, marker);
        return text !== undefined && markerForms.some((form) => text.includes(form));
      })
      .map((position) => ({ path, position, fill: (name: NameForms) => render(template, position, name)! })),
  );
}

const real = loadRealContent();
const languageCodes = languages.map((language) => language.code);

/** Every name a page words sentences with, in the language: each authority's and the supervisory authority's. */
function namesIn(language: string): NameForms[] {
  const content = contentIn(real, language);
  return [...content.authorities.map((a) => a.nameForms), content.complaint.supervisoryAuthority.nameForms];
}

/**
 * What is wrong with a text worded with a name: a sentence or heading that starts in lower case (a text
 * that begins with a space goes on from the text before it), or the bare name in running text where the
 * language gives it an article. The bare name may only stand alone, as a label: "Danish Return Agency
 * (Atom feed)".
 */
function grammarProblems(text: string, name: NameForms): string[] {
  const problems: string[] = [];
  if (/^\p{Ll}/u.test(text)) problems.push(`starts in lower case: "${text}"`);
  const article = name.inText.endsWith(name.title) ? name.inText.slice(0, -name.title.length) : '';
  if (article === '') return problems;
  for (let at = text.indexOf(name.title); at !== -1; at = text.indexOf(name.title, at + 1)) {
    const withArticle =
      text.slice(Math.max(0, at - article.length), at).toLowerCase() === article.toLowerCase();
    const rest = text.slice(at + name.title.length);
    const label = at === 0 && (rest === '' || rest.startsWith(' ('));
    if (!withArticle && !label) problems.push(`"${name.title}" without "${article.trim()}": "${text}"`);
  }
  return problems;
}

describe('the sentences worded with a name', () => {
  const templates = Object.fromEntries(
    languageCodes.map((language) => [language, nameTemplatesOf(dictionaries[language])]),
  );

  it('are found in every dictionary, the same in each language', () => {
    const paths = (language: string) =>
      templates[language]!.map(({ path, position }) => `${path}/${position}`);
    expect(paths('da')).toContain('authorityPage.title/0');
    expect(paths('da')).toContain('request.deadline/0');
    for (const language of languageCodes) expect(paths(language)).toEqual(paths('da'));
  });

  it('start with a capital and give each name its article, for every template, authority and language', () => {
    const problems = languageCodes.flatMap((language) =>
      templates[language]!.flatMap(({ path, fill }) =>
        namesIn(language).flatMap((name) =>
          grammarProblems(fill(name), name).map((problem) => `${language} ${path}: ${problem}`),
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('in the content’s placeholders read the same way, for every text, authority and language', () => {
    const problems = languageCodes.flatMap((language) =>
      contentIn(real, language).rights.rights.flatMap((right) =>
        namesIn(language).flatMap((name) =>
          grammarProblems(withNamePlaceholders(right.hubText, name), name).map(
            (problem) => `${language} ${right.id}.hubText: ${problem}`,
          ),
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('would be caught reading "which is Danish …" or starting in lower case', () => {
    const name = en.nameForms({ name: 'Danish Return Agency', nameInText: 'the Danish Return Agency' });
    expect(grammarProblems('Contact the data controller, which is Danish Return Agency.', name)).toEqual([
      '"Danish Return Agency" without "the": "Contact the data controller, which is Danish Return Agency."',
    ]);
    expect(grammarProblems('the Danish Return Agency’s processing of personal data', name)).toEqual([
      'starts in lower case: "the Danish Return Agency’s processing of personal data"',
    ]);
    expect(grammarProblems('Danish Return Agency (Atom feed)', name)).toEqual([]);
  });
});

/** Every recipient a notice names, in the language, once each, with the forms a page words it with. */
function recipientsIn(language: string): NameForms[] {
  const { nameForms } = dictionaryOf(language);
  const recipients = contentIn(real, language).authorities.flatMap((authority) =>
    authority.notices.flatMap((notice) => notice.recipients ?? []),
  );
  const forms = recipients.map((recipient) => nameForms(recipient));
  return [...new Map(forms.map((name) => [`${name.title}|${name.inText}`, name])).values()];
}

/** The articles the language puts before a name in running text, as its authorities' names show them. */
const articlesIn = (language: string): string[] => [
  ...new Set(
    namesIn(language).flatMap((name) =>
      name.inText.endsWith(name.title) && name.inText !== name.title
        ? [name.inText.slice(0, -name.title.length)]
        : [],
    ),
  ),
];

/**
 * What is wrong with names listed in running text, the sentence starting with them: a lower-case start,
 * or a later name with a capital article ("… and The police"). In a list of its own a name stands
 * without its article, as GOV.UK lists do ("Police", not "The police").
 */
function listProblems(language: string, names: NameForms[]): string[] {
  const w = dictionaryOf(language);
  const text = textOf(w.list(namesStartingSentence(names)))!;
  const problems: string[] = [];
  if (/^\p{Ll}/u.test(text)) problems.push(`starts in lower case: "${text}"`);
  for (const article of articlesIn(language).map((word) => atSentenceStart(word, language))) {
    if (names.slice(1).some((name) => name.inText.startsWith(article)))
      problems.push(`a name inside the sentence starts with "${article.trim()}": "${text}"`);
    for (const name of names)
      if (name.title.startsWith(article))
        problems.push(`the list form keeps "${article.trim()}": "${name.title}"`);
  }
  return problems;
}

describe('the recipients’ names', () => {
  it('read as running text in the first layer and stand without an article in lists, for every recipient and language', () => {
    const problems = languageCodes.flatMap((language) => {
      const recipients = recipientsIn(language);
      return recipients.flatMap((recipient) =>
        [[recipient], [recipients[0]!, recipient]].flatMap((names) =>
          listProblems(language, names).map((problem) => `${language}: ${problem}`),
        ),
      );
    });
    expect(recipientsIn('en').length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });

  it('would be caught listed as "… and The police", or with "The" in a list', () => {
    const police = en.nameForms({ name: 'The police' });
    const municipalities = en.nameForms({ name: 'Municipalities', nameInText: 'municipalities' });
    expect(listProblems('en', [municipalities, police])).toEqual([
      'a name inside the sentence starts with "The": "Municipalities and The police"',
      'the list form keeps "The": "The police"',
    ]);
    expect(listProblems('en', [police, municipalities])).toEqual(['the list form keeps "The": "The police"']);
  });
});

describe('a language’s name forms', () => {
  it('are definite in Danish, with "s" for the genitive, or an apostrophe after s, x or z', () => {
    expect(da.nameForms({ name: 'Udlændingestyrelsen' })).toEqual({
      title: 'Udlændingestyrelsen',
      inText: 'Udlændingestyrelsen',
      atStart: 'Udlændingestyrelsen',
      genitive: 'Udlændingestyrelsens',
      genitiveAtStart: 'Udlændingestyrelsens',
    });
    expect(da.nameForms({ name: 'Rigspolitiet' }).genitive).toBe('Rigspolitiets');
    expect(da.nameForms({ name: 'Niels' }).genitive).toBe("Niels'");
    expect(da.nameForms({ name: 'Max' }).genitive).toBe("Max'");
  });

  it('take the English article from the content, and derive the genitive and the capital from it', () => {
    expect(
      en.nameForms({ name: 'Danish Immigration Service', nameInText: 'the Danish Immigration Service' }),
    ).toEqual({
      title: 'Danish Immigration Service',
      inText: 'the Danish Immigration Service',
      atStart: 'The Danish Immigration Service',
      genitive: "the Danish Immigration Service's",
      genitiveAtStart: "The Danish Immigration Service's",
    });
  });

  it('keep a genitive the content states', () => {
    expect(da.nameForms({ name: 'Statens Arkiver', genitive: 'Statens Arkivers' }).genitive).toBe(
      'Statens Arkivers',
    );
  });

  it('fill a placeholder at the start of a text with a capital', () => {
    const name = en.nameForms({ name: 'Danish Return Agency', nameInText: 'the Danish Return Agency' });
    expect(withNamePlaceholders('{genitiv} processing', name)).toBe("The Danish Return Agency's processing");
    expect(withNamePlaceholders('Object to {genitiv} processing', name)).toBe(
      "Object to the Danish Return Agency's processing",
    );
  });
});
