import { PAGE_INFO, RATE_LIMIT } from './fragments.js';

const COLLABORATOR_EDGE = `permission
  permissionSources { permission source { __typename ... on Team { slug } ... on Organization { login } ... on Repository { nameWithOwner } } }
  node { login }`;

/** Q3: repositories with deploy-key counts, environment names and direct collaborators. */
export const REPOSITORIES_QUERY = `query Repositories($org: String!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    repositories(first: 100, after: $after) {
      ${PAGE_INFO}
      nodes {
        nameWithOwner databaseId visibility isArchived pushedAt
        deployKeys(first: 1) { totalCount }
        environments(first: 100) { totalCount nodes { name } }
        collaborators(first: 100, affiliation: DIRECT) { ${PAGE_INFO} edges { ${COLLABORATOR_EDGE} } }
      }
    }
  }
}`;

export const REPOSITORY_COLLABORATORS_QUERY = `query RepositoryCollaborators($owner: String!, $name: String!, $after: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    collaborators(first: 100, after: $after, affiliation: DIRECT) { ${PAGE_INFO} edges { ${COLLABORATOR_EDGE} } }
  }
}`;

/** Per-person: only the repositories where `$login` is a direct collaborator come back non-empty. */
export const SUBJECT_REPOSITORIES_QUERY = `query SubjectRepositories($org: String!, $login: String!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    repositories(first: 100, after: $after) {
      ${PAGE_INFO}
      nodes {
        nameWithOwner databaseId visibility isArchived pushedAt
        deployKeys(first: 1) { totalCount }
        environments(first: 100) { totalCount nodes { name } }
        collaborators(first: 1, affiliation: DIRECT, login: $login) { edges { ${COLLABORATOR_EDGE} } }
      }
    }
  }
}`;
