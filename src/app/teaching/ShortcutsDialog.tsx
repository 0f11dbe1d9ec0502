import { useEffect, useRef } from 'react';
import { TEACHING_STRINGS } from './teaching-strings';
import { useTeaching, useTeachingStoreApi } from './teaching-context';

/** Renders the ? overlay: every keyboard shortcut in one modal list. Esc or Close shuts it. */
export function ShortcutsDialog() {
  const open = useTeaching((state) => state.shortcutsOpen);
  const teaching = useTeachingStoreApi();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => teaching.getState().setShortcutsOpen(false)}
    >
      <h2 id="shortcuts-title">{TEACHING_STRINGS.shortcutsTitle}</h2>
      <table className="shortcuts-table">
        <tbody>
          {TEACHING_STRINGS.shortcuts.map((shortcut) => (
            <tr key={shortcut.keys}>
              <th scope="row">
                <kbd>{shortcut.keys}</kbd>
              </th>
              <td>{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="primary">
          {TEACHING_STRINGS.close}
        </button>
      </form>
    </dialog>
  );
}
