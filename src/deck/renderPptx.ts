/**
 * DeckModel -> .pptx bytes with pptxgenjs: native, editable PowerPoint charts that carry their
 * data (the chart's embedded workbook), text boxes sized by placeSlide, speaker notes. Runs in
 * Node (CLI) and in the browser (pane), so it returns bytes and never touches a file.
 */
import PptxGenJS from "pptxgenjs";
import { palette, seriesColor } from "../report/palette";
import type { DeckChart, DeckModel, DeckSlide } from "./deckModel";
import { BULLET_SPACING, placeSlide } from "./placeSlide";
import { fittingSize, REGION, type Box } from "./slideLayout";

const FONT = "Calibri";

function addChart(pres: PptxGenJS, slide: PptxGenJS.Slide, chart: DeckChart, box: Box): void {
  // Horizontal bars draw the first category at the bottom: reversed, the list reads top down.
  const order = (xs: readonly string[] | readonly number[]) =>
    chart.horizontal ? [...xs].reverse() : [...xs];
  const data = chart.series.map((s) => ({
    name: s.name,
    labels: order(chart.categories) as string[],
    values: order(s.values) as number[],
  }));
  const common: PptxGenJS.IChartOpts = {
    ...box,
    showTitle: true,
    title: chart.title,
    titleFontSize: 12,
    titleFontFace: FONT,
    titleColor: palette.text,
    catAxisLabelFontSize: 10,
    valAxisLabelFontSize: 10,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontFace: FONT,
    // Shorter axis labels than data labels: crowded labels are what renderers turn on their side.
    valAxisLabelFormatCode: chart.axisFormat ?? chart.format,
    dataLabelFormatCode: chart.format,
    valGridLine: { color: palette.grid, size: 0.5 },
    chartColors: chart.series.map((_, i) => seriesColor(i)),
    showLegend: chart.series.length > 1,
    legendPos: "b",
    legendFontSize: 10,
  };
  if (chart.kind === "intervalMarkers") {
    // Low, estimate, high as markers on one vertical per group, no connecting lines: the
    // interval reads as a whisker around the point (pptxgenjs has no error bars). Wide, thick
    // dashes, so the three marks read from the back of the room.
    slide.addChart(pres.ChartType.line, data, {
      ...common,
      lineSize: 0,
      lineDataSymbol: "dash",
      lineDataSymbolSize: 28,
      lineDataSymbolLineSize: 3,
      chartColors: [palette.mutedText, palette.series[0], palette.mutedText],
      showValue: false,
    });
    return;
  }
  slide.addChart(pres.ChartType.bar, data, {
    ...common,
    barDir: chart.horizontal ? "bar" : "col",
    barGrouping: chart.kind === "stackedColumn" ? "stacked" : "clustered",
    showValue: chart.series.length === 1 && chart.categories.length <= 12,
    dataLabelFontSize: 9,
  });
}

/**
 * A negative figure's sign as the minus sign (U+2212): the hyphen-minus lets Impress break the
 * line between the sign and the number ("-" at the end of one line, "16 169,82 €" on the next).
 */
function keepSignWithNumber(text: string): string {
  return text.replace(/(^|[\s(])-(?=[\d€£$])/g, "$1\u2212");
}

function addSlide(pres: PptxGenJS, model: DeckModel, deckSlide: DeckSlide, index: number): void {
  const slide = pres.addSlide();
  const place = placeSlide(deckSlide);
  const isTitle = deckSlide.key === "title";
  const titleBox = isTitle ? { ...REGION.title, y: 2.0, h: 1.2 } : REGION.title;
  slide.addText(deckSlide.title, {
    ...titleBox,
    fontFace: FONT,
    fontSize: fittingSize([deckSlide.title], titleBox, isTitle ? 36 : 26, 16),
    bold: true,
    color: palette.headerFill,
    valign: "middle",
  });
  if (deckSlide.subtitle) {
    slide.addText(deckSlide.subtitle, {
      ...REGION.subtitle,
      fontFace: FONT,
      fontSize: fittingSize([deckSlide.subtitle], REGION.subtitle, 14, 9),
      color: palette.mutedText,
      valign: "top",
    });
  }
  if (place.table && deckSlide.table) {
    const { header, rows } = deckSlide.table;
    const cell = (text: string, head: boolean) => ({
      text: keepSignWithNumber(text),
      options: head
        ? { bold: true, color: palette.headerText, fill: { color: palette.headerFill } }
        : {},
    });
    slide.addTable(
      [header.map((h) => cell(h, true)), ...rows.map((r) => r.map((c) => cell(c, false)))],
      {
        x: place.table.x,
        y: place.table.y,
        w: place.table.w,
        colW: place.table.colW,
        rowH: place.table.rowH,
        fontFace: FONT,
        fontSize: place.table.fontSize,
        color: palette.text,
        border: { type: "solid", pt: 0.5, color: palette.grid },
        valign: "middle",
        autoPage: false,
      }
    );
  }
  if (place.bullets && deckSlide.bullets) {
    slide.addText(
      deckSlide.bullets.map((text) => ({
        text: keepSignWithNumber(text),
        options: { bullet: !isTitle, breakLine: true, paraSpaceAfter: BULLET_SPACING },
      })),
      {
        ...place.bullets,
        fontFace: FONT,
        fontSize: place.bullets.fontSize,
        color: palette.text,
        valign: "top",
      }
    );
  }
  if (place.chart && deckSlide.chart) addChart(pres, slide, deckSlide.chart, place.chart);
  if (model.footer && !isTitle) {
    slide.addText(model.footer, {
      ...REGION.footer,
      fontFace: FONT,
      fontSize: fittingSize([model.footer], REGION.footer, 10, 7),
      color: palette.mutedText,
    });
  }
  slide.addText(String(index + 1), {
    ...REGION.pageNumber,
    fontFace: FONT,
    fontSize: 10,
    color: palette.mutedText,
    align: "right",
  });
  slide.addNotes(deckSlide.notes.join("\n\n"));
}

/** The deck as .pptx bytes. */
export async function renderPptx(model: DeckModel): Promise<Uint8Array> {
  const pres = new PptxGenJS();
  pres.layout = "LAYOUT_WIDE";
  pres.title = model.title;
  pres.company = "CRM Analytics for Excel";
  model.slides.forEach((slide, i) => addSlide(pres, model, slide, i));
  const out = await pres.write({ outputType: "uint8array" });
  return out as Uint8Array;
}
