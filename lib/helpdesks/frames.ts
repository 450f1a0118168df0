/**
 * The outermost document reachable from `doc` through same-origin parent frames. Editors in iframes
 * (CKEditor 4 in Salesforce, Zoho's editor) have the ticket around them in a parent document.
 */
export function outermostSameOriginDocument(doc: Document): Document {
  let current = doc;
  for (;;) {
    let frame: Element | null = null;
    try {
      // Null for a top-level page; throws or is null for a cross-origin parent.
      frame = current.defaultView?.frameElement ?? null;
    } catch {
      frame = null;
    }
    if (!frame) return current;
    current = frame.ownerDocument;
  }
}
