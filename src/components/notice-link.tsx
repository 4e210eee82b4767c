import { noticePath } from '@/config/routes';
import { localized } from '@/i18n';

interface NoticeLinkProps {
  href: string;
  title: string;
  /** Spoken after the title, so links to same-named notices of different authorities stay distinct. */
  authorityName: string;
}

/** A link to a notice in lists that span authorities. */
export function NoticeLink({ href, title, authorityName }: NoticeLinkProps) {
  return (
    <a href={href}>
      {title}
      <span className="visually-hidden"> – {authorityName}</span>
    </a>
  );
}

interface NoticeEntryProps {
  notice: { authority: string; slug: string; title: string };
  authorityName: string;
}

/** A notice in a list that spans authorities: its link, then its authority's name in small print. */
export function NoticeEntry({ notice, authorityName }: NoticeEntryProps) {
  return (
    <>
      <NoticeLink
        href={localized(noticePath(notice.authority, notice.slug))}
        title={notice.title}
        authorityName={authorityName}
      />{' '}
      <span className="meta">{authorityName}</span>
    </>
  );
}
