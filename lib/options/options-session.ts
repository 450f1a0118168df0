import { type ExampleOutcome, runRuleSetExamples } from '../rule-testing/run-examples';
import { newDraft } from '../rules/edit-draft';
import type { RuleSetError } from '../rules/errors';
import { validateRuleSet } from '../rules/load';
import { type ManagedPolicy, NO_POLICY, resolveActiveRuleSet } from '../rules/managed';
import type { Rule, RuleSet } from '../rules/schema';
import type { StoredRuleSet } from '../settings/local-rule-set';
import type { RuleStats } from '../settings/rule-stats';
import { DEFAULT_UNDERLINES, type UnderlineSettings } from '../settings/underlines';
import { plainErrors } from './plain-errors';

/** Where the options page reads and writes (lib/settings in the extension; tests pass their own). */
export interface OptionsStores {
  readPolicy(): Promise<ManagedPolicy>;
  watchPolicy(callback: (policy: ManagedPolicy) => void): () => void;
  readRuleSet(): Promise<StoredRuleSet>;
  watchRuleSet(callback: (stored: StoredRuleSet) => void): () => void;
  saveRuleSet(ruleSet: RuleSet | null): Promise<{ ok: true } | { ok: false; message: string }>;
  readMuted(): Promise<string[]>;
  watchMuted(callback: (muted: string[]) => void): () => void;
  mute(ruleId: string): Promise<void>;
  unmute(ruleId: string): Promise<void>;
  readStats(): Promise<RuleStats>;
  watchStats(callback: (stats: RuleStats) => void): () => void;
  clearStats(): Promise<void>;
  readUnderlines(): Promise<UnderlineSettings>;
  watchUnderlines(callback: (settings: UnderlineSettings) => void): () => void;
  saveUnderlines(settings: UnderlineSettings): Promise<void>;
}

/** A save waiting for "Save anyway" because some examples fail. */
export interface PendingSave {
  ruleSet: RuleSet;
  failed: number;
}

/** Everything the options page shows, recomputed after every change. */
export interface OptionsView {
  loaded: boolean;
  policy: ManagedPolicy;
  /** The administrator locked the whole set. */
  readOnly: boolean;
  /** Problems of the stored set (it was saved by an older version, or edited by hand). */
  storedErrors: RuleSetError[];
  /** The set being edited, and whether it differs from the saved one. */
  draft: RuleSet;
  dirty: boolean;
  pending: PendingSave | null;
  /** What the last save or discard did. */
  status: string;
  /** The draft's validation problems, in plain words, each with its path. */
  errors: RuleSetError[];
  /** The rules as they run with the draft, shown even while some value is invalid. */
  shownRules: Rule[];
  /** The draft as it would run, when valid (for "try it"). */
  tested: RuleSet | null;
  /** The draft when valid: what Export writes. */
  exportable: RuleSet | null;
  /** The set the extension runs now (saved), to compare an import with. */
  active: RuleSet;
  /** Example results by rule id; undefined while the draft is invalid or being re-run. */
  outcomes: ReadonlyMap<string, ExampleOutcome[]> | undefined;
  muted: string[];
  stats: RuleStats;
  underlines: UnderlineSettings;
}

/** How long edits settle before the examples run again (they analyze every example of every rule). */
const EXAMPLES_AFTER_MS = 250;

/**
 * The options page without its views: loading and watching what is stored (the lead's rule set, the
 * administrator's policy, muted rules, statistics, underline switches), the draft being edited with
 * its validation and example results, unsaved changes, and saving (with "Save anyway" when examples
 * fail). A rule set saved in another window is taken unless this page has edits of its own.
 */
export class OptionsSession {
  private readonly subscribers = new Set<(view: OptionsView) => void>();
  private readonly stops: (() => void)[] = [];
  private saved: RuleSet | null = null;
  private outcomesTimer: ReturnType<typeof setTimeout> | undefined;
  private current: OptionsView;
  private stopped = false;

  constructor(
    private readonly stores: OptionsStores,
    private readonly examplesAfterMs = EXAMPLES_AFTER_MS,
  ) {
    const draft = newDraft();
    this.current = {
      loaded: false,
      policy: NO_POLICY,
      storedErrors: [],
      draft,
      dirty: false,
      pending: null,
      status: '',
      ...derived(draft, NO_POLICY, null),
      outcomes: undefined,
      muted: [],
      stats: {},
      underlines: DEFAULT_UNDERLINES,
    };
  }

