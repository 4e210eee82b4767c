import type { Element } from 'hast';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { RequestAdvice } from '@/components/request/request-advice';
import { RequestFollowUp } from '@/components/request/request-follow-up';
import { RequestForm } from '@/components/request/request-form';
import { RequestLetter } from '@/components/request/request-letter';
import { RightsToRequest } from '@/components/request/rights-to-request';
import { RightsSection } from '@/components/rights-section';
import { da } from '@/i18n/dictionaries/da';
import { buildRequest, type RequestInput } from '@/lib/rights-request';

import { loadValidFixture } from '../helpers';
import { readerView } from './reader-view';

const fixture = loadValidFixture();
const testAuthority = fixture.authorities.find((authority) => authority.slug === 'testmyndighed')!;
const phoneOnly = { ...testAuthority, controllerContact: { phone: '12 34 56 78' } };
const supervisor = fixture.complaint.supervisoryAuthority.nameForms;
const request = (input: Partial<RequestInput> & Pick<RequestInput, 'right'>) =>
  buildRequest({
    authority: testAuthority,
    notices: 'all',
    words: da,
    supervisor: fixture.complaint.supervisoryAuthority,
    ...input,
  });

describe('the letter on the request page', () => {
  it('shows the recipient and the letter, with each blank as a line named by its label', () => {
    const view = readerView(<RequestLetter request={request({ right: 'access' })} />);
    expect(view.text).toMatch(/^Testmyndigheden\s*Testvej 1\s*1234 Testby Dato: dato Anmodning om indsigt/);
    expect(view.listItems).toContain('Navn: dit fulde navn');
    expect(view.text).toMatch(/Venlig hilsen din underskrift dit fulde navn$/);
  });

  it('says "all the data" and keeps the notices, hidden, for the script to narrow the request to', () => {
    const markup = renderToStaticMarkup(<RequestLetter request={request({ right: 'access' })} />);
    expect(markup).toContain('<p data-scope-all="">');
    expect(markup).toContain('<div data-scope-chosen="" hidden="">');
    expect(markup).toContain('<li data-purpose="videoovervaagning">Videoovervågning</li>');
  });

  it('has the line to sign on the printout only', () => {
    const markup = renderToStaticMarkup(<RequestLetter request={request({ right: 'access' })} />);
    expect(markup).toContain(
      '<p class="print-only"><span class="letter-blank" data-blank="signature"><span data-blank-value=""></span><span class="letter-blank-label">din underskrift</span></span></p>',
    );
  });

  it('lists the notices, not hidden, when the right applies to some of them only', () => {
    const markup = renderToStaticMarkup(<RequestLetter request={request({ right: 'objection' })} />);
    expect(markup).not.toContain('data-scope-all');
    expect(markup).toContain('<div data-scope-chosen="">');
  });
});

describe('the request form', () => {
  const markup = renderToStaticMarkup(<RequestForm request={request({ right: 'access' })} />);
  const view = readerView(<RequestForm request={request({ right: 'access' })} />);

  it('is hidden until the script brings it to life, and is no form that could be submitted', () => {
    expect(markup).toMatch(/^<div class="request-controls screen-only" hidden=""/);
    expect(markup).not.toContain('<form');
  });

  it('has a field for each blank but the signature, and a choice for each notice, checked', () => {
    expect(view.text).toContain('Dato');
    expect(view.text).toContain('Dit fulde navn');
    expect(view.text).toContain('Andre navne eller stavemåder, du er kendt under, hvis du har nogen');
    expect(view.text).toContain('Dit sagsnummer, hvis du har et');
    expect(view.text).toContain('Hvordan og hvor du vil have svaret, fx med Digital Post eller med posten');
    expect(view.text).toContain('Det, du især leder efter, hvis der er noget');
    expect(view.text).not.toContain('Din underskrift');
    expect(markup.match(/data-purpose-choice=/g)).toHaveLength(2);
    expect(markup.match(/checked=""/g)).toHaveLength(2);
  });

  it('names the autofill purpose of the reader’s own name and address, and turns autofill off elsewhere', () => {
    const named = request({
      right: 'access',
      authority: { ...testAuthority, identificationDetails: ['caseNumber', 'address'] },
    });
    const fields = renderToStaticMarkup(<RequestForm request={named} />).matchAll(
      /<(?:input|textarea)[^>]*data-blank-field="(\w+)" autoComplete="([\w-]+)"/gi,
    );
    const purposes = [...fields].map(([, blank, purpose]) => [blank, purpose]);
    expect(Object.fromEntries(purposes)).toMatchObject({
      name: 'name',
      address: 'street-address',
      otherNames: 'off',
      date: 'off',
      caseNumber: 'off',
    });
  });

  it('has a button that clears the fields', () => {
    expect(view.text).toContain(da.requestPage.clear);
    expect(markup).toContain('data-request-clear=""');
  });

  it('hands the script its words', () => {
    expect(markup).toContain(`data-copied="${da.requestPage.copied}"`);
    expect(markup).toContain(`data-no-purpose="${da.requestPage.noNoticeChosen}"`);
  });

  it('hands the script the letter it shows, to copy as text', () => {
    const controls = unified().use(rehypeParse, { fragment: true }).parse(markup).children[0] as Element;
    const { recipient, letter } = request({ right: 'access' });
    expect(JSON.parse(String(controls.properties.dataRequest))).toEqual({ recipient, letter });
  });
});

