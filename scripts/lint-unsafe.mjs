// Lint: no HTML-string APIs or code evaluation anywhere in src/. Page text must reach the DOM only
// through textContent and DOM methods. Exits 1 and names file:line for each use found.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const FORBIDDEN = [
  [/\.(?:innerHTML|outerHTML)\s*(?:\+?=)(?!=)/, 'assignment to innerHTML/outerHTML'],
  [/\binsertAdjacentHTML\s*\(/, 'insertAdjacentHTML'],
  [/\bdocument\.write(?:ln)?\s*\(/, 'document.write'],
  [/(?<![\w.$])eval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/\bsetTimeout\s*\(\s*['"`]/, 'setTimeout with a string'],
  [/\bcreateContextualFragment\s*\(/, 'createContextualFragment'],
];

/** Problems in one file's text; comments are blanked first so prose may mention the APIs. */
export function lintSource(text, file = '(source)') {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const problems = [];
  code.split('\n').forEach((line, i) => {
    for (const [re, what] of FORBIDDEN) if (re.test(line)) problems.push(`${file}:${i + 1}: ${what} is not allowed`);
  });
  return problems;
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(?:ts|tsx|js|mjs|html)$/.test(name)) yield p;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'src';
  const problems = [...files(root)].flatMap((f) => lintSource(readFileSync(f, 'utf8'), relative('.', f)));
  for (const p of problems) console.error(p);
  if (problems.length) process.exit(1);
  console.log(`lint-unsafe: ${root} clean`);
}
