import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'body-language',
  category: 'invented-interview',
  description: 'Close-up gestures and tears in a private moment that no reporter could have seen.',
  origin: 'Sensory and gesture vocabulary of romance fiction, as seen in fabricated tell-alls.',
  strength: 'cue',
  patterns: [
    /\b(?:his|her|their)\s+(?:(?:blue|brown|green|dark|hazel|grey|gray|tired|weary|tear-filled|sparkling)\s+)?(?:eyes|gaze|voice|hands?|fingers|lips|cheeks|heart|breath|shoulders|words)\s+(?:locking|locked|lingering|lingered|drifting|drifted|welling|welled|trembling|trembled|cracking|cracked|softening|softened|sparkling|glistening|glistened|pounding|pounded|racing|raced|heavy|filled|fixed|brimming|shaking|shook|tightening|tightened|wandering|steady|laced|tumbling|catching|caught|wrapping|searching|meeting|met)\b/,
    /\b(?:tears?|sobs?)\s+(?:welled|streamed|rolled|spilled|filled|streaming|rolling|welling|fell|falling|ran|running|stung)\b/,
    /\b(?:squeezes|squeezed|squeezing|clasped|clasps|clasping|grabbed|took|takes|held|holds|reached\s+for)\s+(?:his|her)\s+hand\b/,
    /\beyes\s+(?:heavy|wet|red|glistening|brimming)\s+with\b/,
    /\b(?:sounding|looking|seeming)\s+(?:\w+\s+)?(?:fragile|broken|exhausted|distant|scared|lost|desperate|shaken|pale|haunted)\b/,
    /\b(?:motionless|lifeless|limp)\s+body\b/,
    /\b(?:knelt|kneels|kneeling|dropped\s+to\s+one\s+knee|got\s+down\s+on\s+one\s+knee)\b/,
    /\b(?:sealed|seal|seals)\s+(?:it|the\s+moment|the\s+deal)\s+with\s+a\s+(?:\w+\s+)?kiss\b/,
    /\b(?:his|her)\s+(?:gravelly|husky|soft|hoarse|shaky|trembling|booming)\s+(?:laugh|voice|whisper)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'He leaned in, his blue eyes locking onto hers.',
      'Tears welled in her eyes as she spoke.',
      'She squeezes his hand and smiles.',
      'He sits alone, eyes heavy with memories.',
    ],
    pass: ['She waved to photographers outside the hotel.', 'He held a press conference on Monday.'],
  },
});
