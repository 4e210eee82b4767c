import { describe, expect, it } from 'vitest';

import { da } from '@/i18n/dictionaries/da';
import { en } from '@/i18n/dictionaries/en';
import type { NoticeData, RightId } from '@/lib/content/schema';
import type { Authority, Notice } from '@/lib/content/types';
import {
  blankKinds,
  buildRequest,
  requestableRights,
  requestAsText,
  type Blank,
  type RequestInput,
  type Segment,
} from '@/lib/rights-request';
import { contentIn } from '@/lib/site-content/localize';

import { loadRealContent, loadValidFixture } from '../helpers';

const fixture = loadValidFixture();
const real = loadRealContent();
const testAuthority = fixture.authorities.find((authority) => authority.slug === 'testmyndighed')!;
const otherAuthority = fixture.authorities.find((authority) => authority.slug === 'anden-myndighed')!;
const supervisor = fixture.complaint.supervisoryAuthority;
const minimal = testAuthority.notices.find((notice) => notice.slug === 'minimal')!;

const request = (input: Partial<RequestInput> & { right: RightId }) =>
  buildRequest({ authority: testAuthority, notices: 'all', words: da, supervisor, ...input });
const letterOf = (input: Partial<RequestInput> & { right: RightId }) => requestAsText(request(input));

type Article = NonNullable<NoticeData['legalBases']>[number]['article'];
/** A copy of the minimal notice under other legal bases and another slug and title. */
const noticeWith = (slug: string, title: string, changes: Partial<NoticeData>): Notice => ({
  ...minimal,
  slug,
  title,
  ...changes,
});
const basedOn = (slug: string, ...articles: Article[]) =>
  noticeWith(slug, `Formål ${slug}`, { legalBases: articles.map((article) => ({ article })) });
const authorityWith = (...notices: Notice[]): Authority => ({ ...testAuthority, notices });

/** The parts every Danish letter to Testmyndigheden shares, written out so a change of wording fails. */
const head = (subject: string, request: string) =>
  `Testmyndigheden\nTestvej 1\n1234 Testby\n\nDato: [dato]\n\n${subject}\n\n${request}`;
const tail = `Så I kan finde mine oplysninger, oplyser jeg:

- Navn: [dit fulde navn]
- Andre navne eller stavemåder: [andre navne eller stavemåder, du er kendt under, hvis du har nogen]
- Sagsnummer: [dit sagsnummer, hvis du har et]

Jeg vil gerne have svaret (artikel 12, stk. 1 og 3): [hvordan og hvor du vil have svaret, fx med Digital Post eller med posten]

Jeg ser frem til jeres svar uden unødig forsinkelse og senest en måned efter, at I har modtaget min anmodning. Skal fristen forlænges, beder jeg om besked og begrundelse inden for den første måned (artikel 12, stk. 3).

Venlig hilsen

[dit fulde navn]`;
const allData = 'Det gælder alle de oplysninger, I behandler om mig.';
const noticesList = (...titles: string[]) =>
  `Det gælder de oplysninger, I behandler om mig til disse formål:\n\n${titles.map((title) => `- ${title}`).join('\n')}`;

describe('the rights a reader can use at an authority', () => {
  it('are those of its notices, each with the notices it applies to and where it is limited', () => {
    expect(
      requestableRights(testAuthority).map(({ id, notices, limitedFor, mayBeLimitedFor }) => ({
        id,
        notices: notices.map((notice) => notice.slug),
        limitedFor: limitedFor.map((notice) => notice.slug),
        mayBeLimitedFor: mayBeLimitedFor.map((notice) => notice.slug),
      })),
    ).toEqual([
      { id: 'access', notices: ['minimal', 'videoovervaagning'], limitedFor: [], mayBeLimitedFor: [] },
      { id: 'rectification', notices: ['minimal', 'videoovervaagning'], limitedFor: [], mayBeLimitedFor: [] },
      {
        id: 'erasure',
        notices: ['minimal', 'videoovervaagning'],
        limitedFor: ['videoovervaagning'],
        mayBeLimitedFor: ['minimal'],
      },
      { id: 'restriction', notices: ['minimal', 'videoovervaagning'], limitedFor: [], mayBeLimitedFor: [] },
      { id: 'objection', notices: ['videoovervaagning'], limitedFor: [], mayBeLimitedFor: [] },
    ]);
  });

  it('give no objection or portability under a legal obligation (art. 6(1)(c))', () => {
    const ids = requestableRights(authorityWith(basedOn('pligt', '6(1)(c)'))).map((right) => right.id);
    expect(ids).toEqual(['access', 'rectification', 'erasure', 'restriction']);
  });

  it('give withdrawal of consent and portability under consent (art. 6(1)(a)), for that purpose only', () => {
    const rights = requestableRights(
      authorityWith(basedOn('pligt', '6(1)(c)'), basedOn('samtykke', '6(1)(a)')),
    );
    expect(rights.map((right) => right.id)).toEqual([
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
      'withdrawConsent',
    ]);
    const consent = rights.find((right) => right.id === 'withdrawConsent')!;
    expect(consent.notices.map((notice) => notice.slug)).toEqual(['samtykke']);
  });
});

