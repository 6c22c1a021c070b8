// All GraphQL documents, gathered so one test validates every one against GitHub's schema.
import { ACTIVITY_DATES_QUERY, ACTIVITY_PRESENCE_QUERY, ORGANIZATION_ID_QUERY, activityDatesBatchQuery } from './activity.js';
import { ENTERPRISE_ADMINS_QUERY, ENTERPRISE_MEMBERS_QUERY, ENTERPRISE_ORGANIZATIONS_QUERY } from './enterprise.js';
import { IDENTITIES_QUERY, IDENTITY_BY_LOGIN_QUERY, IDENTITY_BY_USERNAME_QUERY } from './identities.js';
import { USER_QUERY, membersQuery } from './members.js';
import {
  REPOSITORIES_QUERY,
  REPOSITORY_COLLABORATORS_QUERY,
  SUBJECT_REPOSITORIES_QUERY,
} from './repositories.js';
import { TEAMS_QUERY, TEAM_MEMBERS_QUERY, TEAM_REPOSITORIES_QUERY } from './teams.js';

export const ALL_QUERIES: Record<string, string> = {
  members: membersQuery(true),
  membersWithoutEmails: membersQuery(false),
  user: USER_QUERY,
  teams: TEAMS_QUERY,
  teamMembers: TEAM_MEMBERS_QUERY,
  teamRepositories: TEAM_REPOSITORIES_QUERY,
  repositories: REPOSITORIES_QUERY,
  repositoryCollaborators: REPOSITORY_COLLABORATORS_QUERY,
  subjectRepositories: SUBJECT_REPOSITORIES_QUERY,
  identities: IDENTITIES_QUERY,
  identityByUserName: IDENTITY_BY_USERNAME_QUERY,
  identityByLogin: IDENTITY_BY_LOGIN_QUERY,
  activityPresence: ACTIVITY_PRESENCE_QUERY,
  activityDates: ACTIVITY_DATES_QUERY,
  activityDatesBatch: activityDatesBatchQuery(3),
  organizationId: ORGANIZATION_ID_QUERY,
  enterpriseOrganizations: ENTERPRISE_ORGANIZATIONS_QUERY,
  enterpriseMembers: ENTERPRISE_MEMBERS_QUERY,
  enterpriseAdmins: ENTERPRISE_ADMINS_QUERY,
};
