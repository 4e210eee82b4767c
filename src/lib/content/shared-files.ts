/** The shared texts in content/shared/: every page needs them, and the folder holds nothing else. */
export const sharedFiles = {
  rights: 'rettigheder.md',
  complaint: 'klage-til-datatilsynet.md',
  topics: 'emner.md',
};
