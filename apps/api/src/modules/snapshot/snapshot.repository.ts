import { Injectable } from '@nestjs/common';
import { type TConcern, type TRole, type TSessionSettings, readSessionSettings } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';
import { CONCERN_MAPPING_COLUMNS, ROLE_MAPPING_COLUMNS, concernWithMapping, roleWithMapping } from './ownership-columns.js';

export interface SessionSnapshot {
  id: string;
  ownerId: string;
  title: string;
  joinCode: string;
  settings: TSessionSettings;
  roles: TRole[];
  concerns: TConcern[];
}

@Injectable()
export class SnapshotRepository {
  constructor(private readonly prisma: PrismaService) {}

  async find(sessionId: string): Promise<SessionSnapshot | null> {
    const row = await this.prisma.session.findUnique({
      where: { id: sessionId },
      select: {
        id: true,
        ownerId: true,
        title: true,
        joinCode: true,
        settings: true,
        roles: { orderBy: { position: 'asc' }, select: { id: true, name: true, ...ROLE_MAPPING_COLUMNS } },
        concerns: { orderBy: { position: 'asc' }, select: { id: true, title: true, description: true, category: true, ...CONCERN_MAPPING_COLUMNS } },
      },
    });
    if (!row) return null;
    return {
      ...row,
      roles: row.roles.map(roleWithMapping),
      concerns: row.concerns.map(concernWithMapping),
      settings: readSessionSettings(row.settings),
    };
  }
}
