import { Link } from 'react-router';

/** Links to a person's page; the e2e test finds people by data-testid="person-link". */
export function PersonLink({ person }: { person: { id: string; name: string } | null | undefined }) {
  if (!person) return <>—</>;
  return (
    <Link to={`/people/${encodeURIComponent(person.id)}`} data-testid="person-link" data-person-id={person.id}>
      {person.name}
    </Link>
  );
}
