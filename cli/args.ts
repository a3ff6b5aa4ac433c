/** Command-line arguments of gloss-clean. */
import { CliError } from './errors';

export type OutputFormat = 'markdown' | 'text' | 'json';
export const FORMATS: readonly OutputFormat[] = ['markdown', 'text', 'json'];

export interface CliArgs {
  input: string | null;
  format: OutputFormat;
  help: boolean;
}

export const USAGE = `Usage: npm run clean -- <file.html|file.txt|URL|-> [--format markdown|text|json]

Cleans a web page (HTML file, URL) or a text / Markdown rendering of one into the article it holds.

Arguments:
  <input>              an .html/.htm file, a .txt/.md file, an http(s) URL, or - for standard input

Options:
  -f, --format <fmt>   markdown (default), text or json (the full Article object)
  -h, --help           show this help

Exit codes: 0 success, 1 error (bad arguments, unreadable input, unreachable URL), 2 not an article.`;

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined || value === '') throw new CliError(`--format needs a value: ${FORMATS.join(', ')}`);
  const format = value.toLowerCase() === 'md' ? 'markdown' : value.toLowerCase();
  if (!FORMATS.includes(format as OutputFormat)) throw new CliError(`unknown format "${value}" (use ${FORMATS.join(', ')})`);
  return format as OutputFormat;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const inputs: string[] = [];
  let format: OutputFormat = 'markdown';
  let help = false;
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (optionsDone || arg === '-' || !arg.startsWith('-')) inputs.push(arg);
    else if (arg === '--') optionsDone = true;
    else if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '-f' || arg === '--format') format = parseFormat(argv[++i]);
    else if (arg.startsWith('--format=')) format = parseFormat(arg.slice('--format='.length));
    else throw new CliError(`unknown option ${arg} (see --help)`);
  }
  if (inputs.length > 1) throw new CliError(`expected one input, got ${inputs.length}: ${inputs.join(' ')}`);
  return { input: inputs[0] ?? null, format, help };
}
