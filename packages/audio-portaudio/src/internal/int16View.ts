/**
 * An Int16Array over a byte buffer of little-endian int16 samples (the native binding's
 * input). Views the bytes when aligned, copies them otherwise. Internal.
 */
export function int16View(bytes: Uint8Array): Int16Array {
  const n = bytes.byteLength >> 1;
  if (bytes.byteOffset % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, n);
  const copy = new Uint8Array(n * 2);
  copy.set(bytes.subarray(0, n * 2));
  return new Int16Array(copy.buffer);
}
