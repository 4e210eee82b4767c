/** Every legal basis the content can name, in plain English (see legal-bases-da.ts). */
import type { Dictionary } from './da';

export const legalBasesEn = {
  '6(1)(a)': 'You have given your consent',
  '6(1)(b)': 'It is needed for a contract with you, or before one is made',
  '6(1)(c)': 'A law requires the authority to do it (legal obligation)',
  '6(1)(d)': 'It is needed to protect your life or health, or someone else’s (vital interests)',
  '6(1)(e)': 'It is a task in the public interest or part of the authority’s official powers',
  '6(1)(f)': 'The authority has a legitimate interest that outweighs your interests',
  '9(2)(a)': 'You have given your explicit consent',
  '9(2)(b)': 'It is needed for duties and rights in employment and social security',
  '9(2)(c)': 'It is needed to protect your life or health, or someone else’s, when you cannot consent',
  '9(2)(d)': 'A not-for-profit association or organisation processes data about its members',
  '9(2)(e)': 'You have made the data public yourself',
  '9(2)(f)': 'It is needed to establish, exercise or defend legal claims',
  '9(2)(g)': 'It is needed for important reasons of public interest set out in law',
  '9(2)(h)': 'It is needed for preventive medicine, diagnosis, treatment or care',
  '9(2)(i)': 'It is needed for public health',
  '9(2)(j)': 'It is needed for archiving, research or statistics',
  '§ 7': 'Danish rules on when sensitive data may be processed',
  '§ 8': 'Danish rules on when a public authority may process data about criminal offences (Article 10 GDPR)',
  '§ 11': 'Public authorities may use CPR numbers to identify you with certainty',
} satisfies Dictionary['legalBases'];
