/** The add-in's version, written on the Method sheet; a test keeps it equal to package.json's. */
export const APP_VERSION = "1.0.0";
