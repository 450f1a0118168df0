import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type ExampleOutcome, runRuleSetExamples } from '../../lib/rule-testing/run-examples';
import { newDraft } from '../../lib/rules/edit-draft';
import type { RuleSetError } from '../../lib/rules/errors';
import { validateRuleSet } from '../../lib/rules/load';
import { type ManagedPolicy, NO_POLICY, resolveActiveRuleSet } from '../../lib/rules/managed';
import type { RuleSet } from '../../lib/rules/schema';
import { readLocalRuleSet, saveLocalRuleSet, watchLocalRuleSet } from '../../lib/settings/local-rule-set';
import { readManagedPolicy, watchManagedPolicy } from '../../lib/settings/managed-policy';
import { getMutedRules, muteRule, unmuteRule, watchMutedRules } from '../../lib/settings/muted-rules';
import { type RuleStats, clearRuleStats, readRuleStats, watchRuleStats } from '../../lib/settings/rule-stats';
import type { SiteAccessApi } from '../../lib/site-access/enabled-sites';
import { AuditSavedReplies } from './AuditSavedReplies';
import { CheckThisPage } from './CheckThisPage';
import { type Download, downloadFile } from './download';
import { EnabledSites } from './EnabledSites';
import { ImportExport } from './ImportExport';
import { MutedRules } from './MutedRules';
import { NewRuleForm } from './NewRuleForm';
import { PolicyNotice } from './PolicyNotice';
import type { EditDraft } from './RuleEditor';
import { RuleList } from './RuleList';
import { RuleSetDetails } from './RuleSetDetails';
import { RuleStatsTable } from './RuleStatsTable';
import { SaveBar } from './SaveBar';
import { TeamStats } from './TeamStats';
import { TryIt } from './TryIt';
import { useDebounced } from './use-debounced';

interface OptionsAppProps {
  /** How files are handed to the user (exports); tests pass a spy. */
  download?: Download;
  /** The browser's permissions API, for the sites the agent enabled (tests pass an in-memory one). */
  permissions?: SiteAccessApi['permissions'];
}

interface Loaded {
  policy: ManagedPolicy;
  /** The stored local set (null: none, the pack or the administrator's set runs). */
  saved: RuleSet | null;
  storedErrors: RuleSetError[];
}

/** A save waiting for "Save anyway" because some examples fail. */
interface PendingSave {
  ruleSet: RuleSet;
  failed: number;
}

/**
 * The options page: the team lead tunes the rule set (every edit validated by the schema and its
 * examples re-run), tries it on a sample, imports and exports it; the agent enables other sites and
 * reviews hidden rules and statistics. Edits stay in a draft until saved; saving a set whose
 * examples fail asks first.
 */
