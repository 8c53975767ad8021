import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Both builds (the extension's, with vite, and the CLI's) must refuse a malformed known-facts file with a
// message that names the entry: run for real, in a copy of the project with one fact broken.
const root = resolve(__dirname, '..');
const copies: string[] = [];

function projectWith(mutate: (facts: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'gossip-lens-facts-'));
  copies.push(dir);
  for (const entry of ['package.json', 'tsconfig.json', 'vite.config.ts', 'manifest.json', 'src', 'icons', 'scripts']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const file = join(dir, 'src/facts/known-facts.json');
  const facts = JSON.parse(readFileSync(file, 'utf8'));
  mutate(facts);
  writeFileSync(file, JSON.stringify(facts, null, 2));
  return dir;
}

function run(dir: string, script: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('a malformed known-facts file fails the build, naming the entry', () => {
  it('in the extension build (vite)', () => {
    const dir = projectWith((f) => delete f.people.find((p: any) => p.id === 'katie-holmes').source);
    const { status, output } = run(dir, 'node_modules/vite/bin/vite.js', ['build', '--logLevel', 'error']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/people "katie-holmes" source/);
    expect(output).not.toMatch(/TypeError/);
  }, 120_000);

  it('in the CLI build', () => {
    const dir = projectWith((f) => (f.marriages[0].spouses[0] = 'tom-cruse'));
    const { status, output } = run(dir, 'scripts/build-cli.mjs');
    expect(status).not.toBe(0);
    expect(output).toMatch(/marriages "[^"]+": unknown person id "tom-cruse"/);
  }, 120_000);
});
