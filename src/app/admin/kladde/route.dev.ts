import { projectContentFolder } from '@/lib/content/content-folder';
import { storeDraft } from '@/lib/editor/drafts';
import { contentFileOf } from '@/lib/editor/paths';
import { mergeEditedData } from '@/lib/editor/save';

// A route of the preview only (see next.config.ts): the web editor's preview pane sends its draft here.

interface DraftRequest {
  /** The file as the editor names it, e.g. "content/purposes/a/b.md". */
  path: string;
  /** The form's values, the body among them. */
  data: Record<string, unknown>;
}

/** Stores the form's draft as the file the save would write, and answers with the token of its preview page. */
export async function POST(request: Request) {
  const { path, data } = (await request.json()) as DraftRequest;
  const file = typeof path === 'string' ? contentFileOf(path) : undefined;
  if (!file)
    return Response.json({ error: `${String(path)} er ikke en fil i indholdsmappen` }, { status: 400 });
  const { body = '', ...fields } = data;
  const text = mergeEditedData(projectContentFolder().text(file), fields, String(body));
  return Response.json({ token: storeDraft({ file, text }) });
}
