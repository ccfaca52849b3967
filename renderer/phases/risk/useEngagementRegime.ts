import { useEffect, useState } from 'react';
import type { AiActRegimeId } from '../../../shared/catalog/aiact';
import { api } from '../../api';
import { useWorkbook } from '../../store/workbook';

/**
 * The AI Act regime the engagement is assessed under (amended 2026 by default, or the original 2024
 * text). Main classifies with it; the wizard needs it to know which questions the rule will ask.
 */
export function useEngagementRegime(): AiActRegimeId | null {
  const wb = useWorkbook((s) => s.open?.wb);
  const [regime, setRegime] = useState<AiActRegimeId | null>(null);
  useEffect(() => {
    if (!wb) return;
    const load = async () => {
      const result = await api.engagement.get({ wb });
      if (result.ok) setRegime(result.value.aiActRegime);
      else useWorkbook.getState().fail(result.error);
    };
    void load();
    return api.events['workbook:changed']((event) => {
      if (event.wb === wb && event.aggregates.includes('engagement')) void load();
    });
  }, [wb]);
  return regime;
}
