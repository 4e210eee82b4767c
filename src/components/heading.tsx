import type { ReactNode } from 'react';

interface HeadingProps {
  level: 2 | 3;
  id?: string;
  children: ReactNode;
}

/** A section heading whose level depends on where the section is placed. */
export function Heading({ level, id, children }: HeadingProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return <Tag id={id}>{children}</Tag>;
}
