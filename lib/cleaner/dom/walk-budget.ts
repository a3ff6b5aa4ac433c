/**
 * How much of a page one walk of the cleaner reads. Every page the reader opens is walked (detection) and an
 * article is walked again to clean it, on the page's main thread, so a page of 100,000 paragraphs or a megabyte
 * of text must not cost seconds. Past either limit the walk stops: what came before is the page, as if it ended
 * there. Articles are far smaller: the benchmark's largest page has about 4,000 nodes, and a long read is
 * 100,000 characters.
 */
export const MAX_WALK_NODES = 60_000;
export const MAX_WALK_TEXT = 500_000;

export class WalkBudget {
  private nodes = 0;
  private text = 0;
  /** Whether the walk stopped early. */
  exhausted = false;

  /** Counts one more node; false once the walk has read all it may. */
  visit(): boolean {
    if (this.exhausted || ++this.nodes > MAX_WALK_NODES || this.text >= MAX_WALK_TEXT) this.exhausted = true;
    return !this.exhausted;
  }

  /** `text`, cut to what is left of the text budget, which it then counts. */
  take(text: string): string {
    const left = MAX_WALK_TEXT - this.text;
    const taken = text.length <= left ? text : text.slice(0, Math.max(0, left));
    this.text += taken.length;
    return taken;
  }
}
