import { useEffect, useRef, useState } from 'preact/hooks';
import type { RowModel } from '@/lib/library/group';
import { visibleRange } from '@/lib/library/virtual';
import type { PageRecord } from '@/lib/model/annotation';
import { EntryRow, HeaderRow } from './AnnotationRow';

export const ROW_HEIGHT = 60;
/** Rows rendered beyond each edge of the view, so scrolling doesn't show blank space before they render. */
const OVERSCAN = 6;

export interface AnnotationListProps {
  rows: RowModel;
  pages: ReadonlyMap<string, PageRecord>;
  selection: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onSpeaker: (speakerKey: string, name: string) => void;
  /** Used until the list has been measured (and in DOMs without layout). */
  initialHeight?: number;
  /** Changes when the rows are a new result: the list scrolls back to the top. */
  resultKey?: unknown;
}

/** Virtualized: only the rows in view (and a few either side) are in the DOM, whatever the library's size. */
export function AnnotationList({ rows, pages, selection, onToggle, onSpeaker, initialHeight = 800, resultKey }: AnnotationListProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(initialHeight);
  // The first frame holds only the rows in view: the ones beyond the fold (there for scrolling) would be
  // created, styled and laid out before anything is on screen. They come with the next frame.
  const [overscan, setOverscan] = useState(0);
  useEffect(() => setOverscan(OVERSCAN), []);

  useEffect(() => {
    const element = viewport.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // The observed size, not clientHeight: reading that would force a layout of its own.
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry ? Math.round(entry.contentRect.height) : 0;
      if (measured > 0) setHeight(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Back to the top for a new result, not on mount: the list starts there, and setting scrollTop forces a
  // layout right after the first frame.
  const shownKey = useRef(resultKey);
  useEffect(() => {
    if (Object.is(shownKey.current, resultKey)) return;
    shownKey.current = resultKey;
    if (viewport.current) viewport.current.scrollTop = 0;
    setScrollTop(0);
  }, [resultKey]);

  const { start, end } = visibleRange({ scrollTop, viewportHeight: height, rowHeight: ROW_HEIGHT, count: rows.count, overscan });
  const rendered = [];
  for (let i = start; i < end; i++) {
    const row = rows.row(i);
    rendered.push(
      <div
        key={i}
        class="row-slot"
        style={{ top: `${i * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
        role="listitem"
        aria-posinset={i + 1}
        aria-setsize={rows.count}
      >
        {row.type === 'entry' ? (
          <EntryRow
            entry={row.entry}
            page={pages.get(row.entry.annotation.pageUrl)}
            selected={selection.has(row.entry.annotation.id)}
            onToggle={onToggle}
            onSpeaker={onSpeaker}
          />
        ) : (
          <HeaderRow row={row} />
        )}
      </div>,
    );
  }
  return (
    <div
      class="list-viewport"
      ref={viewport}
      data-testid="library-list"
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
    >
      <div class="list-spacer" role="list" style={{ height: `${rows.count * ROW_HEIGHT}px` }}>
        {rendered}
      </div>
    </div>
  );
}
