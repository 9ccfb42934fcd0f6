import { pluralCategory } from '@thinline/shared';
import { type MessageId, currentLocale, t } from '../../../i18n/i18n';

/**
 * The word beside a number set on its own (the big participant count, the bold counts of
 * the cockpit bar), in the form the shown language's plural rules pick for that number: an
 * ICU plural would have to print the number inside the message.
 */
export function countWord(n: number, forms: { one: MessageId; other: MessageId }): string {
  return t(pluralCategory(currentLocale(), n) === 'one' ? forms.one : forms.other);
}