describe('the advice beside the letter', () => {
  it('gives the notices, the deadline, the channels with Digital Post first, the DPO and the next steps', () => {
    const view = readerView(
      <RequestAdvice
        request={request({ right: 'erasure' })}
        authority={testAuthority}
        supervisor={supervisor}
      />,
    );
    expect(view.headings).toEqual([
      'De formål, anmodningen gælder',
      'Frist for svar',
      'Det kan myndigheden afvise',
      'Sådan sender du brevet',
      'Uden CPR-nummer eller MitID',
      'Testmyndighedens databeskyttelsesrådgiver',
      'Når du har sendt brevet',
    ]);
    expect(view.terms[0]).toMatch(/^Digital Post: .*CPR-nummer/);
    expect(view.terms[1]).toMatch(/^E-mail: .*ikke krypteret/);
    expect(view.text).toContain(
      'Retten til sletning er begrænset for Videoovervågning, og den kan være begrænset for Minimal',
    );
    expect(view.listItems).toContainEqual(
      expect.stringMatching(/^Myndigheden skal ikke slette .*\(artikel 17, stk\. 3, litra b\)\.$/),
    );
    expect(view.links).toContainEqual({ text: 'Klage til Datatilsynet', href: '/klage-til-datatilsynet' });
    expect(view.links).toContainEqual({ text: 'Minimal', href: '/testmyndighed/minimal' });
  });

  it('says where to write when the authority publishes only a phone number', () => {
    const view = readerView(
      <RequestAdvice
        request={request({ right: 'access', authority: phoneOnly })}
        authority={phoneOnly}
        supervisor={supervisor}
      />,
    );
    expect(view.headings).toContain('Kontakt, der ikke er offentliggjort her');
    expect(view.text).toContain('Testmyndigheden har kun offentliggjort et telefonnummer her.');
  });
});

describe('an authority that publishes no channel', () => {
  it('is said in one sentence with a link to its website, never with the gap’s reason', () => {
    const noChannel = {
      ...testAuthority,
      controllerContact: undefined,
      dpoContact: undefined,
      knownGaps: [
        { element: 'controllerContact' as const, reason: 'Kun Anden Myndighed, Andenvej 2, er fundet.' },
        { element: 'dpoContact' as const, reason: 'Ikke fundet.' },
      ],
    };
    const view = readerView(
      <RequestAdvice
        request={request({ right: 'access', authority: noChannel })}
        authority={noChannel}
        supervisor={supervisor}
      />,
    );
    expect(view.text).toContain('Testmyndigheden har ikke offentliggjort, hvor du sender en anmodning');
    expect(view.text).not.toContain('Andenvej');
    expect(view.headings).not.toContain('Sådan sender du brevet');
    expect(view.links).toContainEqual({ text: 'https://test.example', href: 'https://test.example' });
  });
});

describe('the law beside the access letter', () => {
  const view = readerView(
    <RequestAdvice
      request={request({ right: 'access' })}
      authority={testAuthority}
      supervisor={supervisor}
    />,
  );

  it('tells GDPR access from partsaktindsigt and aktindsigt, with their deadlines and where to appeal', () => {
    expect(view.headings).toContain('Indsigt efter GDPR eller aktindsigt?');
    expect(view.text).toContain('Partsaktindsigt (forvaltningslovens § 9) giver dig dokumenterne i en sag');
    expect(view.text).toContain('(artikel 12, stk. 3)');
    expect(view.text).toContain('offentlighedslovens § 36');
    expect(view.text).toContain('kan du klage til Datatilsynet. Et afslag på aktindsigt kan påklages');
  });

  it('is on the access page only', () => {
    const erasure = readerView(
      <RequestAdvice
        request={request({ right: 'erasure' })}
        authority={testAuthority}
        supervisor={supervisor}
      />,
    );
    expect(erasure.headings).not.toContain('Indsigt efter GDPR eller aktindsigt?');
  });
});

