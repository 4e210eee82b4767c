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
