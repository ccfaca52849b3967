import { Field } from './Field';

export interface SelectOption<V extends string = string> {
  readonly value: V;
  readonly label: string;
  /** Options in a row with the same group are shown under it as an <optgroup>. */
  readonly group?: string;
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  /** A choice is one deliberate act, so it counts at once: nothing to debounce. */
  onChange(next: V): unknown;
  hideLabel?: boolean;
  hint?: string;
  className?: string;
}

const optionOf = <V extends string>(option: SelectOption<V>) => (
  <option key={option.value} value={option.value}>
    {option.label}
  </option>
);

/** Consecutive options of one group, in order. */
function runs<V extends string>(options: readonly SelectOption<V>[]) {
  const result: { group: string | undefined; options: SelectOption<V>[] }[] = [];
  for (const option of options) {
    const last = result.at(-1);
    if (last && last.group === option.group) last.options.push(option);
    else result.push({ group: option.group, options: [option] });
  }
  return result;
}

/** A labelled select. */
export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { label, value, options, onChange, hideLabel, hint, className } = props;
  return (
    <Field label={label} hideLabel={hideLabel} hint={hint} className={className}>
      {(control) => (
        <select
          {...control}
          value={value}
          data-value={value}
          onChange={(e) => void onChange(e.target.value as V)}
        >
          {runs(options).map((run) =>
            run.group === undefined ? (
              run.options.map(optionOf)
            ) : (
              <optgroup key={run.group} label={run.group}>
                {run.options.map(optionOf)}
              </optgroup>
            ),
          )}
        </select>
      )}
    </Field>
  );
}
