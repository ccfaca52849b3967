import type { Attendee, WorkshopSession } from '../../../shared/schemas/engagement';
import { collection } from '../collection';
import { defineTable } from '../table';

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
