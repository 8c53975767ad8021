// What `npm test` builds before it tests: the CLI, the Chrome extension (dist/) and the Firefox one
// (dist-firefox/), as `npm run build && npm run build:firefox` would, but side by side: the three write to
// separate places and each spends part of its time waiting on files. Prints a line per build, and a build's
// whole output only where it failed (`npm run build` shows everything).
import { spawn } from 'node:child_process';

const vite = 'node_modules/vite/bin/vite.js';
const builds = [
  ['CLI', 'node', ['scripts/build-cli.mjs']],
  ['Chrome extension', 'node', [vite, 'build', '--logLevel', 'warn']],
  ['Firefox extension', 'node', [vite, 'build', '--mode', 'firefox', '--logLevel', 'warn']],
];
const results = await Promise.all(builds.map(([name, cmd, args]) => new Promise((done) => {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.on('close', (code) => done({ name, code, output }));
})));
for (const r of results) {
  if (r.code !== 0) process.stdout.write(r.output);
  console.log(`${r.code === 0 ? 'built' : 'FAILED'}: ${r.name}`);
}
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
