/** Une feuille de synthèse par client dans le volet (src/warehouse/summarySheet*.ts). */
const summarySheet = {
  unit: { day: "jours", week: "semaines", month: "mois" },
  role: "Synthèse clients",
  convention: {
    warehouse: "Synthèse d'entrepôt (les colonnes de crm-analytics sql)",
    lifetimes: "convention lifetimes (frequency, recency, T, monetary_value)",
  },
  roleHint:
    "Une feuille d'une ligne par client. Quand une synthèse est utilisée, les feuilles de transactions, de clients et de contacts ne sont pas lues.",
  lifetimesHint:
    "Les durées sont lues dans l'unité de temps des paramètres (CLV, par défaut la semaine) ; T court jusqu'à la veille de la date d'analyse des paramètres. Seuls les modèles de CLV tournent : le RFM demande le jour du dernier achat et le chiffre d'affaires net de chaque client.",
  missingForWarehouse: "Colonnes qu'ajouterait une synthèse d'entrepôt : {{columns}}",
  columnsFound: "Colonnes lues",
  columnLine: "{{column}} ← {{header}}",
  notUsed: "Non utilisée",
  usedWarehouse:
    "Les analyses portent sur la synthèse clients de la feuille {{sheet}} (convention entrepôt), pas sur des lignes de transactions : au {{asOf}}, CLV calibrée jusqu'au {{calibrationEnd}}, durées en $t(summarySheet:unit.{{unit}}).",
  usedLifetimes:
    "Les analyses portent sur la synthèse clients de la feuille {{sheet}} (convention lifetimes : frequency = achats répétés, recency et T en $t(summarySheet:unit.{{unit}}), T compté jusqu'au {{calibrationEnd}}), au {{asOf}}.",
  settingsIgnored:
    "La date d'analyse et l'unité de temps viennent de la feuille {{sheet}} (ses colonnes as_of et time_unit), pas des paramètres : relancez le SQL avec d'autres paramètres pour les changer.",
  asOfNeededCli:
    "La feuille {{sheet}} est une synthèse lifetimes sans dates : indiquez la date d'analyse avec --as-of AAAA-MM-JJ (le lendemain de la fin de la période sur laquelle T est compté).",
  leftAside:
    "La feuille {{sheet}} est une synthèse client (une ligne par client) : laissée de côté, les lignes de transactions donnent toutes les analyses.",
  asOfNeeded:
    "La feuille {{sheet}} est une synthèse lifetimes sans dates : indiquez la date d'analyse dans les paramètres (le lendemain de la fin de la période sur laquelle T est compté).",
  notASummary:
    "La feuille {{sheet}} n'est pas une synthèse clients : aucune colonne trouvée pour {{columns}} (un identifiant client et frequency, recency, T, ou les colonnes de crm-analytics sql).",
  noRows: "La feuille {{sheet}} n'a aucune ligne client utilisable (voir les exclusions).",
  notAvailable: {
    rfm: "Scores RFM, segments et migration indisponibles : une synthèse lifetimes n'a ni jour du dernier achat ni chiffre d'affaires net (monetary_value est la moyenne des achats répétés, sans le premier achat)",
    spend:
      "Modèle de dépense (Gamma-Gamma) et CLV indisponibles : la synthèse n'a pas de colonne monetary_value",
    holdout:
      "Contrôle de la CLV sur période de validation indisponible : une synthèse lifetimes n'a pas d'achats de validation",
    uplift:
      "Uplift et indicateurs de campagne indisponibles : ils demandent les contacts de campagne et les lignes de transactions, qu'une synthèse clients ne contient pas",
  },
};
export default summarySheet;
