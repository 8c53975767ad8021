import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'hindsight-narration',
  category: 'invented-interview',
  description: 'A narrator who knows what comes next ("as the world would later learn", "little did she know"): a story, not a report.',
  origin: 'Foreshadowing and the omniscient narrator of fiction, as seen in fabricated celebrity stories.',
  strength: 'cue',
  where: 'outside-quotes',
  patterns: [
    /\b(?:as\s+)?(?:the\s+world|fans|everyone|the\s+public|no\s+one|nobody|(?:s)?he|they)\s+would\s+(?:later|soon|only\s+later|eventually)\s+(?:learn|discover|realize|realise|find\s+out|understand|know)\b/,
    /\blittle\s+did\s+(?:he|she|they|anyone|we|the\s+world|fans)\s+know\b/,
    /\b(?:no\s+one|nobody|none\s+of\s+them)\s+(?:could\s+have|was)\s+(?:known|predicted|prepared|imagined|ready)\b/,
    /\bthe\s+moment\s+that\s+(?:changed|would\s+change)\s+everything\b|\bwhat\s+happened\s+next\s+(?:stunned|shocked|left|changed|would)\b/,
    /\b(?:a|the)\s+(?:hush|silence|stillness)\s+(?:fell|settled|descended)\s+over\b|\bthe\s+(?:room|studio|audience|crowd|hall|house)\s+(?:fell|went|grew)\s+(?:completely\s+|suddenly\s+|utterly\s+|deathly\s+)?(?:silent|quiet|still)\b|\bthe\s+(?:audience|crowd|room)\s+gasped\b/,
    /\bthe\s+(?:atmosphere|mood|air)\s+(?:in\s+the\s+room\s+)?(?:shifted|changed|grew\s+heavy|thickened)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'It was a quiet dinner, or so it seemed, as the world would later learn.',
      'Little did she know the call would change her life.',
      'No one could have predicted what he said next.',
      'It was, she would learn, the moment that changed everything for the band.',
      'A hush fell over the studio as he stood.',
      'The atmosphere shifted when his brother walked in.',
    ],
    pass: ['Fans will learn more when the album is released.', 'The crowd cheered as the band took the stage.', 'The mood at the festival was upbeat.'],
  },
});
