import type { RuleSetError } from '../../lib/rules/errors';
import type { AppliesTo, RuleSet } from '../../lib/rules/schema';
import { TextField } from './fields';
import { ProfileFields } from './ProfileFields';
import type { EditDraft } from './RuleEditor';

interface RuleSetDetailsProps {
  draft: RuleSet;
  errors: readonly RuleSetError[];
  readOnly: boolean;
  edit: EditDraft;
}

const at = (errors: readonly RuleSetError[], path: string) => errors.filter((error) => error.path === path || error.path.startsWith(`${path}.`) || error.path.startsWith(`${path}[`)).map((error) => error.message);

/** The set's name and version (what an export and an import preview show) and where it coaches. */
export function RuleSetDetails({ draft, errors, readOnly, edit }: RuleSetDetailsProps) {
  const set = (fields: Partial<RuleSet>) => edit((current) => ({ ...current, ...fields }));
  return (
    <section class="card" aria-labelledby="set-heading" id="rule-set">
      <h3 id="set-heading">Rule set</h3>
      <div class="grid">
        <TextField label="Name" name="set-name" value={draft.name} disabled={readOnly} errors={at(errors, 'name')} onChange={(name) => set({ name })} />
        <TextField label="Version" name="set-version" value={draft.version} disabled={readOnly} errors={at(errors, 'version')} onChange={(version) => set({ version })} />
      </div>
      <ProfileFields
        subject="this rule set"
        appliesTo={draft.appliesTo}
        disabled={readOnly}
        errors={at(errors, 'appliesTo')}
        onChange={(appliesTo: AppliesTo | undefined) =>
          edit((current) => {
            const { appliesTo: _old, ...rest } = current;
            return appliesTo ? { ...rest, appliesTo } : rest;
          })
        }
      />
    </section>
  );
}
