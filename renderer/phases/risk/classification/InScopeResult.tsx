import { useTranslation } from 'react-i18next';
import {
  annexILegislation,
  annexIIIPoint,
  formatAiActRef,
  operatorRole,
  prohibitedPractice,
  transparencyCase,
} from '../../../../shared/catalog/aiact';
import type { InScopeClassification } from '../../../../shared/domain/classification';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { useFormats } from '../../../i18n/formats';
import { Rationale } from './Rationale';

/** A complete classification of an AI system in scope: tier, matches, obligations for the role, reasoning. */
export function InScopeResult({ result }: { result: InScopeClassification }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const format = useFormats();
  const ref = (r: string) => <span className="ref">{formatAiActRef(r, lang)}</span>;
  const { matched } = result;

  return (
    <>
      <div className="tier-banner" data-tier={result.tier}>
        <strong>{t(`risk.tiers.${result.tier}`)}</strong>
        <span>{t('risk.result.from', { date: format.day(result.applicableFrom.tier) })}</span>
      </div>
      <dl className="result-facts">
        <dt>{t('risk.result.role')}</dt>
        <dd>{result.role.effective.map((r) => operatorRole(r).name[lang]).join(' + ')}</dd>
        {result.highRiskRoute && (
          <>
            <dt>{t('risk.result.route')}</dt>
            <dd>{t(`risk.result.routes.${result.highRiskRoute}`)}</dd>
          </>
        )}
        {matched.prohibited.length > 0 && (
          <>
            <dt>{t('risk.result.prohibited')}</dt>
            <dd>
              <ul>
                {matched.prohibited.map((id) => (
                  <li key={id}>
                    {ref(prohibitedPractice(id).ref)} {prohibitedPractice(id).title[lang]}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {matched.annexI && (
          <>
            <dt>{t('risk.result.annexI')}</dt>
            <dd>
              {annexILegislation(matched.annexI.legislation).title[lang]} (
              {t('risk.wizard.annexISection', { section: matched.annexI.section })})
            </dd>
          </>
        )}
        {matched.annexIII.length > 0 && (
          <>
            <dt>{t('risk.result.annexIII')}</dt>
            <dd>
              <ul className="matched-points">
                {matched.annexIII.map((id) => (
                  <li key={id}>
                    {ref(annexIIIPoint(id).ref)} {annexIIIPoint(id).description[lang]}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {matched.transparency.length > 0 && (
          <>
            <dt>{t('risk.result.transparency')}</dt>
            <dd>
              <ul>
                {matched.transparency.map((id) => (
                  <li key={id}>
                    {ref(transparencyCase(id).ref)} {transparencyCase(id).title[lang]}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {result.derogation.considered && (
          <>
            <dt>{t('risk.result.derogation')}</dt>
            <dd>{result.derogation.reason[lang]}</dd>
          </>
        )}
        {result.gpai.isGpai && (
          <>
            <dt>{t('risk.result.gpai')}</dt>
            <dd>{t(result.gpai.systemicRisk ? 'risk.result.gpaiSystemic' : 'risk.result.gpaiPlain')}</dd>
          </>
        )}
        <dt>{t('risk.result.fria')}</dt>
        <dd>{result.fria.reason[lang]}</dd>
        <dt>{t('risk.result.articles')}</dt>
        <dd className="chips">
          {matched.articles.map((a) => (
            <span key={a}>{ref(a)}</span>
          ))}
        </dd>
      </dl>

      <h4>{t('risk.result.obligations', { count: result.obligations.length })}</h4>
      <table className="data-table obligations">
        <thead>
          <tr>
            <th scope="col">{t('risk.result.provision')}</th>
            <th scope="col">{t('risk.result.obligation')}</th>
            <th scope="col">{t('risk.result.appliesFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {result.obligations.map((o) => (
            <tr key={o.id}>
              <td>{ref(o.ref)}</td>
              <td>
                {o.text[lang]}
                {o.note && <small className="muted block">{o.note[lang]}</small>}
              </td>
              <td className="nowrap">
                {o.appliesFrom ? format.day(o.appliesFrom) : t('risk.result.noDate')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Rationale steps={result.rationale} />
    </>
  );
}
