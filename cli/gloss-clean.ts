/**
 * gloss-clean: clean a web page or a text rendering of one into its article, from the command line.
 *
 *   npm run clean -- page.html            npm run clean -- https://example.com/story --format json
 *   npm run clean -- dump.txt             curl -s https://example.com/story | npm run clean -- -
 *
 * Errors are one line on stderr starting with "gloss-clean: "; exit 1 on errors, 2 when there is no article.
 * This entry only installs the last-resort handlers, then loads the command: even a module that fails to load
 * ends in one line, not a stack trace.
 */
import { describeError, EXIT_FAILURE } from './errors';

function fatal(error: unknown): void {
  process.stderr.write(`gloss-clean: internal error: ${describeError(error)}\n`);
  process.exit(EXIT_FAILURE);
}

process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
// A closed pipe (`… | head`) is not an error worth a message.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : EXIT_FAILURE));

try {
  const { run } = await import('./run');
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin,
  });
} catch (error) {
  fatal(error);
}