describe('the letter for each right, in Danish', () => {
  it('asks for access with the items of art. 15(1)(a)–(h) and 15(2), and a copy (art. 15(3))', () => {
    expect(letterOf({ right: 'access' })).toBe(
      `${head(
        'Anmodning om indsigt',
        'Jeg beder om indsigt i de oplysninger, I behandler om mig, efter databeskyttelsesforordningens artikel 15.',
      )}

${allData}

Jeg beder om at få at vide, om I behandler oplysninger om mig, og i så fald om (artikel 15, stk. 1, litra a–h, og stk. 2):

- hvorfor I behandler oplysningerne (formålene)
- hvilke typer oplysninger I behandler
- hvem der har fået eller skal have oplysningerne, især modtagere i lande uden for EU/EØS eller internationale organisationer
- hvor længe I gemmer oplysningerne, eller hvordan I afgør det
- min ret til at bede om berigtigelse, sletning eller begrænsning og til at gøre indsigelse
- min ret til at klage til en tilsynsmyndighed
- hvor oplysningerne stammer fra, hvis I ikke har fået dem fra mig
- om I træffer afgørelser om mig alene på grundlag af automatisk behandling, herunder profilering, og i så fald logikken bag og hvad det betyder for mig
- hvilke garantier der gælder, hvis oplysningerne overføres til et land uden for EU/EØS eller en international organisation

Jeg beder også om en kopi af de oplysninger, I behandler om mig (artikel 15, stk. 3).

Det leder jeg især efter (betragtning 63): [det, du især leder efter, hvis der er noget]

${tail}`,
    );
  });

  it('asks for rectification with what is wrong and what is right as blanks', () => {
    expect(letterOf({ right: 'rectification' })).toBe(
      `${head(
        'Anmodning om berigtigelse',
        'Jeg beder om, at I retter forkerte oplysninger om mig og supplerer ufuldstændige oplysninger, efter databeskyttelsesforordningens artikel 16.',
      )}

${allData}

Det står der nu: [de oplysninger, der er forkerte]

Det rigtige er: [de rigtige oplysninger]

Har I videregivet oplysningerne til andre, beder jeg jer underrette hver modtager om berigtigelsen, medmindre det viser sig umuligt eller er uforholdsmæssigt vanskeligt, og oplyse mig om, hvem modtagerne er (artikel 19).

${tail}`,
    );
  });

  it('asks for erasure with the reason as a blank, what to keep under art. 17(3)(b) and who was told (art. 19)', () => {
    expect(letterOf({ right: 'erasure' })).toBe(
      `${head(
        'Anmodning om sletning',
        'Jeg beder om, at I sletter oplysninger om mig, efter databeskyttelsesforordningens artikel 17.',
      )}

${allData}

Oplysningerne skal slettes, fordi: [din begrundelse]

Kan I ikke slette oplysningerne, beder jeg om at få at vide hvorfor.

Skal I beholde nogle af oplysningerne, fordi I skal bruge dem for at overholde en retlig forpligtelse eller for at udføre en opgave i samfundets interesse eller som led i offentlig myndighedsudøvelse (artikel 17, stk. 3, litra b), beder jeg jer slette resten og fortælle mig, hvilke oplysninger I beholder, og efter hvilken regel.

Har I videregivet oplysningerne til andre, beder jeg jer underrette hver modtager om sletningen, medmindre det viser sig umuligt eller er uforholdsmæssigt vanskeligt, og oplyse mig om, hvem modtagerne er (artikel 19).

${tail}`,
    );
  });

  it('asks for restriction on the grounds of art. 18(1) to tick, with details as a blank, and who was told (art. 19)', () => {
    expect(letterOf({ right: 'restriction' })).toBe(
      `${head(
        'Anmodning om begrænsning af behandling',
        'Jeg beder om, at I begrænser behandlingen af oplysninger om mig, efter databeskyttelsesforordningens artikel 18.',
      )}

${allData}

Behandlingen skal begrænses, fordi:

- ☐ jeg bestrider, at oplysningerne er rigtige, og begrænsningen skal gælde, indtil I har kunnet fastslå, om de er korrekte (artikel 18, stk. 1, litra a)
- ☐ behandlingen er ulovlig, og jeg vil ikke have oplysningerne slettet, men beder om, at brugen af dem begrænses (artikel 18, stk. 1, litra b)
- ☐ I har ikke længere brug for oplysningerne, men jeg har brug for dem, for at et retskrav kan fastlægges, gøres gældende eller forsvares (artikel 18, stk. 1, litra c)
- ☐ jeg har gjort indsigelse mod behandlingen efter artikel 21, stk. 1, og begrænsningen skal gælde, mens det undersøges, om jeres legitime interesser går forud for mine (artikel 18, stk. 1, litra d)

Nærmere begrundelse: [din begrundelse]

Har I videregivet oplysningerne til andre, beder jeg jer underrette hver modtager om begrænsningen, medmindre det viser sig umuligt eller er uforholdsmæssigt vanskeligt, og oplyse mig om, hvem modtagerne er (artikel 19).

${tail}`,
    );
  });

  it('objects on grounds of the particular situation (art. 21(1)), for the notices the right applies to', () => {
    expect(letterOf({ right: 'objection' })).toBe(
      `${head(
        'Indsigelse mod behandling',
        'Jeg gør indsigelse mod, at I behandler oplysninger om mig, efter databeskyttelsesforordningens artikel 21, stk. 1.',
      )}

${noticesList('Videoovervågning')}

Min indsigelse skyldes min særlige situation: [din særlige situation]

I må derefter kun fortsætte behandlingen, hvis I kan påvise vægtige legitime grunde, der går forud for mine interesser, rettigheder og frihedsrettigheder, eller hvis behandlingen er nødvendig, for at et retskrav kan fastlægges, gøres gældende eller forsvares.

${tail}`,
    );
  });

  it('asks for the data in a machine-readable format (art. 20)', () => {
    const authority = authorityWith(basedOn('samtykke', '6(1)(a)'));
    expect(letterOf({ authority, right: 'portability' })).toBe(
      `${head(
        'Anmodning om dataportabilitet',
        'Jeg beder om at få de oplysninger om mig, som jeg selv har givet jer, udleveret i et struktureret, almindeligt anvendt og maskinlæsbart format, efter databeskyttelsesforordningens artikel 20, stk. 1.',
      )}

${allData}

Hvis det er teknisk muligt, beder jeg jer om at sende oplysningerne direkte til (artikel 20, stk. 2): [den, der skal have oplysningerne, hvis du ønsker det]

${tail}`,
    );
  });

  it('withdraws consent (art. 7(3)) and asks for erasure where no other ground remains (art. 17(1)(b))', () => {
    const authority = authorityWith(basedOn('samtykke', '6(1)(a)'));
    expect(letterOf({ authority, right: 'withdrawConsent' })).toBe(
      `${head(
        'Tilbagetrækning af samtykke',
        'Jeg trækker mit samtykke tilbage, efter databeskyttelsesforordningens artikel 7, stk. 3. Det gælder den behandling af oplysninger om mig, som bygger på mit samtykke.',
      )}

${allData}

Jeg beder jer også slette oplysningerne, medmindre I har et andet grundlag for at behandle dem (artikel 17, stk. 1, litra b), og bekræfte over for mig, at I har gjort det.

${tail}`,
    );
  });

  it('asks for human review of an automated decision (art. 22) only where a notice says decisions are automated', () => {
    expect(requestableRights(testAuthority).map((right) => right.id)).not.toContain('automatedDecisions');
    const automated = noticeWith('automatisk', 'Automatisk sagsbehandling', {
      automatedDecisions: { used: true, explanation: 'Et system afgør sagen.' },
    });
    expect(letterOf({ authority: authorityWith(minimal, automated), right: 'automatedDecisions' })).toBe(
      `${head(
        'Anmodning om menneskelig prøvelse af en automatisk afgørelse',
        'Jeg beder om, at et menneske hos jer ser på en afgørelse om mig, som alene bygger på automatisk behandling, efter databeskyttelsesforordningens artikel 22.',
      )}

${noticesList('Automatisk sagsbehandling')}

Afgørelsen: [hvilken afgørelse det drejer sig om]

Jeg vil gerne sige min mening og anfægte afgørelsen: [din begrundelse]

${tail}`,
    );
  });
});

