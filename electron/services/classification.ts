import { classifyUseCase, ClassificationAnswersSchema } from '../../shared/domain/classification';
import { AppFailure } from '../../shared/result';
import { aiSystems, classifications } from '../workbook/repos/aiSystems.repo';
import { getEngagement } from '../workbook/repos/engagement.repo';
import { sql } from '../workbook/sql';
import { editing, reading, type Handlers } from './handler';
import type { Sessions } from './sessions';

/**
 * The EU AI Act classification of an AI system is computed here, on the Node side, from the answers the
 * consultant recorded; the renderer never sends a result, so a stored tier always follows from its answers.
 */
export function classificationHandlers(sessions: Sessions) {
  return {
    'classification:list': reading(sessions, (db) => classifications.list(db)),
    'classification:save': editing(sessions, (db, { aiSystemId, answers, rationaleNote }) => {
      const system = aiSystems.get(db, aiSystemId);
      const parsed = ClassificationAnswersSchema.safeParse({ operatorRole: system.operatorRole, ...answers });
      if (!parsed.success) throw new AppFailure('invalid-input', parsed.error.issues[0]?.message ?? 'invalid answers');
      const regime = getEngagement(db).aiActRegime;
      const result = classifyUseCase(parsed.data, { regime });
      const record = {
        aiSystemId,
        regime,
        answers: parsed.data as Record<string, unknown>,
        tier: result.status === 'complete' ? result.tier : null,
        complete: result.status === 'complete',
        result: result as unknown as Record<string, unknown>,
        rationaleNote,
      };
      const [existing] = classifications.list(db, sql`ai_system_id = ${aiSystemId}`);
      return existing ? classifications.update(db, existing.id, record) : classifications.create(db, record);
    }),
  } satisfies Pick<Handlers, 'classification:list' | 'classification:save'>;
}
