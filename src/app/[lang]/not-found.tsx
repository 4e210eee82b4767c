import { NotFoundContent } from '@/components/not-found-content';

/**
 * An address under a language that has no page, in `next dev` (the publication answers with
 * 404/page.tsx's file). It gets no parameters: the layout above it has set the page's language.
 */
export default function NotFound() {
  return <NotFoundContent />;
}
