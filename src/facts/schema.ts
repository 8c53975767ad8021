import { z } from 'zod';

/** A calendar date or a bare year: "2006-11-18", "2006-11" or "2006". */
const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const fullDate = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id');
/** Every fact says where it comes from and when it was last known true. */
const sourced = { source: z.string().url(), asOf: fullDate };

export const personSchema = z.object({
  id,
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  /** Surnames, stage names and first names: used only in articles that also name the person in full. */
  shortNames: z.array(z.string().min(2)),
  /** Which pronoun refers to them: a "she"/"his" in an article binds only to a person of matching pronoun. */
  pronoun: z.enum(['she', 'he', 'they']).optional(),
  /**
   * Descriptions an article uses instead of the name ("the Cuban-born actress", "the Top Gun star"),
   * lower case, without the article "the": read as the person only in an article that also names them.
   */
  descriptions: z.array(z.string().min(3)).optional(),
  born: fullDate,
  died: fullDate.optional(),
  /** The marriages and engagements listed here are all there were, as of this date. */
  recordsCompleteAsOf: fullDate.optional(),
  /** The children listed here are all they had, as of this date (a pregnancy announced by then included). */
  childrenCompleteAsOf: fullDate.optional(),
  ...sourced,
}).strict();

/** A spouse or fiancé(e) is a person id from `people` or, for someone not listed there, a plain name. */
const partner = z.string().min(2);

export const marriageSchema = z.object({
  id: z.string().min(3),
  spouses: z.tuple([partner, partner]),
  married: partialDate,
  /** When they parted, where that differs from the divorce's date. */
  separated: partialDate.optional(),
  divorced: partialDate.optional(),
  note: z.string().optional(),
  ...sourced,
}).strict();

export const engagementSchema = z.object({
  id: z.string().min(3),
  people: z.tuple([partner, partner]),
  engaged: partialDate,
  ended: partialDate.optional(),
  ...sourced,
}).strict();

export const childSchema = z.object({
  name: z.string().min(2),
  parents: z.array(partner).min(1),
  born: partialDate,
  adopted: z.boolean(),
  ...sourced,
}).strict();

export const workSchema = z.object({
  id,
  title: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: z.enum(['film', 'series', 'album', 'book']),
  /** Release dates (several where regions differ); empty while unreleased. */
  released: z.array(fullDate),
  directors: z.array(z.string().min(2)),
  cast: z.array(id),
  ...sourced,
}).strict();

export const knownFactsSchema = z.object({
  version: z.literal(1),
  people: z.array(personSchema),
  marriages: z.array(marriageSchema),
  engagements: z.array(engagementSchema),
  children: z.array(childSchema),
  works: z.array(workSchema),
}).strict();

export type KnownFacts = z.infer<typeof knownFactsSchema>;
export type Person = z.infer<typeof personSchema>;
export type Marriage = z.infer<typeof marriageSchema>;
export type Engagement = z.infer<typeof engagementSchema>;
export type Work = z.infer<typeof workSchema>;
