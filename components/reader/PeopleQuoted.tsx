import type { PersonCount } from '@/lib/highlight/people-quoted';
import { formatNumber, t } from '../i18n';

/** Who the article quotes, most quoted first. */
export function PeopleQuoted({ people }: { people: PersonCount[] }) {
  if (people.length === 0) return null;
  return (
    <aside class="people" aria-label={t('peopleQuoted')}>
      <h2>{t('peopleQuoted')}</h2>
      <ul>
        {people.map((p) => (
          <li key={p.name}>
            <span class="name">{p.name}</span> <span class="count">{formatNumber(p.count)}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
