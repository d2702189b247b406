/**
 * Words for the reader, as data: a catalogue key (src/words/messages) and its values. The store
 * and the data layer say what happened with a Message; the words are chosen at display, in the
 * reader's language (src/words/message.ts), so a notice follows a language switch.
 */
import type { Problem } from '../../geo/core/model/problems';

export interface Message {
  id: string;
  values?: Readonly<Record<string, MessageValue>>;
}

/** A value is text or a number, a message (or a list of messages) formatted in turn, or a check's problem (worded from its code). */
export type MessageValue = string | number | Message | Problem | readonly (Message | Problem)[];

export const message = (id: string, values?: Message['values']): Message => (values ? { id, values } : { id });
