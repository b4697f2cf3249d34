/**
 * A minimal OLE compound file ([MS-CFB]): a 512-byte header, one FAT sector and one directory
 * sector naming a root entry and the given streams (empty). Enough to stand for what Office
 * writes when a workbook is saved with a password (streams EncryptionInfo, EncryptedPackage) or
 * as Excel 97-2003 (stream Workbook), without committing binary fixtures.
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const sector = 512;
  const bytes = new Uint8Array(sector * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3: 512-byte sectors
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector shift
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 0x1000, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  view.setUint32(0x4c, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + 4 * i, 0xffffffff, true);
  // FAT (sector 0 at offset 512): sector 0 is FAT, sector 1 ends the directory chain.
  view.setUint32(sector, 0xfffffffd, true);
  view.setUint32(sector + 4, 0xfffffffe, true);
  for (let i = 2; i < 128; i++) view.setUint32(sector + 4 * i, 0xffffffff, true);
  const entries = ["Root Entry", ...streams];
  entries.forEach((name, i) => {
    const at = sector * 2 + 128 * i;
    for (let c = 0; c < name.length; c++) view.setUint16(at + 2 * c, name.charCodeAt(c), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = i === 0 ? 5 : 2; // root storage, or stream
    view.setUint32(at + 0x44, 0xffffffff, true); // left sibling
    view.setUint32(at + 0x48, i + 1 < entries.length && i > 0 ? i + 1 : 0xffffffff, true);
    view.setUint32(at + 0x4c, i === 0 && entries.length > 1 ? 1 : 0xffffffff, true); // child
    view.setUint32(at + 0x74, 0xfffffffe, true); // start sector: none
  });
  return bytes;
}
