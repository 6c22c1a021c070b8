// Plausible, deterministic names for people, repositories, teams and secrets.
import type { Rng } from './random.js';

const FIRST = [
  'Ada',
  'Ben',
  'Carla',
  'Dev',
  'Elif',
  'Femi',
  'Gita',
  'Hugo',
  'Ivan',
  'Jana',
  'Kofi',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Umar',
  'Vera',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
  'Arjun',
  'Bea',
  'Chen',
  'Dara',
  'Emil',
  'Farah',
  'Goran',
  'Hana',
  'Iker',
  'Jonas',
  'Kira',
  'Luis',
  'Maya',
  'Nils',
  'Olga',
  'Pavel',
  'Rhea',
  'Sven',
  'Tomas',
  'Uma',
  'Viktor',
  'Wanda',
  'Yara',
  'Zane',
];

const LAST = [
  'Abbott',
  'Baker',
  'Costa',
  'Diaz',
  'Eriksen',
  'Fontaine',
  'Gupta',
  'Horvat',
  'Ito',
  'Jensen',
  'Kaur',
  'Lindqvist',
  'Mensah',
  'Nakamura',
  'Okafor',
  'Popescu',
  'Quispe',
  'Rossi',
  'Sato',
  'Tanaka',
  'Urquhart',
  'Varga',
  'Weber',
  'Xu',
  'Yamada',
  'Zhou',
  'Andersson',
  'Bianchi',
  'Castillo',
  'Dubois',
  'Esposito',
  'Fischer',
  'Greco',
  'Haddad',
  'Iqbal',
  'Jovanovic',
  'Kowalczyk',
  'Lopez',
  'Moreau',
  'Novak',
  'Olsen',
  'Petrov',
  'Reyes',
  'Silva',
  'Takahashi',
  'Ueda',
  'Vogel',
  'Wagner',
  'Yilmaz',
  'Zielinski',
];

const REPO_FIRST = [
  'api',
  'billing',
  'web',
  'mobile',
  'payments',
  'search',
  'auth',
  'ledger',
  'infra',
  'data',
  'ml',
  'docs',
  'design',
  'notifications',
  'gateway',
  'catalog',
  'orders',
  'inventory',
  'reports',
  'analytics',
  'identity',
  'mailer',
  'scheduler',
  'storage',
  'frontend',
  'checkout',
  'pricing',
  'support',
  'metrics',
  'platform',
];

const REPO_SECOND = [
  'service',
  'client',
  'worker',
  'ui',
  'sdk',
  'cli',
  'pipeline',
  'config',
  'terraform',
  'helm',
  'proxy',
  'jobs',
  'core',
  'tools',
  'lambda',
  'dashboard',
  'schema',
  'tests',
  'bot',
  'app',
];

const TEAM_WORDS = [
  'platform',
  'payments',
  'growth',
  'security',
  'data',
  'mobile',
  'web',
  'infra',
  'support',
  'design',
  'ml',
  'billing',
  'identity',
  'search',
  'sre',
  'qa',
  'docs',
  'devex',
  'frontend',
  'backend',
];

const SECRET_NAMES = [
  'NPM_TOKEN',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'SLACK_WEBHOOK_URL',
  'SENTRY_DSN',
  'DOCKERHUB_TOKEN',
  'SONAR_TOKEN',
  'CODECOV_TOKEN',
  'DATABASE_URL',
  'STRIPE_API_KEY',
  'GCP_SA_KEY',
  'PYPI_TOKEN',
  'SIGNING_KEY',
  'DEPLOY_SSH_KEY',
  'DATADOG_API_KEY',
];

export interface PersonName {
  login: string;
  name: string;
}

/** Draws people whose logins are unique and never collide with `taken`. */
export function personNames(rng: Rng, count: number, taken: Set<string>): PersonName[] {
  const result: PersonName[] = [];
  while (result.length < count) {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const base = `${first[0]}${last}`.toLowerCase();
    let login = base;
    for (let suffix = 2; taken.has(login); suffix++) login = `${base}${suffix}`;
    taken.add(login);
    result.push({ login, name: `${first} ${last}` });
  }
  return result;
}

export function repoNames(rng: Rng, count: number, taken: Set<string>): string[] {
  const result: string[] = [];
  while (result.length < count) {
    const base = `${rng.pick(REPO_FIRST)}-${rng.pick(REPO_SECOND)}`;
    let name = base;
    for (let suffix = 2; taken.has(name); suffix++) name = `${base}-${suffix}`;
    taken.add(name);
    result.push(name);
  }
  return result;
}

export function teamSlugs(rng: Rng, count: number): string[] {
  const taken = new Set<string>();
  const result: string[] = [];
  const words = rng.shuffle(TEAM_WORDS);
  for (let i = 0; result.length < count; i++) {
    const base = words[i % words.length];
    let slug = i < words.length ? base : `${base}-${Math.floor(i / words.length) + 1}`;
    for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
    taken.add(slug);
    result.push(slug);
  }
  return result;
}

export function teamName(slug: string): string {
  return slug
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

/** `count` distinct secret names; past the word list, numbered ones. */
export function secretNames(rng: Rng, count: number): string[] {
  const names = rng.sample(SECRET_NAMES, Math.min(count, SECRET_NAMES.length));
  for (let i = names.length; i < count; i++) names.push(`SERVICE_${i}_TOKEN`);
  return names;
}
