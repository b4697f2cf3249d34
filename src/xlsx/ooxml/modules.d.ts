/** Typings of the two plain-JavaScript modules the package writer imports. */

/**
 * The part of pako (zlib's deflate in JavaScript, the compressor JSZip itself runs on, so it is
 * already in the browser bundle) the streaming zip writer uses; pako 1.x ships no typings.
 */
declare module "pako" {
  export class Deflate {
    constructor(options?: { level?: number; raw?: boolean; chunkSize?: number });
    push(data: Uint8Array, mode?: boolean | number): boolean;
    onData(chunk: Uint8Array): void;
    err: number;
    msg: string;
  }
}

/** ExcelJS's copy of Office's default theme (the theme every package it wrote carried). */
declare module "exceljs/lib/xlsx/xml/theme1" {
  const xml: string;
  export default xml;
}
