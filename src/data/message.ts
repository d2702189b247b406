/**
 * Words for the reader, as data: a catalogue key (src/words/messages) and its values. The store
 * and the data layer say what happened with a Message; the words are chosen at display, in the
 * reader's language (src/words/message.ts), so a notice follows a language switch.
 */
export interface Message {
  id: string;
  values?: Readonly<Record<string, MessageValue>>;
}

/** A value is text or a number, or a message (or a list of messages) formatted in turn. */
export type MessageValue = string | number | Message | readonly Message[];

export const message = (id: string, values?: Message['values']): Message => (values ? { id, values } : { id });
