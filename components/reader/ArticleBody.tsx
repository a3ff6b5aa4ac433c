import { useLayoutEffect, useRef } from 'preact/hooks';

export interface ArticleBodyProps {
  /** Sanitized nodes (see sanitize.ts); inserted once, then the DOM belongs to the highlighter. */
  body: DocumentFragment;
  onMount: (element: HTMLElement) => void;
}

/** The article text. Preact never renders children here, so highlights wrapped into it survive re-renders. */
export function ArticleBody({ body, onMount }: ArticleBodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const mounted = useRef(onMount);
  mounted.current = onMount;
  // Once per body: later renders (settings, people) must not touch the text.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.replaceChildren(body);
    mounted.current(element);
  }, [body]);
  return <div class="reader-body" ref={ref} />;
}
