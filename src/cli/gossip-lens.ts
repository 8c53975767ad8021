import { analyze } from '../engine/with-facts';
import { parseScanArgs, UsageError, USAGE } from './args';
import { InputError, readArticle, type Article } from './read-article';
import { formatReport } from './report';

declare const __VERSION__: string;

/** Runs the command line; returns the exit code (0 ok, 2 bad input or usage). Output goes through the writers. */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void, colour = false): number {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    out(USAGE);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
    return 0;
  }
  if (command !== 'scan') {
    err(`gossip-lens: ${command === undefined ? 'missing command' : `unknown command "${command}"`} (try: gossip-lens scan FILE...)`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    out(USAGE);
    return 0;
  }
  let args;
  try {
    args = parseScanArgs(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`gossip-lens: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (!args.files.length) {
    err('gossip-lens: no files given (usage: gossip-lens scan [--json] [--published YYYY-MM-DD] FILE...)');
    return 2;
  }
  let status = 0;
  for (const file of args.files) {
    let article: Article;
    try {
      article = readArticle(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err(`gossip-lens: ${e.message}`);
      status = 2;
      continue;
    }
    // --published wins over anything the file says.
    const published = args.published ? { date: args.published, from: 'option' as const } : article.published;
    const analysis = analyze(article.text, { published: published.date ?? undefined, categories: args.categories });
    if (args.json) out(JSON.stringify({ file, flags: analysis.findings, summary: analysis.summary, published }));
    else out(formatReport(file, article.text, analysis, colour, published));
  }
  return status;
}
