import { useState } from 'preact/hooks';
import { type RuleSetDiff, diffRuleSets } from '../../lib/rules/diff';
import type { RuleSetError } from '../../lib/rules/errors';
import { formatOf, loadRuleSet } from '../../lib/rules/load';
import { type ManagedPolicy, resolveActiveRuleSet } from '../../lib/rules/managed';
import type { RuleSet } from '../../lib/rules/schema';
import { ruleSetFileName, serializeRuleSet } from '../../lib/rules/serialize';
import { plainErrors } from '../../lib/options/plain-errors';
import { effectiveRules } from '../../lib/rules/resolve';
import { ruleTitle } from '../../lib/rules/rule-title';
import { DiffPreview } from './DiffPreview';
import type { Download } from './download';

interface ImportExportProps {
  /** The set the extension runs now (saved), to preview an import against. */
  active: RuleSet;
  policy: ManagedPolicy;
  /** The edited set, when valid: what Export writes. */
  exportable: RuleSet | null;
  readOnly: boolean;
  /** Saves an imported set (through the same confirmation as any save). */
  onApply: (ruleSet: RuleSet) => void;
  download: Download;
}

type ImportState = { stage: 'idle' } | { stage: 'invalid'; fileName: string; errors: RuleSetError[] } | { stage: 'preview'; fileName: string; ruleSet: RuleSet; diff: RuleSetDiff };

/**
 * Import: the file is read and validated by the loader; an invalid one is listed error by error
 * and nothing changes; a valid one shows what changes and is applied only on "Apply".
 * Export: the edited set as JSON or YAML.
 */
export function ImportExport({ active, policy, exportable, readOnly, onApply, download }: ImportExportProps) {
  const [state, setState] = useState<ImportState>({ stage: 'idle' });

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const loaded = loadRuleSet((await file.text()).replace(/^\uFEFF/, ''), formatOf(file.name));
    // The same file can be picked again after fixing it.
    input.value = '';
    if (!loaded.ok) setState({ stage: 'invalid', fileName: file.name, errors: plainErrors(loaded.errors) });
    else setState({ stage: 'preview', fileName: file.name, ruleSet: loaded.ruleSet, diff: diffRuleSets(active, resolveActiveRuleSet(loaded.ruleSet, policy)) });
  };

  const exportAs = (format: 'json' | 'yaml') => {
    if (!exportable) return;
    download(ruleSetFileName(exportable, format), serializeRuleSet(exportable, format), format === 'json' ? 'application/json' : 'application/yaml');
  };

  return (
    <section class="card" aria-labelledby="import-heading">
      <h3 id="import-heading">Rule files</h3>
      <div class="field">
        <label class="field__label" for="rule-file">
          Import a rule file (.json, .yaml)
        </label>
        <input id="rule-file" type="file" accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml" disabled={readOnly} data-control="import-file" onChange={(event) => void read(event.currentTarget)} />
        {readOnly && <p class="field__hint">Your administrator has locked the rule set.</p>}
      </div>
      {state.stage === 'invalid' && (
        <div class="import-errors" role="alert" data-testid="import-errors">
          <p>
            <strong>{state.fileName}</strong> was not imported: {state.errors.length === 1 ? 'it has a problem' : `it has ${state.errors.length} problems`}. Your rules have not changed.
          </p>
          <ul>
            {state.errors.map((error, index) => (
              <li key={index} data-error-path={error.path} {...(error.line ? { 'data-error-line': String(error.line) } : {})}>
                {error.line ? `Line ${error.line}: ` : ''}
                <code>{error.path}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.stage === 'preview' && (
        <div class="import-preview" data-testid="import-preview" aria-labelledby="import-preview-heading" role="region">
          <h4 id="import-preview-heading">
            Importing {state.ruleSet.name} {state.ruleSet.version} ({state.fileName})
          </h4>
          <DiffPreview diff={state.diff} titleOf={(ruleId) => titleIn([state.ruleSet, active], ruleId)} />
          <div class="actions">
            <button
              type="button"
              class="button button--primary"
              data-action="apply-import"
              onClick={() => {
                onApply(state.ruleSet);
                setState({ stage: 'idle' });
              }}
            >
              Apply
            </button>
            <button type="button" class="button" data-action="cancel-import" onClick={() => setState({ stage: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div class="actions">
        <button type="button" class="button" data-action="export-json" disabled={!exportable} onClick={() => exportAs('json')}>
          Export JSON
        </button>
        <button type="button" class="button" data-action="export-yaml" disabled={!exportable} onClick={() => exportAs('yaml')}>
          Export YAML
        </button>
        {!exportable && <p class="muted">Fix the problems in the rules to export them.</p>}
      </div>
    </section>
  );
}

/** A rule's title, from the first set that has it (its id's words when none does). */
function titleIn(sets: readonly RuleSet[], ruleId: string): string {
  for (const set of sets) {
    const rule = effectiveRules(set).find((candidate) => candidate.id === ruleId);
    if (rule) return ruleTitle(rule);
  }
  return ruleTitle({ id: ruleId });
}
