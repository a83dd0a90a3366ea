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

type BoundValue = { value: unknown; onChange: (value: unknown) => void; onBlur: () => void };

/**
 * The frame every field shares: a FormGroup for the control bound to `name`,
 * and the step's error (or the help) under it. `label` is left off the group
 * for a checkbox, whose own label names it.
 */
const BoundField: React.FC<
  Omit<Common, 'label'> & { label?: string; helpId?: string; children: (field: BoundValue, id: string) => React.ReactElement }
> = ({ control, name, label, error, help, isRequired, helpId, children }) => (
  <FormGroup label={label} fieldId={fieldId(name)} isRequired={isRequired}>
    <Controller control={control} name={name} render={({ field }) => children(field, fieldId(name))} />
    <FieldHelp error={error} help={help} id={helpId} />
  </FormGroup>
);

const helpIdOf = (name: Name) => `${fieldId(name)}-help`;

export const TextField: React.FC<Common & { placeholder?: string; type?: 'text' | 'number'; list?: string; readOnly?: boolean }> = ({
  placeholder,
  type,
  list,
  readOnly,
  ...common
}) => (
  <BoundField {...common} helpId={helpIdOf(common.name)}>
    {(field, id) => (
      <TextInput
        id={id}
        type={type ?? 'text'}
        value={String(field.value ?? '')}
        onChange={(_e, v) => field.onChange(v)}
        onBlur={field.onBlur}
        validated={common.error ? 'error' : 'default'}
        placeholder={placeholder}
        list={list}
        readOnlyVariant={readOnly ? 'default' : undefined}
        aria-describedby={common.error || common.help ? helpIdOf(common.name) : undefined}
      />
    )}
  </BoundField>
);

export const TextAreaField: React.FC<Common & { rows?: number; monospace?: boolean }> = ({ rows, monospace, ...common }) => (
  <BoundField {...common} helpId={helpIdOf(common.name)}>
    {(field, id) => (
      <TextArea
        id={id}
        value={String(field.value ?? '')}
        onChange={(_e, v) => field.onChange(v)}
        validated={common.error ? 'error' : 'default'}
        rows={rows}
        resizeOrientation="vertical"
        style={monospace ? { fontFamily: 'var(--pf-t--global--font--family--mono, monospace)' } : undefined}
      />
    )}
  </BoundField>
);

export interface Option {
  value: string;
  label: string;
  isDisabled?: boolean;
}

export const SelectField: React.FC<Common & { options: Option[]; placeholder?: string; onPicked?: (value: string) => void }> = ({
  options,
  placeholder,
  onPicked,
  ...common
}) => (
  <BoundField {...common} helpId={helpIdOf(common.name)}>
    {(field, id) => (
      <FormSelect
        id={id}
        value={String(field.value ?? '')}
        onChange={(_e, v) => {
          field.onChange(v);
          onPicked?.(v);
        }}
        validated={common.error ? 'error' : 'default'}
      >
        {placeholder !== undefined && <FormSelectOption value="" label={placeholder} />}
        {options.map((o) => (
          <FormSelectOption key={o.value} value={o.value} label={o.label} isDisabled={o.isDisabled} />
        ))}
      </FormSelect>
    )}
  </BoundField>
);

export const CheckboxField: React.FC<Omit<Common, 'isRequired'> & { description?: React.ReactNode; isDisabled?: boolean }> = ({
  label,
  description,
  isDisabled,
  ...common
}) => (
  <BoundField {...common}>
    {(field, id) => (
      <Checkbox
        id={id}
        label={label}
        description={description}
        isChecked={!!field.value}
        isDisabled={isDisabled}
        onChange={(_e, checked) => field.onChange(checked)}
      />
    )}
  </BoundField>
);
