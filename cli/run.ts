/** The gloss-clean command: arguments -> input -> HTML or text cleaner -> formatted article. */
import { parseHTML } from 'linkedom';
import { cleanArticle, cleanText, detectArticle } from '../lib/cleaner';
import type { Article } from '../lib/cleaner';
import { parseArgs, USAGE } from './args';
import { CliError, describeError, EXIT_FAILURE, EXIT_NOT_ARTICLE } from './errors';
import { formatArticle } from './format';
import { loadInput } from './input';
import type { LoadedInput } from './input';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin?: NodeJS.ReadStream;
}

function cleanHtml(input: LoadedInput): Article | null {
  // A bare fragment still needs a document around it for linkedom to give a <body>.
  const html = /<html[\s>]/i.test(input.content) ? input.content : `<!doctype html><html><body>${input.content}</body></html>`;
  const { document } = parseHTML(html);
  const options = input.url ? { url: input.url } : {};
  const detection = detectArticle(document, options);
  if (!detection.isArticle) {
    const why = detection.reasons.length ? `: ${detection.reasons.join('; ')}` : '';
    throw new CliError(
      `${input.label} does not look like an article (score ${detection.score.toFixed(2)})${why}`.replace(/\s+/g, ' '),
      EXIT_NOT_ARTICLE,
    );
  }
  const article = cleanArticle(document, options);
  return article && input.url && !article.url ? { ...article, url: input.url } : article;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout(USAGE + '\n');
      return 0;
    }
    if (args.input === null) {
      io.stderr(USAGE + '\n');
      return EXIT_FAILURE;
    }
    const input = await loadInput(args.input, io.stdin);
    const article = input.kind === 'html' ? cleanHtml(input) : cleanText(input.content);
    if (!article || article.paragraphs.length === 0) throw new CliError(`no article text found in ${input.label}`, EXIT_NOT_ARTICLE);
    io.stdout(formatArticle(input.url && !article.url ? { ...article, url: input.url } : article, args.format));
    return 0;
  } catch (error) {
    const message = error instanceof CliError ? error.message : describeError(error);
    io.stderr(`gloss-clean: ${message}\n`);
    return error instanceof CliError ? error.exitCode : EXIT_FAILURE;
  }
}
