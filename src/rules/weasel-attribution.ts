import { defineRule } from '../engine/rule';

const VAGUE_GROUP = String.raw`(?:some|many|most|several|numerous|various|other|certain|countless|a\s+number\s+of|a\s+few|a\s+handful\s+of)\s+(?:people|critics|observers|experts|scholars|historians|commentators|analysts|fans|viewers|writers|researchers|onlookers|followers|reports|outlets|publications)`;
// "called" as a name given ("called the voice of her era"), not a phrasal verb ("called to testify", "called off").
const CALLED = String.raw`called(?!\s+(?:to|in|on|off|for|out|up|back|upon|away|into|over)\b)`;
const BELIEF = String.raw`(?:say|said|believe|believed|argue|argued|claim|claimed|suggest|suggested|think|thought|consider|considered|feel|felt|maintain|maintained|contend|contended|insist|insisted|speculate|speculated|suspect|suspected|wonder|wondered|propose|proposed|posit|posited|hypothesi[sz]e|hypothesi[sz]ed|allege|alleged)`;

export default defineRule({
  id: 'weasel-attribution',
  category: 'unverified-claim',
  description: 'A vague "some say" or "is widely considered" stands in for a source that is never named.',
  origin: 'Wikipedia\'s "words to watch" (unsupported attributions) and the hedge lists behind retext-intensify.',
  patterns: [
    new RegExp(String.raw`\b${VAGUE_GROUP}\s+(?:have\s+|had\s+|also\s+|even\s+)?${BELIEF}\b`),
    // The group left unsaid: "some say", "many believe", "others claim".
    new RegExp(String.raw`\b(?:some|many|most|others)\s+(?:have\s+|also\s+)?${BELIEF}\b`),
    new RegExp(String.raw`\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:widely|generally|often|commonly|sometimes|frequently|largely|increasingly|long)\s+(?:considered|regarded|believed|thought|seen|viewed|described|cited|said|reported|rumou?red|acknowledged|recognized|recognised|touted|attributed|credited|compared|${CALLED}|referred\s+to|labell?ed|dubbed|hailed)\b`),
    // "has been called the voice of her era", not "has been called to testify" or "called off".
    new RegExp(String.raw`\b(?:has|have)\s+(?:been\s+)?(?:${CALLED}|dubbed|described\s+as|hailed\s+as|branded)\b(?!\s+by\s+[A-Z])`),
    /\b(?:research|studies|experts|insiders|observers|critics|scientists|scholars|historians|analysts|commentators|researchers)\s+(?:have\s+)?(?:shown|show|suggest|suggested|say|said|believe|believed|agree|agreed|argue|argued|claim|claimed|contend|contended)\b/,
    // "perhaps" is left out: in gossip it mostly colours narration ("perhaps the longest night of the tour").
    /\b(?:arguably|possibly|conceivably|putatively|in\s+all\s+likelihood|in\s+all\s+probability)\b/,
    // "probably" hedges a claim ("was probably built"); after "will" it only forecasts ("what will probably be a long tour").
    /\bprobably\b(?<!\b(?:will|'ll|shall)\s+probably)/,
    // "It is likely that", "it seems probable that": the writer's guess, put impersonally.
    /\bit\s+(?:is|was|seems|seemed|appears|appeared)\s+(?:very\s+|quite\s+|highly\s+|entirely\s+)?(?:likely|unlikely|probable|possible|plausible|conceivable)\s+that\b/,
    // "is considered the finest", "are regarded as": a judgement in the passive, with no one to make it.
    /\b(?:is|are|was|were|been|be|being)\s+(?:[a-z]+ly\s+)?(?:considered|regarded|deemed|reputed|reckoned|thought\s+of|perceived)\b(?!\s+by\s+[A-Z])/,
    // Lore as the source: "legend claims", "tradition holds", "conventional wisdom has it", "according to legend".
    /\b(?:legends?|myths?|tradition|folklore|folk\s+tales?|popular\s+culture|conventional\s+wisdom|popular\s+belief|common\s+belief)\s+(?:also\s+)?(?:has\s+it|holds?|claims?|says?|tells?|suggests?|maintains?|asserts?)\b/,
    /\baccording\s+to\s+(?:(?:the|a|one|popular|local|family|oral|ancient)\s+){0,2}(?:legends?|myths?|tradition|folklore|lore|hearsay)\b/,
    /\b(?:contrary\s+to|in|by)\s+(?:common|popular|conventional)\s+(?:belief|wisdom|perceptions?|opinion|consent)\b|\bit\s+(?:is|was)\s+(?:a\s+)?(?:common|popular|widespread)\s+belief\b/,
    /\b(?:is|are|was|were)\s+(?:also\s+)?known\s+to\s+(?:be|have)\b|\bit\s+is\s+(?:well\s+|widely\s+|generally\s+)?known\s+that\b/,
    // The unnamed camp: "critics", "proponents", "detractors" as the ones who hold a view.
    /\b(?:critics|proponents|opponents|detractors|adherents|skeptics|sceptics|naysayers)\b/,
    // "considered by many", "regarded by some critics": the crowd as the source.
    /\b(?:considered|regarded|seen|viewed|described|believed|thought\s+of|hailed)\s+by\s+(?:many|some|most|several|critics|fans|experts|observers|commentators)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'Some critics argue that the album was rushed.',
      'The actor is widely considered the best of his generation.',
      'She has been called the voice of her era.',
      'It was arguably the worst-kept secret in town.',
      'Experts say the marriage is over.',
      'Some say the feud began on set.',
      'Many believe the song is about her ex.',
      'Historians have suggested the portrait was painted earlier.',
      'Critics have argued that the sequel lacked the charm of the first film.',
      'The melody is often attributed to her grandmother.',
      'The chapel probably dates from the fifteenth century.',
      'Some scholars have proposed that the play was never staged.',
      'A number of critics felt the ending was rushed.',
      'Her voice is often compared to that of a young Dolly Parton.',
      'It is likely that the letter was never sent.',
      'The record is considered by many to be her finest.',
      'The bridge is considered the oldest in the county.',
      'Detractors point to the cost of the project.',
      'Tradition holds that the well never runs dry.',
      'According to local legend, the bell rang by itself.',
      'Contrary to popular belief, the castle was never besieged.',
    ],
    pass: [
      'The critic Jane Doe argued that the album was rushed.',
      'The actor won the award in 2019.',
      'Some of the songs were written in a single night.',
      'Most of the guests said goodbye before midnight.',
      'The record is considered by the academy to be eligible.',
      'The singer has been called to testify in the case.',
      'The couple have called off the wedding.',
      'She is often called upon to settle disputes.',
      'It is possible to buy tickets at the door.',
      'The band will probably play the new songs on tour.',
      'The legend of the lake is told in many songs.',
    ],
  },
});
