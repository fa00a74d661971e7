/** The hashes the project's caches and memos key on, in one place. */
import { createHash } from 'node:crypto';

/** The SHA-256 of bytes or text, in hex: what a file's digest is. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A short key of any JSON parts: the same parts give the same key. */
export function hashOf(...parts: unknown[]): string {
  return sha256(JSON.stringify(parts)).slice(0, 20);
}
