/** The sections every notice shows, in page order: one source for their headings and the contents list. */
export const noticeSections = {
  legalBasis: { id: 'formaal-og-retsgrundlag', title: 'Formål og retsgrundlag' },
  dataCategories: { id: 'kategorier-af-oplysninger', title: 'Kategorier af oplysninger' },
  sources: { id: 'hvor-stammer-oplysningerne-fra', title: 'Hvor stammer oplysningerne fra' },
  recipients: { id: 'modtagere', title: 'Modtagere' },
  transfers: { id: 'overfoersel-til-tredjelande', title: 'Overførsel til lande uden for EU og EØS' },
  retention: { id: 'opbevaring', title: 'Opbevaring' },
  automatedDecisions: { id: 'automatiske-afgoerelser', title: 'Automatiske afgørelser' },
  rights: { id: 'dine-rettigheder', title: 'Dine rettigheder' },
  contact: { id: 'spoergsmaal-og-kontakt', title: 'Kontakt' },
  changes: { id: 'aendringer', title: 'Ændringer' },
} as const;
