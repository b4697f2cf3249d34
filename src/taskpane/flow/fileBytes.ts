/**
 * The bytes of a chosen or dropped file. Blob.arrayBuffer where the browser has it; FileReader
 * elsewhere (older webviews of Office on Mac, and jsdom in tests).
 */
export function fileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}