export function OptionsApp({ download = downloadFile, permissions = browser.permissions }: OptionsAppProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<RuleSet>(newDraft);
  const [dirty, setDirty] = useState(false);
  const [muted, setMuted] = useState<string[]>([]);
  const [stats, setStats] = useState<RuleStats>({});
  const [pending, setPending] = useState<PendingSave | null>(null);
  const [status, setStatus] = useState('');
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;

  useEffect(() => {
    let live = true;
    void Promise.all([readManagedPolicy(), readLocalRuleSet(), getMutedRules(), readRuleStats()]).then(([policy, stored, mutedIds, counts]) => {
      if (!live) return;
      setLoaded({ policy, saved: stored.ruleSet, storedErrors: stored.errors });
      setDraft(stored.ruleSet ?? newDraft());
      setMuted(mutedIds);
      setStats(counts);
    });
    const stops = [
      watchManagedPolicy((policy) => setLoaded((current) => current && { ...current, policy })),
      // Saved in another window: take it, unless this page has edits of its own.
      watchLocalRuleSet((stored) => {
        setLoaded((current) => current && { ...current, saved: stored.ruleSet, storedErrors: stored.errors });
        if (!dirtyNow.current) setDraft(stored.ruleSet ?? newDraft());
      }),
      watchMutedRules(setMuted),
      watchRuleStats(setStats),
    ];
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  }, []);

  const policy = loaded?.policy ?? NO_POLICY;
  const readOnly = policy.lockAll;
  const validation = useMemo(() => validateRuleSet(draft), [draft]);
  const errors = validation.ok ? [] : validation.errors;
  // What the rows show: the draft as it would run, even while some value is invalid.
  const shownRules = useMemo(() => resolveActiveRuleSet(draft, policy).rules, [draft, policy]);
  const tested = useMemo(() => (validation.ok ? resolveActiveRuleSet(validation.ruleSet, policy) : null), [validation, policy]);
  const settled = useDebounced(tested, 250);
  const outcomes = useMemo(() => (settled && settled === tested ? outcomesByRule(runRuleSetExamples(settled).outcomes) : undefined), [settled, tested]);
  const active = useMemo(() => resolveActiveRuleSet(loaded?.saved ?? null, policy), [loaded?.saved, policy]);

  const edit: EditDraft = useCallback((update) => {
    setDraft((current) => update(current));
    setDirty(true);
    setPending(null);
    setStatus('');
  }, []);

  const save = async (ruleSet: RuleSet, confirmed = false) => {
    const report = runRuleSetExamples(resolveActiveRuleSet(ruleSet, policy));
    if (report.failed > 0 && !confirmed) {
      setDraft(ruleSet);
      setDirty(true);
      setPending({ ruleSet, failed: report.failed });
      return;
    }
    const result = await saveLocalRuleSet(ruleSet);
    setPending(null);
    if (!result.ok) {
      setStatus(`Not saved: ${result.message}.`);
      return;
    }
    setDraft(ruleSet);
    setDirty(false);
    setLoaded((current) => current && { ...current, saved: ruleSet });
    setStatus(`Saved ${ruleSet.name} ${ruleSet.version}. Open side panels use it now.`);
  };

  if (!loaded) {
    return (
      <main class="options" aria-busy="true">
        <p class="muted">Loading your rules…</p>
      </main>
    );
  }

  return (
    <main class="options" data-ready="">
      <header class="options__header">
        <h1>Reply Coach settings</h1>
        <nav aria-label="Sections">
          <a href="#rules">Rules</a> <a href="#new-rule">Add a rule</a> <a href="#try-it">Try it</a> <a href="#import-export">Import and export</a> <a href="#sites">Sites</a> <a href="#check-page">Check this page</a>{' '}
          <a href="#muted">Hidden rules</a> <a href="#stats">Statistics</a> <a href="#audit">Audit saved replies</a> <a href="#team-stats">Team figures</a>
        </nav>
      </header>
      <PolicyNotice policy={policy} storedErrors={loaded.storedErrors} />
      <SaveBar
        dirty={dirty}
        errorCount={errors.length}
        pending={pending}
        status={status}
        readOnly={readOnly}
        onSave={() => validation.ok && void save(validation.ruleSet)}
        onConfirm={() => pending && void save(pending.ruleSet, true)}
        onKeepEditing={() => setPending(null)}
        onDiscard={() => {
          setDraft(loaded.saved ?? newDraft());
          setDirty(false);
          setPending(null);
          setStatus('Changes discarded.');
        }}
      />
      <RuleSetDetails draft={draft} errors={errors} readOnly={readOnly} edit={edit} />
      <RuleList rules={shownRules} draft={draft} policy={policy} errors={errors} outcomes={outcomes} muted={muted} edit={edit} />
      <NewRuleForm takenIds={new Set(shownRules.map((rule) => rule.id))} edit={edit} disabled={readOnly} />
      <TryIt ruleSet={tested} muted={muted} onMuteRule={(ruleId) => void muteRule(ruleId)} />
      <ImportExport active={active} policy={policy} exportable={validation.ok ? validation.ruleSet : null} readOnly={readOnly} onApply={(ruleSet) => void save(ruleSet)} download={download} />
      <EnabledSites permissions={permissions} />
      <CheckThisPage />
      <MutedRules muted={muted} rules={shownRules} onUnmute={(ruleId) => void unmuteRule(ruleId)} />
      <RuleStatsTable stats={stats} onClear={() => void clearRuleStats()} download={download} />
      <AuditSavedReplies ruleSet={active} download={download} />
      <TeamStats policy={policy} download={download} />
    </main>
  );
}

function outcomesByRule(outcomes: readonly ExampleOutcome[]): Map<string, ExampleOutcome[]> {
  const byRule = new Map<string, ExampleOutcome[]>();
  for (const outcome of outcomes) byRule.set(outcome.ruleId, [...(byRule.get(outcome.ruleId) ?? []), outcome]);
  return byRule;
}
