import { useEffect, useState } from 'react';
import type { Engagement } from '../../shared/schemas/engagement';
import { api } from '../api';
import { useWorkbook } from './workbook';

/** The engagement record, kept current: its language and AI Act regime steer templates, reports and the wizard. */
export function useEngagement(): Engagement | null {
  const wb = useWorkbook((s) => s.open?.wb);
  const [engagement, setEngagement] = useState<Engagement | null>(null);
  useEffect(() => {
    if (!wb) return;
    const load = () =>
      void api.engagement.get({ wb }).then((result) => {
        if (result.ok) setEngagement(result.value);
        else useWorkbook.getState().fail(result.error);
      });
    load();
    return api.events['workbook:changed']((event) => {
      if (event.wb === wb && event.aggregates.includes('engagement')) load();
    });
  }, [wb]);
  return engagement;
}
