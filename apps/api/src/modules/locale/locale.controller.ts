import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { TLocale } from '@thinline/shared';
import { Endpoint } from '../../common/http/endpoint.decorator.js';
import { LocaleService } from './locale.service.js';

/** Public: the phone and the sign-in page offer the language picker before anyone signs in. */
@ApiTags('locales')
@Controller('api/locales')
export class LocaleController {
  constructor(private readonly locales: LocaleService) {}

  @Endpoint('GET', { summary: 'The languages Thinline speaks ({ code, name }, the name in its own language)' })
  list(): { locales: { code: TLocale; name: string }[] } {
    return this.locales.list();
  }
}
