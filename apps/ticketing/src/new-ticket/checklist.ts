/** The server's limits of a checklist (server/src/tickets/ticket-checklist.ts). */
export const MAX_CHECKLIST_ITEMS = 20;
export const MAX_CHECKLIST_ITEM_LENGTH = 200;

/** Whether the server names a field of the checklist: `checklist` or `checklist.<i>`. */
export const isChecklistField = (field: string) =>
  field === 'checklist' || field.startsWith('checklist.');