  async start(): Promise<void> {
    const { stores } = this;
    this.stops.push(
      stores.watchPolicy((policy) => this.setDraft(this.current.draft, { policy })),
      stores.watchRuleSet((stored) => {
        this.saved = stored.ruleSet;
        // Saved in another window: taken, unless this page has edits of its own.
        if (this.current.dirty) this.update({ storedErrors: stored.errors, active: resolveActiveRuleSet(stored.ruleSet, this.current.policy) });
        else this.setDraft(stored.ruleSet ?? newDraft(), { storedErrors: stored.errors });
      }),
      stores.watchMuted((muted) => this.update({ muted })),
      stores.watchStats((stats) => this.update({ stats })),
      stores.watchUnderlines((underlines) => this.update({ underlines })),
    );
    const [policy, stored, muted, stats, underlines] = await Promise.all([stores.readPolicy(), stores.readRuleSet(), stores.readMuted(), stores.readStats(), stores.readUnderlines()]);
    this.saved = stored.ruleSet;
    this.setDraft(stored.ruleSet ?? newDraft(), { loaded: true, policy, storedErrors: stored.errors, muted, stats, underlines });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.outcomesTimer);
    for (const stop of this.stops) stop();
  }

  subscribe(callback: (view: OptionsView) => void): () => void {
    this.subscribers.add(callback);
    callback(this.current);
    return () => this.subscribers.delete(callback);
  }

  view(): OptionsView {
    return this.current;
  }

  /** An edit of the draft (a rule switched, a phrase added, a new rule). */
  edit(update: (draft: RuleSet) => RuleSet): void {
    this.setDraft(update(this.current.draft), { dirty: true, pending: null, status: '' });
  }

  /** Saves the draft; when some examples fail, asks first (`pending`). */
  async save(ruleSet: RuleSet | null = this.current.exportable, confirmed = false): Promise<void> {
    if (!ruleSet) return;
    const report = runRuleSetExamples(resolveActiveRuleSet(ruleSet, this.current.policy));
    if (report.failed > 0 && !confirmed) {
      this.setDraft(ruleSet, { dirty: true, pending: { ruleSet, failed: report.failed } });
      return;
    }
    const result = await this.stores.saveRuleSet(ruleSet);
    if (!result.ok) {
      this.update({ pending: null, status: `Not saved: ${result.message}.` });
      return;
    }
    this.saved = ruleSet;
    this.setDraft(ruleSet, { dirty: false, pending: null, status: `Saved ${ruleSet.name} ${ruleSet.version}. Open side panels use it now.` });
  }

  confirmSave(): void {
    const pending = this.current.pending;
    if (pending) void this.save(pending.ruleSet, true);
  }

  keepEditing(): void {
    this.update({ pending: null });
  }

  discard(): void {
    this.setDraft(this.saved ?? newDraft(), { dirty: false, pending: null, status: 'Changes discarded.' });
  }

  mute(ruleId: string): void {
    void this.stores.mute(ruleId);
  }

  unmute(ruleId: string): void {
    void this.stores.unmute(ruleId);
  }

  clearStats(): void {
    void this.stores.clearStats();
  }

  setUnderlines(settings: UnderlineSettings): void {
    this.update({ underlines: settings });
    void this.stores.saveUnderlines(settings);
  }

  /** A new draft (or policy): validation and the rules shown follow at once, the examples once edits settle. */
  private setDraft(draft: RuleSet, changes: Partial<OptionsView> = {}): void {
    const policy = changes.policy ?? this.current.policy;
    const next = derived(draft, policy, this.saved);
    this.update({ ...changes, draft, ...next, outcomes: undefined });
    clearTimeout(this.outcomesTimer);
    const tested = next.tested;
    if (!tested) return;
    this.outcomesTimer = setTimeout(() => {
      if (this.current.tested !== tested) return;
      this.update({ outcomes: outcomesByRule(runRuleSetExamples(tested).outcomes) });
    }, this.examplesAfterMs);
  }

  private update(changes: Partial<OptionsView>): void {
    this.current = { ...this.current, ...changes };
    if (this.stopped) return;
    for (const subscriber of this.subscribers) subscriber(this.current);
  }
}

function derived(draft: RuleSet, policy: ManagedPolicy, saved: RuleSet | null): Pick<OptionsView, 'readOnly' | 'errors' | 'shownRules' | 'tested' | 'exportable' | 'active'> {
  const validation = validateRuleSet(draft);
  return {
    readOnly: policy.lockAll,
    errors: validation.ok ? [] : plainErrors(validation.errors),
    shownRules: resolveActiveRuleSet(draft, policy).rules,
    tested: validation.ok ? resolveActiveRuleSet(validation.ruleSet, policy) : null,
    exportable: validation.ok ? validation.ruleSet : null,
    active: resolveActiveRuleSet(saved, policy),
  };
}

function outcomesByRule(outcomes: readonly ExampleOutcome[]): Map<string, ExampleOutcome[]> {
  const byRule = new Map<string, ExampleOutcome[]>();
  for (const outcome of outcomes) byRule.set(outcome.ruleId, [...(byRule.get(outcome.ruleId) ?? []), outcome]);
  return byRule;
}
