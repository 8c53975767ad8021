import { splitSentences } from '../engine/text';
import type { PublishedFrom } from '../extract/published-date';
import { CATEGORIES, type Analysis, type Category, type Finding } from '../engine/types';

const COLOURS: Record<Category, string> = {
  'anonymous-source': '\x1b[35m',
  'unverified-claim': '\x1b[33m',
  'invented-interview': '\x1b[36m',
  'fact-contradiction': '\x1b[31m',
};
const FROM_LABEL: Record<PublishedFrom, string> = {
  option: '--published', 'json-ld': 'JSON-LD', meta: 'a meta tag', time: 'a <time> in the header', url: 'the address', text: 'a dateline', none: 'nowhere',
};
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';

/** The human-readable report for one file: each flagged sentence with its categories, then the summary. */
export function formatReport(file: string, text: string, analysis: Analysis, colour: boolean, published?: { date: string | null; from: PublishedFrom }): string {
  const paint = (code: string, s: string) => (colour ? `${code}${s}${RESET}` : s);
  const lines = [paint(BOLD, file)];
  const sentences = splitSentences(text);
  let f = 0;
  const findings = analysis.findings;
  for (const s of sentences) {
    while (f < findings.length && findings[f]!.end <= s.start) f++;
    const here: Finding[] = [];
    for (let i = f; i < findings.length && findings[i]!.start < s.end; i++) if (findings[i]!.end > s.start) here.push(findings[i]!);
    if (!here.length) continue;
    const categories = CATEGORIES.filter((c) => here.some((h) => h.category === c));
    const tags = categories.map((c) => paint(COLOURS[c], `[${c}]`)).join(' ');
    const sentence = text.slice(s.start, s.end).replace(/\s+/g, ' ');
    lines.push(`  ${tags} ${sentence.length > 220 ? `${sentence.slice(0, 217)}...` : sentence}`);
    for (const h of here) {
      if (h.evidence) lines.push(paint(DIM, `      ${h.message} Fact: ${h.evidence.fact} (${h.evidence.source}, as of ${h.evidence.asOf})`));
    }
  }
  const { counts, fabrication, verdict, explanation } = analysis.summary;
  const countText = CATEGORIES.map((c) => `${c} ${counts[c]}`).join(', ');
  lines.push(`  ${paint(BOLD, 'summary')}: ${countText}`);
  if (published) lines.push(`  ${paint(BOLD, 'published')}: ${published.date ? `${published.date} (from ${FROM_LABEL[published.from]})` : 'none found (facts checked without a date)'}`);
  lines.push(`  ${paint(BOLD, 'verdict')}: ${verdict} (fabrication ${fabrication.toFixed(2)}): ${explanation}`);
  return lines.join('\n');
}
