/**
 * The drawing part of a sheet (/xl/drawings/drawingN.xml): one two-cell anchor a chart, from its
 * anchor cell to anchor + size, so the chart covers exactly the cells the layout reserved.
 */
import type { ChartBlock } from "../../report/model";
import { escapeXml, NS, XML_DECLARATION } from "./xml";

export interface AnchoredChart {
  chart: ChartBlock;
  /** Relationship id of the chart part in the drawing's .rels. */
  relId: string;
}

function markerXml(tag: "from" | "to", row: number, col: number): string {
  return (
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

function anchorXml({ chart, relId }: AnchoredChart, index: number): string {
  const { row, col } = chart.anchor;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${markerXml("from", row, col)}` +
    markerXml("to", row + chart.size.rows, col + chart.size.cols) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${index + 2}" name="${escapeXml(`Chart ${index + 1}`)}" descr="${escapeXml(chart.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing part holding the given charts of one sheet. */
export function drawingXml(charts: AnchoredChart[]): string {
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    charts.map(anchorXml).join("") +
    `</xdr:wsDr>`
  );
}
