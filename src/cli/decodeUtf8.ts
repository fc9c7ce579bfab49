/** The outcome of {@link decodeUtf8}: the text, or the offset of the first byte that is not UTF-8. */
export type DecodeUtf8Result =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly offset: number };

/**
 * The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (the start of the broken sequence), or -1 when every byte is valid. Same rules as the WHATWG
 * decoder: no overlong forms, no surrogates, nothing above U+10FFFF.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes bytes as strict UTF-8, dropping a leading byte order mark; never throws and never
 * replaces a bad byte with U+FFFD.
 *
 * @param bytes - The file's bytes.
 * @returns The text, or the 0-based offset of the first invalid byte.
 * @example
 * decodeUtf8(new Uint8Array([0x7b, 0xff, 0xc3, 0x28]))
 * //=> { ok: false, offset: 1 }
 * @category CLI
 */
export function decodeUtf8(bytes: Uint8Array): DecodeUtf8Result {
  try {
    // fatal: throw instead of U+FFFD; ignoreBOM false (the default) strips a leading BOM
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    return { ok: false, offset: Math.max(offset, 0) };
  }
}
