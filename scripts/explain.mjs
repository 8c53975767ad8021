// Developer aid: prints each finding of one corpus article with the text it covers and the summary.
//   node scripts/explain.mjs ../shared/corpus/train/some-article.json [category]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [file, only] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(file, 'utf8'));
const tmp = join(mkdtempSync(join(tmpdir(), 'explain-')), `${doc.id}.txt`);
writeFileSync(tmp, doc.text);
const args = ['build/cli/gossip-lens.js', 'scan', '--json', ...(doc.published ? ['--published', doc.published] : []), tmp];
const out = JSON.parse(execFileSync('node', args, { encoding: 'utf8' }));
for (const f of out.flags) {
  if (only && f.category !== only) continue;
  console.log(`${f.category.padEnd(19)} ${f.rule.padEnd(28)} ${JSON.stringify(doc.text.slice(f.start, f.end)).slice(0, 160)}${f.evidence ? `\n    ${f.message}` : ''}`);
}
console.log(doc.verdict, JSON.stringify(out.summary));
