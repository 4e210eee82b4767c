import { words } from '@/i18n';

export interface Crumb {
  label: string;
  href: string;
}

interface BreadcrumbsProps {
  /** The pages above the current one, front page first. */
  trail: readonly Crumb[];
  current: string;
}

/** DKFDS breadcrumbs. */
export function Breadcrumbs({ trail, current }: BreadcrumbsProps) {
  return (
    <nav aria-label={words().layout.breadcrumbs} className="breadcrumbs" data-pagefind-ignore="">
      <ol className="breadcrumbs__list">
        {trail.map((crumb) => (
          <li key={crumb.href} className="breadcrumbs__list-item">
            <a className="breadcrumbs__link" href={crumb.href}>
              {crumb.label}
            </a>
          </li>
        ))}
        <li className="breadcrumbs__list-item" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}
