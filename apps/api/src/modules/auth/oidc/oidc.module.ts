import { Module } from '@nestjs/common';
import { OrganisationModule } from '../../organisation/organisation.module.js';
import { AuthModule } from '../auth.module.js';
import { OidcController } from './oidc.controller.js';
import { OidcService } from './oidc.service.js';

/** Single sign-on with OpenID Connect, beside password sign-in; new people may join OIDC_DEFAULT_ORG. */
@Module({
  imports: [AuthModule, OrganisationModule],
  controllers: [OidcController],
  providers: [OidcService],
})
export class OidcModule {}
