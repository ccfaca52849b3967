import type { Attendee, WorkshopSession } from '../../../shared/schemas/engagement';
import { collection } from '../collection';
import { sql } from '../sql';
import { defineTable } from '../table';
import type { Db } from '../sql';

export const workshopSessions = collection(
  defineTable<WorkshopSession>({
    table: 'workshop_sessions',
    entity: 'session',
    key: ['id'],
    orderBy: 'date',
    columns: { id: 'text', title: 'text', date: 'text', location: 'text', notes: 'text', updatedAt: 'text' },
  }),
  { title: '', date: null, location: '', notes: '' },
);

export const attendees = collection(
  defineTable<Attendee>({
    table: 'attendees',
    entity: 'attendee',
    key: ['id'],
    orderBy: 'name',
    columns: { id: 'text', sessionId: 'text', name: 'text', role: 'text', organisation: 'text', updatedAt: 'text' },
  }),
  { sessionId: '', name: '', role: '', organisation: '' },
);

/** Deleting a session takes its attendees with it; each removal is logged so the whole edit undoes. */
export function deleteSession(db: Db, id: string): WorkshopSession {
  for (const attendee of attendees.list(db, sql`session_id = ${id}`)) attendees.remove(db, attendee.id);
  return workshopSessions.remove(db, id);
}
