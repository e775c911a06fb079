import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { IconNode } from 'lucide';
import { Link } from '@/i18n/navigation';
import { Icon } from './Icon';

export type ButtonVariant = 'primary' | 'secondary';

/** The class list every button-looking control uses, links and <button>s alike. */
export function buttonClass(variant: ButtonVariant = 'primary', size: 'normal' | 'large' | 'small' = 'normal') {
  return clsx('button', variant === 'secondary' && 'button-secondary', size === 'large' && 'button-large', size === 'small' && 'button-small');
}

/** A link that looks like a button: for the main actions on a page, with an optional icon before its text. */
export function ButtonLink(props: { href: string; variant?: ButtonVariant; size?: 'normal' | 'large'; icon?: IconNode; children: ReactNode }) {
  return (
    <Link href={props.href} className={buttonClass(props.variant, props.size)}>
      {props.icon ? <Icon node={props.icon} /> : null}
      <span>{props.children}</span>
    </Link>
  );
}
