/**
 * The part of Decap CMS's configuration (config.yml) that the editor's configuration uses, after
 * decap-cms-core's index.d.ts. Its own types sit in a package nested under decap-cms-app, which the
 * project cannot import, so the subset we write is typed here. Options are named as Decap spells them.
 */

export interface DecapSelectOption {
  label: string;
  value: string;
}

interface DecapFieldBase {
  name: string;
  label: string;
  hint: string;
  required?: false;
  /** A regular expression (as text, so it survives YAML) and the Danish message shown when it fails. */
  pattern?: [string, string];
}

/** A choice among the content's own entries: the topics of a file's list, or a collection's files. */
export interface DecapRelation {
  widget: 'relation';
  collection: string;
  file?: string;
  value_field: string;
  search_fields: string[];
  display_fields: string[];
  options_length: number;
  multiple?: true;
  min?: number;
  max?: number;
}

/**
 * A list: `label_singular` names one item ("Tilføj ændring"), `summary` a collapsed item's line. The
 * project's own 'stated-list' (src/lib/editor/stated-list.ts, `npm run edit` only) asks first whether
 * there is anything to list.
 */
type DecapList<Items> = Items & {
  widget: 'list' | 'stated-list';
  label_singular: string;
  min?: number;
  max?: number;
};

/** One kind of item of a typed list: the items whose `typeKey` field holds `name`. */
export interface DecapListType {
  name: string;
  label: string;
  widget: 'object';
  summary: string;
  fields: DecapField[];
}

/** The items of a list of objects: all alike (`fields`), or typed by the value of their field `typeKey`. */
export type DecapItems = { fields: DecapField[] } | { typeKey: string; types: DecapListType[] };

export type DecapField = DecapFieldBase &
  (
    | { widget: 'string' | 'text' | 'boolean' }
    | { widget: 'markdown'; modes: ['raw'] }
    | { widget: 'number'; value_type: 'int'; min?: number }
    /** The project's own date field (src/components/editor/typed-date-control.tsx), in `npm run edit` only. */
    | { widget: 'typed-date' }
    | { widget: 'select'; options: DecapSelectOption[]; multiple?: true; min?: number; max?: number }
    | DecapRelation
    | { widget: 'object'; fields: DecapField[] }
    | DecapList<{ field: DecapField; summary: string }>
    | DecapList<DecapItems>
  );

interface DecapCollectionBase {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
}

export interface DecapFolderCollection extends DecapCollectionBase {
  folder: string;
  create: boolean;
  delete: false;
  extension: 'md';
  format: 'frontmatter';
  slug: '{{slug}}';
  identifier_field: string;
  summary: string;
  sortable_fields?: (string | { field: string; default_sort: true })[];
  preview_path?: string;
  fields: DecapField[];
}

export interface DecapFile {
  name: string;
  label: string;
  file: string;
  preview_path?: string;
  fields: DecapField[];
}

export interface DecapFilesCollection extends DecapCollectionBase {
  extension: 'md';
  format: 'frontmatter';
  files: DecapFile[];
}

export type DecapCollection = DecapFolderCollection | DecapFilesCollection;

/** A git host's backend block, as in deploy/decap/backend.yml: name, repo, branch and the like. */
export type DecapBackend = { name: string } & Record<string, string | boolean>;

export interface DecapConfig {
  backend: DecapBackend;
  publish_mode?: 'editorial_workflow';
  locale: 'da';
  site_url?: string;
  show_preview_links: boolean;
  media_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: DecapCollection[];
}
