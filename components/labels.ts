import type { Category, Mood } from '../lib/engine/types';
import { helpdeskNames } from '../lib/helpdesks/adapters';
import type { AdapterId } from '../lib/messaging/adapter-ids';

// The words the panel shows for the engine's ids.

export const CATEGORY_LABELS: Record<Category, string> = {
  tone: 'Tone',
  empathy: 'Empathy',
  clarity: 'Clarity',
  personalization: 'Personal touch',
  'follow-up': 'Follow-up',
};

/** Each helpdesk's name, from the adapter registry; a site the agent enabled is "this page". */
export const HELPDESK_LABELS: Record<AdapterId, string> = helpdeskNames('this page');

export const MOOD_LABELS: Record<Mood, string> = {
  upset: 'Upset',
  annoyed: 'Annoyed',
  urgent: 'In a hurry',
  repeat: 'Writing again',
  neutral: 'Calm',
  positive: 'Happy',
};
