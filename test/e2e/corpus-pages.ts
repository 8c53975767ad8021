import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface LabelledArticle {
  id: string;
  text: string;
  labels: { category: string; quote: string; optional?: boolean }[];
}

// The founding articles, from ../shared beside the project. Absent in a plain clone: callers skip, saying so.
export const SHARED_DEV = new URL('../../../shared/corpus/dev/', import.meta.url).pathname;

export function devArticles(): LabelledArticle[] {
  if (!existsSync(SHARED_DEV)) return [];
  return readdirSync(SHARED_DEV).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(`${SHARED_DEV}${f}`, 'utf8')));
}

/** The sentence (as the scorer segments it) around each required label, per category. */
export function requiredSentences(text: string, labels: LabelledArticle['labels']): { category: string; sentence: string }[] {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const sentences = [...seg.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length, text: s.segment.trim() }));
  const out: { category: string; sentence: string }[] = [];
  for (const l of labels) {
    if (l.optional) continue;
    const at = text.indexOf(l.quote);
    const s = sentences.find((x) => x.start <= at && at < x.end);
    if (s && s.text.length > 3) out.push({ category: l.category, sentence: s.text });
  }
  return out;
}
