import { createHmac } from 'node:crypto';
import sodium from 'libsodium-wrappers';

/**
 * A value sealed for GitHub: libsodium `crypto_box_seal` with the target's public key, base64 with
 * the ORIGINAL variant (padded, +/). libsodium-wrappers defaults to URL-safe unpadded base64,
 * which GitHub rejects. The value is sealed as given: never trimmed or re-encoded.
 */
export async function sealSecret(value: string, publicKeyBase64: string): Promise<string> {
  await sodium.ready;
  const key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL);
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), key);
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

/**
 * A keyed fingerprint of a value: HMAC-SHA256 with the workspace key the receiver issues. Never
 * a plain hash, which a low-entropy secret would not survive.
 */
export function fingerprint(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}
