/**
 * SHA-256 of a text's UTF-8 bytes, as lower-case hex: the registry's text_sha256 and the stable ids of new
 * rows. @noble/hashes, so the browser's report desk and the command line compute the very same digest
 * without node:crypto (which the browser lacks) or the asynchronous Web Crypto.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
