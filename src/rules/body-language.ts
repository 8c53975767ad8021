import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'body-language',
  category: 'invented-interview',
  description: 'Close-up gestures and tears in a private moment that no reporter could have seen.',
  origin: 'Sensory and gesture vocabulary of romance fiction, as seen in fabricated tell-alls.',
  strength: 'cue',
  patterns: [
    /\b(?:his|her|their|\w+'s?)\s+(?:(?:blue|brown|green|dark|hazel|grey|gray|tired|weary|tear-filled|sparkling)\s+)?(?:eyes|gaze|voice|hands?|fingers|lips|cheeks|heart|breath|shoulders|words)\s+(?:locking|locked|lingering|lingered|drifting|drifted|welling|welled|trembling|trembled|cracking|cracked|softening|softened|sparkling|glistening|glistened|pounding|pounded|racing|raced|heavy|filled|fixed|brimming|shaking|shook|tightening|tightened|wandering|steady|laced|tumbling|catching|caught|wrapping|searching|meeting|met)\b/,
    /\b(?:tears?|sobs?)\s+(?:welled|streamed|rolled|spilled|filled|streaming|rolling|welling|fell|falling|ran|running|stung|glistened|glistening)\b/,
    // The body as a stage direction: knees giving way, shaking hands, a trembling star, a face searched.
    /\b(?:fell|falling|sank|sinking|dropped|dropping|collapsed|collapsing)\s+to\s+(?:his|her|their)\s+knees\b/,
    /\b(?:(?:was|were|is|are|stood|sat|seen|left)\s+)(?:visibly\s+)?(?:trembling|shaking|sobbing|weeping|shaking\s+with\s+(?:grief|emotion|rage))\b/,
    /\b(?:shaking|trembling|quivering)\s+(?:hands?|fingers|lips?|voice|chin|shoulders)\b/,
    /\b(?:clutch(?:ed|es|ing)?|cradl(?:ed|es|ing)|gripp(?:ed|ing)|grip(?:s)?)\s+(?:a|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:photo(?:graph)?|picture|letter|rosary|hand|blanket|ring|locket|necklace|teddy\s+bear)\b/,
    /\b(?:eyes|gaze)\s+(?:searching|searched|scanning|scanned|studying|studied)\s+(?:his|her|their|the)\b/,
    // "Her voice, usually so steady, trembled": the voice breaking, a short aside allowed in between.
    /\bvoice\b(?:\s*,[^,.!?\n]{1,40},)?\s+(?:(?:audibly|visibly|slightly|suddenly)\s+)?(?:trembled|trembling|cracked|cracking|wavered|wavering|faltered|faltering|broke|breaking|shook|quivered|quivering)\b/,
    /\bbroke\s+down\s+(?:in\s+tears|sobbing|on\s+(?:live|national)\s+(?:television|TV)|on\s+air|on\s+stage|mid-sentence)\b/,
    /\b(?:voice|words)\s+(?:barely|scarcely|hardly)\s+(?:rose\s+)?(?:above|more\s+than)\s+a\s+whisper\b/,
    /\b(?:hand|hands|fingers|gaze|eyes)\s+lingered\b/,
    // Grief in public told as a scene: "grown men wept openly", "strangers embraced".
    /\b(?:cried|wept|sobbed|weeping|crying|sobbing)\s+(?:openly|silently|uncontrollably|quietly)\b|\bstrangers\s+(?:hugged|embraced|wept|held\s+hands)\b/,
    /\bpaused\s+(?:in\s+the\s+doorway|for\s+a\s+(?:long\s+)?(?:moment|beat|second)|mid-sentence|before\s+(?:answering|speaking|continuing|stepping))\b/,
    /\b(?:took|taking|drew|drawing)\s+a\s+(?:deep|long|shaky|ragged|steadying)\s+breath\b|\bswallowed\s+hard\b|\bbit\s+(?:his|her)\s+lip\b|\bwiped\s+(?:away\s+)?(?:a\s+)?tears?\b|\bburied\s+(?:his|her)\s+face\s+in\b/,
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
      'She turned, her dark eyes locking onto his.',
      'Tears welled in her eyes as she spoke.',
      'She squeezes his hand and smiles.',
      'She waits by the window, eyes heavy with regret.',
      "The actor's voice cracked on the last line.",
      'She fell to her knees when the news came.',
      'In her trembling hands she held the old letter.',
      'His eyes searched her face for an answer.',
      'He paused for a long moment before answering.',
      'She took a deep breath and looked at the crowd.',
      'His words barely rose above a whisper as he thanked them.',
      'Outside the gates, strangers embraced.',
      'Her voice, normally so calm, wavered as she read the letter.',
      'He broke down in tears on stage.',
    ],
    pass: ['She waved to photographers outside the hotel.', 'He held a press conference on Monday.', 'The singer shook hands with the mayor.', 'He paused the tour in May.'],
  },
});
