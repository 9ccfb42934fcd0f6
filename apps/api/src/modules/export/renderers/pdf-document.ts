import { BADGE_STYLES, INK, MUTED, NO_DATA_FILL, OWNER_OUTLINE, RAMP, RULE, ZEBRA, shareColor, textColorFor } from '@thinline/heatmap';
import type { RowStatus } from '@thinline/shared';
import type { Translator } from '../../../i18n/translator.js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { pdfFonts } from '../fonts.js';

/**
 * A thin layer over pdfkit for the report: pages with a running footer, headings, wrapped
 * text, tables that break across pages and repeat their header, the heatmap's badges and
 * legend drawn with the heatmap's own colours, and SVG placed as vector graphics.
 */

const REGULAR = 'DejaVu';
const BOLD = 'DejaVu-Bold';

export type PageSize = 'A4' | 'A3';

export interface TableColumn {
  header: string;
  /** relative width; the columns share the text width in proportion. */
  weight: number;
  align?: 'left' | 'right' | 'center';
  /** 'status': the cell holds a RowStatus and is drawn as the heatmap's badge. */
  kind?: 'text' | 'status';
}

export interface DocumentInfo {
  title: string;
  subject: string;
  createdAt: Date;
}

export class ReportPdf {
  readonly doc: PDFKit.PDFDocument;
  readonly fontSize: number;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<Buffer>;

