import { type ReactNode, useEffect, useRef } from 'react';

interface ScreenProps {
  title: string;
  children?: ReactNode;
  /** a short line above the title (e.g. the session's name). */
  eyebrow?: string;
  /** the emoji-free symbol shown large above the title, decorative. */
  icon?: string;
  tone?: 'plain' | 'warn' | 'ok';
}

/** A one-message screen (waiting, closed, problems). Its heading takes focus so screen readers announce the change. */
export function Screen({ title, children, eyebrow, icon, tone = 'plain' }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [title]);
  return (
    <section className={`pt-screen pt-screen--${tone}`}>
      {icon ? (
        <div className="pt-screen__icon" aria-hidden="true">
          {icon}
        </div>
      ) : null}
      {eyebrow ? <p className="pt-eyebrow">{eyebrow}</p> : null}
      <h1 ref={heading} tabIndex={-1} className="pt-screen__title">
        {title}
      </h1>
      {children}
    </section>
  );
}
