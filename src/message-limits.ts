// The limits a message meets on its way through the pump, checked on the input before any AWS call: its user_name
// is the table's partition key (DynamoDB), both fields travel through SQS (characters, size), and the scan function
// hands it to the state machine inside a state (Step Functions' payload). A message that breaks one would be
// accepted by the table and then fail the run, or never be sent at all, long after the step started.
import type { Message } from './inputs';

/** DynamoDB: a partition key value is at most 2,048 bytes, a sort key value 1,024 bytes, an item 400 KB. */
export const MAX_PARTITION_KEY_BYTES = 2048;
export const MAX_SORT_KEY_BYTES = 1024;
export const MAX_ITEM_BYTES = 400 * 1024;
/** SQS: a message, body and attributes together, is at most 256 KiB. */
export const MAX_SQS_MESSAGE_BYTES = 256 * 1024;
/**
 * The scan function (setup.yaml) keeps a batch under 200 KiB, well inside Step Functions' 256 KiB state payload, and
 * skips (logs, never returns) a message whose JSON with 3 bytes of framing does not fit alone: such a message
 * would never be sent.
 */
export const MAX_SCAN_BATCH_BYTES = 200 * 1024;
/**
 * Longer than any id messageIdFor makes (`<run id>-<attempt>-<index>-<8 hex>`): sizes are checked with it, so a
 * message that passes fits whatever its id turns out to be.
 */
const LONGEST_MESSAGE_ID = 'x'.repeat(64);

/** The characters SQS accepts in a message: #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF. */
const NOT_SQS_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
export const SQS_CHARACTERS = 'tab, line feed, carriage return, U+0020 to U+D7FF, U+E000 to U+FFFD and U+10000 to U+10FFFF';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character SQS refuses ("U+0000 at character 5"), counting characters from 1; undefined when none. */
function badCharacter(text: string): string | undefined {
  // One pass over the whole text (a messages file holds many); with the u flag a pair of surrogates is one
  // character and a lone one a character of its own.
  const match = NOT_SQS_CHARACTER.exec(text);
  if (!match) return undefined;
  const char = match[0];
  const position = [...text.slice(0, match.index)].length + 1;
  const kind = /[\uD800-\uDFFF]/.test(char) ? ' (a lone surrogate)' : char === '\0' ? ' (NUL)' : '';
  return `${codePoint(char)}${kind} at character ${position}`;
}

/** Bytes SQS counts for the message the pump sends: its body, and each attribute's name, type and value. */
function sqsMessageBytes(message: Message): number {
  return bytes(message.message) + bytes('user') + bytes('String') + bytes(message.user_name) + bytes('message_id') + bytes('String') + LONGEST_MESSAGE_ID.length;
}

/** Bytes the scan function counts for the message in a batch (its JSON as returned, and 3 bytes of framing). */
function scanBytes(message: Message): number {
  return bytes(JSON.stringify({ user_name: message.user_name, message: message.message, message_id: LONGEST_MESSAGE_ID, sent: false })) + 3;
}

/**
 * What is wrong with one message, as the rest of an input error ("item 2: 'message' has U+0000 (NUL) at character 5;
 * SQS accepts ..."), or undefined when it meets every limit. `at` names the item.
 */
export function messageProblem(message: Message, at: string): string | undefined {
  for (const field of ['user_name', 'message'] as const) {
    const bad = badCharacter(message[field]);
    if (bad) return `${at}: '${field}' has ${bad}; SQS accepts only ${SQS_CHARACTERS}`;
  }
  const userBytes = bytes(message.user_name);
  if (userBytes > MAX_PARTITION_KEY_BYTES) {
    return `${at}: 'user_name' is ${userBytes} bytes in UTF-8; it is the table's partition key, and DynamoDB takes at most ${MAX_PARTITION_KEY_BYTES} bytes for one`;
  }
  const sqsBytes = sqsMessageBytes(message);
  if (sqsBytes > MAX_SQS_MESSAGE_BYTES) {
    return `${at}: the message the pump sends (body, user and message_id attributes) would be ${sqsBytes} bytes; SQS takes at most ${MAX_SQS_MESSAGE_BYTES} bytes (256 KiB)`;
  }
  const stateBytes = scanBytes(message);
  if (stateBytes > MAX_SCAN_BATCH_BYTES) {
    return (
      `${at}: the message takes ${stateBytes} bytes as the scan function hands it to the state machine; at most ${MAX_SCAN_BATCH_BYTES} bytes fit ` +
      `(the function keeps each batch well under Step Functions' 256 KiB state payload and never sends a larger message)`
    );
  }
  // Under these, the item (names and values of user_name, message_id, message, sent) is far below DynamoDB's 400 KB.
  return undefined;
}
