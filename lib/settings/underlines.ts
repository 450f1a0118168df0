import * as z from 'zod/mini';

// Whether the page shows its in-editor coaching (underlines, the card at the words, the count at the
// editor's corner): on everywhere by default, switched off for everything or for some sites. Read by
// the content script itself (zod/mini: it must stay small), and edited in the panel and options page.

/** The key in storage.local (lib/settings/underline-settings.ts defines the item for extension pages). */
export const UNDERLINES_KEY = 'underlines';

export const underlineSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Host names where they are off, lower case (e.g. "acme.zendesk.com"). */
  offSites: z.array(z.string()),
});
export type UnderlineSettings = z.infer<typeof underlineSettingsSchema>;

export const DEFAULT_UNDERLINES: UnderlineSettings = { enabled: true, offSites: [] };

/** What was stored, or the default when nothing (or something malformed) is. */
export function underlineSettingsOf(stored: unknown): UnderlineSettings {
  const parsed = underlineSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_UNDERLINES;
}

export function underlinesOn(settings: UnderlineSettings, host: string): boolean {
  return settings.enabled && !settings.offSites.includes(host.toLowerCase());
}

/** The settings with underlines on (or off) for one site. */
export function withSite(settings: UnderlineSettings, host: string, on: boolean): UnderlineSettings {
  const site = host.toLowerCase();
  const others = settings.offSites.filter((entry) => entry !== site);
  return { ...settings, offSites: on ? others : [...others, site] };
}
