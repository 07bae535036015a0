/**
 * A source text's bytes as text, before the normaliser: what data:add-source stores and hashes, and what
 * the browser will read from a dropped file. Pure and browser-safe (TextDecoder only).
 *
 * A scraped report arrives as UTF-8 (perhaps with a byte-order mark and Windows line ends), or from a
 * Chinese Windows editor as GBK/GB18030; a file of neither, an empty one or a binary one is refused by name
 * rather than stored as replacement characters.
 */
import { SOURCE_TEXT_MAX_BYTES, sizeLabel } from './checks/sourceTexts';

export type TextBytesProblem = 'empty' | 'binary' | 'encoding' | 'too-large';

export class TextBytesError extends Error {
  override readonly name = 'TextBytesError';
  constructor(
    readonly problem: TextBytesProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface DecodedText {
  /** the text: no byte-order mark, lines ending in \n */
  text: string;
  /** the encoding it was read in: utf-8, utf-16le/be (with a BOM) or gb18030 */
  encoding: string;
}

const decode = (label: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** NUL, or other control characters than tab and line ends: a text file holds none of them. */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

function binaryError(file: string, controls: string[]): TextBytesError {
  const first = `U+${controls[0]!.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return new TextBytesError(
    'binary',
    `${file} is not a text file: it holds ${controls.length.toLocaleString('en')} control character(s) such as ${first}`,
  );
}

function encodingOf(bytes: Uint8Array, file: string): DecodedText {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    const text = decode(utf16, bytes.subarray(2));
    if (text !== null) return { text, encoding: utf16 };
  }
  // A NUL byte is in no UTF-8 or GB18030 text.
  if (bytes.includes(0)) throw binaryError(file, ['\u0000']);
  const utf8 = decode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // GB18030 decodes most byte soups: it counts only when the result is Chinese text.
  const gb = decode('gb18030', bytes);
  if (gb !== null && /\p{Script=Han}/u.test(gb)) return { text: gb, encoding: 'gb18030' };
  throw new TextBytesError(
    'encoding',
    `${file} is neither UTF-8 nor GBK/GB18030 text: save it as UTF-8 and try again`,
  );
}

/** The text of a source file's bytes, or a TextBytesError naming the file and what is wrong with it. */
export function decodeTextBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length > SOURCE_TEXT_MAX_BYTES)
    throw new TextBytesError(
      'too-large',
      `${file} is ${sizeLabel(bytes.length)}: a source text may be at most ${sizeLabel(SOURCE_TEXT_MAX_BYTES)}`,
    );
  const { text: raw, encoding } = encodingOf(bytes, file);
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const binary = text.match(BINARY);
  if (binary) throw binaryError(file, binary);
  if (text.trim() === '') throw new TextBytesError('empty', `${file} is empty: there is no text to register`);
  return { text, encoding };
}
