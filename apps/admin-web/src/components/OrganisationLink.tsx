import { Link } from 'react-router';

/** Links to an organisation's page (/organisations/:id), wherever a unit is named; the e2e test finds it by test id. */
export function OrganisationLink({ organisation }: { organisation: { id: string; name: string } | null | undefined }) {
  if (!organisation) return <>—</>;
  return (
    <Link
      to={`/organisations/${encodeURIComponent(organisation.id)}`}
      data-testid="organisation-link"
      data-organisation-id={organisation.id}
    >
      {organisation.name}
    </Link>
  );
}
