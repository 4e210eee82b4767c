import { words } from '@/i18n';

interface ContentsListProps {
  items: readonly { id: string; title: string }[];
}

/** "Indhold på siden": links to the page's sections, in DKFDS's anchor-links markup. Works without JavaScript. */
export function ContentsList({ items }: ContentsListProps) {
  return (
    <nav className="anchorbox" aria-labelledby="indhold-paa-siden" data-pagefind-ignore="">
      <h2 className="anchortitle" id="indhold-paa-siden">
        {words().layout.contents}
      </h2>
      <ul className="anchorlist">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
