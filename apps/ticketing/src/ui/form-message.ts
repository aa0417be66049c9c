import { html, nothing } from 'lit';

/** What a ticket form says after a send: a confirmation, or an alert when it failed. */
export interface FormMessage {
  text: string;
  alert: boolean;
}

/** The message under a form, announced as a status or, when it failed, as an alert. */
export function formMessage(message: FormMessage | undefined) {
  if (!message) return nothing;
  const role = message.alert ? 'alert' : 'status';
  return html`<p class=${role} role=${role}>${message.text}</p>`;
}
