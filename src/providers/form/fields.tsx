/**
 * Form fields bound to react-hook-form with PatternFly: the label names the
 * control (for screen readers and tests), help text sits under it and the
 * field's error replaces the help text in the error style.
 */
import * as React from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FormGroup, FormHelperText, HelperText, HelperTextItem, TextArea, TextInput } from '@patternfly/react-core';
import { useProviderErrorText } from './errorText';

interface FieldProps<V extends FieldValues> {
  control: Control<V>;
  name: FieldPath<V>;
  label: string;
  help?: React.ReactNode;
  isRequired?: boolean;
  type?: 'text' | 'password' | 'url';
  placeholder?: string;
  multiline?: boolean;
  /** Extra content under the field (e.g. a suggestion button). */
  children?: React.ReactNode;
  autoComplete?: string;
}

export const FieldHelp: React.FC<{ error?: string; help?: React.ReactNode; id: string }> = ({ error, help, id }) =>
  error || help ? (
    <FormHelperText>
      <HelperText id={id}>
        <HelperTextItem variant={error ? 'error' : 'default'}>{error ?? help}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  ) : null;

export function FormField<V extends FieldValues>({ control, name, label, help, isRequired, type = 'text', placeholder, multiline, children, autoComplete }: FieldProps<V>) {
  const errorText = useProviderErrorText();
  const id = `provider-${String(name)}`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const error = errorText(fieldState.error?.message);
        const common = {
          id,
          name: field.name,
          value: (field.value as string) ?? '',
          onBlur: field.onBlur,
          validated: error ? ('error' as const) : ('default' as const),
          'aria-describedby': `${id}-help`,
          'aria-invalid': !!error,
          isRequired,
          placeholder,
        };
        return (
          <FormGroup label={label} fieldId={id} isRequired={isRequired}>
            {multiline ? (
              <TextArea {...common} onChange={(_e, v) => field.onChange(v)} resizeOrientation="vertical" rows={6} />
            ) : (
              <TextInput {...common} type={type} autoComplete={autoComplete ?? (type === 'password' ? 'new-password' : 'off')} onChange={(_e, v) => field.onChange(v)} />
            )}
            <FieldHelp id={`${id}-help`} error={error} help={help} />
            {children}
          </FormGroup>
        );
      }}
    />
  );
}
