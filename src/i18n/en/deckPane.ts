/** The board deck's download in the pane (en); keys must match the other language (test/i18n.test.ts). */
const deckPane = {
  heading: "Board deck",
  hint: "The month's figures, segments, lifetime value and one slide a campaign, as a PowerPoint deck: native, editable charts, definitions in the speaker notes.",
  download: "Download the board deck",
  building: "Building the deck…",
  downloaded: "The deck is ready: {{fileName}}",
  downloadAgain: "Download the deck again: {{fileName}}",
  excelHint:
    "Excel on Windows and Excel on the web save the deck in your downloads. Excel on Mac cannot save a file from the pane: open this workbook in Excel on the web to download it.",
  /** The title slide's name for a workbook Excel gives no name (new, never saved). */
  untitled: "Excel workbook",
  failedTitle: "The deck could not be built",
  failed: "The deck could not be built ({{reason}}).",
};

export default deckPane;
