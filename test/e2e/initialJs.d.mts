/** Types of initialJs.mjs, for the TypeScript bench that imports it. */
export function measureInitialJs(
  dist: string
): Promise<{ files: string[]; raw: number; gzipped: number }>;
export const kb: (bytes: number) => string;
