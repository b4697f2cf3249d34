/**
 * Pane strings: excel (fr), the failures of the Excel layer (src/excel/excelError.ts codes
 * "pane:excel.*"). Keys must match the other language (test/i18n.test.ts).
 */
const excel = {
  sheetNotFound:
    "La feuille «\u00a0{{sheet}}\u00a0» n’est plus dans ce classeur\u00a0: elle a peut-être été renommée ou supprimée. Cliquez à nouveau sur «\u00a0Trouver mes données\u00a0».",
  payloadTooLarge:
    "Excel a refusé une requête trop volumineuse. Fermez les autres classeurs et réessayez\u00a0; si cela se reproduit, répartissez les données sur plusieurs feuilles.",
  payloadTooLarge_sheet:
    "Excel a refusé de lire la feuille «\u00a0{{sheet}}\u00a0» en une requête, trop volumineuse. Fermez les autres classeurs et réessayez\u00a0; si cela se reproduit, répartissez les données sur plusieurs feuilles.",
  apiNotSupported:
    "Cette version d’Excel ne propose pas une fonction dont le complément a besoin. Mettez Office à jour, ou utilisez Excel pour le web.",
  readFailed:
    "Le classeur n’a pas pu être lu. Quittez la cellule en cours de modification et réessayez.",
  readFailed_sheet:
    "La feuille «\u00a0{{sheet}}\u00a0» n’a pas pu être lue. Quittez la cellule en cours de modification et réessayez.",
  writeFailed:
    "Le rapport n’a pas pu être écrit\u00a0; votre classeur n’a pas été modifié. Quittez la cellule en cours de modification et réessayez.",
  writeFailedAfterSwap:
    "Les feuilles du rapport ont été remplacées mais certaines formules (indicateurs, totaux) n’ont pas pu être écrites. Vos propres feuilles n’ont pas été modifiées. Relancez l’analyse et l’écriture du rapport.",
  unexpected:
    "Excel a signalé une erreur inattendue. Quittez la cellule en cours de modification et réessayez.",
} as const;
export default excel;
