import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/with-facts';
import { analyzeInChunks } from '../src/engine/chunks';
import { FEATURES } from '../src/engine/verdict/features';
import { model } from '../src/engine/verdict/score';
import { wordSignals, type ArticleSignals } from '../src/engine/verdict/signals';
import { normalizeForMatching, splitSentences } from '../src/engine/text';

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

/** The word-level counts of a text, as the engine reads them. */
const wordsOf = (text: string) => {
  const normalized = normalizeForMatching(text);
  return wordSignals(normalized, splitSentences(normalized));
};

/** Two summaries whose signals must differ only in the named counts: the rest of the story is told the same way. */
function differOnlyIn(a: ArticleSignals, b: ArticleSignals, names: (keyof ArticleSignals)[]) {
  const rest = (s: ArticleSignals) => Object.fromEntries(Object.entries(s).filter(([k]) => !names.includes(k as keyof ArticleSignals)));
  expect(rest(a)).toEqual(rest(b));
}

describe('the verdict reads the words themselves', () => {
  it('counts a sentence with a number (in figures or words, not "one") or a named place as a checkable specific', () => {
    expect(wordsOf('They were married for two years.').specificSentences).toBe(1);
    expect(wordsOf('The house sold for $6.5 million last spring.').specificSentences).toBe(1);
    expect(wordsOf('Her 28-year-old co-star laughed.').specificSentences).toBe(1);
    expect(wordsOf('She has one of the best voices around.').specificSentences).toBe(0);
    expect(wordsOf('They met in Paris.').specificSentences).toBe(1);
    expect(wordsOf('They met at the Oscars.').specificSentences).toBe(1);
    expect(wordsOf('They met in secret.').specificSentences).toBe(0);
    expect(wordsOf('The network was often on.').specificSentences).toBe(0);
    // Sentence by sentence: three sentences, two with a specific.
    expect(wordsOf('The band played in Dublin. The fans sang along. Nine songs were new.').specificSentences).toBe(2);
  });

  it('counts words in capitals as shouting, but not a short acronym, a wire dateline or a lead-in', () => {
    expect(wordsOf('EXCLUSIVE: the star has moved out.').shoutingSentences).toBe(1);
    expect(wordsOf('TRAGIC NEWS: her fans are in tears.').shoutingSentences).toBe(1);
    expect(wordsOf('The singer is back on stage AT LAST.').shoutingSentences).toBe(1);
    expect(wordsOf('BREAKING NEWS').shoutingSentences).toBe(1);
    expect(wordsOf('The NBA star was traded on draft night.').shoutingSentences).toBe(0);
    expect(wordsOf('LOS ANGELES (AP) \u2014 The actor was honoured last night.').shoutingSentences).toBe(0);
    expect(wordsOf('LONDON \u2014 The prince arrived by train.').shoutingSentences).toBe(0);
    // A magazine's lead-in: the first words in capitals, then plain text.
    expect(wordsOf('JENNIFER LOPEZ has a new film out this week.').shoutingSentences).toBe(0);
    expect(wordsOf('JENNIFER LOPEZ: she has a new film out.').shoutingSentences).toBe(1);
  });

  it('sums sentence lengths over prose only: a line of one or two words is a heading or a link', () => {
    const w = wordsOf("Read more:\nShe didn't say a word. The crowd waited for her in the rain all night.");
    expect(w.proseSentences).toBe(2);
    expect(w.proseWords).toBe(5 + 10);
    expect(w.proseWordsSquared).toBe(25 + 100);
  });

  // One evening told twice with the same words per sentence: once vaguely, once with numbers and places.
  const vague = [
    'The singer played a concert last night.',
    'The crowd was very large.',
    'She sang her old songs and her new ones.',
    'The show started much too late.',
    'Her band flew in that morning.',
    'Fans waited outside for hours afterwards.',
    'She thanked the crew on stage.',
    'The tour continues next month.',
  ];
  const specific = [
    'The singer played a concert in Denver.',
    'The crowd was about 20,000.',
    'She sang twelve old songs and three new ones.',
    'The show started 40 minutes late.',
    'Her band flew in from Chicago.',
    ...vague.slice(5),
  ];

  it('lowers the score for checkable specifics, and says so', () => {
    const a = summaryOf(vague.join(' '));
    const b = summaryOf(specific.join(' '));
    expect(a.signals.specificSentences).toBe(0);
    expect(b.signals.specificSentences).toBe(5);
    differOnlyIn(a.signals, b.signals, ['specificSentences']);
    expect(b.fabrication).toBeLessThan(a.fabrication - 0.1);
    expect(a.reasons).toContain('no number or named place to check');
  });

  it('raises the score for shouting in capitals', () => {
    const calm = summaryOf(['The singer is back on stage at last.', ...vague.slice(1)].join(' '));
    const loud = summaryOf(['The singer is back on stage AT LAST.', ...vague.slice(1)].join(' '));
    expect(loud.signals.shoutingSentences).toBe(1);
    differOnlyIn(calm.signals, loud.signals, ['shoutingSentences']);
    expect(loud.fabrication).toBeGreaterThan(calm.fabrication + 0.02);
  });

  it('lowers the score for sentences of varied length, as edited reports have, and raises it for a monotone run', () => {
    // Eight sentences each way, nothing sourced, no specifics: only how the sentences run differs.
    const monotone = [
      'The actress spent the afternoon walking her dogs near her home.',
      'She wore a long grey coat and carried a large bag.',
      'Her husband joined her later with their young children in tow.',
      'The family stopped for coffee before heading back to the house.',
      'The children laughed as the dogs chased leaves across the lawn.',
      'The actress smiled and waved at a few people passing by.',
      'Later that evening the couple went out for a quiet dinner.',
      'They left the restaurant together and drove home before it rained.',
    ];
    const varied = [
      'The actress spent the afternoon walking her dogs.',
      'She wore a long grey coat and carried a large bag, and her husband joined her later with their young children in tow, all of them in good spirits.',
      'They stopped for coffee.',
      'The children laughed as the dogs chased leaves across the lawn while the actress smiled and waved at a few people passing by on the street.',
      'It was quiet.',
      'Later that evening the couple went out for a quiet dinner at a small place they like.',
      'They left together.',
      'Then they drove home before it rained.',
    ];
    const a = summaryOf(monotone.join(' '));
    const b = summaryOf(varied.join(' '));
    differOnlyIn(a.signals, b.signals, ['proseWords', 'proseWordsSquared']);
    expect(b.fabrication).toBeLessThan(a.fabrication - 0.1);
    expect(a.reasons).toContain('sentences all of much the same length');
    expect(b.reasons).toContain('sentences varied in length, as in edited reporting');
  });

  it('adds the word counts of a page read in parts up to those of the whole', () => {
    const text = Array.from({ length: 30 }, (_, i) => `${specific.join(' ')} EXCLUSIVE: part ${i} of the story.`).join('\n\n');
    const steps = analyzeInChunks(text, (chunk) => analyze(chunk, { now: NOW }), 3000);
    let step = steps.next();
    while (!step.done) step = steps.next();
    const whole = analyze(text, { now: NOW }).summary.signals;
    for (const name of ['specificSentences', 'shoutingSentences', 'proseSentences', 'proseWords', 'proseWordsSquared'] as const) expect(step.value.summary.signals[name], name).toBe(whole[name]);
    expect(whole.shoutingSentences).toBe(30);
  });
});

