import { crc32, deflateRawSync } from "node:zlib";
import JSZip from "jszip";

/**
 * A zip of the same files whose `target` part carries `junk` after the end of its deflate
 * stream (counted in its compressed size, as a careless writer or a bad copy leaves it): the
 * case where the platform's inflater and pako differed. Written by hand, as no zip library
 * writes such a file on purpose.
 */
export async function zipWithTrailingBytes(
  bytes: Uint8Array,
  target: string,
  junk: Uint8Array
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of Object.values(zip.files).filter((f) => !f.dir)) {
    const data = await file.async("uint8array");
    const deflated = deflateRawSync(data);
    const stored = file.name === target ? Buffer.concat([deflated, junk]) : deflated;
    const name = Buffer.from(file.name, "utf8");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8); // deflated
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(stored.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(stored.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(header, name, stored);
    central.push(entry, name);
    offset += header.length + name.length + stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}
