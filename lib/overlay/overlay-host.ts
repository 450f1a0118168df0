/**
 * An element of ours in the page, outside the editor: a child of the document's root element (never
 * of the body, which is the editor itself in iframe editors), fixed to the viewport with no size, so
 * the page's layout does not move. What it shows lives in an open shadow root, apart from the page's
 * styles; positions are viewport coordinates.
 */
export function attachOverlayHost(doc: Document, tagName: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tagName);
  // Set one by one with !important: a page rule for unknown elements must not hide or move it.
  const fixed: Record<string, string> = { position: 'fixed', top: '0', left: '0', width: '0', height: '0', margin: '0', padding: '0', border: '0', overflow: 'visible', 'z-index': '2147483647', display: 'block' };
  for (const [property, value] of Object.entries(fixed)) host.style.setProperty(property, value, 'important');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyle(doc, root, css);
  doc.documentElement.append(host);
  return { host, root };
}

/** Puts a host back when the page re-rendered its root's children and dropped it. */
export function keepAttached(doc: Document, host: HTMLElement): void {
  if (!host.isConnected) doc.documentElement.append(host);
}

/**
 * The shadow root's styles as a constructed stylesheet (a page's Content-Security-Policy may forbid
 * inline `<style>`, never adopted sheets); a `<style>` where the sheet cannot be adopted (Firefox's
 * content scripts build objects the page's document does not take).
 */
function adoptStyle(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const Sheet = (doc.defaultView ?? window).CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
