import { storage } from 'wxt/utils/storage';
import { DEFAULT_UNDERLINES, type UnderlineSettings, underlineSettingsOf, UNDERLINES_KEY } from './underlines';

/** The in-page coaching switches, for the extension's pages (the content script reads the key directly). */
export const underlineSettingsItem = storage.defineItem<UnderlineSettings>(`local:${UNDERLINES_KEY}`, {
  fallback: DEFAULT_UNDERLINES,
});

export async function readUnderlineSettings(): Promise<UnderlineSettings> {
  return underlineSettingsOf(await underlineSettingsItem.getValue());
}

export async function saveUnderlineSettings(settings: UnderlineSettings): Promise<void> {
  await underlineSettingsItem.setValue(settings);
}

export function watchUnderlineSettings(callback: (settings: UnderlineSettings) => void): () => void {
  return underlineSettingsItem.watch((value) => callback(underlineSettingsOf(value)));
}
