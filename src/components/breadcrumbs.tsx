export interface Crumb {
  label: string;
  href: string;
}

interface BreadcrumbsProps {
  /** The pages above the current one, front page first. */
  trail: readonly Crumb[];
  current: string;
}

export function Breadcrumbs({ trail, current }: BreadcrumbsProps) {
  return (
    <nav aria-label="Brødkrummesti" className="breadcrumbs">
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
