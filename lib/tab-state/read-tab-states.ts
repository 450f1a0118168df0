import { tabStateMessageSchema, type GetTabStateMessage, type TabState } from '../messaging/panel-messages';

/** What an extension page needs to ask the background about tabs (tests pass stand-ins). */
export interface TabStatesApi {
  /** Every open tab's id (no `tabs` permission needed for ids). */
  tabIds(): Promise<number[]>;
  sendMessage(message: GetTabStateMessage): Promise<unknown>;
}

/** The tabs whose editor Reply Coach reads now, most recently updated first, as the background knows them. */
export async function readTabStates(api: TabStatesApi): Promise<TabState[]> {
  const ids = await api.tabIds();
  const answers = await Promise.all(ids.map((tabId) => api.sendMessage({ type: 'get-tab-state', tabId }).catch(() => undefined)));
  return answers
    .map((answer) => tabStateMessageSchema.safeParse(answer))
    .flatMap((parsed) => (parsed.success && parsed.data.state ? [parsed.data.state] : []))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}
