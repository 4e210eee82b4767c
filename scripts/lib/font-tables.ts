/**
 * The two tables of an OpenType (sfnt) font the publication's fonts step reads or changes: `name`
 * (renamed, because the font's licence reserves its name for the original) and `cmap` (the characters
 * a font has, which the coverage test compares with the pages). Everything else passes through as bytes.
 */

interface Table {
  tag: string;
  data: Buffer;
}

function tablesOf(font: Buffer): Table[] {
  return Array.from({ length: font.readUInt16BE(4) }, (_, index) => {
    const entry = 12 + 16 * index;
    const offset = font.readUInt32BE(entry + 8);
    return {
      tag: font.toString('latin1', entry, entry + 4),
      data: font.subarray(offset, offset + font.readUInt32BE(entry + 12)),
    };
  });
}

function tableOf(font: Buffer, tag: string): Buffer {
  const table = tablesOf(font).find((candidate) => candidate.tag === tag);
  if (!table) throw new Error(`The font has no ${tag} table.`);
  return table.data;
}

const padded = (data: Buffer) => Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);

function checksum(data: Buffer): number {
  const words = padded(data);
  let sum = 0;
  for (let offset = 0; offset < words.length; offset += 4) sum = (sum + words.readUInt32BE(offset)) >>> 0;
  return sum;
}

/** An sfnt of these tables, with the table directory, checksums and head's checksum adjustment. */
function fontOf(signature: Buffer, tables: Table[]): Buffer {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const power = 2 ** Math.floor(Math.log2(sorted.length));
  const header = Buffer.alloc(12 + 16 * sorted.length);
  signature.copy(header, 0, 0, 4);
  header.writeUInt16BE(sorted.length, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(sorted.length * 16 - power * 16, 10);
  let offset = header.length;
  const bodies = sorted.map(({ tag, data }, index) => {
    const body = tag === 'head' ? Buffer.from(data) : data;
    if (tag === 'head') body.writeUInt32BE(0, 8);
    const entry = 12 + 16 * index;
    header.write(tag, entry, 'latin1');
    header.writeUInt32BE(checksum(body), entry + 4);
    header.writeUInt32BE(offset, entry + 8);
    header.writeUInt32BE(body.length, entry + 12);
    offset += padded(body).length;
    return body;
  });
  const font = Buffer.concat([header, ...bodies.map(padded)]);
  const head = tablesOf(font).find((table) => table.tag === 'head')!;
  head.data.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, 8);
  return font;
}

export interface NameRecord {
  platformId: number;
  encodingId: number;
  languageId: number;
  nameId: number;
  text: string;
}

// Windows (3) names are UTF-16BE; Macintosh (1) Roman names are read as Latin-1, close enough for names.
const decoded = (platformId: number, bytes: Buffer) =>
  platformId === 1 ? bytes.toString('latin1') : Buffer.from(bytes).swap16().toString('utf16le');
const encoded = (platformId: number, text: string) =>
  platformId === 1 ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf16le').swap16();

/** The records of a font's name table (family, style, full name, PostScript name, copyright…). */
export function namesOf(font: Buffer): NameRecord[] {
  const name = tableOf(font, 'name');
  const strings = name.readUInt16BE(4);
  return Array.from({ length: name.readUInt16BE(2) }, (_, index) => {
    const record = 6 + 12 * index;
    const platformId = name.readUInt16BE(record);
    const start = strings + name.readUInt16BE(record + 10);
    return {
      platformId,
      encodingId: name.readUInt16BE(record + 2),
      languageId: name.readUInt16BE(record + 4),
      nameId: name.readUInt16BE(record + 6),
      text: decoded(platformId, name.subarray(start, start + name.readUInt16BE(record + 8))),
    };
  });
}

function nameTableOf(records: NameRecord[]): Buffer {
  const header = Buffer.alloc(6 + 12 * records.length);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  const strings = records.map((record, index) => {
    const bytes = encoded(record.platformId, record.text);
    const entry = 6 + 12 * index;
    header.writeUInt16BE(record.platformId, entry);
    header.writeUInt16BE(record.encodingId, entry + 2);
    header.writeUInt16BE(record.languageId, entry + 4);
    header.writeUInt16BE(record.nameId, entry + 6);
    header.writeUInt16BE(bytes.length, entry + 8);
    header.writeUInt16BE(offset, entry + 10);
    offset += bytes.length;
    return bytes;
  });
  return Buffer.concat([header, ...strings]);
}

/** The font with its name table's records rewritten by `rename` (records keep their order and ids). */
export function withNames(font: Buffer, rename: (record: NameRecord) => string): Buffer {
  const records = namesOf(font).map((record) => ({ ...record, text: rename(record) }));
  const tables = tablesOf(font).map((table) =>
    table.tag === 'name' ? { tag: 'name', data: nameTableOf(records) } : table,
  );
  return fontOf(font.subarray(0, 4), tables);
}

/** Every code point the font's Unicode character map gives a glyph (cmap subtables of format 4 and 12). */
export function codePointsOf(font: Buffer): Set<number> {
  const cmap = tableOf(font, 'cmap');
  const points = new Set<number>();
  for (let index = 0; index < cmap.readUInt16BE(2); index += 1) {
    const subtable = cmap.subarray(cmap.readUInt32BE(4 + 8 * index + 4));
    const format = subtable.readUInt16BE(0);
    if (format === 4) {
      const segments = subtable.readUInt16BE(6) / 2;
      const field = (array: number, segment: number) =>
        subtable.readUInt16BE(14 + 2 * segments * array + 2 * segment + (array > 0 ? 2 : 0));
      for (let segment = 0; segment < segments; segment += 1) {
        const [end, start, delta, rangeOffset] = [0, 1, 2, 3].map((array) => field(array, segment)) as [
          number,
          number,
          number,
          number,
        ];
        for (let point = start; point <= end && point < 0xffff; point += 1) {
          // A segment maps by a delta alone, or through its glyph id array (0 there: no glyph).
          const glyph =
            rangeOffset === 0
              ? (point + delta) & 0xffff
              : subtable.readUInt16BE(
                  14 + 2 * segments * 3 + 2 + 2 * segment + rangeOffset + 2 * (point - start),
                );
          if (glyph !== 0) points.add(point);
        }
      }
    } else if (format === 12) {
      for (let group = 0; group < subtable.readUInt32BE(12); group += 1) {
        const entry = 16 + 12 * group;
        for (
          let point = subtable.readUInt32BE(entry);
          point <= subtable.readUInt32BE(entry + 4);
          point += 1
        ) {
          points.add(point);
        }
      }
    }
  }
  return points;
}
