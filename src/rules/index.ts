import type { Rule } from '../engine/rule';
import alleged from './alleged-label';
import appearance from './appearance-hedge';
import bodyLanguage from './body-language';
import clickbait from './clickbait-teaser';
import confession from './confession-framing';
import exclusiveInterview from './exclusive-interview-framing';
import familyDialogue from './family-dialogue';
import hedgeAdverb from './hedge-adverb';
import hindsightNarration from './hindsight-narration';
import innerState from './inner-state';
import insinuatingTag from './insinuating-tag';
import intimateQuote from './intimate-quote';
import leadingQuestion from './leading-question';
import notConfirmed from './not-confirmed';
import passiveHearsay from './passive-hearsay';
import privateFeelings from './private-feelings';
import quotedConfession from './quoted-confession';
import reflectiveSpeech from './reflective-speech';
import rumourTalk from './rumour-talk';
import sceneSetting from './scene-setting';
import stageDirection from './stage-direction-quote';
import toldUnnamed from './told-unnamed';
import unnamedContinuation from './unnamed-continuation';
import unnamedSource from './unnamed-source';
import unnamedWitness from './unnamed-witness';
import peacockTerm from './peacock-term';
import probabilityHedge from './probability-hedge';
import strangerStory from './stranger-story';
import sweepingGeneralisation from './sweeping-generalisation';
import vagueQuantity from './vague-quantity';
import weaselAttribution from './weasel-attribution';

/** Every bundled rule. Adding a rule: write src/rules/<id>.ts and list it here. */
export const rules: readonly Rule[] = [
  unnamedSource,
  unnamedWitness,
  toldUnnamed,
  unnamedContinuation,
  hedgeAdverb,
  alleged,
  rumourTalk,
  passiveHearsay,
  appearance,
  leadingQuestion,
  insinuatingTag,
  privateFeelings,
  weaselAttribution,
  vagueQuantity,
  sweepingGeneralisation,
  peacockTerm,
  probabilityHedge,
  notConfirmed,
  exclusiveInterview,
  confession,
  stageDirection,
  reflectiveSpeech,
  bodyLanguage,
  sceneSetting,
  innerState,
  intimateQuote,
  hindsightNarration,
  familyDialogue,
  strangerStory,
  quotedConfession,
  clickbait,
];
