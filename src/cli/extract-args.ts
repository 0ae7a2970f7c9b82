/** Command-line arguments of `npm run --silent extract -- [options] FILE...`. */

export interface ExtractArgs {
  files: string[];
  timeoutMs: number;
  maxPages: number | undefined;
  jobs: number;
}

export const USAGE = `Usage: npm run --silent extract -- [options] FILE...

Extracts recommendations from decisions and reports (.pdf, .docx, .txt, .md, .html) and prints one
ExtractionResult per file as JSON Lines, in argument order. Exit status: 0 all files extracted,
1 some file had an error (its line says why), 2 wrong usage.

Options:
  --timeout-seconds N   give up on a file after N seconds (default 60)
  --max-pages N         refuse PDFs with more than N pages (default 500)
  --jobs N              read N files at a time (default 2)
  -h, --help            this text`;

export class UsageError extends Error {}

function positiveNumber(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag} needs a positive number`);
  return n;
}

/** Returns null when help was asked for. */
export function parseExtractArgs(argv: string[]): ExtractArgs | null {
  const args: ExtractArgs = { files: [], timeoutMs: 60_000, maxPages: undefined, jobs: 2 };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      args.files.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--':
        onlyFiles = true;
        break;
      case '-h':
      case '--help':
        return null;
      case '--timeout-seconds':
        args.timeoutMs = Math.round(positiveNumber(flag, value()) * 1000);
        break;
      case '--max-pages':
        args.maxPages = Math.floor(positiveNumber(flag, value()));
        break;
      case '--jobs':
        args.jobs = Math.min(16, Math.floor(positiveNumber(flag, value())));
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (args.files.length === 0) throw new UsageError('no files given');
  return args;
}
