import { danishNameOf, sourceLanguage, translationLanguages } from '../../config/languages';
import {
  agreementPath,
  authorityPath,
  complaintPath,
  localePath,
  noticePath,
  overviewPath,
  rightsPath,
} from '../../config/routes';
import {
  contentPath,
  folderOf,
  sharedTexts,
  translationFolderOf,
  type ContentKind,
  type SharedText,
} from '../content/content-files';
import type { Content } from '../content/types';
import { schemaOf, type FormLanguage } from './content-kinds';
import { capitalised } from './danish-label';
import type { DecapCollection, DecapFolderCollection } from './decap-types';
import { formFields, type FormContext } from './schema-fields';

// The Danish notices' collections are named by this and their authority's slug; translations' get a language prefix.
const noticesPrefix = 'purposes-';

/** Where a folder collection keeps its files, and the field a new file's name is made from. */
export interface DraftFolder {
  folder: string;
  identifierField: string;
}

/** Each folder collection's folder as the editor names it ("content/purposes/a"), by the collection's name. */
export const draftFolders = (collections: readonly DecapCollection[]): Record<string, DraftFolder> =>
  Object.fromEntries(
    collections.flatMap((collection) =>
      'folder' in collection
        ? [[collection.name, { folder: collection.folder, identifierField: collection.identifier_field }]]
        : [],
    ),
  );

/** The names of the files of the collections of single files (the shared texts), whose previews are per file. */
export const fileNames = (collections: readonly DecapCollection[]): string[] => [
  ...new Set(
    collections
      .flatMap((collection) => ('files' in collection ? collection.files : []))
      .map(({ name }) => name),
  ),
];

/** Where a language's files live and what its collections are called: the Danish tree, or its mirror. */
interface Language {
  code: string;
  form: FormLanguage;
  folder: string;
  namePrefix: string;
  labelPrefix: string;
}

const languageOf = (code: string, contentFolder: string): Language =>
  code === sourceLanguage
    ? { code, form: 'source', folder: contentFolder, namePrefix: '', labelPrefix: '' }
    : {
        code,
        form: 'translation',
        folder: `${contentFolder}/${translationFolderOf(code)}`,
        namePrefix: `${code}-`,
        labelPrefix: `${capitalised(danishNameOf(code))}: `,
      };

/** A page's address for Decap's preview link: relative to site_url, in the language's part of the site. */
const previewPath = (language: Language, path: string) => localePath(language.code, path).slice(1);

function folderCollection(
  language: Language,
  context: FormContext,
  collection: Pick<
    DecapFolderCollection,
    'name' | 'label' | 'label_singular' | 'identifier_field' | 'summary'
  > & {
    folder: string;
    preview: string;
    sortable_fields: DecapFolderCollection['sortable_fields'];
  },
): DecapFolderCollection {
  const { folder, preview, ...rest } = collection;
  return {
    ...rest,
    name: `${language.namePrefix}${collection.name}`,
    label: `${language.labelPrefix}${collection.label}`,
    folder: `${language.folder}/${folder}`,
    // A translation's file name must be its Danish file's, which a new entry's title cannot promise.
    create: language.form === 'source',
    // Withdrawing a notice or an authority is a decision for git and review, not a button.
    delete: false,
    extension: 'md',
    format: 'frontmatter',
    slug: '{{slug}}',
    preview_path: previewPath(language, preview),
    fields: formFields(schemaOf(context.kind, language.form), context),
  };
}

/** Each shared text's form: its name in the editor, and the page that shows it. */
const sharedTextForms: Record<SharedText, { label: string; page: string }> = {
  rights: { label: 'Rettigheder', page: rightsPath },
  complaint: { label: 'Klage til Datatilsynet', page: complaintPath },
  topics: { label: 'Emner', page: overviewPath },
  situations: { label: 'Situationer', page: '/' },
};

/** The collections of one language: authorities, each authority's notices, agreements, shared texts. */
function languageCollections(
  content: Content,
  language: Language,
  mode: FormContext['mode'],
): DecapCollection[] {
  const context = (kind: ContentKind): FormContext => ({ kind, language: language.form, mode });
  const byOrder = [{ field: 'order', default_sort: true as const }, 'title'];
  return [
    folderCollection(language, context('authority'), {
      name: 'authorities',
      label: 'Myndigheder',
      label_singular: 'Myndighed',
      folder: folderOf('authority'),
      identifier_field: 'name',
      summary: '{{name}} ({{shortName}})',
      preview: authorityPath('{{slug}}'),
      sortable_fields:
        language.form === 'source' ? [{ field: 'order', default_sort: true }, 'name'] : ['name'],
    }),
    ...content.authorities.map((authority) =>
      folderCollection(language, context('purpose'), {
        name: `${noticesPrefix}${authority.slug}`,
        label: `Formål – ${authority.name}`,
        label_singular: 'Formål',
        folder: folderOf('purpose', { authority: authority.slug }),
        identifier_field: 'title',
        summary:
          language.form === 'source' ? '{{order}}. {{title}} (gennemgået {{lastReviewed}})' : '{{title}}',
        preview: noticePath(authority.slug, '{{slug}}'),
        sortable_fields: language.form === 'source' ? byOrder : ['title'],
      }),
    ),
    folderCollection(language, context('agreement'), {
      name: 'agreements',
      label: 'Fælles dataansvar',
      label_singular: 'Ordning om fælles dataansvar',
      folder: folderOf('agreement'),
      identifier_field: 'title',
      summary: '{{title}}',
      preview: agreementPath('{{slug}}'),
      sortable_fields: ['title'],
    }),
    {
      name: `${language.namePrefix}shared`,
      label: `${language.labelPrefix}Fælles tekster`,
      extension: 'md',
      format: 'frontmatter',
      files: sharedTexts.map((kind) => ({
        name: kind,
        label: sharedTextForms[kind].label,
        file: `${language.folder}/${contentPath(kind)}`,
        preview_path: previewPath(language, sharedTextForms[kind].page),
        fields: formFields(schemaOf(kind, language.form), context(kind)),
      })),
    },
  ];
}

/**
 * Every collection: the Danish files, then the same collections over each translation's folder.
 * `contentFolder` is the content folder as the editor's backend names it.
 */
export const editorCollections = (
  content: Content,
  contentFolder: string,
  mode: FormContext['mode'],
): DecapCollection[] =>
  [sourceLanguage, ...translationLanguages].flatMap((code) =>
    languageCollections(content, languageOf(code, contentFolder), mode),
  );
