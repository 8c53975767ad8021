import { defineRule } from '../engine/rule';

export default defineRule({
  id: 'scene-setting',
  category: 'invented-interview',
  description: 'Novelistic scene-setting (light, weather, sounds) around a private moment.',
  origin: 'Descriptive openings of fiction; atmospheric detail as a mark of invented narrative.',
  strength: 'cue',
  patterns: [
    /\bthe\s+(?:sun|moon|rain|wind|fog|mist|snow|light|breeze|dusk|dawn|twilight|sky|night\s+air|candlelight|silence)\s+(?:dipped|set|rose|fell|hung|glowed|poured|whispered|whispering|howled|drifted|cast|casting|danced|sank|lingered|crept|spilled|filtered|painted|bathed|settled|stretched|tapped|pattered|drummed|lashed|rattled|flickered)\b/,
    // Small sounds and objects of a private room: "the clock ticked", "the fire crackled", "memories flooded back".
    /\bthe\s+(?:clock|fire|candle|candles|floorboards|kettle|radiator|engine|heater)\s+(?:ticked|ticking|crackled|crackling|flickered|flickering|creaked|creaking|hissed|hummed|humming|whistled)\b/,
    /\bmemories\s+(?:flooded|came\s+flooding|rushed|washed)\s+(?:back|in|over)\b/,
    /\b(?:at\s+dusk|at\s+dawn|at\s+twilight|under\s+the\s+stars|in\s+the\s+dead\s+of\s+night|in\s+the\s+glow\s+of|(?:golden|amber|rosy|soft)\s+(?:hue|glow|light)|moonlit|sunlit|sun-dappled|candlelit|softly\s+lit|dimly\s+lit|misty|fog-shrouded)\b/,
    // The hour told as a scene: "the sun had barely risen", "just past sunrise", "under grey skies".
    /\bthe\s+sun\s+had\s+(?:barely|just|not\s+yet|only\s+just)\s+(?:risen|set|come\s+up)\b|\b(?:just|shortly)\s+(?:past|before|after)\s+(?:sunrise|sunset|dawn|dusk)\b|\bunder\s+(?:gr[ae]y|leaden|darkening|heavy|overcast|stormy|cloudless|clear\s+blue)\s+skies\b/,
    /\b(?:watched|sat|stood|listened|waited)\s+in\s+(?:complete|stunned|total|utter|absolute|reverent)\s+silence\b/,
    /\b(?:the|a)\s+(?:gravel|floorboards|leaves|snow)\s+(?:crunching|creaking|crunched|creaked)\b/,
    /\b(?:the\s+)?(?:clink|smell|scent|sound|taste|echo|roar)\s+of\s+(?:[\w'-]+\s+){0,2}?(?:glasses|gasoline|smoke|rain|salt|coffee|perfume|metal|glass|engines?|sirens?|waves|laughter|promise)\b/,
    /\b(?:filled|hung\s+in|thick\s+in|pierced)\s+the\s+air\b/,
    /\b(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*a\.m\.|midnight|dawn)\b(?=[^.]{0,40}\b(?:alone|staring|kitchen|silence|phone\s+rang)\b)/,
    /\blike\s+(?:a|an)\s+(?:[\w'-]+\s+){0,2}?(?:flare|dream|soliloquy|applause|punch|spell|fairy\s*tale|whirlwind|scars?|storm|symphony|chase\s+scene|blockbuster|disaster\s+movie)\b/,
    /\blike\s+something\s+(?:from|out\s+of)\s+a\b/,
    // Minute-by-minute action no reporter was there to see.
    /\b(?:suddenly|frantically|in\s+a\s+split\s+second|a\s+second\s+later|sirens\s+blaring|late\s+at\s+night|flatlined|beeped)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'The sun dipped low over the hills as they arrived.',
      'The reunion unfolded at dusk by the lake.',
      'Smoke filled the air as the crowd fell silent.',
      'Their friendship had flared up like a storm in summer.',
      'The rain tapped against the window as she waited.',
      'The clock ticked in the empty hallway.',
      'Memories flooded back as he opened the letter.',
      'The sun had barely set when the first guests arrived.',
      'The guests sat in stunned silence.',
      'She sat in a dimly lit room.',
    ],
    pass: [
      'The premiere was held in London on Tuesday.',
      'The film opens in cinemas next month.',
      'The clock is ticking on the studio\'s deadline.',
      'The rain delayed the outdoor concert by an hour.',
    ],
  },
});