  constructor(
    size: PageSize,
    info: DocumentInfo,
    private readonly tx: Translator,
  ) {
    this.doc = new PDFDocument({
      size,
      layout: 'landscape',
      margins: { top: 40, bottom: 48, left: 40, right: 40 },
      bufferPages: true,
      autoFirstPage: true,
      // a fixed date keeps the file the same for the same session and export time
      info: { Title: info.title, Subject: info.subject, Author: 'Thinline', Creator: 'Thinline', Producer: 'Thinline', CreationDate: info.createdAt, ModDate: info.createdAt },
      lang: tx.locale,
      displayTitle: true,
    });
    this.fontSize = size === 'A3' ? 10 : 9;
    const fonts = pdfFonts(tx.locale);
    this.doc.registerFont(REGULAR, fonts.regular);
    this.doc.registerFont(BOLD, fonts.bold);
    this.doc.font(REGULAR).fontSize(this.fontSize).fillColor(INK);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get y(): number {
    return this.doc.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  heading(text: string, level: 1 | 2 | 3 = 1): void {
    const size = level === 1 ? this.fontSize + 9 : level === 2 ? this.fontSize + 4 : this.fontSize + 1;
    this.ensure(size * 3);
    if (this.doc.y > this.top) this.doc.moveDown(level === 1 ? 0.8 : 0.5);
    this.doc.font(BOLD).fontSize(size).fillColor(INK).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
    this.doc.font(REGULAR).fontSize(this.fontSize);
  }

  paragraph(text: string, options: { bold?: boolean; size?: number; color?: string } = {}): void {
    const size = options.size ?? this.fontSize;
    this.doc.font(options.bold ? BOLD : REGULAR).fontSize(size);
    this.ensure(this.doc.heightOfString(text, { width: this.width }) + 2);
    this.doc.fillColor(options.color ?? INK).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.font(REGULAR).fontSize(this.fontSize).fillColor(INK);
  }

  /** "Label: value" lines with the labels in a column. */
  keyValues(pairs: [string, string][], labelWidth = 150): void {
    for (const [label, value] of pairs) {
      this.doc.font(REGULAR).fontSize(this.fontSize + 1);
      const h = Math.max(this.doc.heightOfString(value, { width: this.width - labelWidth }), this.doc.currentLineHeight());
      this.ensure(h + 4);
      const y = this.doc.y;
      this.doc.font(BOLD).fillColor(MUTED).text(label, this.left, y, { width: labelWidth - 8 });
      this.doc.font(REGULAR).fillColor(INK).text(value, this.left + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = y + h + 4;
    }
    this.doc.fontSize(this.fontSize);
  }

  /** A table that breaks across pages and repeats its header on each. */
  table(columns: TableColumn[], rows: string[][]): void {
    const doc = this.doc;
    const pad = 3;
    const widths = this.columnWidths(columns, pad);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const cellHeight = (text: string, i: number, bold: boolean): number => {
      doc.font(bold ? BOLD : REGULAR).fontSize(this.fontSize);
      return doc.heightOfString(text || ' ', { width: (widths[i] ?? 0) - 2 * pad });
    };
    const badgeHeight = this.fontSize + 6;

    const drawHeader = (): void => {
      const h = Math.max(...columns.map((c, i) => cellHeight(c.header, i, true))) + 2 * pad;
      const y = doc.y;
      columns.forEach((c, i) => {
        doc.font(BOLD).fontSize(this.fontSize).fillColor(INK).text(c.header, (xs[i] ?? 0) + pad, y + pad, { width: (widths[i] ?? 0) - 2 * pad, align: c.align ?? 'left' });
      });
      doc.moveTo(this.left, y + h).lineTo(this.left + this.width, y + h).lineWidth(1).strokeColor(INK).stroke();
      doc.y = y + h + 1;
    };

    this.ensure(3 * (this.fontSize + 2 * pad) + 10);
    drawHeader();
    rows.forEach((row, r) => {
      const h = Math.max(badgeHeight, ...row.map((text, i) => (columns[i]?.kind === 'status' ? badgeHeight : cellHeight(text, i, false)))) + 2 * pad;
      if (doc.y + h > this.bottom) {
        this.newPage();
        drawHeader();
      }
      const y = doc.y;
      if (r % 2 === 1) doc.rect(this.left, y, this.width, h).fill(ZEBRA);
      row.forEach((text, i) => {
        const column = columns[i];
        const x = xs[i] ?? 0;
        const w = widths[i] ?? 0;
        if (column?.kind === 'status') {
          this.badge(text as RowStatus, x + pad, y + (h - badgeHeight) / 2, Math.min(w - 2 * pad, 7.2 * this.fontSize), badgeHeight);
        } else {
          doc.font(REGULAR).fontSize(this.fontSize).fillColor(INK).text(text, x + pad, y + pad, { width: w - 2 * pad, align: column?.align ?? 'left' });
        }
      });
      doc.moveTo(this.left, y + h).lineTo(this.left + this.width, y + h).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.y = y + h;
    });
    doc.x = this.left;
    doc.moveDown(0.5);
  }

  /**
   * Widths in proportion to the weights, but never so narrow that a header word or a badge
   * must break: such columns get their minimum and the others give up the difference.
   */
  private columnWidths(columns: TableColumn[], pad: number): number[] {
    const doc = this.doc;
    doc.font(BOLD).fontSize(this.fontSize);
    const minimum = columns.map((c) => {
      const word = Math.max(...c.header.split(/\s+/).map((w) => doc.widthOfString(w)));
      return Math.max(word, c.kind === 'status' ? 7.2 * this.fontSize : 0) + 2 * pad + 1;
    });
    doc.font(REGULAR);
    const total = columns.reduce((s, c) => s + c.weight, 0);
    const widths = columns.map((c) => (this.width * c.weight) / total);
    const short = widths.reduce((s, w, i) => s + Math.max(0, (minimum[i] ?? 0) - w), 0);
    const spare = widths.reduce((s, w, i) => s + Math.max(0, w - (minimum[i] ?? 0)), 0);
    if (short === 0 || spare <= short) return widths;
    return widths.map((w, i) => {
      const min = minimum[i] ?? 0;
      return w < min ? min : w - ((w - min) / spare) * short;
    });
  }

  /** The heatmap's status badge: its colours and its word (the icon is left to the picture). */
  badge(status: RowStatus, x: number, y: number, width: number, height: number): void {
    const style = BADGE_STYLES[status];
    const doc = this.doc;
    doc.save();
    doc.lineWidth(1);
    if (style.dashed) doc.dash(3, { space: 2 });
    doc.roundedRect(x, y, width, height, height / 2).fillAndStroke(style.fill, style.stroke);
    doc.undash();
    doc.restore();
    doc.font(BOLD).fontSize(this.fontSize - 1.5).fillColor(textColorFor(style.fill));
    doc.text(this.tx.heatmap.status[status], x, y + (height - doc.currentLineHeight()) / 2 + 0.5, { width, align: 'center', lineBreak: false });
    doc.font(REGULAR).fontSize(this.fontSize).fillColor(INK);
  }

  /** The legend, drawn with the heatmap's scale and badges, then explained in words. */
  legend(threshold: number, lines: string[]): void {
    const doc = this.doc;
    const rampWidth = 220;
    const rampHeight = 14;
    this.ensure(70 + lines.length * (this.fontSize + 5));
    const x0 = this.left;
    let y = doc.y + 4;
    doc.font(BOLD).fontSize(this.fontSize).fillColor(INK).text(this.tx.heatmap.legend.ramp, x0, y);
    y += this.fontSize + 18;
    const steps = RAMP.steps;
    for (let i = 0; i < steps; i++) {
      doc.rect(x0 + (i * rampWidth) / steps, y, rampWidth / steps + 0.4, rampHeight).fill(shareColor((i + 0.5) / steps));
    }
    doc.rect(x0, y, rampWidth, rampHeight).lineWidth(0.75).stroke(MUTED);
    const thetaX = x0 + Math.min(1, Math.max(0, threshold)) * rampWidth;
    doc.polygon([thetaX - 4, y - 7], [thetaX + 4, y - 7], [thetaX, y - 1]).fill(INK);
    doc.font(REGULAR).fontSize(this.fontSize - 1).fillColor(INK);
    for (const t of [0, 0.5, 1]) doc.text(this.tx.percent(t), x0 + t * rampWidth - 20, y + rampHeight + 3, { width: 40, align: 'center', lineBreak: false });
    doc.text(`θ = ${this.tx.percent(threshold)}`, thetaX + 6, y - 12, { lineBreak: false });

    // the owner mark, as in a cell: black outline with a white inner line
    const ox = x0 + rampWidth + 40;
    doc.rect(ox, y - 4, 48, 24).fill(shareColor(threshold));
    doc.rect(ox + 1.5, y - 2.5, 45, 21).lineWidth(2).stroke(OWNER_OUTLINE.outer);
    doc.rect(ox + 3.25, y - 0.75, 41.5, 17.5).lineWidth(1).stroke(OWNER_OUTLINE.inner);
    doc.font(BOLD).fontSize(this.fontSize).fillColor(textColorFor(shareColor(threshold))).text(this.tx.percent(threshold), ox, y + 4, { width: 48, align: 'center', lineBreak: false });
    const owner = this.tx.heatmap.legend.owner(this.tx.percent(threshold));
    doc.font(REGULAR).fillColor(INK).text(owner, ox + 56, y + 4, { lineBreak: false });

    const nx = ox + 56 + doc.widthOfString(owner) + 30;
    doc.rect(nx, y - 4, 48, 24).fill(NO_DATA_FILL);
    doc.fillColor(INK).text('–', nx, y + 4, { width: 48, align: 'center', lineBreak: false });
    doc.text(this.tx.heatmap.legend.noNumber, nx + 56, y + 4, { lineBreak: false });

    y += rampHeight + this.fontSize + 14;
    const badgeWidth = 7.2 * this.fontSize;
    const statuses: RowStatus[] = ['gap', 'overlap', 'clear', 'no data', 'hidden'];
    let bx = x0;
    for (const s of statuses) {
      this.badge(s, bx, y, badgeWidth, this.fontSize + 6);
      bx += badgeWidth + 8;
    }
    doc.x = x0;
    doc.y = y + this.fontSize + 14;
    for (const line of lines) this.paragraph(line, { color: MUTED });
  }

  /**
   * Places an SVG as vector graphics, text included (selectable, in DejaVu Sans), scaled to
   * `width` points.
   */
  svg(svg: string, x: number, y: number, width: number, height: number): void {
    // @types/svg-to-pdfkit types `doc` as the PDFDocument class; the library takes an instance
    const draw = SVGtoPDF as unknown as (doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options: SVGtoPDF.Options) => void;
    draw(this.doc, svg, x, y, {
      width,
      height,
      preserveAspectRatio: 'xMinYMin meet',
      fontCallback: (_family, bold) => (bold ? BOLD : REGULAR),
    });
    this.doc.font(REGULAR).fontSize(this.fontSize).fillColor(INK);
  }

  /** Writes the running footer on every page and returns the file. */
  async finish(footer: string): Promise<Buffer> {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottomMargin = doc.page.margins.bottom;
      // the footer sits in the bottom margin; without this pdfkit would start a new page
      doc.page.margins.bottom = 0;
      doc.font(REGULAR).fontSize(this.fontSize - 1).fillColor(MUTED);
      const y = doc.page.height - bottomMargin + 16;
      doc.text(footer, this.left, y, { width: this.width - 90, lineBreak: false, ellipsis: true });
      doc.text(this.tx.t('export.pdf.page', { page: i - range.start + 1, pages: range.count }), this.left + this.width - 90, y, { width: 90, align: 'right', lineBreak: false });
      doc.page.margins.bottom = bottomMargin;
    }
    doc.end();
    return this.ended;
  }
}
