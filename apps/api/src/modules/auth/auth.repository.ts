import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../prisma/prisma.service.js';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
}

const USER_FIELDS = { id: true, email: true, name: true, passwordHash: true } as const;

@Injectable()
export class AuthRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** null when the email is taken (the unique index decides, so two racing sign-ups cannot both win). */
  async createUserWithSession(
    user: { email: string; name: string; passwordHash: string | null },
    session: { tokenHash: string; expiresAt: Date },
  ): Promise<UserRow | null> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const created = await tx.user.create({ data: user, select: USER_FIELDS });
        await tx.authSession.create({ data: { ...session, userId: created.id } });
        return created;
      });
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') return null;
      throw err;
    }
  }

  findUserByEmail(email: string): Promise<UserRow | null> {
    return this.prisma.user.findUnique({ where: { email }, select: USER_FIELDS });
  }

  async createSession(userId: string, session: { tokenHash: string; expiresAt: Date }): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      // Signing in is a good moment to forget this user's expired browsers.
      await tx.authSession.deleteMany({ where: { userId, expiresAt: { lte: new Date() } } });
      await tx.authSession.create({ data: { ...session, userId } });
    });
  }

  async findSession(tokenHash: string): Promise<{ expiresAt: Date; user: { id: string; email: string; name: string } } | null> {
    return this.prisma.authSession.findUnique({
      where: { tokenHash },
      select: { expiresAt: true, user: { select: { id: true, email: true, name: true } } },
    });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.prisma.authSession.deleteMany({ where: { tokenHash } });
  }
}
