import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftInput } from '../../../renderer/components/form/DraftInput';
import { undoWhereFocused } from '../../../renderer/frame/useShortcuts';
import { MaturityScale } from '../../../renderer/phases/gap/MaturityScale';
import { useNavigation } from '../../../renderer/store/navigation';
import { callsTo } from './fakeApi';
import { DELETE_SYSTEM, fakeUndoMain, UndoFrame } from './undoMain';
import { openWorkbook } from './workbook';

const RENAME_ROLE = { channel: 'role:update', entity: 'role', subject: 'AI officer', rows: 1 };

/**
 * A rating and a text field, as in the gap analysis detail, inside the frame's undo keys. The field's stored
 * value never changes here, so what is typed into it stays unsaved however slow the machine.
 */
function renderWorkspace() {
  fakeUndoMain([RENAME_ROLE, DELETE_SYSTEM]);
  render(
    <UndoFrame>
      <MaturityScale
        label="Current maturity"
        value={2}
        onChange={() => undefined}
        lang="en"
        emptyText="Not rated yet"
        keyTarget="current"
        shortcuts={String}
      />
      <DraftInput aria-label="Findings" value="Policy approved" onSave={() => undefined} />
    </UndoFrame>,
  );
  return { rating: screen.getByRole('radio', { name: /Managed/ }), field: screen.getByRole('textbox') };
}

beforeEach(() => {
  openWorkbook();
});

describe('Undo keys', () => {
  it('Ctrl+Z on a rating undoes the last app action and says which', async () => {
    const { rating } = renderWorkspace();
    rating.focus();
    await userEvent.setup().keyboard('{Control>}z{/Control}');
    expect(callsTo('workbook:undo')).toHaveLength(1);
    expect(await screen.findByText('Undone: Delete AI system ‘CV-Screening’')).toBeTruthy();
  });

  it('Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    const { rating } = renderWorkspace();
    const user = userEvent.setup();
    rating.focus();
    await user.keyboard('{Control>}z{/Control}{Control>}z{/Control}');
    await user.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}');
    await user.keyboard('{Control>}y{/Control}');
    expect(callsTo('workbook:redo')).toHaveLength(2);
    expect(await screen.findByText('Redone: Delete AI system ‘CV-Screening’')).toBeTruthy();
  });

  it('takes Ctrl+Z from a text field that holds what is stored, and leaves it to one with unsaved typing', async () => {
    const { field } = renderWorkspace();
    const user = userEvent.setup();
    await user.click(field);
    await user.keyboard('{Control>}z{/Control}');
    expect(callsTo('workbook:undo')).toHaveLength(1);

    await user.type(field, ', signed');
    expect(field.getAttribute('data-draft')).toBe('unsaved');
    await user.keyboard('{Control>}z{/Control}');
    expect(callsTo('workbook:undo')).toHaveLength(1);
  });

  it("the Edit menu's Undo follows the same rule", async () => {
    const { rating, field } = renderWorkspace();
    // Chromium's text undo; happy-dom has no execCommand.
    const textUndo = vi.fn(() => true);
    document.execCommand = textUndo;
    rating.focus();
    await act(async () => undoWhereFocused('undo'));
    expect(callsTo('workbook:undo')).toHaveLength(1);

    await userEvent.setup().type(field, ', signed');
    await act(async () => undoWhereFocused('undo'));
    expect(textUndo).toHaveBeenCalledExactlyOnceWith('undo');
    expect(callsTo('workbook:undo')).toHaveLength(1);
  });

  it('Alt+digit switches phase', async () => {
    renderWorkspace();
    await userEvent.setup().keyboard('{Alt>}2{/Alt}');
    expect(useNavigation.getState().phase).toBe('risk');
  });
});
