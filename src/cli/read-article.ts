import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { datelineDate } from '../extract/dateline';
import { publishedDate, type PublishedFrom } from '../extract/published-date';
import { readHtmlPage } from './html-text';

/** A file that cannot be scanned; the message is one line and names the file. */
export class InputError extends Error {
  override name = 'InputError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An article file's text and the publication date it carries (from 'none' with date null when it carries none). */
export interface Article {
  text: string;
  published: { date: string | null; from: PublishedFrom };
}

/**
 * Reads a .txt or .html article as text, refusing what is not a readable UTF-8 article. An HTML page's date
 * comes from its markup (see extract/published-date.ts); a text file's from a dateline in its first lines.
 */
export function readArticle(file: string, now: Date = new Date()): Article {
  let stat;
  try {
    stat = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`}`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not an article file`);
  if (!stat.isFile()) throw new InputError(`${file}: not a regular file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0) throw new InputError(`${file}: empty file`);
  if (bytes.includes(0)) throw new InputError(`${file}: binary file (contains NUL bytes), expected .txt or .html text`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const ext = extname(file).toLowerCase();
  const isHtml = ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(?:!doctype\s+html|html)\b/i.test(text));
  const page = isHtml ? readHtmlPage(text) : undefined;
  const article = page ? page.text : text;
  if (!article.trim()) throw new InputError(`${file}: no article text${isHtml ? ' found in the HTML' : ''}`);
  const found = page ? publishedDate(page.dateInput, now) : datelineOf(article, now);
  return { text: article, published: found ?? { date: null, from: 'none' } };
}

function datelineOf(text: string, now: Date): { date: string; from: 'text' } | undefined {
  const date = datelineDate(text, now);
  return date ? { date, from: 'text' } : undefined;
}
