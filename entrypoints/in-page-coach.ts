import { InPageCoach } from '@/lib/overlay/in-page-coach';
import type { InPageCoachChunk } from '@/lib/overlay/in-page-coach-chunk';

// The in-page coaching UI, built as an ES module of its own (wxt.config.ts) that the content script
// imports once a frame follows an editor (lib/overlay/lazy-in-page-coach.ts). No work at load: the
// content script creates the coach.
export default defineUnlistedScript({
  // An ES module's exports reach the importer; no global name for the page to see.
  globalName: false,
  main: (): InPageCoachChunk => ({ InPageCoach }),
});
