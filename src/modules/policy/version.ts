import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { policy } from './policy.data.ts';

/**
 * The policy's version: the first 12 hex digits of the SHA-256 of its canonical JSON. Any change
 * to the policy data (a retention period, a purpose, a text) gives a new version; the retention
 * engine records the version it applied with every deletion.
 */
export const policyVersion: string = createHash('sha256')
  .update(canonicalize(policy) ?? '')
  .digest('hex')
  .slice(0, 12);