describe('the letter in English', () => {
  it('asks for access with the items of Article 15 and a copy', () => {
    const english = contentIn(fixture, 'en');
    const authority = english.authorities.find((candidate) => candidate.slug === 'testmyndighed')!;
    const result = buildRequest({
      authority,
      right: 'access',
      notices: ['videoovervaagning'],
      words: en,
      supervisor: english.complaint.supervisoryAuthority,
    });
    expect(requestAsText(result)).toBe(`Testmyndigheden
Testvej 1
1234 Testby

Date: [date]

Request for access

I ask for access to the personal data you process about me, under Article 15 of the General Data Protection Regulation (GDPR).

This concerns the personal data you process about me for these purposes:

- Video surveillance

Please tell me whether you process personal data about me and, if so (Article 15(1)(a)–(h) and 15(2)):

- why you process the data (the purposes)
- what kinds of data you process
- who has received or will receive the data, in particular recipients in countries outside the EU/EEA or international organisations
- how long you will keep the data, or how you decide that
- my right to ask for rectification, erasure or restriction and to object
- my right to complain to a supervisory authority
- where the data comes from, if you did not get it from me
- whether you make decisions about me based solely on automated processing, including profiling, and if so the logic involved and what it means for me
- which safeguards apply if the data is transferred to a country outside the EU/EEA or to an international organisation

I also ask for a copy of the personal data you process about me (Article 15(3)).

What I am especially looking for (Recital 63 GDPR): [what you are especially looking for, if anything]

So that you can find my data, here are my details:

- Name: [your full name]
- Other names or spellings: [other names or spellings you are known by, if any]
- Case number: [your case number, if you have one]

I would like the answer (Article 12(1) and (3) GDPR): [how and where you want the answer, for example by Digital Post or by post]

I look forward to your answer without undue delay and no later than one month after you receive my request. If the deadline has to be extended, please tell me so, and why, within the first month (Article 12(3)).

Yours sincerely

[your full name]`);
  });
});

