import { useEffect, useState } from 'react';

/**
 * Shows a choice at once while main saves it; the stored value takes over as soon as it comes back
 * (or stays as it was if the save failed).
 */
export function usePending<T>(stored: T): [T, (next: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  useEffect(() => setPending(null), [stored]);
  return [pending ? pending.value : stored, (value) => setPending({ value })];
}
