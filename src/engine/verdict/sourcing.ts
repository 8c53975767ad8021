/**
 * On-record sourcing: what reporting names and rumour leaves out. A claim given to a named person, a
 * named outlet, a statement, a representative, a court paper or the star's own post can be checked;
 * a claim resting on "an insider" cannot. These patterns are not rules (nothing is highlighted): the
 * verdict counts the sentences they mark. Found in the engine's one pass, beside the rules.
 */

const SPEECH = String.raw`(?:said|says|told|tells|explained|added|adds|wrote|writes|posted|shared|confirmed|revealed|recalled|joked|admitted|insisted|noted|stated|announced|tweeted|captioned|gushed|quipped|replied|responded|commented|continued)`;

// Capitalised words that open a sentence or name no one: "Sources say", "Friends said", "The pair told",
// "told Monday". Checked on each match in code: as a look-ahead in the patterns they would weigh on every page.
const NOT_NAMES = new Set(
  'A An The One Another Some Many Most Several Multiple Other Others Source Sources Insider Insiders Friend Friends Pal Pals Witness Witnesses Onlooker Onlookers Someone Somebody Everyone Fans Critics Reports Rumors Rumours It This That These Those They We You I Who Neither Nobody Experts Observers Eyewitnesses Relatives Family Officials Staff Staffers Neighbors Neighbours Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday'.split(' '),
);

/**
 * "Jennifer Lopez said", "Lopez told", "she said": a named speaker (a pronoun refers back to one). Only the
 * name's last word is read: a capitalised word right before the verb, so each place is tried in constant time.
 */
const NAMED_SPEAKER = new RegExp(
  String.raw`\b[A-Z]\w*[ \t]+(?:(?:also|later|previously|once|recently|then|has|had|have)\s+)?${SPEECH}\b|\b(?:she|he)\s+(?:(?:also|later|previously|once|recently|then|has|had)\s+)?${SPEECH}\b`,
);

/** '..., said Jennifer Lopez', 'told People', 'in an interview with Vogue': the name comes after the verb. */
const NAMED_AFTER_VERB = /\b(?:said|says|added|explained|wrote|recalled|continued|told|tells|interview\s+with|speaking\s+(?:to|with)|appearance\s+on|appeared\s+on|sat\s+down\s+with|[Aa]ccording\s+to|[Ss]peaking\s+(?:to|with))\s+(?:the\s+)?[A-Z][\w'\u2019!&-]*/;

/** Statements, representatives, courts and police: sourcing on the record whoever speaks. */
const ON_RECORD = /\b(?:in\s+an?\s+(?:joint\s+|official\s+|brief\s+)?statement|statement\s+(?:to|released|issued|obtained|read)|spokes(?:person|man|woman)|representatives?|reps?\s+(?:for|confirmed|told|said|says|tells)|publicist|attorney|lawyer|press\s+(?:release|conference)|told\s+reporters|on\s+the\s+record|court\s+(?:documents|records|papers|filings)|legal\s+documents|(?:filed|filing)\s+for\s+divorce|police\s+(?:said|confirmed|report)|obtained\s+by)\b/i;

/** The star's own words, published by the star. */
const OWN_POST = /\b(?:on|via|to)\s+(?:(?:her|his|their)\s+)?(?:Instagram|Twitter|Facebook|TikTok|Threads|YouTube|Snapchat|X\s+account)\b|\b(?:Instagram|Twitter|TikTok|YouTube)\s+(?:posts?|story|stories|videos?|captions?|live)\b/i;

/** Everything that marks a sentence as sourced on the record, for the engine's one pass. */
export const ON_RECORD_PATTERNS: readonly RegExp[] = [NAMED_SPEAKER, NAMED_AFTER_VERB, ON_RECORD, OWN_POST];

/**
 * Whether a match of one of the on-record patterns names someone: the capitalised word it rests on is not a
 * sentence opener or a crowd ("Sources said", "told Monday"); as a speaker, "People" names no one either,
 * after "told" it is the magazine.
 */
export function namesSomeone(pattern: RegExp, matched: string): boolean {
  if (pattern === NAMED_SPEAKER) {
    const word = matched.slice(0, matched.search(/[ \t]/));
    return word === 'she' || word === 'he' || (!NOT_NAMES.has(word) && word !== 'People');
  }
  if (pattern === NAMED_AFTER_VERB) return !NOT_NAMES.has(matched.slice(matched.search(/\S+$/)));
  return true;
}

export const TAG_AFTER = new RegExp(String.raw`^["\s]*(?:[,.!?\u2014-]\s*)?(?:[\w'\u2019-]+[.,]?\s+){0,5}?${SPEECH}\b`, 'i');
export const TAG_BEFORE = new RegExp(String.raw`\b${SPEECH}(?:\s+[\w'\u2019.-]+){0,4}\s*[:,]?\s*$|:\s*$`, 'i');

/** A quotation long enough to be someone's words, not a title or a scare-quoted term. */
export function isSpokenQuote(normalized: string, start: number, end: number): boolean {
  if (end - start < 24) return false;
  let spaces = 0;
  for (let i = start; i < end && spaces < 4; i++) if (normalized.charCodeAt(i) === 32) spaces++;
  return spaces >= 4;
}

/** Whether a quotation carries a speech tag right before or after it ("she said", "told People:"). */
export function hasSpeechTag(normalized: string, start: number, end: number): boolean {
  return TAG_AFTER.test(normalized.slice(end, end + 60)) || TAG_BEFORE.test(normalized.slice(Math.max(0, start - 60), start));
}
