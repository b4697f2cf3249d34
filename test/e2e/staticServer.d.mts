/** Types of staticServer.mjs, for the TypeScript bench that imports it. */
import type { Server } from "node:http";
export function serve(dir: string): Promise<Server>;
