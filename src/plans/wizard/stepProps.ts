import type { Control, UseFormSetValue } from 'react-hook-form';
import type { FieldErrors } from './schemas';
import type { WizardData } from './useWizardData';
import type { WizardValues } from './values';

/** What every step component gets from the page. */
export interface StepProps {
  control: Control<WizardValues>;
  values: WizardValues;
  setValue: UseFormSetValue<WizardValues>;
  /** This step's errors, translated, by dotted field path (empty until the user tried to go on). */
  errors: Readonly<Record<string, string | undefined>>;
  data: WizardData;
}

export type { FieldErrors };
