/**
 * A name (an authority's, Datatilsynet's, a notice's recipient's) in the forms a sentence needs, in one language. The content
 * states the name and only what the language's rules cannot derive; every template picks the form its
 * sentence needs, so no sentence reads "which is Danish Immigration Service" or starts in lower case.
 */

/** What the content states of a name in one language. */
export interface StatedName {
  /** The name alone, as a heading, a list or a label shows it: "Danish Immigration Service". */
  name: string;
  /** The name in running text, where it differs: "the Danish Immigration Service". */
  nameInText?: string;
  /** The genitive in running text, where the language's rule gets it wrong. */
  genitive?: string;
}

export interface NameForms {
  /** Alone, as a heading, a list or a label shows it: "Danish Immigration Service", "Udlændingestyrelsen". */
  title: string;
  /** In running text, with the article the language needs: "the Danish Immigration Service". */
  inText: string;
  /** At the start of a sentence or a heading: "The Danish Immigration Service". */
  atStart: string;
  /** The genitive in running text: "the Danish Immigration Service's", "Udlændingestyrelsens". */
  genitive: string;
  /** The genitive at the start of a sentence or a heading: "The Danish Immigration Service's". */
  genitiveAtStart: string;
}

/** A text as it starts a sentence: its first letter a capital, the rest as it is. */
export const atSentenceStart = (text: string, locale: string): string =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/**
 * A language's name forms, from its rule for the genitive of a name in running text: what the content
 * states wins, the rest is derived.
 */
export const nameFormsIn =
  (locale: string, genitiveOf: (inText: string) => string) =>
  ({ name, nameInText, genitive }: StatedName): NameForms => {
    const inText = nameInText ?? name;
    const ofName = genitive ?? genitiveOf(inText);
    return {
      title: name,
      inText,
      atStart: atSentenceStart(inText, locale),
      genitive: ofName,
      genitiveAtStart: atSentenceStart(ofName, locale),
    };
  };

/**
 * Names as a sentence lists them when it starts with them: the first at the sentence's start, the others
 * in running text ("The immigration authorities, the police and municipalities").
 */
export const namesStartingSentence = (names: readonly NameForms[]): string[] =>
  names.map((name, index) => (index === 0 ? name.atStart : name.inText));

/**
 * A content text with the name's placeholder filled in: "{genitiv}" becomes the genitive, capitalised
 * where it starts the text.
 */
export const withNamePlaceholders = (text: string, name: NameForms): string =>
  text.replace(/\{genitiv\}/g, (_placeholder, offset: number) =>
    offset === 0 ? name.genitiveAtStart : name.genitive,
  );
