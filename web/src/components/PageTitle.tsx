import { useEffect, useRef } from 'react';
import { company } from '../company.ts';
import { hasNavigated } from '../router.tsx';

/**
 * The page's h1, which also sets the document title. After client-side navigation focus moves
 * here so screen-reader users hear the new page (but not on the first load).
 */
export function PageTitle({ children, className }: { children: string; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} – ${company.shortName}`;
  }, [children]);
  useEffect(() => {
    if (hasNavigated()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
