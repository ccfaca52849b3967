import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18next } from '../../../renderer/i18n';
import { useNavigation } from '../../../renderer/store/navigation';
import { runUndo } from '../../../renderer/store/undo';
import { callsTo } from './fakeApi';
import { DELETE_SYSTEM, fakeUndoMain, UndoFrame } from './undoMain';
import { openWorkbook } from './workbook';

const RATE_GOVERNANCE = { channel: 'assessment:update', entity: 'assessment', subject: '5.2', rows: 1 };

async function undoLast(done = [DELETE_SYSTEM]) {
  const main = fakeUndoMain(done);
  render(<UndoFrame />);
  await act(() => runUndo('undo'));
  return { main, toast: screen.getByRole('status') };
}

beforeEach(() => {
  openWorkbook();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Undo toast', () => {
  it('names what was undone and offers to redo it', async () => {
    const { toast } = await undoLast();
    expect(within(toast).getByText('Undone: Delete AI system ‘CV-Screening’')).toBeTruthy();
    expect(within(toast).getByRole('button', { name: 'Redo' })).toBeTruthy();
    expect(within(toast).queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('names it in German when the UI speaks German', async () => {
    await act(() => i18next.changeLanguage('de'));
    const { toast } = await undoLast();
    expect(within(toast).getByText('Rückgängig gemacht: KI-System ‚CV-Screening‘ löschen')).toBeTruthy();
    expect(within(toast).getByRole('button', { name: 'Wiederholen' })).toBeTruthy();
  });

  it('redoes from its button, then offers undo again', async () => {
    const { toast } = await undoLast();
    await userEvent.setup().click(within(toast).getByRole('button', { name: 'Redo' }));
    expect(callsTo('workbook:redo')).toHaveLength(1);
    expect(
      within(screen.getByRole('status')).getByText('Redone: Delete AI system ‘CV-Screening’'),
    ).toBeTruthy();
    expect(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('stops offering redo once a new edit is the next step', async () => {
    const { main, toast } = await undoLast();
    await act(() => main.edit(RATE_GOVERNANCE));
    expect(within(toast).queryByRole('button', { name: 'Redo' })).toBeNull();
    expect(screen.getByRole('status')).toBe(toast);
  });

  it('shows where the action happened: the phase of its record, or the assessed item itself', async () => {
    const user = userEvent.setup();
    const { toast } = await undoLast([RATE_GOVERNANCE, DELETE_SYSTEM]);
    await user.click(within(toast).getByRole('button', { name: 'Show' }));
    expect(useNavigation.getState().phase).toBe('risk');
    expect(screen.queryByRole('status')).toBeNull();

    await act(() => runUndo('undo'));
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(useNavigation.getState()).toMatchObject({ phase: 'gap', itemId: '5.2' });
  });

  it('goes away after 10 seconds, or when dismissed', async () => {
    vi.useFakeTimers();
    await undoLast([RATE_GOVERNANCE, DELETE_SYSTEM]);
    act(() => vi.advanceTimersByTime(9_999));
    expect(screen.getByRole('status')).toBeTruthy();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByRole('status')).toBeNull();

    vi.useRealTimers();
    await act(() => runUndo('undo'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
