/**
 * A join code in big type. Screen readers get it spelled out ("A B 3 K 7 Q"), since read as
 * a word it is hard to type in.
 */
export function JoinCode({ code, className }: { code: string; className: string }) {
  return (
    <p className={className}>
      <span className="visually-hidden">Join code: {code.split('').join(' ')}</span>
      <span aria-hidden="true">{code}</span>
    </p>
  );
}
