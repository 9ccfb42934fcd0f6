import { useT } from '../i18n/i18n';
/**
 * A join code in big type. Screen readers get it spelled out ("A B 3 K 7 Q"), since read as
 * a word it is hard to type in.
 */
export function JoinCode({ code, className }: { code: string; className: string }) {
  const t = useT();
  return (
    <p className={className}>
      <span className="visually-hidden">{t('app.joinCode.spoken', { code: code.split('').join(' ') })}</span>
      <span aria-hidden="true">{code}</span>
    </p>
  );
}