describe('the choices of a letter', () => {
  it('are checkboxes in the form, none ticked, and sentences with a box to tick in the letter', () => {
    const restriction = request({ right: 'restriction' });
    const form = renderToStaticMarkup(<RequestForm request={restriction} />);
    expect(form.match(/data-option-choice="restrictionGrounds"/g)).toHaveLength(4);
    expect(form).toContain('Hvorfor skal behandlingen begrænses? Vælg mindst én grund (artikel 18, stk. 1).');
    // Only the two notices are checked.
    expect(form.match(/checked=""/g)).toHaveLength(2);
    const letter = readerView(<RequestLetter request={restriction} />);
    expect(letter.listItems).toContain(
      '☐ jeg bestrider, at oplysningerne er rigtige, og begrænsningen skal gælde, indtil I har kunnet fastslå, om de er korrekte (artikel 18, stk. 1, litra a)',
    );
  });

  it('give the access letter one box for partsaktindsigt', () => {
    const form = renderToStaticMarkup(<RequestForm request={request({ right: 'access' })} />);
    expect(form.match(/data-option-choice="partyAccess"/g)).toHaveLength(1);
    expect(form).toContain('Aktindsigt som part');
  });
});

describe('the section for when the answer does not come', () => {
  const followUp = request({ right: 'access' });
  const markup = renderToStaticMarkup(<RequestFollowUp request={followUp} />);
  const view = readerView(<RequestFollowUp request={followUp} />);

  it('says how the month is counted, and shows the reminder and the complaint as templates with blanks', () => {
    expect(view.headings).toEqual([
      'Hvis svaret ikke kommer',
      'Påmindelse til myndigheden',
      'Klage til Datatilsynet',
    ]);
    expect(view.text).toContain('sendt den 31. januar, svar senest den 28. februar (den 29. i et skudår)');
    expect(view.text).toContain('Den dato, du sendte anmodningen sendte jeg jer min anmodning');
    expect(view.text).toContain('Testmyndigheden skulle have svaret senest dato, svaret senest skal komme');
    expect(view.text).toContain(
      'Sæt teksten ind i Datatilsynets klageformular, som du finder på https://www.datatilsynet.dk,',
    );
    expect(view.links).toContainEqual({ text: 'Klage til Datatilsynet', href: '/klage-til-datatilsynet' });
  });

  it('keeps the date field, the due date and the copy buttons hidden until the script brings them to life', () => {
    expect(markup).toMatch(/<div hidden="" data-follow-up-controls=""[^>]*>.*type="date"/);
    expect(markup).toMatch(/<input[^>]*id="felt-sentDate"[^>]*autoComplete="off"[^>]*type="date"/i);
    expect(markup.match(/<div hidden="" data-follow-up-copy="">/g)).toHaveLength(2);
  });

  it('hands the script each follow-up as data, to copy as text', () => {
    const letters = new Map<string, unknown>();
    const read = (element: Element) => {
      const { dataFollowUpLetter, dataLetter } = element.properties;
      if (dataFollowUpLetter) letters.set(String(dataFollowUpLetter), JSON.parse(String(dataLetter)));
      for (const child of element.children) if (child.type === 'element') read(child);
    };
    const root = unified().use(rehypeParse, { fragment: true }).parse(markup);
    for (const child of root.children) if (child.type === 'element') read(child);
    expect(Object.fromEntries(letters)).toEqual({
      reminder: followUp.followUp.reminder,
      complaint: followUp.followUp.complaint,
    });
  });
});

describe('the rights a reader can use at an authority', () => {
  it('link to their requests, each with the notices it applies to', () => {
    const view = readerView(<RightsToRequest authority={testAuthority} rights={fixture.rights} />);
    expect(view.links.map((link) => link.href)).toEqual([
      '/brug-dine-rettigheder/testmyndighed/indsigt',
      '/brug-dine-rettigheder/testmyndighed/berigtigelse',
      '/brug-dine-rettigheder/testmyndighed/sletning',
      '/brug-dine-rettigheder/testmyndighed/begraensning',
      '/brug-dine-rettigheder/testmyndighed/indsigelse',
    ]);
    expect(view.text).toContain(
      'Gælder for: Minimal og Videoovervågning Begrænset for: Videoovervågning Kan være begrænset for (retsgrundlaget er ikke offentliggjort): Minimal',
    );
  });
});

describe('the hub’s rights section', () => {
  it('leads to the letters a reader can send the authority', () => {
    const view = readerView(
      <RightsSection
        heading={{ id: 'dine-rettigheder', title: 'Dine rettigheder' }}
        authority={testAuthority}
        rights={fixture.rights}
      />,
    );
    expect(view.links).toContainEqual({
      text: 'Brug dine rettigheder',
      href: '/brug-dine-rettigheder/testmyndighed',
    });
  });
});
