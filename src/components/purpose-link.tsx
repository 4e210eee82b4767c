interface PurposeLinkProps {
  href: string;
  title: string;
  /** Spoken after the title, so links to same-named purposes of different authorities stay distinct. */
  authorityName: string;
}

/** A link to a notice in lists that span authorities. */
export function PurposeLink({ href, title, authorityName }: PurposeLinkProps) {
  return (
    <a href={href}>
      {title}
      <span className="visually-hidden"> – {authorityName}</span>
    </a>
  );
}
