#!/usr/bin/env node
import { main } from './gossip-lens';

// Buffered writes: batch runs print hundreds of lines, and process.stdout.write per line is slow when piped.
const chunks: string[] = [];
const flush = () => {
  if (chunks.length) process.stdout.write(chunks.join(''));
  chunks.length = 0;
};
const code = main(
  process.argv.slice(2),
  (s) => {
    chunks.push(s + '\n');
    if (chunks.length > 200) flush();
  },
  (s) => {
    flush();
    process.stderr.write(s + '\n');
  },
  Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
);
flush();
process.exitCode = code;
