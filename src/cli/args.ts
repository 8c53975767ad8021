import { CATEGORIES, isCategory, type Category } from '../engine/types';

export interface ScanArgs {
  json: boolean;
  published?: string;
  categories?: Category[];
  files: string[];
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `usage: gossip-lens scan [--json] [--published YYYY-MM-DD] [--categories a,b] FILE...

Scans saved articles (.txt or .html) and reports anonymous sources, unverified claims,
invented-interview marks and contradictions of the bundled known facts.

  --json                 one JSON object per file, one per line
  --published DATE       the articles' publication date (YYYY-MM-DD); ages are judged as of it
  --categories a,b       only these categories: ${CATEGORIES.join(', ')}
  -h, --help             this help
  -v, --version          the version`;

export function parseScanArgs(argv: readonly string[]): ScanArgs {
  const args: ScanArgs = { json: false, files: [] };
  let filesOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (filesOnly || !arg.startsWith('-') || arg === '-') {
      args.files.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`option ${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--':
        filesOnly = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--published': {
        const v = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
          throw new UsageError(`option --published: "${v}" is not a date in the form YYYY-MM-DD`);
        }
        args.published = v;
        break;
      }
      case '--categories': {
        const list = value().split(',').map((c) => c.trim()).filter(Boolean);
        const unknown = list.filter((c) => !isCategory(c));
        if (unknown.length || !list.length) {
          throw new UsageError(`option --categories: unknown category "${unknown.join(', ') || '(none)'}" (known: ${CATEGORIES.join(', ')})`);
        }
        args.categories = list as Category[];
        break;
      }
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  return args;
}
