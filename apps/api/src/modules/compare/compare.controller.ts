import { Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { type TCompareQuery, type TSessionComparison, ZCompareQuery, ZSessionComparison } from '@thinline/shared';
import { CurrentUser } from '../auth/auth.guard.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import type { AuthUser } from '../auth/auth.service.js';
import { CompareService } from './compare.service.js';

@FacilitatorController('sessions', 'api/sessions')
export class CompareController {
  constructor(private readonly compares: CompareService) {}

  @Get(':a/compare/:b')
  @ApiOperation({
    summary: 'The difference heatmap of two sessions (B − A): per concern the change of every role share, of "nobody" and of agreement, and the status before and after',
    description:
      'Sessions of one workshop pair concerns and roles by id; sessions of different workshops by title / name (trimmed, case-insensitive). ' +
      'Those without a partner are listed under `unmatched`. `comparison` and the matched `roles` and `concerns` use session A\'s ids; `bId` gives the id in B.',
  })
  @ApiParam({ name: 'a', description: 'the session compared from (usually the earlier one)' })
  @ApiParam({ name: 'b', description: 'the session compared to' })
  @ApiQuery({ name: 'round', required: false, description: 'the round of both sessions; default the last round of each' })
  @ApiOkResponse({ description: 'the comparison', standardSchema: ZSessionComparison })
  @ApiResponse({ status: 400, description: 'validation/invalid: a round one of the sessions does not have' })
  @ApiResponse({ status: 404, description: 'session/not-found: either session does not exist or is another facilitator\'s' })
  compare(@CurrentUser() user: AuthUser, @Param('a') a: string, @Param('b') b: string, @Query({ schema: ZCompareQuery }) query: TCompareQuery): Promise<TSessionComparison> {
    return this.compares.compare(user.id, a, b, query);
  }
}
