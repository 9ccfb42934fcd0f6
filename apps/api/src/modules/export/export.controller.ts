import { Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser } from '../auth/auth.guard.js';
import { SignedIn } from '../auth/signed-in.decorator.js';
import type { AuthUser } from '../auth/auth.service.js';
import { EXPORT_FORMATS, type RenderedExport, type TExportQuery, ZExportQuery } from './export-format.js';
import { ExportService } from './export.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

function send(res: Response, file: RenderedExport): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(file.body);
}

const FORMAT = { name: 'format', enum: [...EXPORT_FORMATS], description: 'md: a draft ownership file (RACI matrix in Markdown)' };
const TABLE = { name: 'table', required: false, enum: ['answers', 'matrix'], description: 'CSV only: one row per answer (default) or the aggregate matrix' };

@ApiTags('exports')
@Controller('api')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Endpoint('GET', { path: 'sessions/:id/export.:format', summary: "Download a session's heatmap (PNG, SVG), report (PDF), answers or matrix (CSV), workbook (XLSX), aggregates (JSON) or ownership draft (Markdown)", responses: [{ status: 404, description: 'session/not-found, export/unknown-format' }, { status: 429, description: 'rate/limited' }] })
  @SignedIn()
  @ApiParam(FORMAT)
  @ApiQuery(TABLE)
  async session(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('format') format: string, @Query({ schema: ZExportQuery }) query: TExportQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    send(res, await this.exports.forOwner(user.id, id, format, query, req.ip ?? ''));
  }

  @Endpoint('GET', { path: 'reports/:token/export.:format', summary: 'The same exports through a read-only report link (never with names)', responses: [{ status: 404, description: 'report/not-found, export/unknown-format' }] })
  @ApiParam(FORMAT)
  @ApiQuery(TABLE)
  async report(@Param('token') token: string, @Param('format') format: string, @Query({ schema: ZExportQuery }) query: TExportQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    send(res, await this.exports.forLink(token, format, query, req.ip ?? ''));
  }
}
