import { PAGE_INFO, RATE_LIMIT } from './fragments.js';

const COLLABORATOR_EDGE = `permission
  permissionSources { permission source { __typename ... on Team { slug } ... on Organization { login } ... on Repository { nameWithOwner } } }
  node { login }`;

/** The repository fields Q3 asks for besides `nameWithOwner`, each of which a token may be denied. */
export const REPOSITORY_FIELDS = [
  'databaseId',
  'visibility',
  'isArchived',
  'pushedAt',
  'deployKeys',
  'environments',
  'collaborators',
] as const;
export type RepositoryField = (typeof REPOSITORY_FIELDS)[number];

function fieldText(field: RepositoryField, forSubject: boolean): string {
  switch (field) {
    case 'deployKeys':
      return 'deployKeys(first: 1) { totalCount }';
    case 'environments':
      return 'environments(first: 100) { totalCount nodes { name } }';
    case 'collaborators':
      return forSubject
        ? `collaborators(first: 1, affiliation: DIRECT, login: $login) { edges { ${COLLABORATOR_EDGE} } }`
        : `collaborators(first: 100, affiliation: DIRECT) { ${PAGE_INFO} edges { ${COLLABORATOR_EDGE} } }`;
    default:
      return field;
  }
}

/**
 * Q3: repositories with deploy-key counts, environment names and direct collaborators; with
 * `forSubject`, only the collaborator edge of `$login` (per-person collection). `omit` leaves out
 * fields the token was denied, so that a page whose repositories GitHub nulled for one denied
 * non-null field can be read again without it.
 */
export function repositoriesQuery(forSubject: boolean, omit: ReadonlySet<RepositoryField> = new Set()): string {
  const fields = REPOSITORY_FIELDS.filter((field) => !omit.has(field))
    .map((field) => fieldText(field, forSubject))
    .join('\n        ');
  const name = forSubject ? 'SubjectRepositories' : 'Repositories';
  const login = forSubject ? ', $login: String!' : '';
  return `query ${name}($org: String!${login}, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    repositories(first: 100, after: $after) {
      ${PAGE_INFO}
      nodes {
        nameWithOwner
        ${fields}
      }
    }
  }
}`;
}

export const REPOSITORIES_QUERY = repositoriesQuery(false);

export const REPOSITORY_COLLABORATORS_QUERY = `query RepositoryCollaborators($owner: String!, $name: String!, $after: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    collaborators(first: 100, after: $after, affiliation: DIRECT) { ${PAGE_INFO} edges { ${COLLABORATOR_EDGE} } }
  }
}`;

/** Per-person: only the repositories where `$login` is a direct collaborator come back non-empty. */
export const SUBJECT_REPOSITORIES_QUERY = repositoriesQuery(true);
