import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/with-facts';
import { analyzeInChunks } from '../src/engine/chunks';
import { FEATURES } from '../src/engine/verdict/features';
import { model } from '../src/engine/verdict/score';

const NOW = new Date('2026-11-24T00:00:00Z');
const summaryOf = (text: string) => analyze(text, { now: NOW }).summary;

// One story told three ways: resting on unnamed people, on the record, and with no sourcing at all.
const story = (source1: string, source2: string, source3: string) =>
  [
    `The singer and the actor have split after two years together, ${source1}.`,
    'The couple were last seen together at a gala in Paris.',
    `${source2} that the pair had drifted apart over the summer.`,
    'They share a house in Malibu, which is now up for sale.',
    `${source3} the decision was mutual.`,
    'The singer is due to begin a world tour in the spring.',
    'The actor is filming a thriller in Toronto.',
    'Neither has appeared at an event since.',
  ].join(' ');

const unnamed = story('a source close to the couple told the magazine', 'An insider said', 'Another friend of the pair claimed');
const onRecord = story('her representative confirmed in a statement to People', 'The singer told Vogue in an interview', 'The actor wrote on Instagram that');

describe('the verdict', () => {
  it('raises the score for unnamed sourcing and lowers it for named, on-record sourcing', () => {
    const a = summaryOf(unnamed);
    const b = summaryOf(onRecord);
    expect(a.signals.anonymousSentences).toBe(3);
    expect(b.signals.anonymousSentences).toBe(0);
    expect(b.signals.onRecordSentences).toBe(3);
    expect(a.fabrication).toBeGreaterThan(b.fabrication + 0.2);
    expect(b.verdict).toBe('reported');
    expect(a.verdict).not.toBe('reported');
  });

  it('names what moved the score, in words, in the explanation and the reasons', () => {
    const a = summaryOf(unnamed);
    expect(a.reasons[0]).toMatch(/3 of 8 sentences rest on unnamed sources/);
    expect(a.explanation).toContain(a.reasons[0]);
    const b = summaryOf(onRecord);
    expect(b.reasons.join(' ')).toMatch(/sourced on the record/);
    expect(b.explanation).toMatch(/sourced reporting/);
  });

  it('reads an invented tell-all as likely fabricated', () => {
    const tellAll = [
      'In an exclusive interview, the star finally opens up about the night everything changed.',
      'The sun dipped low over the hills as he arrived at the manor.',
      '"I was terrified," he said, his voice trembling.',
      'Tears welled in her eyes as she took his hand.',
      'He knew this was more than friendship.',
      '"You saved my soul," he whispered.',
      'She closed her eyes and let the memory wash over her.',
      'Neither of them spoke for a long time.',
    ].join(' ');
    const s = summaryOf(tellAll);
    expect(s.verdict).toBe('likely-fabricated');
    expect(s.fabrication).toBeGreaterThanOrEqual(model.thresholds.likelyFabricated);
    expect(s.explanation).toMatch(/invented narration|"exclusive" or "tell-all"/);
  });

  it('shows the invented scenes of a story that leans on insiders (the verdict no longer hides them)', () => {
    const story = [
      'An insider close to the actress revealed that the marriage is over.',
      'Tears welled in her eyes as she packed his letters into a box.',
      '"I can\'t do this anymore," she whispered, her voice trembling.',
      'A source told the magazine that the pair no longer speak.',
      'She stared out at the rain, wondering where it all went wrong.',
      'Another insider claimed the actor has already moved out.',
      'Friends say she is devastated.',
      'The couple have not commented.',
    ].join(' ');
    const a = analyze(story, { now: NOW });
    expect(a.summary.verdict).not.toBe('reported');
    expect(a.summary.counts['anonymous-source']).toBeGreaterThanOrEqual(3);
    expect(a.summary.counts['invented-interview']).toBeGreaterThanOrEqual(2);
  });

  it('judges a page read in parts by the sum of its parts', () => {
    const text = Array.from({ length: 40 }, () => unnamed).join('\n\n');
    const steps = analyzeInChunks(text, (chunk) => analyze(chunk, { now: NOW }), 4000);
    let step = steps.next();
    while (!step.done) step = steps.next();
    const whole = analyze(text, { now: NOW }).summary;
    expect(step.value.summary.signals).toEqual(whole.signals);
    expect(step.value.summary.fabrication).toBe(whole.fabrication);
  });

  it('is bundled with one weight per feature the engine computes', () => {
    expect(model.features).toEqual(FEATURES.map((f) => f.name));
    expect(model.weights).toHaveLength(FEATURES.length);
    expect(model.thresholds.mixed).toBeLessThan(model.thresholds.likelyFabricated);
  });
});