describe('the notices a request concerns', () => {
  it('are all the data when the reader chooses all and the right applies to every notice', () => {
    expect(request({ right: 'access' }).notices).toEqual({
      scope: 'all',
      applicable: [
        { slug: 'minimal', title: 'Minimal' },
        { slug: 'videoovervaagning', title: 'Videoovervågning' },
      ],
      notApplicable: [],
      limited: [],
      mayBeLimited: [],
    });
  });

  it('are the chosen ones by their published titles', () => {
    const result = request({ right: 'access', notices: ['videoovervaagning'] });
    expect(result.notices.applicable).toEqual([{ slug: 'videoovervaagning', title: 'Videoovervågning' }]);
    expect(requestAsText(result)).toContain(noticesList('Videoovervågning'));
  });

  it('leave out and report a chosen notice the right does not apply to', () => {
    const result = request({ right: 'objection', notices: ['minimal', 'videoovervaagning'] });
    expect(result.notices).toEqual({
      scope: 'chosen',
      applicable: [{ slug: 'videoovervaagning', title: 'Videoovervågning' }],
      notApplicable: [{ slug: 'minimal', title: 'Minimal' }],
      limited: [],
      mayBeLimited: [],
    });
    expect(requestAsText(result)).not.toContain('- Minimal');
  });

  it('stay in the letter of an all-purpose request, so the page can narrow it down', () => {
    const scope = request({ right: 'access' }).letter.find((block) => block.kind === 'scope');
    expect(scope).toEqual({
      kind: 'scope',
      all: allData,
      chosen: 'Det gælder de oplysninger, I behandler om mig til disse formål:',
      purposes: [
        { slug: 'minimal', title: 'Minimal' },
        { slug: 'videoovervaagning', title: 'Videoovervågning' },
      ],
    });
  });

  it('say where erasure is limited (art. 17(3)(b))', () => {
    expect(request({ right: 'erasure' }).notices.limited).toEqual([
      { slug: 'videoovervaagning', title: 'Videoovervågning' },
    ]);
  });

  it('must be the authority’s, and the right must apply to one of them', () => {
    expect(() => request({ right: 'access', notices: ['ukendt'] })).toThrow(
      'Testmyndigheden has no purpose ukendt',
    );
    expect(() => request({ right: 'objection', notices: ['minimal'] })).toThrow(
      'objection applies to none of the chosen purposes',
    );
    expect(() => request({ right: 'portability' })).toThrow(
      'portability applies to no purpose of Testmyndigheden',
    );
  });
});

describe('where a right may be limited', () => {
  it('names the notices where erasure is limited and those whose unpublished basis may limit it (art. 17(3)(b))', () => {
    const erasure = request({ right: 'erasure' });
    expect(erasure.notices.mayBeLimited).toEqual([{ slug: 'minimal', title: 'Minimal' }]);
    expect(erasure.limits).toBe(
      'Retten til sletning er begrænset for Videoovervågning, og den kan være begrænset for Minimal, hvis retsgrundlag ikke er offentliggjort: en myndighed må beholde oplysninger, som den skal bruge for at overholde en retlig forpligtelse eller for at udføre en opgave i samfundets interesse eller som led i offentlig myndighedsudøvelse, fx sagsakter, som den skal gemme efter reglerne om journalisering og arkivering (artikel 17, stk. 3, litra b).',
    );
    expect(request({ right: 'erasure', notices: ['videoovervaagning'] }).limits).toMatch(
      /^Retten til sletning er begrænset for Videoovervågning: en myndighed/,
    );
    expect(request({ right: 'erasure', words: en, notices: ['minimal'] }).limits).toBe(
      'The right to erasure may be limited for Minimal, whose legal basis is not published: an authority may keep data it needs to comply with a legal obligation or to perform a task carried out in the public interest or in the exercise of official authority, such as case files it must keep under the rules on record-keeping and archives (Article 17(3)(b) GDPR).',
    );
  });

  it('says nothing of a limit where the rule finds none, in the letter or on the page', () => {
    const consent = authorityWith(basedOn('samtykke', '6(1)(a)'));
    const erasure = request({ authority: consent, right: 'erasure' });
    expect(erasure.limits).toBeUndefined();
    expect(requestAsText(erasure)).not.toContain('artikel 17, stk. 3');
    expect(request({ right: 'access' }).limits).toBeUndefined();
  });

  it('asks in English to keep only what art. 17(3)(b) requires and to say what is kept', () => {
    expect(requestAsText(request({ right: 'erasure', words: en }))).toContain(
      'If you must keep some of the data because you need it to comply with a legal obligation or to perform a task carried out in the public interest or in the exercise of official authority (Article 17(3)(b)), I ask you to erase the rest and to tell me which data you keep, and under which rule.',
    );
  });
});

describe('the recipients of the data (art. 19)', () => {
  it('are to be told of a rectification, an erasure or a restriction, and named to the reader, in English too', () => {
    expect(requestAsText(request({ right: 'erasure', words: en }))).toContain(
      'If you have disclosed the data to others, please inform each recipient of the erasure, unless this proves impossible or involves disproportionate effort, and tell me who the recipients are (Article 19).',
    );
    expect(requestAsText(request({ right: 'restriction', words: en }))).toContain(
      'recipient of the restriction',
    );
    expect(requestAsText(request({ right: 'rectification', words: en }))).toContain(
      'recipient of the rectification',
    );
  });

  it('are not in the letters of the other rights', () => {
    for (const right of ['access', 'objection'] as const)
      expect(requestAsText(request({ right })), right).not.toContain('(artikel 19)');
  });
});

