import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EXTENSION_STORES } from '../../lib/options/extension-stores';
import { OptionsSession, type OptionsStores } from '../../lib/options/options-session';
import type { SiteAccessApi } from '../../lib/site-access/enabled-sites';
import { AuditSavedReplies } from './AuditSavedReplies';
import { CheckThisPage } from './CheckThisPage';
import { type Download, downloadFile } from './download';
import { EnabledSites } from './EnabledSites';
import { ImportExport } from './ImportExport';
import { MutedRules } from './MutedRules';
import { NewRuleForm } from './NewRuleForm';
import { PolicyNotice } from './PolicyNotice';
import { RuleList } from './RuleList';
import { RuleSetDetails } from './RuleSetDetails';
import { RuleStatsTable } from './RuleStatsTable';
import { SaveBar } from './SaveBar';
import { TeamStats } from './TeamStats';
import { TryIt } from './TryIt';
import { UnderlineSettings } from './UnderlineSettings';

interface OptionsAppProps {
  /** How files are handed to the user (exports); tests pass a spy. */
  download?: Download;
  /** The browser's permissions API, for the sites the agent enabled (tests pass an in-memory one). */
  permissions?: SiteAccessApi['permissions'];
  /** Where settings are read and written (the extension's storage by default). */
  stores?: OptionsStores;
}

/** The page's sections, in the order of the navigation. */
const SECTIONS = [
  { id: 'rules', title: 'Rules' },
  { id: 'sites', title: 'Sites' },
  { id: 'import-export', title: 'Import and export' },
  { id: 'stats', title: 'Statistics' },
] as const;

/**
 * The options page: the team lead tunes the rule set (every edit validated, examples re-run), tries it
 * on a sample, imports and exports it; the agent enables sites, switches underlines, reviews hidden rules
 * and statistics. Its state is an OptionsSession (lib/options): this view only lays it out.
 */
export function OptionsApp({ download = downloadFile, permissions = browser.permissions, stores = EXTENSION_STORES }: OptionsAppProps) {
  const session = useMemo(() => new OptionsSession(stores), [stores]);
  const [view, setView] = useState(session.view());
  useEffect(() => {
    const unsubscribe = session.subscribe(setView);
    void session.start();
    return () => {
      unsubscribe();
      session.stop();
    };
  }, [session]);

  if (!view.loaded) {
    return (
      <main class="options" aria-busy="true">
        <p class="muted">Loading your rules…</p>
      </main>
    );
  }

  const edit = (update: Parameters<OptionsSession['edit']>[0]) => session.edit(update);
  return (
    <main class="options" data-ready="">
      <header class="options__header">
        <h1>Reply Coach settings</h1>
        <nav aria-label="Sections">
          {SECTIONS.map((section) => (
            <a key={section.id} href={`#${section.id}`}>
              {section.title}
            </a>
          ))}
        </nav>
      </header>
      <PolicyNotice policy={view.policy} storedErrors={view.storedErrors} />

      <OptionsSection id="rules" title="Rules">
        <RuleSetDetails draft={view.draft} errors={view.errors} readOnly={view.readOnly} edit={edit} />
        <RuleList rules={view.shownRules} draft={view.draft} policy={view.policy} errors={view.errors} outcomes={view.outcomes} muted={view.muted} edit={edit} />
        <NewRuleForm takenIds={new Set(view.shownRules.map((rule) => rule.id))} edit={edit} disabled={view.readOnly} />
        <TryIt ruleSet={view.tested} muted={view.muted} onMuteRule={(ruleId) => session.mute(ruleId)} />
        <MutedRules muted={view.muted} rules={view.shownRules} onUnmute={(ruleId) => session.unmute(ruleId)} />
      </OptionsSection>

      <OptionsSection id="sites" title="Sites">
        <EnabledSites permissions={permissions} />
        <CheckThisPage />
        <UnderlineSettings settings={view.underlines} onChange={(settings) => session.setUnderlines(settings)} />
      </OptionsSection>

      <OptionsSection id="import-export" title="Import and export">
        <ImportExport active={view.active} policy={view.policy} exportable={view.exportable} readOnly={view.readOnly} onApply={(ruleSet) => void session.save(ruleSet)} download={download} />
        <AuditSavedReplies ruleSet={view.active} download={download} />
      </OptionsSection>

      <OptionsSection id="stats" title="Statistics">
        <RuleStatsTable stats={view.stats} rules={view.shownRules} onClear={() => session.clearStats()} download={download} />
        <TeamStats policy={view.policy} download={download} />
      </OptionsSection>

      <SaveBar
        dirty={view.dirty}
        errorCount={view.errors.length}
        pending={view.pending}
        status={view.status}
        readOnly={view.readOnly}
        onSave={() => void session.save()}
        onConfirm={() => session.confirmSave()}
        onKeepEditing={() => session.keepEditing()}
        onDiscard={() => session.discard()}
      />
    </main>
  );
}

/** One of the page's sections: its heading is where the navigation lands (never under the save bar, which sits at the bottom). */
function OptionsSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="options__section" id={id} aria-labelledby={`${id}-section`}>
      <h2 id={`${id}-section`} class="options__section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
