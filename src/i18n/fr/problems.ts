/** problems strings (fr). Keys must match the other language: test/i18n.test.ts checks it. */
const problems = {
  reject: {
    missingCustomerId: "Pas d'identifiant client",
    missingDate: "Pas de date",
    badDate: "Date illisible",
    implausibleDate: "Date au-delà du dernier jour d'Excel (31/12/9999)",
    missingAmount: "Pas de montant (ni quantité et prix unitaire)",
    badAmount: "Montant illisible",
    badQuantity: "Quantité absente ou illisible",
    badUnitPrice: "Prix unitaire absent ou illisible",
    errorCell: "Valeur d'erreur dans une cellule obligatoire",
    badGroup: "Groupe ni ciblé ni témoin",
    missingCampaign: "Pas de campagne",
    repeatedHeader: "Ligne d'en-tête répétée dans les données",
  },
  rejectAt: "Feuille {{sheet}}, colonne {{column}}, ligne {{row}} : {{reason}}",
  dateOrder:
    "Feuille {{sheet}}, colonne {{column}} : dates lues au format {{order}} (décidé par {{basis}})",
  dateOrderConflicts:
    "Feuille {{sheet}}, colonne {{column}} : dates lues au format {{order}} (décidé par {{basis}}) ; {{conflicts}} dates écrites dans l'autre sens n'ont pas pu être lues",
  dateOrderBasis: {
    data: "les données",
    culture: "la langue du classeur",
    option: "votre choix",
    default: "le réglage par défaut",
    none: "rien",
  },
  unreadableNumber:
    "Feuille {{sheet}}, colonne {{column}} : {{count}} nombres illisibles (le premier ligne {{row}}), laissés vides",
  unreadableDate:
    "Feuille {{sheet}}, colonne {{column}} : {{count}} dates illisibles (la première ligne {{row}}), laissées vides",
  unreadableBoolean:
    "Feuille {{sheet}}, colonne {{column}} : {{count}} valeurs oui/non illisibles (la première ligne {{row}}), laissées vides",
  errorValue:
    "Feuille {{sheet}}, colonne {{column}} : {{count}} valeurs d'erreur comme {{error}} (la première ligne {{row}}), laissées vides",
  invoicePrefixNotReturn:
    "Feuille {{sheet}}, colonne {{column}} : la plupart des n° de facture commencent par C ({{count}}), C n'y marque donc pas les retours",
  fileNotFound: "Fichier introuvable : {{file}}",
  unreadableFile: "Impossible de lire {{file}} : {{reason}}",
  unwritableFile: "Impossible d'écrire {{file}} : {{reason}}",
  unsupportedFile: "Type de fichier non pris en charge : {{file}} (attendu .xlsx, .csv ou .csv.gz)",
  sheetNotFound: "Feuille {{sheet}} introuvable (feuilles : {{sheets}})",
  headerNotFound:
    "Feuille {{sheet}} : pas de ligne d'en-tête (une ligne d'au moins deux cellules de texte)",
  noTransactionsSheet:
    "Aucune feuille de transactions trouvée (feuilles : {{sheets}}) ; indiquez-la avec --transactions",
  requiredColumnMissing:
    "Feuille {{sheet}}, ligne {{row}} : colonne obligatoire {{column}} introuvable (en-têtes : {{headers}})",
  badOption: "Option {{option}} : {{value}} n'est pas valide ({{expected}})",
  noInput: "Aucun fichier en entrée",
} as const;
export default problems;