describe('the grounds of a restriction (art. 18(1))', () => {
  it('are the ones the reader ticked, without boxes', () => {
    const text = requestAsText(request({ right: 'restriction' }), {
      options: { restrictionGrounds: ['contested', 'objected'] },
    });
    expect(text).toContain(`Behandlingen skal begrænses, fordi:

- jeg bestrider, at oplysningerne er rigtige, og begrænsningen skal gælde, indtil I har kunnet fastslå, om de er korrekte (artikel 18, stk. 1, litra a)
- jeg har gjort indsigelse mod behandlingen efter artikel 21, stk. 1, og begrænsningen skal gælde, mens det undersøges, om jeres legitime interesser går forud for mine (artikel 18, stk. 1, litra d)

Nærmere begrundelse:`);
    expect(text).not.toContain('☐');
  });

  it('are worded with their litra in English', () => {
    const text = requestAsText(request({ right: 'restriction', words: en }), {
      options: { restrictionGrounds: ['unlawful', 'legalClaims'] },
    });
    expect(text).toContain(`The processing should be restricted because:

- the processing is unlawful, and I oppose the erasure of the data and ask instead for its use to be restricted (Article 18(1)(b))
- you no longer need the data, but I need it for the establishment, exercise or defence of legal claims (Article 18(1)(c))

Further details: [your reasons]`);
  });
});

describe('access as a party (forvaltningsloven § 9)', () => {
  it('is one sentence in the access letter, there only when the reader ticks it', () => {
    const access = request({ right: 'access' });
    const sentence =
      'Er jeg part i en sag hos jer, hvor der er eller vil blive truffet afgørelse, beder jeg også om aktindsigt i sagens dokumenter efter forvaltningslovens § 9 (partsaktindsigt).';
    expect(requestAsText(access)).not.toContain('partsaktindsigt');
    expect(requestAsText(access, { options: { partyAccess: ['partyAccess'] } })).toContain(
      `Jeg beder også om en kopi af de oplysninger, I behandler om mig (artikel 15, stk. 3).\n\n${sentence}\n\nDet leder jeg især efter`,
    );
    expect(
      requestAsText(request({ right: 'erasure' }), { options: { partyAccess: ['partyAccess'] } }),
    ).not.toContain(sentence);
  });

  it('is worded in English with the Danish act named', () => {
    expect(
      requestAsText(request({ right: 'access', words: en }), { options: { partyAccess: ['partyAccess'] } }),
    ).toContain(
      'If I am a party to a case with you in which a decision has been or will be made, I also ask for access to the documents of the case under section 9 of the Danish Public Administration Act (forvaltningsloven, partsaktindsigt).',
    );
  });
});

describe('what the authority may refuse', () => {
  it('is, for access, the national exemptions, others’ rights in the copy, and manifestly unfounded requests', () => {
    expect(request({ right: 'access' }).refusals).toEqual([
      'Myndigheden kan undtage oplysninger fra din indsigt, hvis din interesse i dem må vige for afgørende hensyn til private interesser eller til offentlige interesser, fx statens sikkerhed eller efterforskning af strafbare handlinger (databeskyttelseslovens § 22).',
      'Din kopi må ikke krænke andres rettigheder og frihedsrettigheder, så oplysninger om andre kan være udeladt (artikel 15, stk. 4).',
      'Er en anmodning åbenbart grundløs eller overdreven, navnlig fordi den gentages, kan myndigheden afvise den eller kræve et rimeligt gebyr. Det er myndigheden, der skal vise, at det er tilfældet (artikel 12, stk. 5).',
    ]);
  });

  it('is, for erasure, what the authority must keep (art. 17(3)(b)), and nothing of access', () => {
    const refusals = request({ right: 'erasure', words: en }).refusals;
    expect(refusals).toEqual([
      'The authority need not erase data it needs to comply with a legal obligation or to perform a task carried out in the public interest or in the exercise of official authority (Article 17(3)(b) GDPR).',
      'Where a request is manifestly unfounded or excessive, in particular because it is repeated, the authority may refuse it or charge a reasonable fee. It is for the authority to show that this is so (Article 12(5) GDPR).',
    ]);
  });
});

describe('the deadline', () => {
  it('is one month, extendable by two, with word of the extension within the first month (art. 12(3))', () => {
    expect(request({ right: 'access' }).deadline).toBe(
      'Testmyndigheden skal svare dig uden unødig forsinkelse og senest en måned efter at have modtaget din anmodning. Er det nødvendigt, fordi anmodningen er kompliceret, eller fordi der er mange anmodninger, kan fristen forlænges med yderligere to måneder. Så skal Testmyndigheden give dig besked om forlængelsen og grunden til den inden for den første måned (artikel 12, stk. 3).',
    );
    expect(request({ right: 'access', words: en }).deadline).toBe(
      'Testmyndigheden must answer you without undue delay and at the latest one month after receiving your request. Where necessary, because the request is complex or because there are many requests, the deadline can be extended by two further months. Testmyndigheden must then tell you about the extension, and the reasons for it, within the first month (Article 12(3) GDPR).',
    );
  });
});

