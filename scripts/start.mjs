// `npm start`: build the Chrome extension, serve demo/, open the demo article in Chromium with Gloss loaded,
// and write screenshots and the cleaned article to out/start/. Headless, the screenshots are a tour of Gloss at
// work (start-tour.mjs); with a display, Chromium stays open on the article.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { tsImport } from 'tsx/esm/api';
import { assertChromium, blockExternalRequests, launchWithExtension, popupUrl, tabIdFor, waitForPageStatus } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { popupLoaded, tourScreenshots } from './start-tour.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'start');
const headless = !process.env.DISPLAY;

function build() {
  console.log('Building the Chrome extension (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status ?? result.signal})`);
}

/** The cleaner in Node, on the same HTML the browser got. */
async function cleanServedPage(url) {
  const html = await (await fetch(url)).text();
  const { document } = parseHTML(html);
  const { cleanArticle, detectArticle } = await tsImport('../lib/cleaner/index.ts', import.meta.url);
  return { detection: detectArticle(document, { url }), article: cleanArticle(document, { url }) };
}

/** The same Markdown the command-line tool prints (`npm run clean`). */
async function toMarkdown(article) {
  const { formatArticle } = await tsImport('../cli/format.ts', import.meta.url);
  return formatArticle(article, 'markdown');
}

/** With a display: the article as it opens and the popup once its data has loaded; the browser stays as it is. */
async function glanceScreenshots(browser, page, tabId) {
  await page.screenshot({ path: join(outDir, 'screenshot-article.png') });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(popupUrl(browser.extensionId, tabId));
  await popupLoaded(popup);
  await popup.screenshot({ path: join(outDir, 'screenshot-popup.png') });
  return ['screenshot-article.png', 'screenshot-popup.png'];
}

async function main() {
  assertChromium();
  build();
  mkdirSync(outDir, { recursive: true });
  const server = await startServer(join(root, 'demo'));
  const browser = await launchWithExtension(join(root, '.output', 'chrome-mv3'), { headless });
  const shutdown = async () => {
    await browser.close();
    await server.close();
  };
  try {
    await blockExternalRequests(browser.context);
    const articleUrl = `${server.url}article.html`;
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(articleUrl);
    const tabId = await tabIdFor(browser.serviceWorker, articleUrl);
    const status = await waitForPageStatus(browser.serviceWorker, tabId);
    console.log(`Detection for ${articleUrl}:`, JSON.stringify(status.detection));
    const screenshots = headless ? await tourScreenshots({ browser, page, tabId, outDir }) : await glanceScreenshots(browser, page, tabId);

    const { detection, article } = await cleanServedPage(articleUrl);
    writeFileSync(join(outDir, 'article.json'), JSON.stringify({ url: articleUrl, detection, article }, null, 2) + '\n');
    writeFileSync(join(outDir, 'article.md'), article ? await toMarkdown(article) : '_The cleaner found no article._\n');

    const shown = (name) => relative(process.cwd(), join(outDir, name)) || name;
    console.log('\nGloss demo output:');
    for (const name of [...screenshots, 'article.md', 'article.json']) console.log(`  ${shown(name)}`);
    if (headless) return await shutdown();

    console.log(`\nChromium stays open (demo served at ${server.url}). Press Ctrl-C to quit.`);
    await page.bringToFront();
    await new Promise((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
      browser.context.once('close', resolve);
    });
    await shutdown();
  } catch (error) {
    await shutdown();
    throw error;
  }
}

main().catch((error) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
