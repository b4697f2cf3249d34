import { settingsFromStored, type PaneSettings } from "./paneSettings";

/** Where the settings of one workbook are remembered. */
export interface SettingsStore {
  load(): PaneSettings | null;
  save(settings: PaneSettings): void;
}

/** The slice of Office.context.document.settings used (structural, so tests pass a fake). */
export interface DocumentSettingsApi {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

const DOCUMENT_SETTING = "crmAnalytics.settings";
const LOCAL_PREFIX = "crm-analytics.settings:";

/**
 * Settings kept in the workbook itself (Office document settings): they travel with the file,
 * so whoever opens it next runs the same analysis.
 */
export function documentSettingsStore(settings: DocumentSettingsApi): SettingsStore {
  return {
    load: () => {
      const stored = settings.get(DOCUMENT_SETTING);
      return stored === null || stored === undefined ? null : settingsFromStored(stored);
    },
    save: (value) => {
      settings.set(DOCUMENT_SETTING, value);
      settings.saveAsync();
    },
  };
}

/**
 * Settings kept in the browser (standalone), keyed by the file name: opening the same file again
 * brings its settings back. Storage may be missing or refuse (private mode): then nothing is
 * remembered, and nothing fails.
 */
export function localSettingsStore(storage: Storage | null, fileName: string): SettingsStore {
  const key = LOCAL_PREFIX + fileName;
  return {
    load: () => {
      try {
        const text = storage?.getItem(key);
        return text ? settingsFromStored(JSON.parse(text)) : null;
      } catch {
        return null;
      }
    },
    save: (value) => {
      try {
        storage?.setItem(key, JSON.stringify(value));
      } catch {
        // storage full or disabled: the settings last for this session only
      }
    },
  };
}