describe('the channels', () => {
  it('come in the order Digital Post, e-mail, contact form, letter, phone', () => {
    expect(request({ right: 'access' }).channels.map((channel) => channel.kind)).toEqual([
      'digitalPost',
      'email',
      'letter',
      'phone',
    ]);
  });

  it('say that e-mail is not encrypted and advise against sending a CPR number that way', () => {
    const email = request({ right: 'access' }).channels.find((channel) => channel.kind === 'email');
    expect(email).toEqual({
      kind: 'email',
      label: 'E-mail',
      how: 'Send teksten i en e-mail til post@test.example.',
      address: 'post@test.example',
      security:
        'Almindelig e-mail er ikke krypteret. Skriv derfor ikke dit CPR-nummer eller følsomme oplysninger i en e-mail.',
      recommended: false,
    });
  });

  it('mark the channel the authority recommends, and no other', () => {
    const recommending: Authority = { ...testAuthority, recommendedChannel: 'digitalPost' };
    const channels = request({ authority: recommending, right: 'access' }).channels;
    expect(channels.filter((channel) => channel.recommended).map((channel) => channel.kind)).toEqual([
      'digitalPost',
    ]);
    expect(channels[0]).toEqual({
      kind: 'digitalPost',
      label: 'Digital Post',
      how: 'Log på Digital Post med MitID (fx på borger.dk eller i e-Boks), skriv til Testmyndigheden, og sæt teksten ind i beskeden.',
      security: 'Digital Post er en sikker forbindelse, så her kan du også skrive dit CPR-nummer.',
      recommended: true,
    });
    expect(request({ right: 'access' }).channels.some((channel) => channel.recommended)).toBe(false);
  });

  it('offer the DPO as an alternative', () => {
    expect(request({ right: 'access' }).dpo).toEqual({
      intro:
        'Du kan også skrive til Testmyndighedens databeskyttelsesrådgiver (DPO). Rådgiveren kan kontaktes om alt, der handler om behandlingen af dine oplysninger og om dine rettigheder (artikel 38, stk. 4).',
      channels: [
        {
          kind: 'contactForm',
          label: 'Kontaktformular',
          how: 'Sæt teksten ind i kontaktformularen:',
          address: 'https://test.example/kontakt',
          link: { text: 'https://test.example/kontakt', href: 'https://test.example/kontakt' },
          guidance: 'Vælg emnet Databeskyttelse.',
          recommended: false,
        },
      ],
    });
  });
});

describe('a contact gap', () => {
  const website = { text: 'https://test.example', href: 'https://test.example' };
  const noController: Authority = {
    ...testAuthority,
    controllerContact: undefined,
    knownGaps: [{ element: 'controllerContact', reason: 'Ikke fundet hos Anden Myndighed, Andenvej 2.' }],
  };
  const noContact: Authority = {
    ...noController,
    dpoContact: undefined,
    knownGaps: [...noController.knownGaps!, { element: 'dpoContact', reason: 'Heller ikke fundet.' }],
  };
  const adviceText = (missing: { advice: (string | { text: string })[] }) =>
    missing.advice.map((segment) => (typeof segment === 'string' ? segment : segment.text)).join('');

  it('says in one sentence that the controller’s channels are missing, and points to the website and the DPO', () => {
    const result = request({ authority: noController, right: 'access' });
    expect(result.channels).toEqual([]);
    expect(result.recipient.lines).toEqual(['Testmyndigheden']);
    expect(result.dpo?.channels.map((channel) => channel.kind)).toEqual(['contactForm']);
    expect(result.missingChannels).toEqual([
      {
        element: 'controllerContact',
        advice: [
          'Testmyndigheden har ikke offentliggjort, hvor du sender en anmodning om dine personoplysninger. Se efter på ',
          website,
          '.',
          ' Du kan også sende anmodningen til databeskyttelsesrådgiveren.',
        ],
      },
    ]);
  });

  it('never shows the gap’s reason, which may name another body’s address', () => {
    const result = request({ authority: noContact, right: 'access' });
    expect(JSON.stringify(result)).not.toContain('Andenvej');
  });

  it('points to the website and the ministry when the DPO is missing too, in both languages', () => {
    const ministry: Authority = {
      ...otherAuthority,
      kind: 'department',
      controllerContact: { email: 'a@b.example' },
    };
    const result = request({ authority: noContact, right: 'access', ministry });
    expect(result.dpo).toBeUndefined();
    expect(result.missingChannels.map(adviceText)).toEqual([
      'Testmyndigheden har ikke offentliggjort, hvor du sender en anmodning om dine personoplysninger. Se efter på https://test.example. Du kan også spørge Anden Myndighed, hvor du skal sende den.',
      'Kontaktoplysningerne til Testmyndighedens databeskyttelsesrådgiver er ikke offentliggjort her. Se efter på https://test.example.',
    ]);
    expect(result.missingChannels[0]!.advice).toContainEqual({
      text: 'Anden Myndighed',
      href: '/anden-myndighed#kontakt',
    });
    const english = request({ authority: noContact, right: 'access', ministry, words: en });
    expect(adviceText(english.missingChannels[0]!)).toBe(
      'Testmyndigheden has not published where to send a request about your personal data. Look at https://test.example. You can also ask Anden Myndighed where to send it.',
    );
  });

  it('points only to the website when neither the DPO nor the ministry takes a written request', () => {
    const phoneMinistry: Authority = { ...otherAuthority, kind: 'department' };
    const result = request({ authority: noContact, right: 'access', ministry: phoneMinistry });
    expect(adviceText(result.missingChannels[0]!)).toBe(
      'Testmyndigheden har ikke offentliggjort, hvor du sender en anmodning om dine personoplysninger. Se efter på https://test.example.',
    );
  });

  it('says so when only a phone number is published, since a request is sent in writing', () => {
    const result = request({ authority: { ...otherAuthority, notices: [minimal] }, right: 'access' });
    expect(result.missingChannels.map(adviceText)).toEqual([
      'Anden Myndighed har kun offentliggjort et telefonnummer her. Find en adresse at skrive til på https://anden.example.',
    ]);
  });
});

