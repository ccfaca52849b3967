import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../../store/catalog';
import { useUiLanguage } from '../../../i18n/useUiLanguage';

/** The Annex A controls a treatment relies on, ticked from the engagement's catalogue, with a quick filter. */
export function ControlPicker({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange(ids: string[]): void;
}) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const id = useId();
  const catalog = useCatalog();
  const [query, setQuery] = useState('');
  const controls = (catalog ?? []).filter((item) => item.kind === 'control');
  const q = query.trim().toLocaleLowerCase();
  const shown = q
    ? controls.filter((c) => `${c.id} ${c.title[lang]}`.toLocaleLowerCase().includes(q))
    : controls;
  const toggle = (control: string) =>
    onChange(value.includes(control) ? value.filter((x) => x !== control) : [...value, control]);

  return (
    <fieldset className="control-picker">
      <legend>
        {t('risk.riskForm.controls')} <span className="muted">({value.length})</span>
      </legend>
      <input
        type="search"
        aria-label={t('risk.riskForm.filterControls')}
        aria-controls={id}
        placeholder={t('risk.riskForm.filterControls')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="control-list" id={id}>
        {shown.map((c) => (
          <label key={c.id} className="choice compact">
            <input type="checkbox" checked={value.includes(c.id)} onChange={() => toggle(c.id)} />
            <span>
              <span className="ref">{c.id}</span> {c.title[lang]}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
