import type { FunctionComponent } from 'preact';
import type { FormKind } from '../../../lib/options/new-rule';
import type { KindFieldsProps } from './kind-fields';
import { MetricRuleFields } from './MetricRuleFields';
import { OccurrenceRuleFields } from './OccurrenceRuleFields';
import { PhraseRuleFields } from './PhraseRuleFields';
import { RequirementRuleFields } from './RequirementRuleFields';
import { SubstitutionRuleFields } from './SubstitutionRuleFields';
import { TopicRuleFields } from './TopicRuleFields';

/** The fields each kind of rule adds to the "Add a rule" form. */
export const KIND_FIELDS: Record<FormKind, FunctionComponent<KindFieldsProps>> = {
  phrase: PhraseRuleFields,
  substitution: SubstitutionRuleFields,
  occurrence: OccurrenceRuleFields,
  metric: MetricRuleFields,
  requirement: RequirementRuleFields,
  topic: TopicRuleFields,
};
