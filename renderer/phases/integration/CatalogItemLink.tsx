import { useTranslation } from 'react-i18next';
import type { CatalogItems } from '../../store/catalog';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { useNavigation } from '../../store/navigation';

/** A catalogue item's id and title that opens it in the gap analysis. */
export function CatalogItemLink({ item }: { item: CatalogItems[number] }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const showItem = useNavigation((s) => s.showItem);
  return (
    <button
      type="button"
      className="kit-item-link"
      onClick={() => showItem(item.id)}
      title={t('integration.crosswalk.open', { id: item.id })}
    >
      <span className="kit-id">{item.id}</span> {item.title[lang]}
    </button>
  );
}
