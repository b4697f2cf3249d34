/**
 * Which Excel API requirement sets the host supports. The manifest asks for ExcelApi 1.9; newer
 * features (1.11 culture, 1.12 worksheet custom properties) are used only when this says so, and
 * each has a fallback. Injected, so tests run both paths on the fake.
 */
export type RequirementCheck = (set: "ExcelApi", version: string) => boolean;

/** The real check, through Office.context.requirements (only call it once Office is ready). */
export const officeRequirements: RequirementCheck = (set, version) =>
  Office.context.requirements.isSetSupported(set, version);
