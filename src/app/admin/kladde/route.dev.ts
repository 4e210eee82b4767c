import { localePath } from '@/config/routes';
import { checkProjectContent } from '@/lib/content/check';
import { CheckCache } from '@/lib/content/check-cache';
import { projectContentFolder } from '@/lib/content/content-folder';
import { outdatedFieldsOfFile } from '@/lib/content/translations';
import { storeDraft } from '@/lib/editor/drafts';
import { outdatedFields } from '@/lib/editor/outdated-fields';
import { contentFileOf, draftPageOf, labelOf, translationOf } from '@/lib/editor/paths';
import { mergeEditedData } from '@/lib/editor/save';

// A route of the preview only (see next.config.ts): the web editor's preview pane sends its draft here.

/**
 * The checks of earlier drafts, kept while the preview runs: a draft's check repeats only the work for
 * the files that changed, in well under a second on the real content (bench: `npm run bench`).
 */
const draftChecks = new CheckCache();

interface DraftRequest {
  /** The file as the editor names it, e.g. "content/purposes/a/b.md". */
  path: string;
  /** The form's values, the body among them. */
  data: Record<string, unknown>;
}

/**
 * Checks the form's draft as the file the save would write, with the same check as `npm run
 * check:content`, and answers with the draft's problems, for a translation its fields out of date
 * against the Danish text now (told beside that text rather than as warnings), and the address of the
 * page that shows it, if its file has a page.
 */
export async function POST(request: Request) {
  const { path, data } = (await request.json()) as DraftRequest;
  const file = typeof path === 'string' ? contentFileOf(path) : undefined;
  if (!file)
    return Response.json({ error: `${String(path)} er ikke en fil i indholdsmappen` }, { status: 400 });
  const { body = '', ...fields } = data;
  const text = mergeEditedData(projectContentFolder().text(file), fields, String(body));
  const check = checkProjectContent([{ file, text }], draftChecks);
  const translation = translationOf(file);
  const outdated = translation ? outdatedFieldsOfFile(check.content?.translations ?? {}, labelOf(file)) : [];
  const problems = check.problems.filter(
    (problem) => problem.file === labelOf(file) && !(problem.warning && outdated.includes(problem.field)),
  );
  const page = draftPageOf(file);
  const token = storeDraft({ file, text });
  return Response.json({
    problems,
    ...(translation && {
      outdated: outdatedFields(
        translation.danishFile,
        { danish: projectContentFolder().text(translation.danishFile), translation: text },
        outdated,
      ),
    }),
    ...(page && { page: localePath(page.language, `/_forhaandsvisning/kladde/${token}`) }),
  });
}
