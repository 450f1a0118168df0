import { isVisible } from '../visibility';

/**
 * The editor and the elements around it, nearest first, continuing through the same-origin frames
 * that hold its document (CKEditor 4 and Zoho's editor are iframe bodies; the ticket is outside).
 */
export function ancestorsThroughFrames(element: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | undefined = element; node; ) {
    chain.push(node);
    node = node.parentElement ?? frameElementOf(node.ownerDocument);
  }
  return chain;
}

/** The editor's document and those of the same-origin frames above it, innermost first. */
export function documentsAround(element: Element): Document[] {
  const docs: Document[] = [];
  for (let doc: Document | undefined = element.ownerDocument; doc; doc = frameElementOf(doc)?.ownerDocument) docs.push(doc);
  return docs;
}

/** The outermost of them: the page the ticket is shown in. */
export function pageDocument(element: Element): Document {
  return documentsAround(element).at(-1)!;
}

/** The first element around `element` (itself included, through frames) that matches `selector`. */
export function closestThroughFrames(element: Element, selector: string): Element | undefined {
  try {
    return ancestorsThroughFrames(element).find((node) => node.matches(selector));
  } catch {
    // A team's selector the browser cannot parse finds nothing; the other selectors still run.
    return undefined;
  }
}

/**
 * The visible elements matching `selector` that sit nearest to `editor` in the page: those whose
 * closest common container with it is the deepest. A helpdesk that keeps several tickets in the DOM
 * (Zendesk's tabs) has the agent's ticket nearest. Never the editor, what it holds, or what holds it.
 * In document order; empty for a selector the browser cannot parse.
 */
export function nearestMatches(editor: Element, selector: string): Element[] {
  return nearestGroups(editor, queryAround(editor, selector))[0]?.elements ?? [];
}

export function nearestMatch(editor: Element, selector: string): Element | undefined {
  return nearestMatches(editor, selector)[0];
}

/** Every element matching `selector` in the documents around `editor` (none for a selector the browser cannot parse). */
export function queryAround(editor: Element, selector: string): Element[] {
  const found: Element[] = [];
  try {
    for (const doc of documentsAround(editor)) found.push(...doc.querySelectorAll(selector));
  } catch {
    // A team's selector the browser cannot parse finds nothing; the other selectors still run.
    return [];
  }
  return found;
}

/** Elements the same distance from the editor: `level` is how far up its chain they meet it. */
export interface NearGroup {
  level: number;
  elements: Element[];
}

/**
 * `elements` that are visible and apart from the editor, grouped by how near they are to it, nearest
 * group first, each group in the order given.
 */
export function nearestGroups(editor: Element, elements: readonly Element[]): NearGroup[] {
  const chain = ancestorsThroughFrames(editor);
  const levels = new Map(chain.map((node, index) => [node, index]));
  const groups = new Map<number, Element[]>();
  for (const element of elements) {
    if (levels.has(element) || editor.contains(element) || !isVisible(element)) continue;
    const level = commonLevel(element, levels);
    if (level === Infinity) continue;
    const group = groups.get(level);
    if (group) group.push(element);
    else groups.set(level, [element]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([level, grouped]) => ({ level, elements: grouped }));
}

/** How far up the editor's chain the first container `node` shares with it sits. */
function commonLevel(node: Element, level: ReadonlyMap<Element, number>): number {
  for (let current: Element | null = node; current; current = current.parentElement) {
    const found = level.get(current);
    if (found !== undefined) return found;
  }
  return Infinity;
}

function frameElementOf(doc: Document): Element | undefined {
  try {
    // Null for a top-level page; throws or is null for a cross-origin parent.
    return doc.defaultView?.frameElement ?? undefined;
  } catch {
    return undefined;
  }
}
