import { z } from 'zod';
import { CATEGORIES, MOODS, SEVERITIES, type AnalysisResult, type DraftStats, type Finding, type Listening } from '../engine/types';
import { ADAPTER_IDS } from './adapter-ids';
import { draftContextSchema, frameInfoSchema } from './content-messages';

// Messages between the background and the side panel (or any other extension page).

/**
 * A finding as the panel receives it. Fields the engine adds later are dropped until they are added
 * here: the panel only gets what was checked.
 */
export const findingSchema = z.object({
  ruleId: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  explanation: z.string(),
  guidance: z.string().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  topic: z.string().optional(),
  need: z.string().optional(),
  suggestion: z.object({ replacement: z.string() }).optional(),
  trigger: z.object({ source: z.literal('customer'), start: z.number(), end: z.number() }).optional(),
});

// Fails to compile when the engine's Finding no longer fits what the panel validates, or has a field
// the schema would drop.
const engineFindingFitsSchema: (finding: Finding) => z.input<typeof findingSchema> = (finding) => finding;
void engineFindingFitsSchema;
type FindingFieldsTheSchemaMisses = Exclude<keyof Finding, keyof z.infer<typeof findingSchema>>;
const everyFindingFieldReachesThePanel: [FindingFieldsTheSchemaMisses] extends [never] ? true : FindingFieldsTheSchemaMisses = true;
void everyFindingFieldReachesThePanel;

const spanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** How the reply stands against what the customer wrote (mood, questions, follow-up topics). */
export const listeningSchema = z.object({
  mood: z.object({ primary: z.enum(MOODS), states: z.array(z.enum(MOODS)), cues: z.array(spanSchema.extend({ kind: z.string() })) }).optional(),
  questions: z.array(spanSchema.extend({ text: z.string(), kind: z.enum(['question', 'request']), answered: z.boolean() })),
  topics: z.array(
    z.object({
      topic: z.string(),
      ruleId: z.string(),
      label: z.string(),
      trigger: z.object({ source: z.literal('customer'), start: z.number(), end: z.number() }).optional(),
      needs: z.array(z.object({ id: z.string(), label: z.string(), covered: z.boolean() })),
    }),
  ),
});

// Fails to compile when the engine's Listening no longer fits what the panel validates.
const engineListeningFitsSchema: (listening: Listening) => z.input<typeof listeningSchema> = (listening) => listening;
void engineListeningFitsSchema;

export const draftStatsSchema = z.object({
  words: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  readingGrade: z.number().optional(),
});

const engineStatsFitSchema: (stats: DraftStats) => z.input<typeof draftStatsSchema> = (stats) => stats;
void engineStatsFitSchema;

/**
 * The engine's result as the panel gets it. Unknown keys are dropped rather than rejected, so a state
 * saved by an older or newer build still loads.
 */
export const analysisSchema = z.object({
  findings: z.array(findingSchema),
  listening: listeningSchema.optional(),
  stats: draftStatsSchema.optional(),
});

// Fails to compile when the engine returns a field the panel would never receive: add it above.
type FieldsTheSchemaMisses = Exclude<keyof AnalysisResult, keyof z.infer<typeof analysisSchema>>;
const everyEngineFieldReachesThePanel: [FieldsTheSchemaMisses] extends [never] ? true : FieldsTheSchemaMisses = true;
void everyEngineFieldReachesThePanel;

export const tabStateSchema = z.strictObject({
  tabId: z.number().int(),
  frameId: z.number().int(),
  adapterId: z.enum(ADAPTER_IDS),
  draft: z.string(),
  context: draftContextSchema,
  frame: frameInfoSchema,
  analysis: analysisSchema,
  readMs: z.number().nonnegative(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof tabStateSchema>;

/** Panel → background: what is the current state of this tab? Answered with a `tab-state` message. */
export const getTabStateMessageSchema = z.strictObject({
  type: z.literal('get-tab-state'),
  tabId: z.number().int(),
});
export type GetTabStateMessage = z.infer<typeof getTabStateMessageSchema>;

/** Background → panel: the state of one tab, `null` when no editor is being read there. Sent as the
 * answer to `get-tab-state` and broadcast whenever a tab's state changes. */
export const tabStateMessageSchema = z.strictObject({
  type: z.literal('tab-state'),
  tabId: z.number().int(),
  state: tabStateSchema.nullable(),
});
export type TabStateMessage = z.infer<typeof tabStateMessageSchema>;
