import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  agreementSchema,
  authoritySchema,
  complaintSchema,
  noticeSchema,
  rightsSchema,
  topicsSchema,
} from '@/lib/content/schema';

import {
  authorityFile,
  itReportsEach,
  noticeFile,
  projectRoot,
  schemaFieldNames,
  type BrokenFileCase,
} from '../../helpers';

const cases: Record<string, BrokenFileCase> = {
  'a legal basis that is not an article 6(1) letter': {
    fixture: 'notice-unknown-article.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 9: legalBases (retsgrundlag), punkt 1, article (artikel): "6(1)(g)" er ikke en af de mulige værdier. Skriv en af: 6(1)(a), 6(1)(b), 6(1)(c), 6(1)(d), 6(1)(e), 6(1)(f)`,
    ],
  },
  'a right whose article is written as a citation': {
    fixture: 'rights-article-as-text.md',
    target: 'shared/rettigheder.md',
    expected: [
      `content/shared/rettigheder.md, linje 7: rights (rettigheder), punkt 1, article (artikel): skal være artiklens nummer alene, fx 15. Skriv stykket i paragraph og litraet i point`,
    ],
  },
  'a missing required field': {
    fixture: 'notice-missing-title.md',
    target: noticeFile,
    expected: [`content/${noticeFile}: title (titel): feltet mangler. Tilføj det`],
  },
  'a misspelt field name': {
    fixture: 'notice-misspelt-field.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 7: sumary: er ikke et felt, som siden kender, og feltet summary (resumé) mangler. Ret stavningen til summary`,
    ],
  },
  'text where a number belongs': {
    fixture: 'notice-order-not-a-number.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 4: order (rækkefølge): skal være et tal, men er en tekst. Skriv et tal, fx 3`,
    ],
  },
  'an empty text': {
    fixture: 'notice-empty-purpose.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 6: purpose (formål): feltet er tomt. Udfyld det, eller slet linjen`,
    ],
  },
  'a summary over 300 characters': {
    fixture: 'notice-summary-too-long.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 3: summary (resumé): teksten er 311 tegn; den må højst være 300. Flyt detaljer ned i teksten under frontmatter`,
    ],
  },
  'a date that does not exist': {
    fixture: 'notice-impossible-date.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 7: lastReviewed (sidst gennemgået): "2026-02-30" er ikke en dato, der findes. Tjek dag og måned`,
    ],
  },
  'a date in Danish order': {
    fixture: 'notice-danish-date-format.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 7: lastReviewed (sidst gennemgået): "23-11-2026" er ikke en dato skrevet som ÅÅÅÅ-MM-DD. Skriv den som 2026-11-23`,
    ],
  },
  'an unknown category of data': {
    fixture: 'notice-unknown-data-category.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 9: dataCategories (kategorier af oplysninger), punkt 1, kind (type): "hemmelig" er ikke en af de mulige værdier. Skriv en af: ordinary, sensitive, criminal, cpr`,
    ],
  },
  'automated decisions without an explanation': {
    fixture: 'notice-automated-without-explanation.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 8: automatedDecisions (automatiske afgørelser), explanation (forklaring): skal forklare logikken og konsekvenserne, når used er true`,
    ],
  },
  'a retention with neither period nor criteria': {
    fixture: 'notice-empty-retention.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 8: retention (opbevaring): skal have en periode (duration eller period), kriterier (criteria) eller begge dele`,
    ],
  },
  'a period that is a number and a unit, written as text': {
    fixture: 'notice-period-as-text.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 9: retention (opbevaring), period (periode): er et tal og en enhed. Skriv det som duration med amount og unit, fx amount: 30 og unit: days, så skriver hvert sprog det selv`,
    ],
  },
  'a period given both as a number and a unit and as text': {
    fixture: 'notice-period-twice.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 12: retention (opbevaring), period (periode): har både duration og period. Skriv perioden ét sted: som tal og enhed i duration eller som tekst i period`,
    ],
  },
  'a duration whose amount is not a number': {
    fixture: 'notice-duration-not-a-number.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 10: retention (opbevaring), duration (varighed), amount (antal): skal være et helt tal, fx 30`,
    ],
  },
  'a duration in a unit written in Danish': {
    fixture: 'notice-duration-danish-unit.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 11: retention (opbevaring), duration (varighed), unit (enhed): "dage" er ikke en af de mulige værdier. Skriv en af: days, weeks, months, years`,
    ],
  },
  'a transfer safeguard that is no GDPR article for transfers': {
    fixture: 'notice-unknown-safeguard.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 10: transfers (overførsler), punkt 1, safeguard (garanti): "44" er ikke en af de mulige værdier. Skriv en af: 45, 46, 47, 49`,
    ],
  },
  'a single value where a list belongs': {
    fixture: 'notice-recipients-not-a-list.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 8: recipients (modtagere): skal være en liste, men er en tekst. Skriv hvert punkt på sin egen linje under feltet, rykket ind og med "- " foran`,
    ],
  },
  'a DPO without any contact channel': {
    fixture: 'authority-no-dpo-channel.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 11: dpoContact (kontakt til databeskyttelsesrådgiveren): skal have mindst én kontaktmulighed: digitalPost, email, contactForm, phone eller letter`,
    ],
  },
  'a phone number not written in pairs': {
    fixture: 'authority-bad-phone.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 10: controllerContact (kontakt til den dataansvarlige), phone (telefon): skal skrives i par af cifre, fx "35 36 66 00" eller "+45 35 36 66 00"`,
    ],
  },
  'an e-mail address without @': {
    fixture: 'authority-bad-email.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 10: controllerContact (kontakt til den dataansvarlige), email (e-mail): skal være en e-mailadresse, fx navn@myndighed.dk`,
    ],
  },
  'a website without https': {
    fixture: 'authority-http-website.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 7: website (hjemmeside): skal være en webadresse, der begynder med https://`,
    ],
  },
  'an unknown kind of authority': {
    fixture: 'authority-unknown-kind.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 6: kind (type): "ministry" er ikke en af de mulige værdier. Skriv en af: department, agency`,
    ],
  },
  'a letter address of one line': {
    fixture: 'authority-one-line-letter.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 10: controllerContact (kontakt til den dataansvarlige), letter (brev): skal have mindst to linjer: modtageren og adressen`,
    ],
  },
  'the name among the identification details, which every letter asks for anyway': {
    fixture: 'authority-identification-name.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 15: identificationDetails (oplysninger til identifikation), punkt 1: "name" er ikke en af de mulige værdier. Skriv en af: caseNumber, address, cpr`,
    ],
  },
  'an identification detail named twice': {
    fixture: 'authority-identification-twice.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 17: identificationDetails (oplysninger til identifikation), punkt 3: "caseNumber" står to gange. Slet den ene`,
    ],
  },
  'an empty list of identification details': {
    fixture: 'authority-identification-empty.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 14: identificationDetails (oplysninger til identifikation): skal have mindst ét punkt. Nævner identificationAdvice ingen oplysninger, så slet feltet`,
    ],
  },
  'one identification detail written as a text, not a list': {
    fixture: 'authority-identification-not-a-list.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 14: identificationDetails (oplysninger til identifikation): skal være en liste, men er en tekst. Skriv hvert punkt på sin egen linje under feltet, rykket ind og med "- " foran`,
    ],
  },
  'a recommended channel that is no channel of contact': {
    fixture: 'authority-unknown-recommended-channel.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 16: recommendedChannel (anbefalet kanal): "e-Boks" er ikke en af de mulige værdier. Skriv en af: digitalPost, email, contactForm, phone, letter`,
    ],
  },
  'frontmatter that is a list, not fields': {
    fixture: 'frontmatter-is-a-list.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}: skal være en gruppe af felter, men er en liste. Skriv felterne på linjerne under, rykket ind med to mellemrum`,
    ],
  },
  'an agreement with one party': {
    fixture: 'agreement-one-party.md',
    target: 'agreements/brudt.md',
    expected: [
      `content/agreements/brudt.md, linje 4: parties (parter): fælles dataansvar kræver mindst to parter`,
    ],
  },
  'a topic id that cannot be an anchor': {
    fixture: 'topic-id-with-capitals.md',
    target: 'shared/emner.md',
    expected: [
      `content/shared/emner.md, linje 5: topics (emner), punkt 1, id (id): må kun indeholde små bogstaver a–z, cifre og bindestreger`,
    ],
  },
  'a situation naming a notice without its authority': {
    fixture: 'situations-notice-without-authority.md',
    target: 'shared/situationer.md',
    expected: [
      `content/shared/situationer.md, linje 7: situations (situationer), punkt 1, notices (formål), punkt 1: skal være et formål skrevet som myndighed/formål, fx "udlaendingestyrelsen/ophold-i-danmark": filnavnene uden .md`,
    ],
  },
};

describe('the schema rules, in the words an editor sees', () => {
  itReportsEach(cases);
});

const guide = readFileSync(path.join(projectRoot, 'content/README.md'), 'utf8');

const schemas = {
  authoritySchema,
  noticeSchema,
  agreementSchema,
  rightsSchema,
  complaintSchema,
  topicsSchema,
};

describe('content/README.md', () => {
  it.each(Object.entries(schemas))('documents every field of %s', (_, schema) => {
    const names = schemaFieldNames(schema);
    // A schema wrapped in something fieldNames does not unwrap would have no fields, and pass unread.
    expect(names).not.toEqual([]);
    expect(names.filter((name) => !guide.includes(`\`${name}\``))).toEqual([]);
  });

  it('finds the nested fields it checks', () => {
    expect(schemaFieldNames(noticeSchema)).toEqual(
      expect.arrayContaining(['legalBases', 'article', 'law', 'explanation']),
    );
  });
});
