import { Plus } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import './kit.css';

/**
 * Adds a record by its one required field. The field keeps focus and empties after each add, so a
 * list can be typed in at a workshop one Enter at a time.
 */
export function AddForm({
  label,
  button,
  onAdd,
}: {
  label: string;
  button: string;
  onAdd(name: string): Promise<unknown>;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '' || busy) return;
    setBusy(true);
    try {
      await onAdd(trimmed);
      setName('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="add-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={name} onChange={(event) => setName(event.target.value)} />
      <button type="submit" disabled={name.trim() === '' || busy}>
        <Plus size={16} aria-hidden="true" />
        {button}
      </button>
    </form>
  );
}