describe('a contact form', () => {
  const withForm = (contactForm: NonNullable<Authority['controllerContact']>['contactForm']) =>
    request({ authority: { ...testAuthority, controllerContact: { contactForm } }, right: 'access' })
      .channels[0];

  it('links to its own address', () => {
    expect(withForm({ url: 'https://test.example/form' })?.link).toEqual({
      text: 'https://test.example/form',
      href: 'https://test.example/form',
    });
  });

  it('without an address follows the content’s guidance on where it is, and does not send the reader elsewhere', () => {
    const channel = withForm({ guidance: 'Formularen findes på et andet site.' });
    expect(channel?.how).toBe('Sæt teksten ind i myndighedens kontaktformular.');
    expect(channel?.link).toBeUndefined();
  });

  it('without an address or guidance links to the authority’s website', () => {
    expect(withForm({})?.link).toEqual({ text: 'https://test.example', href: 'https://test.example' });
  });
});

describe('the next steps', () => {
  it('end with the complaint to the supervisory authority', () => {
    expect(request({ right: 'access' }).nextSteps).toEqual([
      'Gem en kopi af din anmodning, og skriv ned, hvornår du sendte den. Det er som udgangspunkt gratis at bruge dine rettigheder (artikel 12, stk. 5).',
      'Har Testmyndigheden rimelig grund til at tvivle på, hvem du er, kan myndigheden bede dig om de yderligere oplysninger, der er nødvendige for at bekræfte din identitet, og kun dem (artikel 12, stk. 6).',
      'Gør Testmyndigheden ikke, som du beder om, skal du senest en måned efter, at din anmodning er modtaget, have at vide hvorfor, og at du kan klage til en tilsynsmyndighed og gå til domstolene (artikel 12, stk. 4).',
      'Får du ikke svar inden fristen, eller er du utilfreds med svaret, kan du klage til Datatilsynet på datatilsynet.dk.',
    ]);
  });
});

describe('the next steps in English', () => {
  it('name the supervisory authority with its article and its web address without brackets', () => {
    const english = contentIn(fixture, 'en');
    const authority = english.authorities.find((candidate) => candidate.slug === 'testmyndighed')!;
    const result = buildRequest({
      authority,
      right: 'access',
      notices: 'all',
      words: en,
      supervisor: {
        nameForms: en.nameForms({
          name: 'Danish Data Protection Agency (Datatilsynet)',
          nameInText: 'the Danish Data Protection Agency (Datatilsynet)',
        }),
        website: 'https://www.datatilsynet.dk',
      },
    });
    expect(result.nextSteps.at(-1)).toBe(
      'If you get no answer within the deadline, or you are not satisfied with the answer, you can complain to the Danish Data Protection Agency (Datatilsynet) at datatilsynet.dk.',
    );
  });
});

describe('the identification the letter asks for', () => {
  /** The letter's identification list, each line as its label and the blank it asks for. */
  const identificationLines = (authority: Authority, words = da) => {
    const result = buildRequest({ authority, right: 'access', notices: 'all', words, supervisor });
    const intro = result.letter.findIndex(
      (block) => block.kind === 'paragraph' && block.parts[0] === words.request.identificationIntro,
    );
    const list = result.letter[intro + 1];
    return list?.kind === 'list' ? list.items : [];
  };
  const blanksOf = (lines: Segment[][]) => lines.map(([, blank]) => (blank as Blank).blank);

  it('is the full name, other names or spellings, then what the authority’s identificationDetails name, in their order', () => {
    const authority: Authority = { ...testAuthority, identificationDetails: ['cpr', 'caseNumber'] };
    expect(identificationLines(authority)).toEqual([
      ['Navn: ', { blank: 'name', label: 'dit fulde navn' }],
      [
        'Andre navne eller stavemåder: ',
        { blank: 'otherNames', label: 'andre navne eller stavemåder, du er kendt under, hvis du har nogen' },
      ],
      ['CPR-nummer: ', { blank: 'cpr', label: 'dit CPR-nummer, hvis du vil oplyse det' }],
      ['Sagsnummer: ', { blank: 'caseNumber', label: 'dit sagsnummer, hvis du har et' }],
    ]);
  });

  it('is the full name and other names only where the authority names nothing', () => {
    const authority = { ...testAuthority, identificationDetails: undefined };
    expect(blanksOf(identificationLines(authority))).toEqual(['name', 'otherNames']);
  });

  it('is the same in every language, whatever the translated advice says', () => {
    const english = contentIn(real, 'en');
    for (const authority of real.authorities) {
      const translated = english.authorities.find((candidate) => candidate.slug === authority.slug)!;
      expect(blanksOf(identificationLines(translated, en)), authority.slug).toEqual(
        blanksOf(identificationLines(authority)),
      );
    }
  });
});

