import { useEffect, useRef, type RefObject } from 'react';
import { MATURITY_LEVELS } from '../../../shared/catalog/vocab/assessment';
import { cachedAssessment, createActionFromGap, updateAssessment } from './edits';
import { useGapStore } from './gapStore';
import type { GapRow } from './useGapRows';
import { verdictOptions } from './verdictOptions';

interface GapKeys {
  root: RefObject<HTMLElement | null>;
  /** The rows the list shows, in order. */
  rows: readonly GapRow[];
  /** Every row in catalogue order, to step on from an item the filters have just hidden. */
  all: readonly GapRow[];
  /** The item in the detail pane; it may be filtered out of the list. */
  selected: GapRow | null;
  select(itemId: string): void;
  announce(message: 'allDone' | 'actionCreated'): void;
}

const NOT_TYPING = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Keys must never act on what the user is typing; choices (radios, checkboxes, buttons) are not typing. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true; // letters and digits pick an option there
  return target instanceof HTMLInputElement && !NOT_TYPING.has(target.type);
}

/** Enter and Space activate these themselves. */
const activates = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('button, a[href], summary') !== null;

/**
 * The workshop keys of the gap analysis: 0–5 current maturity (the target while the target scale has
 * focus), T target, V verdict, N note, J/K and ↓/↑ move, Enter next open item, Ctrl+F search, Escape back
 * to the list, A action from the gap, W workshop mode. Alt and Ctrl combinations other than Ctrl+F belong to the frame.
 */
export function useGapKeys(options: GapKeys): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { root, rows, all, selected, select, announce } = latest.current;
      const container = root.current;
      const target = event.target;
      if (!container || event.defaultPrevented) return;
      if (target instanceof Element && target.closest('dialog')) return; // a modal has its own keys
      const find = (name: string) => container.querySelector<HTMLElement>(`[data-key-target="${name}"]`);
      const within = (name: string) =>
        target instanceof Element && target.closest(`[data-key-target="${name}"]`);
      // Focus moves at once, so a digit typed right after T already lands on the target; after a
      // change it moves again once the new choice is drawn, so arrows go on from the chosen value.
      const focusChoice = (name: string) =>
        (
          find(name)?.querySelector<HTMLElement>('input:checked') ?? find(name)?.querySelector('input')
        )?.focus();
      const handled = () => event.preventDefault();

      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        handled();
        const search = find('search') as HTMLInputElement | null;
        search?.focus();
        search?.select();
        return;
      }
      if (event.key === 'Escape') {
        const inPhase = target === document.body || (target instanceof Node && container.contains(target));
        if (inPhase && !within('list')) {
          handled();
          // Leaving the field saves what was typed (on blur), with or without a list to return to.
          const list = find('list');
          if (list) list.focus();
          else if (target instanceof HTMLElement) target.blur();
        }
        return;
      }
      if (within('search') && (event.key === 'Enter' || event.key === 'ArrowDown')) {
        handled();
        find('list')?.focus();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(target)) return;

      // Where the selection sits in the list. An item the filters hide (rated under "only open items")
      // sits between its neighbours in catalogue order, so J and Enter go on from there.
      const position = all.findIndex((r) => r.item.id === selected?.item.id);
      const found = rows.findIndex((r) => r.item.id === selected?.item.id);
      const following = rows.findIndex((r) => all.indexOf(r) > position);
      const next = found >= 0 ? found + 1 : following < 0 ? rows.length : following;
      const previous = next - (found >= 0 ? 2 : 1);
      const moveTo = (to: number) => {
        const row = rows[Math.max(0, Math.min(rows.length - 1, to))];
        if (!row) return;
        select(row.item.id);
        find('list')?.focus();
      };
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const a = selected ? cachedAssessment(selected.item.id) : undefined;

      if (/^[0-5]$/.test(key) && selected) {
        handled();
        const level = Number(key);
        if (within('target')) {
          void updateAssessment(selected.item.id, { maturityTarget: level });
          requestAnimationFrame(() => focusChoice('target'));
        } else void updateAssessment(selected.item.id, { maturityCurrent: level });
      } else if (key === 'j' || key === 'ArrowDown') {
        handled();
        moveTo(next);
      } else if (key === 'k' || key === 'ArrowUp') {
        handled();
        moveTo(previous);
      } else if ((key === 'Home' || key === 'End') && within('list')) {
        handled();
        moveTo(key === 'Home' ? 0 : rows.length - 1);
      } else if (key === 'Enter' && !activates(target)) {
        handled();
        const open = [...rows.slice(next), ...rows.slice(0, next)].find((r) => r.open);
        if (open) moveTo(rows.indexOf(open));
        else announce('allDone');
      } else if (key === 't' && selected) {
        handled();
        if (within('target')) {
          const current = a?.maturityTarget ?? -1;
          void updateAssessment(selected.item.id, { maturityTarget: (current + 1) % MATURITY_LEVELS.length });
          requestAnimationFrame(() => focusChoice('target'));
        } else focusChoice('target');
      } else if (key === 'v' && selected) {
        handled();
        if (within('verdict')) {
          const verdict = a?.verdict ?? 'not-assessed';
          const choices = verdictOptions(selected.item.kind, verdict);
          const cycled = choices[(choices.indexOf(verdict) + 1) % choices.length]!;
          void updateAssessment(selected.item.id, { verdict: cycled });
          requestAnimationFrame(() => focusChoice('verdict'));
        } else focusChoice('verdict');
      } else if (key === 'n' && selected) {
        handled();
        find('notes')?.focus();
      } else if (key === 'a' && selected) {
        handled();
        void createActionFromGap(selected.item.id).then((action) => action && announce('actionCreated'));
      } else if (key === 'w') {
        handled();
        useGapStore.getState().toggleWorkshop();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
