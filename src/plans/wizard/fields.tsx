/**
 * Form fields bound to the wizard's react-hook-form state, each a PatternFly
 * FormGroup whose label names the control (tests and screen readers find
 * them by it) with the step's error for that field under it.
 */
import * as React from 'react';
import { Controller, type Control, type FieldPath } from 'react-hook-form';
import {
  Checkbox,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextArea,
  TextInput,
} from '@patternfly/react-core';
import type { WizardValues } from './values';

type Name = FieldPath<WizardValues>;

export const FieldHelp: React.FC<{ error?: string; help?: React.ReactNode; id?: string }> = ({ error, help, id }) =>
  error || help ? (
    <FormHelperText>
      <HelperText id={id}>
        <HelperTextItem variant={error ? 'error' : 'default'}>{error ?? help}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  ) : null;

interface Common {
  control: Control<WizardValues>;
  name: Name;
  label: string;
  error?: string;
  help?: React.ReactNode;
  isRequired?: boolean;
}

const fieldId = (name: string) => `plan-wizard-${name.replace(/\./g, '-')}`;

export const TextField: React.FC<Common & { placeholder?: string; type?: 'text' | 'number'; list?: string; readOnly?: boolean }> = ({
  control,
  name,
  label,
  error,
  help,
  isRequired,
  placeholder,
  type,
  list,
  readOnly,
}) => (
  <FormGroup label={label} fieldId={fieldId(name)} isRequired={isRequired}>
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextInput
          id={fieldId(name)}
          type={type ?? 'text'}
          value={String(field.value ?? '')}
          onChange={(_e, v) => field.onChange(v)}
          onBlur={field.onBlur}
          validated={error ? 'error' : 'default'}
          placeholder={placeholder}
          list={list}
          readOnlyVariant={readOnly ? 'default' : undefined}
          aria-describedby={error || help ? `${fieldId(name)}-help` : undefined}
        />
      )}
    />
    <FieldHelp error={error} help={help} id={`${fieldId(name)}-help`} />
  </FormGroup>
);

export const TextAreaField: React.FC<Common & { rows?: number; monospace?: boolean }> = ({ control, name, label, error, help, isRequired, rows, monospace }) => (
  <FormGroup label={label} fieldId={fieldId(name)} isRequired={isRequired}>
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextArea
          id={fieldId(name)}
          value={String(field.value ?? '')}
          onChange={(_e, v) => field.onChange(v)}
          validated={error ? 'error' : 'default'}
          rows={rows}
          resizeOrientation="vertical"
          style={monospace ? { fontFamily: 'var(--pf-t--global--font--family--mono, monospace)' } : undefined}
        />
      )}
    />
    <FieldHelp error={error} help={help} id={`${fieldId(name)}-help`} />
  </FormGroup>
);

export interface Option {
  value: string;
  label: string;
  isDisabled?: boolean;
}

export const SelectField: React.FC<Common & { options: Option[]; placeholder?: string; onPicked?: (value: string) => void }> = ({
  control,
  name,
  label,
  error,
  help,
  isRequired,
  options,
  placeholder,
  onPicked,
}) => (
  <FormGroup label={label} fieldId={fieldId(name)} isRequired={isRequired}>
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormSelect
          id={fieldId(name)}
          value={String(field.value ?? '')}
          onChange={(_e, v) => {
            field.onChange(v);
            onPicked?.(v);
          }}
          validated={error ? 'error' : 'default'}
        >
          {placeholder !== undefined && <FormSelectOption value="" label={placeholder} />}
          {options.map((o) => (
            <FormSelectOption key={o.value} value={o.value} label={o.label} isDisabled={o.isDisabled} />
          ))}
        </FormSelect>
      )}
    />
    <FieldHelp error={error} help={help} id={`${fieldId(name)}-help`} />
  </FormGroup>
);

export const CheckboxField: React.FC<Omit<Common, 'isRequired'> & { description?: React.ReactNode; isDisabled?: boolean }> = ({
  control,
  name,
  label,
  error,
  help,
  description,
  isDisabled,
}) => (
  <FormGroup fieldId={fieldId(name)}>
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox
          id={fieldId(name)}
          label={label}
          description={description}
          isChecked={!!field.value}
          isDisabled={isDisabled}
          onChange={(_e, checked) => field.onChange(checked)}
        />
      )}
    />
    <FieldHelp error={error} help={help} />
  </FormGroup>
);
