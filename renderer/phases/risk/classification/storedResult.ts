import type { ClassificationResult } from '../../../../shared/domain/classification';
import type { Classification } from '../../../../shared/schemas/risk';

/** The result main stored with a classification: what shared classifyUseCase returned for its answers. */
export function storedResult(record: Classification | undefined): ClassificationResult | null {
  return record && 'status' in record.result ? (record.result as unknown as ClassificationResult) : null;
}
