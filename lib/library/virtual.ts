/** Which rows of a fixed-row-height list to render: the visible ones and a few either side. */
export interface VisibleRange {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

export function visibleRange(opts: {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  overscan?: number;
}): VisibleRange {
  const { scrollTop, viewportHeight, rowHeight, count } = opts;
  const overscan = opts.overscan ?? 6;
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count - 1, first) - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end: Math.max(start, end) };
}
