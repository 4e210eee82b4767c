interface TemplateOptions {
  /** Today as YYYY-MM-DD. */
  today: string;
  /** Position in the authority's list: after the last one. */
  order: number;
  /** The topic ids an editor can choose from; the first is filled in. */
  topicIds: readonly string[];
}

/**
 * A new notice that passes the schema but fails the completeness check until an editor fills it in,
 * so the report shows exactly what is missing. Comments explain each field in Danish.
 */
export function purposeTemplate({ today, order, topicIds }: TemplateOptions): string {
  return `---
# Nyt formål. Udfyld felterne, og kør "npm run check:content" for at se, hvad der mangler.
# Alle felter er forklaret i content/README.md. Opfind aldrig en oplysning: kender du den ikke,
# så skriv den i knownGaps med en begrundelse – siden siger så åbent, at den ikke er offentliggjort.
title: Nyt formål
summary: Skriv en-to sætninger om, hvorfor vi behandler oplysningerne.
order: ${order}
# Emnet, der samler formålet med samme formål hos andre myndigheder. Vælg et af:
# ${topicIds.join(', ')}
topic: ${topicIds[0]}
purpose: Skriv, hvorfor vi behandler oplysningerne.

# Retsgrundlag: databeskyttelsesforordningens artikel 6, stk. 1 – 6(1)(a) til 6(1)(f).
# legalBases:
#   - article: 6(1)(e)
#     law: udlændingeloven

# Hvor kommer oplysningerne fra? kind: dataSubject, publicAuthority, privateParty eller publicRegister.
# sources:
#   - kind: dataSubject
#     description: Dig selv, når du søger.

# Hvilke oplysninger? kind: ordinary, sensitive, criminal eller cpr.
# dataCategories:
#   - kind: ordinary
#     description: Navn, adresse og telefonnummer.

# Modtagere og overførsler uden for EU/EØS. [] betyder: ingen.
# recipients:
#   - name: Politiet
#     reason: efterforskning
# transfers: []

# Hvor længe gemmes oplysningerne?
# retention:
#   period: 5 år
#   criteria: Oplysningerne afleveres derefter til arkivet.

# Skal man give oplysningerne, og hvad sker der, hvis man ikke gør?
# provisionRequirement: Du skal give oplysningerne, for at vi kan behandle din sag.

# Oplysninger, der ikke er offentliggjort endnu:
# knownGaps:
#   - element: retention
#     reason: Opbevaringsperioden er ikke fastlagt endnu.

lastReviewed: ${today}
changes:
  - date: ${today}
    note: Oplysningen er offentliggjort.
---

Skriv her det, der ikke passer i felterne ovenfor – eller slet denne linje.
`;
}
