import type { ReactNode } from 'react';
import type { IconNode } from 'lucide';
import { Link } from '@/i18n/navigation';
import { Icon } from './Icon';
import { Tag } from './Tag';

/**
 * A card whose title is the link. The link's click area is stretched over the whole card
 * (CSS in .card-link), so it is one big touch target, while a screen reader hears only the
 * title as the link's name and the description as text.
 */
export function LinkCard(props: { href: string; title: ReactNode; icon?: IconNode; tag?: ReactNode; headingLevel?: 2 | 3; children?: ReactNode }) {
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="card">
      {props.icon ? <Icon node={props.icon} className="icon card-icon" /> : null}
      <div className="card-body">
        <Heading className="card-title">
          <Link href={props.href} className="card-link">
            {props.title}
          </Link>
        </Heading>
        {props.children ? <div className="card-text">{props.children}</div> : null}
        {props.tag ? (
          <p className="card-tag">
            <Tag>{props.tag}</Tag>
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A grid of cards that stacks on phones. */
export function CardGrid({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className="card-grid" aria-label={label}>
      {Array.isArray(children) ? children.map((c, i) => <li key={i}>{c}</li>) : <li>{children}</li>}
    </ul>
  );
}
