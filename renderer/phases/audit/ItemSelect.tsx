import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../store/catalog';
import { SelectField } from '../../components/form/SelectField';
import { useUiLanguage } from '../../i18n/useUiLanguage';

interface ItemSelectProps {
  label: string;
  /** A catalogue item id, or '' for none. */
  value: string;
  onChange: (itemId: string) => unknown;
  hideLabel?: boolean;
}

/** Picks the ISO 42001 clause or Annex A control a record belongs to. */
export function ItemSelect({ label, value, onChange, hideLabel }: ItemSelectProps) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const catalog = useCatalog() ?? [];
  const options = [
    { value: '', label: t('audit.noItem') },
    ...catalog.map((item) => ({ value: item.id, label: `${item.id} ${item.title[lang]}` })),
  ];
  return (
    <SelectField
      label={label}
      value={value}
      options={options}
      onChange={onChange}
      hideLabel={hideLabel}
      className="audit-item-select"
    />
  );
}
