import { Link, type LinkProps } from 'react-router';
import { type StyleProps, buttonClass } from './Button';

// Apart from Button, so that what imports a button (the phone does) does not bring in the router.
export interface ButtonLinkProps extends LinkProps, StyleProps {}

/** A link that looks like a button: for navigation, so it stays a link for assistive tech. */
export function ButtonLink({ variant, size, block, className, ...rest }: ButtonLinkProps) {
  return <Link {...rest} className={buttonClass({ variant, size, block }, className)} />;
}
