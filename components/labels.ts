import type { Category, Mood } from '../lib/engine/types';
import type { AdapterId } from '../lib/messaging/adapter-ids';

// The words the panel shows for the engine's ids.

export const CATEGORY_LABELS: Record<Category, string> = {
  tone: 'Tone',
  empathy: 'Empathy',
  clarity: 'Clarity',
  personalization: 'Personal touch',
  'follow-up': 'Follow-up',
};

export const HELPDESK_LABELS: Record<AdapterId, string> = {
  zendesk: 'Zendesk',
  freshdesk: 'Freshdesk',
  intercom: 'Intercom',
  helpscout: 'Help Scout',
  front: 'Front',
  gmail: 'Gmail',
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  'zoho-desk': 'Zoho Desk',
  gorgias: 'Gorgias',
  rt: 'Request Tracker',
  generic: 'this page',
};

export const MOOD_LABELS: Record<Mood, string> = {
  upset: 'Upset',
  urgent: 'In a hurry',
  repeat: 'Writing again',
  neutral: 'Calm',
  positive: 'Happy',
};