describe('a reader without a CPR number or MitID', () => {
  const advice = (authority: Authority, words = da) =>
    buildRequest({ authority, right: 'access', notices: 'all', words, supervisor }).withoutCprOrMitId;

  it('is told what else the authority’s advice names to find them by, and the other ways than Digital Post', () => {
    const authority: Authority = {
      ...testAuthority,
      identificationDetails: ['cpr', 'caseNumber', 'address'],
    };
    expect(advice(authority)).toEqual([
      'Har du ikke et CPR-nummer, så skriv dit sagsnummer og din fulde adresse i brevet. Det nævner Testmyndigheden selv som måder at finde dig på.',
      'Digital Post kræver MitID. Har du ikke MitID, så send brevet på en af de andre måder ovenfor.',
    ]);
    expect(advice(authority, en)).toEqual([
      'If you have no CPR number, give your case number and your full address in the letter. Testmyndigheden itself names these as ways to find you.',
      'Digital Post requires MitID. If you have no MitID, send the letter in one of the other ways above.',
    ]);
  });

  it('is told openly when the authority publishes nothing to be found by', () => {
    const authority: Authority = { ...testAuthority, identificationDetails: ['cpr'] };
    expect(advice(authority)[0]).toBe(
      'Har du ikke et CPR-nummer, så skriv det, der kan hjælpe Testmyndigheden med at finde dine oplysninger. Hvad Testmyndigheden skal bruge, er ikke offentliggjort her.',
    );
  });

  it('is sent to the website where Digital Post is the only written channel, and told nothing of MitID without it', () => {
    const digitalPostOnly: Authority = {
      ...testAuthority,
      controllerContact: { digitalPost: { recipient: 'Testmyndigheden' }, phone: '12 34 56 78' },
    };
    expect(advice(digitalPostOnly)[1]).toBe(
      'Digital Post kræver MitID. Har du ikke MitID, så find en anden måde at skrive til Testmyndigheden på https://test.example.',
    );
    const noDigitalPost: Authority = { ...testAuthority, controllerContact: { email: 'post@test.example' } };
    expect(advice(noDigitalPost)).toHaveLength(1);
  });
});

describe('the signature', () => {
  it('is a line on the printed letter, before the name, and never in the copied text', () => {
    const result = request({ right: 'access' });
    expect(result.letter.at(-2)).toEqual({ kind: 'signature', label: 'din underskrift' });
    expect(result.blanks.map((blank) => blank.blank)).not.toContain('signature');
    expect(requestAsText(result)).not.toContain('underskrift');
  });
});

describe('the request as text', () => {
  it('puts in what the reader filled in and leaves the label of the rest in brackets', () => {
    const text = requestAsText(request({ right: 'restriction' }), {
      blanks: { date: '1. december 2026', name: 'Jens Hansen', reason: ' ' },
    });
    expect(text).toContain('Dato: 1. december 2026');
    expect(text).toContain('- Navn: Jens Hansen');
    expect(text).toContain('Nærmere begrundelse: [din begrundelse]');
    expect(text.endsWith('Venlig hilsen\n\nJens Hansen')).toBe(true);
  });

  it('says "all the data" while the reader keeps every notice chosen', () => {
    const all = request({ right: 'access' });
    expect(requestAsText(all, { purposes: ['minimal', 'videoovervaagning'] })).toContain(allData);
    expect(requestAsText(all)).toContain(allData);
  });

  it('lists the notices the reader has narrowed the request to', () => {
    const text = requestAsText(request({ right: 'access' }), { purposes: ['videoovervaagning'] });
    expect(text).toContain(noticesList('Videoovervågning'));
    expect(text).not.toContain(allData);
  });

  it('lists the reader’s notices where the right applies to some of them only', () => {
    const objection = request({ right: 'objection' });
    expect(requestAsText(objection)).toContain(noticesList('Videoovervågning'));
    expect(requestAsText(objection, { purposes: ['videoovervaagning'] })).toContain(
      noticesList('Videoovervågning'),
    );
  });

  it('lists each blank once, in the order it appears', () => {
    expect(request({ right: 'rectification' }).blanks.map((blank) => blank.blank)).toEqual([
      'date',
      'wrongData',
      'correctData',
      'name',
      'otherNames',
      'caseNumber',
      'answerBy',
    ]);
  });
});

describe('every request over the real content', () => {
  const languages = [
    { content: real, words: da },
    { content: contentIn(real, 'en'), words: en },
  ];
  it.each(languages.map((language) => [language.words.locale, language] as const))(
    'builds in %s with labelled blanks, naming only the authority’s notices',
    (_, { content, words }) => {
      for (const authority of content.authorities) {
        const titles = new Map(authority.notices.map((notice) => [notice.slug, notice.title]));
        for (const right of requestableRights(authority)) {
          const result = buildRequest({
            authority,
            right: right.id,
            notices: 'all',
            words,
            supervisor: content.complaint.supervisoryAuthority,
          });
          for (const blank of result.blanks) {
            expect(blankKinds).toContain(blank.blank);
            expect(blank.label.trim()).not.toBe('');
          }
          for (const notice of [...result.notices.applicable, ...result.notices.notApplicable])
            expect(titles.get(notice.slug)).toBe(notice.title);
          expect(result.notices.applicable.map((notice) => notice.slug)).toEqual(
            right.notices.map((notice) => notice.slug),
          );
          expect(requestAsText(result)).not.toMatch(/undefined|\[\]/);
        }
      }
    },
  );
});
