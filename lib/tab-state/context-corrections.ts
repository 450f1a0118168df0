import { z } from 'zod';
import type { DraftContext } from '../messaging/content-messages';
import type { ContextSources } from '../messaging/context-sources';
import type { ContextCorrectionChange } from '../messaging/panel-messages';

/**
 * What the agent told Reply Coach about one tab's ticket (from the context menu or the panel), and the
 * page it was said on: it holds until the tab shows another page (another ticket).
 */
export const contextCorrectionSchema = z.strictObject({
  pageUrl: z.string().optional(),
  customerName: z.string().optional(),
  customerMessage: z.string().optional(),
});
export type ContextCorrection = z.infer<typeof contextCorrectionSchema>;

/** The context as the page read it, with the agent's corrections in place (their source: `agent`). */
export function withCorrection(read: { context: DraftContext; sources: ContextSources }, correction: ContextCorrection | undefined): { context: DraftContext; sources: ContextSources } {
  const context = { ...read.context };
  const sources = { ...read.sources };
  for (const field of ['customerName', 'customerMessage'] as const) {
    const value = correction?.[field];
    if (value === undefined) continue;
    context[field] = value;
    sources[field] = { strategy: 'agent' };
  }
  return { context, sources };
}

/** `previous` with `change` made (a field set to null goes back to the page's), for the ticket at `pageUrl`; undefined when nothing is left. */
export function changedCorrection(previous: ContextCorrection | undefined, change: ContextCorrectionChange, pageUrl: string | undefined): ContextCorrection | undefined {
  const next: ContextCorrection = previous && previous.pageUrl === pageUrl ? { ...previous } : {};
  for (const field of ['customerName', 'customerMessage'] as const) {
    const value = change[field];
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  if (next.customerName === undefined && next.customerMessage === undefined) return undefined;
  return pageUrl === undefined ? next : { ...next, pageUrl };
}
