import { describe, expect, it } from 'vitest';

import { da } from '@/i18n/dictionaries/da';
import { en } from '@/i18n/dictionaries/en';
import type { Authority } from '@/lib/content/types';
import { answerDue, buildRequest, dayFormatter, isoDay, requestAsText } from '@/lib/rights-request';
import { contentIn } from '@/lib/site-content/localize';

import { loadValidFixture } from '../../helpers';

const fixture = loadValidFixture();
const testAuthority = fixture.authorities.find((authority) => authority.slug === 'testmyndighed')!;
const supervisor = fixture.complaint.supervisoryAuthority;
const english = contentIn(fixture, 'en');

const followUp = (language: 'da' | 'en', authority: Authority = testAuthority) =>
  language === 'da'
    ? buildRequest({ authority, right: 'access', notices: 'all', words: da, supervisor }).followUp
    : buildRequest({
        authority: english.authorities.find((candidate) => candidate.slug === authority.slug)!,
        right: 'access',
        notices: 'all',
        words: en,
        supervisor: english.complaint.supervisoryAuthority,
      }).followUp;

describe('the answer’s due date', () => {
  it('is the same date in the next month', () => {
    expect(answerDue('2027-03-05')).toBe('2027-04-05');
    expect(answerDue('2027-01-15')).toBe('2027-02-15');
  });

  it('is the last day of the next month when that month has no such date', () => {
    expect(answerDue('2027-01-31')).toBe('2027-02-28');
    expect(answerDue('2028-01-31')).toBe('2028-02-29');
    expect(answerDue('2028-01-30')).toBe('2028-02-29');
    expect(answerDue('2027-03-31')).toBe('2027-04-30');
    expect(answerDue('2027-08-31')).toBe('2027-09-30');
  });

  it('is in the next year for a request sent in December, and keeps a day February has', () => {
    expect(answerDue('2027-12-31')).toBe('2028-01-31');
    expect(answerDue('2028-02-29')).toBe('2028-03-29');
  });

  it('is not reckoned from a day that does not exist or is not a date', () => {
    expect(answerDue('2027-02-29')).toBeUndefined();
    expect(answerDue('2027-13-01')).toBeUndefined();
    expect(answerDue('2027-04-00')).toBeUndefined();
    expect(answerDue('')).toBeUndefined();
    expect(answerDue('31.01.2027')).toBeUndefined();
  });

  it('is written as the site writes dates, in each language', () => {
    expect(dayFormatter('da-DK')('2027-02-28')).toBe('28. februar 2027');
    expect(dayFormatter('en-GB')('2027-02-28')).toBe('28 February 2027');
    expect(da.formatDate('2028-02-29')).toBe('29. februar 2028');
  });

  it('is compared with today in the reader’s own time zone', () => {
    expect(isoDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

describe('the reminder', () => {
  it('refers to the request, its date and deadline, asks for an answer and names the complaint as next step, in Danish', () => {
    expect(requestAsText(followUp('da').reminder)).toBe(`Testmyndigheden
Testvej 1
1234 Testby

Påmindelse: Anmodning om indsigt

Den [dato, du sendte anmodningen] sendte jeg jer min anmodning „Anmodning om indsigt“.

Jeres sagsnummer eller reference: [myndighedens sagsnummer eller reference, hvis du har fået et]

I skulle have svaret mig senest [dato, svaret senest skal komme], eller inden da have givet mig besked om, at fristen forlænges, og hvorfor (artikel 12, stk. 3). Jeg har ikke fået noget svar.

Jeg beder jer svare mig hurtigst muligt. Får jeg ikke svar, er mit næste skridt en klage til Datatilsynet.

Så I kan finde mine oplysninger, oplyser jeg:

- Navn: [dit fulde navn]
- Andre navne eller stavemåder: [andre navne eller stavemåder, du er kendt under, hvis du har nogen]
- Sagsnummer: [dit sagsnummer, hvis du har et]

Venlig hilsen

[dit fulde navn]`);
  });

  it('says the same in English, with the dates the reader gave', () => {
    const text = requestAsText(followUp('en').reminder, {
      blanks: { sentDate: '31 January 2027', dueDate: '28 February 2027', name: 'Jens Hansen' },
    });
    expect(text).toBe(`Testmyndigheden
Testvej 1
1234 Testby

Reminder: Request for access

On 31 January 2027 I sent you my request “Request for access”.

Your case or reference number: [the authority’s case or reference number, if you have one]

You should have answered me by 28 February 2027, or before then told me that the deadline is extended, and why (Article 12(3) GDPR). I have received no answer.

Please answer me as soon as possible. If I do not get an answer, my next step is a complaint to Datatilsynet.

So that you can find my data, here are my details:

- Name: Jens Hansen
- Other names or spellings: [other names or spellings you are known by, if any]
- Case number: [your case number, if you have one]

Yours sincerely

Jens Hansen`);
  });

  it('has a line to sign on the printed letter', () => {
    expect(followUp('da').reminder.letter).toContainEqual({ kind: 'signature', label: 'din underskrift' });
  });
});

describe('the complaint to the supervisory authority', () => {
  it('says what was asked, when, of whom, with what reference, what came of it and what to do, in Danish', () => {
    expect(requestAsText(followUp('da').complaint)).toBe(`Klage over Testmyndigheden

Den [dato, du sendte anmodningen] sendte jeg Testmyndigheden en anmodning: „Anmodning om indsigt“. Jeg sender gerne en kopi af den.

Myndighedens sagsnummer eller reference: [myndighedens sagsnummer eller reference, hvis du har fået et]

Testmyndigheden skulle have svaret senest [dato, svaret senest skal komme] (artikel 12, stk. 3).

Det har jeg fået af svar: [intet svar, eller hvad der mangler i svaret]

Jeg beder Datatilsynet behandle min klage (artikel 77) og påbyde Testmyndigheden at imødekomme min anmodning (artikel 58, stk. 2, litra c).

Mine oplysninger:

- Navn: [dit fulde navn]
- Adresse: [din fulde adresse]`);
  });

  it('says the same in English', () => {
    expect(requestAsText(followUp('en').complaint)).toBe(`Complaint about Testmyndigheden

On [date you sent the request] I sent Testmyndigheden a request: “Request for access”. I can send you a copy of it.

The authority’s case or reference number: [the authority’s case or reference number, if you have one]

Testmyndigheden should have answered by [date the answer is due] (Article 12(3) GDPR).

The answer I received: [no answer, or what the answer left out]

I ask Datatilsynet to handle my complaint (Article 77 GDPR) and to order Testmyndigheden to comply with my request (Article 58(2)(c) GDPR).

My details:

- Name: [your full name]
- Address: [your full address]`);
  });

  it('is text for the supervisory authority’s form, with no postal address and nothing to sign', () => {
    const { complaint, supervisor } = followUp('da');
    expect(complaint.recipient).toEqual({ name: 'Datatilsynet', lines: [] });
    expect(supervisor.nameForms.title).toBe('Datatilsynet');
    expect(supervisor.website).toBe('https://www.datatilsynet.dk');
    expect(complaint.letter.some((block) => block.kind === 'signature')).toBe(false);
  });
});

describe('the follow-ups’ own blanks', () => {
  it('are the date sent, the reference and the answer, and the address where the request does not ask for it', () => {
    expect(followUp('da').blanks.map((blank) => blank.blank)).toEqual([
      'sentDate',
      'reference',
      'answerReceived',
      'address',
    ]);
  });

  it('leave out what the request already asks for', () => {
    const withAddress: Authority = { ...testAuthority, identificationDetails: ['caseNumber', 'address'] };
    expect(followUp('da', withAddress).blanks.map((blank) => blank.blank)).toEqual([
      'sentDate',
      'reference',
      'answerReceived',
    ]);
  });
});
