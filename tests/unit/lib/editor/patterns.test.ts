import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { authoritySchema, contactChannelsSchema, topicsSchema } from '@/lib/content/schema';

import { content, forms } from './form-paths';

const authorityForm = forms.find((form) => form.name === 'the authority schema')!.formFields;
const topicsForm = forms.find((form) => form.name === 'the topics schema')!.formFields;
const patternAt = (fields: typeof authorityForm, path: string) => {
  const pattern = fields.find((field) => field.path === path)?.field.pattern;
  if (!pattern) throw new Error(`No pattern at ${path}`);
  return pattern;
};

const channels = contactChannelsSchema.shape;
const contacts = [
  ...content.authorities.flatMap((authority) => [authority.controllerContact, authority.dpoContact]),
  content.complaint.supervisoryAuthority.contact,
].filter((contact) => contact !== undefined);
const present = (values: (string | undefined)[]) => values.filter((value) => value !== undefined);

const cases: {
  name: string;
  path: string;
  schema: z.ZodType;
  form?: typeof authorityForm;
  real: string[];
  bad: string[];
}[] = [
  {
    name: 'phone number',
    path: 'controllerContact.phone',
    schema: channels.phone.unwrap(),
    real: present(contacts.map((contact) => contact.phone)),
    bad: ['35366600', '+4535 36 66 00', '35 36 66 0', '+46 35 36 66 00', '35-36-66-00'],
  },
  {
    name: 'web address',
    path: 'website',
    schema: authoritySchema.shape.website,
    real: [
      ...content.authorities.map((authority) => authority.website),
      content.complaint.supervisoryAuthority.website,
      ...present(contacts.map((contact) => contact.contactForm?.url)),
    ],
    bad: ['http://us.dk', 'us.dk', 'https://', 'https:// us.dk', 'ftp://us.dk', 'www.us.dk'],
  },
  {
    name: 'e-mail address',
    path: 'dpoContact.email',
    schema: channels.email.unwrap(),
    real: present(contacts.map((contact) => contact.email)),
    bad: [
      'dt@datatilsynet',
      'dt.datatilsynet.dk',
      '@datatilsynet.dk',
      'dt@@datatilsynet.dk',
      'd t@datatilsynet.dk',
    ],
  },
  {
    name: 'topic id',
    path: 'topics.id',
    schema: topicsSchema.shape.topics.element.shape.id,
    form: topicsForm,
    real: content.topics.topics.map((topic) => topic.id),
    bad: ['Ophold', 'ophold og visum', 'ophold--visum', '-ophold', 'ophold-', 'æble'],
  },
];

describe.each(cases)('the form’s $name pattern', ({ path, schema, form = authorityForm, real, bad }) => {
  const [pattern, message] = patternAt(form, path);
  const formAccepts = (value: string) => new RegExp(pattern).test(value);
  const schemaAccepts = (value: string) => schema.safeParse(value).success;

  it('accepts every such value in content/, as the schema does', () => {
    expect(real.length).toBeGreaterThan(0);
    for (const value of real)
      expect([value, formAccepts(value), schemaAccepts(value)]).toEqual([value, true, true]);
  });

  it('refuses the values the schema refuses', () => {
    for (const value of bad)
      expect([value, formAccepts(value), schemaAccepts(value)]).toEqual([value, false, false]);
  });

  it('says what is wrong in the schema’s own Danish words', () => {
    const issue = schema.safeParse(bad[0]).error?.issues[0];
    expect(message).toBe(issue?.message);
  });
});
