import { defineRule, SPACE } from '../engine/rule';

const UNNAMED = String.raw`(?:a|an|one|another|the|some|several|many|two|three|other|fellow)`;
const WITNESS = String.raw`(?:onlookers?|eye-?witness(?:es)?|witness(?:es)?|partygoers?|party-goers?|concertgoers?|pals?|friends?|observers?|bystanders?|guests?|diners?|attendees?|neighbou?rs?|relatives?|family\s+members?|family\s+friends?|staffers?|aides?|employees?|crew\s+members?|co-?workers?|colleagues?|acquaintances?|fans?|viewers?)`;
// Unnamed people by role; with "the" these are mostly named next ("the person responsible, Jane Doe"), so
// only an indefinite determiner counts.
const ROLE = String.raw`(?:persons?|figures?|associates?|individuals?|veterans?)`;
const SPEECH = String.raw`(?:told|tells|tell|says|said|say|revealed|reveals|added|adds|noted|notes|noting|explained|explains|claimed|claims|shared|shares|dished|dishes|spilled|spills|confirmed|confirms|recalled|recalls|recounted|recounts|described|describes|insisted|insists|observed|remarked|gushed|confided|alleged|report|reports|reported|whispered|revealing|claiming|saying|telling)`;

export default defineRule({
  id: 'unnamed-witness',
  category: 'anonymous-source',
  description: 'An unnamed onlooker, friend or fellow guest is quoted: nobody can check what they saw.',
  origin: 'Anonymous-attribution phrase lists from journalism research on unnamed sourcing; tabloid "pal" and "onlooker" conventions.',
  patterns: [
    // "an onlooker told US Sun", "a fellow partygoer at the bash told Page Six", "one witness said".
    // Anchored on the witness noun; the look-behind checks the determiner only where a noun was found.
    new RegExp(String.raw`\b${WITNESS}(?<=\b${UNNAMED}${SPACE}(?:[\w'-]+${SPACE}){0,2}?${WITNESS})${SPACE}(?:[\w',-]+${SPACE}){0,8}?${SPEECH}\b`),
    // "friends say", "onlookers noted", "fans report that".
    new RegExp(String.raw`\b(?:onlookers|witnesses|eyewitnesses|friends|pals|observers|fans|partygoers|insiders)${SPACE}(?:(?:have|had|also|later)${SPACE})?${SPEECH}\b`),
    // "a person close to the star", "someone familiar with the matter".
    /\b(?:a|one|another|the)\s+(?:person|people|individual|someone|somebody|figure|friend|pal|source)\s+(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|in\s+the\s+know|near\s+to|inside)\b/,
    /\bsomeone\s+(?:close\s+to|familiar\s+with|in\s+the\s+know)\b/,
    // "someone who knows her well says", "a person who knew him at school".
    /\b(?:someone|somebody|a\s+person|one\s+person|people)\s+who\s+(?:knows|knew|has\s+known|worked\s+with|works\s+with|was\s+there|were\s+there)\b/,
    // "an associate of the rapper says", "a well-connected industry figure told us": an unnamed person by
    // role, with an indefinite determiner and the verb in the same clause (no comma: "A person was hurt,
    // police said" is not this).
    new RegExp(String.raw`\b${ROLE}\b(?<=\b(?:a|an|one|another|two|three|several|some|multiple)${SPACE}(?:[\w'-]+${SPACE}){0,2}?${ROLE})${SPACE}(?:[\w'-]+${SPACE}){0,8}?${SPEECH}\b`),
    // "according to those close to him".
    /\baccording\s+to\s+(?:those|people|someone|somebody|a\s+person|friends|pals|insiders)\s+(?:close\s+to|familiar\s+with|in\s+the\s+know|around)\b/,
    // "those close to the couple say".
    /\bthose\s+(?:(?:close\s+to|around)\s+(?:[\w'-]+\s+){1,4}?|in\s+the\s+know\s+)(?:say|said|claim|claimed|report|insist)\b/,
    // "people close to the singer", "pals of the star say".
    /\bpeople\s+(?:close\s+to|familiar\s+with|in\s+the\s+know|with\s+(?:direct\s+)?knowledge\s+of)\b/,
    /\b(?:friends|pals|insiders|relatives)\s+of\s+(?:[\w'-]+\s+){1,3}?(?:say|said|claim|claimed|insist|insisted|reveal|revealed|tell|told)\b/,
  ],
  examples: globalThis.__GOSSIP_LENS_SHIPPED__ ? { flag: [], pass: [] } : {
    flag: [
      'An onlooker told the paper that the pair left together.',
      'A fellow guest at the gala told reporters the two never left each other\'s side.',
      'One witness said he saw them kissing outside the restaurant.',
      'Friends say the actress has never been happier.',
      'A person close to the model dished that the split was mutual.',
      'Fans report that the singer walked ahead of her husband all night.',
      'Those in the know say the album is finished.',
      'People close to the couple describe the split as amicable.',
      'Pals of the star say she has never been happier.',
      'Someone who knows her well says she is ready to move on.',
      'An associate of the rapper says the album is finished.',
      'A well-connected industry figure told us the deal is done.',
      'According to those close to him, the actor is devastated.',
    ],
    pass: [
      'The singer thanked her friends and family in a heartfelt post.',
      'Her publicist said the couple are simply good friends.',
      'The pair were photographed with friends at a cafe.',
      'People of all ages said the concert was a triumph.',
      'Friends of the couple were spotted at the beach on Sunday.',
      'A person was arrested at the scene, police said.',
      'The person responsible, Jane Doe, said she would resign.',
    ],
  },
});
