/**
 * The part of pako (1.x ships no typings) the values-only reader uses: streaming raw inflate.
 * Merges with the Deflate declaration of src/xlsx/ooxml/modules.d.ts.
 */
declare module "pako" {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    push(data: Uint8Array, mode?: boolean | number): boolean;
    onData(chunk: Uint8Array): void;
    onEnd(status: number): void;
    err: number;
    msg: string;
    ended: boolean;
  }
}
