// @vitest-environment happy-dom
/**
 * The content script's watchers for pages that change under it (entrypoints/article.content/page-watch.ts):
 * URL changes by pushState and popstate, waiting for the DOM to settle, and retrying while the page changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { retryWhileChanging, watchUrl, whenQuiet } from '@/entrypoints/article.content/page-watch';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState({}, '', '/');
});

describe('watchUrl', () => {
  it('reports a pushState navigation (no event) and a popstate one, each once', async () => {
    const seen: string[] = [];
    const stop = watchUrl(window, (url) => seen.push(new URL(url).pathname));
    history.pushState({}, '', '/story/two');
    await sleep(650);
    expect(seen).toEqual(['/story/two']);
    history.replaceState({}, '', '/story/three');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/story/two', '/story/three']);
    await sleep(650);
    expect(seen, 'the poll does not report it again').toEqual(['/story/two', '/story/three']);
    stop();
    history.pushState({}, '', '/story/four');
    await sleep(650);
    expect(seen, 'stopped').toHaveLength(2);
  });
});

describe('whenQuiet', () => {
  it('waits until the DOM has stopped changing', async () => {
    const started = Date.now();
    const quiet = whenQuiet(document.body, 100, 2_000);
    for (let i = 0; i < 4; i++) {
      await sleep(50);
      document.body.append(document.createElement('p'));
    }
    await quiet;
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('gives up waiting after maxMs on a page that never stops changing', async () => {
    const ticking = setInterval(() => document.body.append(document.createElement('span')), 20);
    const started = Date.now();
    await whenQuiet(document.body, 100, 300);
    clearInterval(ticking);
    expect(Date.now() - started).toBeLessThan(600);
  });
});

describe('retryWhileChanging', () => {
  it('tries at once, again after each burst of changes, and stops once done', async () => {
    let attempts = 0;
    const retry = retryWhileChanging(
      () => document.body,
      () => ++attempts >= 3 || document.body.textContent!.includes('story'),
      { settleMs: 50 },
    );
    retry.start();
    expect(attempts).toBe(1);
    document.body.append(document.createElement('div'));
    document.body.append(document.createElement('div'));
    await sleep(120);
    expect(attempts, 'one retry for the burst').toBe(2);
    const text = document.createElement('p');
    text.textContent = 'the story';
    document.body.append(text);
    await sleep(120);
    expect(attempts).toBe(3);
    document.body.append(document.createElement('div'));
    await sleep(120);
    expect(attempts, 'done: no more retries').toBe(3);
    retry.stop();
  });

  it('does not retry on the changes its own attempt made', async () => {
    let attempts = 0;
    const retry = retryWhileChanging(
      () => document.body,
      () => {
        attempts++;
        document.body.append(document.createElement('mark'));
        return false;
      },
      { settleMs: 30 },
    );
    retry.start();
    await sleep(120);
    expect(attempts).toBe(1);
    retry.stop();
  });

  it('can wait for the first change, and stops after maxAttempts', async () => {
    let attempts = 0;
    const retry = retryWhileChanging(
      () => document.body,
      () => (attempts++, false),
      { settleMs: 20, maxAttempts: 2, attemptAtStart: false },
    );
    retry.start();
    expect(attempts).toBe(0);
    for (let i = 0; i < 4; i++) {
      document.body.append(document.createElement('div'));
      await sleep(60);
    }
    expect(attempts).toBe(2);
  });

  it('gives up after giveUpMs', async () => {
    let attempts = 0;
    const retry = retryWhileChanging(
      () => document.body,
      () => (attempts++, false),
      { settleMs: 20, giveUpMs: 100 },
    );
    retry.start();
    await sleep(150);
    const after = attempts;
    document.body.append(document.createElement('div'));
    await sleep(80);
    expect(attempts).toBe(after);
  });
});
