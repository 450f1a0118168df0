import type { FormState } from '../../../lib/options/new-rule';

/** What every kind's fields get: the form, a setter per field (with the path its errors are under), and those errors. */
export interface KindFieldsProps {
  form: FormState;
  set: <K extends keyof FormState>(key: K, path?: string) => (value: FormState[K] | ((current: FormState[K]) => FormState[K])) => void;
  at: (path: string) => string[];
}
