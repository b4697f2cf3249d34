/** Labels of the report's campaigns sheet (fr); keys must match the other language (test/i18n.test.ts). */
const campaigns = {
  title: "Campagnes",
  subtitle: "Au {{asOf}} : volumes de contacts, couverture et achats des clients contactés.",
  conversionWindow:
    "Conversion = un achat dans les {{days}} jours suivant le contact, jour du contact compris.",
  volumesHeading: "Clients contactés par canal et par mois",
  rankingHeading: "Campagnes classées par clients contactés",
  coverageHeading: "Couverture des clients actifs",
  conversionHeading: "Conversion après contact, ciblés et témoins",
  categoriesHeading: "Catégories achetées après contact, ciblés et témoins",
  contactedVsAllHeading: "Clients contactés et ensemble des clients",
  dailyHeading: "Uplift cumulé jour par jour",
  noChannel: "(sans canal)",
  noControl: "pas de groupe témoin",
  volumesChart: "Clients contactés par mois et par canal",
  rankingChart: "Clients contactés par campagne",
  conversionChart: "Taux de conversion, ciblés et témoins",
  contactedVsAllChart: "Chiffre d'affaires par client",
  dailyChart: "Uplift cumulé par jour depuis le contact",
  axis: {
    customers: "Clients",
    rate: "Taux de conversion",
    revenuePerCustomer: "CA par client",
    uplift: "Uplift (points)",
    days: "Jours depuis le contact",
  },
  source: {
    sheet: "feuille des contacts",
    transactions: "transactions",
  },
  group: {
    contacted: "Contactés",
    notContacted: "Non contactés",
    all: "Tous les clients",
  },
  column: {
    channel: "Canal",
    month: "Mois",
    contacts: "Contacts",
    customers: "Clients contactés",
    total: "Tous canaux",
    rank: "Rang",
    campaign: "Campagne",
    control: "Clients témoins",
    channels: "Canaux",
    firstContact: "Premier contact",
    lastContact: "Dernier contact",
    year: "Année",
    activeCustomers: "Clients actifs",
    contactedActive: "Clients actifs contactés",
    coverage: "Couverture",
    outcome: "Résultat tiré de",
    treatedN: "Ciblés",
    treatedConversions: "Conversions ciblés",
    treatedRate: "Taux ciblés",
    controlN: "Témoins",
    controlConversions: "Conversions témoins",
    controlRate: "Taux témoins",
    treatedRevenue: "CA ciblés",
    controlRevenue: "CA témoins",
    category: "Catégorie ou produit",
    treatedBuyers: "Acheteurs ciblés",
    treatedShare: "Part des ciblés",
    controlBuyers: "Acheteurs témoins",
    controlShare: "Part des témoins",
    group: "Groupe",
    customerCount: "Clients",
    revenue: "Chiffre d'affaires",
    revenuePerCustomer: "CA par client",
    day: "Jour",
    uplift: "Uplift {{campaign}}",
  },
  notes: {
    categories:
      "Les {{count}} catégories (ou produits) les plus achetées par les ciblés dans la fenêtre, par campagne.",
    coverage:
      "Clients actifs comme au tableau de bord (voir Méthode, Client actif), au {{asOf}} ; contacté = ciblé au moins une fois depuis le 1er janvier {{year}}. L'objectif est en général 100 %.",
    volumes:
      "Contacts des ciblés seulement : les témoins ne sont pas contactés. Un client contacté sur deux canaux compte dans les deux.",
    contactedVsAll:
      "Chiffre d'affaires net du {{from}} au {{to}} ; contacté = ciblé au moins une fois sur la période.",
    novelty:
      "L'écart entre acheteurs ciblés et témoins, jour après jour depuis le contact : un écart qui se referme signale un effet de nouveauté.",
    noTransactions:
      "Pas de transactions : la couverture, les catégories achetées et le CA par client ne peuvent pas être calculés.",
  },
  method: {
    asOf: "Indicateurs de campagne au",
    window: "Fenêtre de conversion (jours)",
    coverage: {
      term: "Couverture",
      text: "Clients actifs (voir Client actif) contactés (ciblés) au moins une fois du 1er janvier à la veille de la date d'analyse, divisés par les clients actifs.",
    },
    volumes: {
      term: "Clients contactés",
      text: "Clients ciblés distincts par canal et par mois civil de la date de contact ; contacts = lignes de contact des ciblés. Les campagnes sont classées par clients ciblés distincts, à égalité par nom.",
    },
    conversion: {
      term: "Conversion après contact",
      text: "Un client convertit par un achat dans la fenêtre de conversion commençant le jour du contact (ou selon les colonnes converti / CA de la feuille des contacts quand elle en a). Taux = conversions / clients du groupe.",
    },
    categories: {
      term: "Catégories achetées après contact",
      text: "Clients de chaque groupe ayant acheté la catégorie (ou le produit, quand les lignes n'ont pas de catégorie) dans la fenêtre, et leur part du groupe.",
    },
    contactedVsAll: {
      term: "Clients contactés et ensemble des clients",
      text: "Chiffre d'affaires net par client du 1er janvier à la date d'analyse, pour les clients ciblés sur la période, les autres, et tous (feuille des clients plus toute personne ayant une transaction ou un contact).",
    },
    daily: {
      term: "Uplift cumulé jour par jour",
      text: "Pour chaque jour d depuis le contact, part des ciblés ayant acheté au jour d moins la même part chez les témoins.",
    },
  },
} as const;
export default campaigns;
