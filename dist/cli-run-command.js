import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { tmpdir } from 'node:os';
import { u as utcDay, i as isExpiryTooFar, d as policyError, e as latestAllowedExpiry, f as isExemptionActive, h as describeExemptionScope, j as unusedExemptions, k as requireFormats, g as getDefaultExportFromCjs, c as clockFrom, S as SEVERITIES, M as MODES, m as defineRule, n as makeFinding, o as resourceId, q as isAfter, s as gaps, t as gapId, v as matchAnyGlob, x as isoDay, y as threshold, z as isOlderThan, A as wholeDays, B as daysBetween, C as permissionAtLeast, K as KINDS_OF_STEP, D as coveringGap, F as DAY_MS$1, G as settingsOf, H as stepDueAt, I as severityRank, J as compareFindings, L as codeSpan, N as escapeMarkdown, O as table$1, p as policyInvalidFindings, P as applyExemptions, Q as requireTunnel, R as requireUndici, T as undiciExports, U as commonjsGlobal, W as describeError, X as statusOf$1, Y as applyIssuePlan, Z as applyCheckRun, _ as startCheckRun, $ as CHECK_RUN_NAME, V as VERSION$8, a0 as ruleSpec, a1 as RULES, a2 as plainText, w as writeJsonReport, a3 as RULE_NAMES, a4 as gapCovers, a5 as toManagedIssues, a6 as parseMarker, a7 as REPOSITORY_FIELD_PARTS, a8 as TEAM_FIELD_PARTS, a9 as REPO_PERMISSIONS, aa as emptySnapshot, ab as listIssuesByLabel, ac as HOUR_MS$1, ad as itemFromResource, ae as classifyError, af as loadPolicyFromTexts, b as buildReport, ag as REPORT_FILE, ah as outputDirectory, l as loadPolicy, ai as runUrlOf, aj as policyAnnotation, ak as planPublish, al as warning, am as countBySeverity, a as EXIT } from './cli-policy-invalid.js';
import { mkdir, writeFile, readFile, rename } from 'node:fs/promises';
import { existsSync, readFileSync as readFileSync$1 } from 'fs';
import os__default, { EOL } from 'os';
import http from 'http';
import https from 'https';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { createHash, randomUUID } from 'node:crypto';
import require$$6 from 'util';
import require$$0$1 from 'readline';
import events from 'events';
import { execFile } from 'node:child_process';
import 'crypto';
import 'path';
import 'net';
import 'tls';
import 'assert';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'process';
import 'buffer';

function _mergeNamespaces(n, m) {
    m.forEach(function (e) {
        e && typeof e !== 'string' && !Array.isArray(e) && Object.keys(e).forEach(function (k) {
            if (k !== 'default' && !(k in n)) {
                var d = Object.getOwnPropertyDescriptor(e, k);
                Object.defineProperty(n, k, d.get ? d : {
                    enumerable: true,
                    get: function () { return e[k]; }
                });
            }
        });
    });
    return Object.freeze(n);
}

function message(error) {
    return error instanceof Error ? error.message : String(error);
}
async function checkRoutingTargets(policy, lookups, result) {
    const routes = policy.routing.filter((route) => route.labels.length > 0 || route.teams.length > 0);
    if (routes.length === 0)
        return;
    if (!lookups) {
        const first = routes[0].location;
        const where = first ?? { path: policy.sources[0] ?? 'policy', line: 1, column: 1 };
        result.warnings.push(policyError(where, 'routing labels and teams were not checked: no token could read the repository labels and organization teams', 'Run the validation with a token that can read labels and teams to check them.'));
        return;
    }
    const cache = new Map();
    const exists = (kind, name) => {
        const key = `${kind}\u0000${name}`;
        let pending = cache.get(key);
        if (!pending) {
            pending = kind === 'label' ? lookups.labelExists(name) : lookups.teamExists(name);
            cache.set(key, pending);
        }
        return pending;
    };
    for (const route of routes) {
        const where = route.location ?? { path: policy.sources[0] ?? 'policy', line: 1, column: 1 };
        const targets = [
            ...route.labels.map((name) => ({ kind: 'label', name })),
            ...route.teams.map((name) => ({ kind: 'team', name })),
        ];
        for (const target of targets) {
            try {
                if (!(await exists(target.kind, target.name))) {
                    result.errors.push(policyError(where, target.kind === 'label'
                        ? `routing label \`${target.name}\` does not exist in the repository`
                        : `routing team \`${target.name}\` does not exist in the organization`, target.kind === 'label'
                        ? 'Create the label, or fix its name.'
                        : 'Use an existing team slug (the URL name of the team).'));
                }
            }
            catch (error) {
                result.unchecked.push({ kind: target.kind, name: target.name, reason: message(error) });
                result.warnings.push(policyError(where, `routing ${target.kind} \`${target.name}\` was not checked: ${message(error)}`, 'Re-run the validation; check the token can read it.'));
            }
        }
    }
}
async function checkPolicyAgainst(policy, context) {
    const result = { errors: [], warnings: [], unchecked: [] };
    if (context.clock) {
        const today = utcDay(context.clock);
        for (const exemption of policy.exemptions) {
            if (isExpiryTooFar(exemption, policy, today)) {
                result.errors.push(policyError(exemption.location, `exemption expires on ${exemption.expires}, later than the policy allows (${latestAllowedExpiry(policy, today)}); it would not apply`, 'Set `expires` at most `rules.policy-invalid.exemption-max-days` days ahead (366 by default), and renew it after review.'));
            }
            if (!isExemptionActive(exemption, today)) {
                result.warnings.push(policyError(exemption.location, `exemption expired on ${exemption.expires} and no longer applies (${describeExemptionScope(exemption)})`, 'Renew it with a new `expires` date after review, or remove it.'));
            }
        }
    }
    if (context.findings)
        result.warnings.push(...unusedExemptions(policy, context.findings, context.clock));
    await checkRoutingTargets(policy, context.lookups, result);
    return result;
}

// A run's state that must not replace the stored one (the stored one could not be read, or the
// write failed) is kept as a file in the run's output folder, where a workflow can upload it as
// an artifact and a person can merge it back by hand.
const KEPT_STATE_FILE = 'offboarding-sentinel-state.json';
/** Where `keepStateAside` writes in `dir`. */
function keepPathIn(dir) {
    return path.join(dir, KEPT_STATE_FILE);
}
/** Writes the state into `dir` and returns the file's path. */
async function keepStateAside(dir, state) {
    await mkdir(dir, { recursive: true });
    const file = keepPathIn(dir);
    await writeFile(file, `${JSON.stringify(state)}\n`, 'utf8');
    return file;
}

/** A parsed state, or null when the JSON is not a version-1 state. */
function parseRunState(json) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        return null;
    }
    if (typeof value !== 'object' || value === null)
        return null;
    const candidate = value;
    if (candidate.v !== 1)
        return null;
    if (typeof candidate.fingerprints !== 'object' || candidate.fingerprints === null)
        return null;
    if (!Array.isArray(candidate.runs))
        return null;
    return { ...candidate, v: 1, fingerprints: candidate.fingerprints, etags: candidate.etags ?? null, runs: candidate.runs };
}

var formatsExports = requireFormats();
var formats$1 = /*@__PURE__*/getDefaultExportFromCjs(formatsExports);

var formatsModule = /*#__PURE__*/_mergeNamespaces({
    __proto__: null,
    default: formats$1
}, [formatsExports]);

// When someone was offboarded, read strictly. A date that is not a date must never quietly
// become another one: `new Date('2026-02-30')` is 2 March, a number used to be replaced by
// "now", and the year 3000 was stored. Accepted, exactly:
//   - an RFC 3339 / ISO-8601 date-time with a zone: 2026-11-27T17:00:00Z, 2026-11-27T18:00:00+01:00
//   - a calendar date, 2026-11-27, meaning its first instant in UTC
//   - (from an event payload only) a JSON integer of Unix epoch seconds, 1795885200
// Calendar validity (days in the month, leap years) is checked by ajv-formats, the library
// that already checks the policy's dates.
function interopFormats(module) {
    const candidate = module;
    return (candidate.fullFormats ?? candidate.default?.fullFormats);
}
const formats = interopFormats(formatsModule);
/** How far ahead of the runner's clock a time may be (clock skew between systems). */
const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;
/** Epoch seconds from 2001-09-09 to 2286: smaller or larger numbers are milliseconds or mistakes. */
const EPOCH_SECONDS = { min: 1_000_000_000, max: 9_999_999_999 };
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const ZONELESS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const EXAMPLE = 'an ISO-8601 time with a zone such as 2026-11-27T17:00:00Z, a date such as 2026-11-27 (midnight UTC)';
function describeGiven(value) {
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return JSON.stringify(value) ?? typeof value;
}
function daysIn(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** Why a text of the right shape is still not a time, in words. */
function impossible(match) {
    const [, y, mo, d, h, mi, s] = match;
    const year = Number(y);
    const month = Number(mo);
    if (month < 1 || month > 12)
        return `there is no month ${mo}`;
    const days = daysIn(year, month);
    if (Number(d) < 1 || Number(d) > days) {
        const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', {
            month: 'long',
            timeZone: 'UTC',
        });
        return `${name} ${y} has ${days} days`;
    }
    if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59))
        return `${h}:${mi}${s ? `:${s}` : ''} is not a time of day`;
    return 'it is not a valid date-time';
}
/**
 * Parses one time value. `field` names where it came from (`offboarded-at`,
 * `client_payload.offboarded_at`) so the error says which value to fix; `allowEpoch` admits
 * integers of epoch seconds (event payloads, which JSON senders fill with numbers).
 */
function parseInstant(field, value, now, options = {}) {
    const fix = `use ${EXAMPLE}${options.allowEpoch ? ', or whole Unix epoch seconds' : ''}`;
    let millis;
    if (typeof value === 'number' && options.allowEpoch) {
        if (!Number.isInteger(value) || value < EPOCH_SECONDS.min || value > EPOCH_SECONDS.max) {
            return {
                ok: false,
                error: `\`${field}\` is ${describeGiven(value)}: epoch times must be whole seconds between ${EPOCH_SECONDS.min} and ${EPOCH_SECONDS.max} (milliseconds are not accepted); ${fix}.`,
            };
        }
        millis = value * 1000;
    }
    else if (typeof value === 'string') {
        const text = value.trim();
        if (ZONELESS.test(text)) {
            return {
                ok: false,
                error: `\`${field}\` is ${describeGiven(value)}, a time without a zone, which could be any of 26 hours; add \`Z\` (UTC) or an offset such as \`+01:00\`.`,
            };
        }
        const match = SHAPE.exec(text);
        const valid = match &&
            (match[4] === undefined
                ? formats.date.validate(text)
                : formats['date-time'].validate(withSeconds(text)));
        if (!match)
            return {
                ok: false,
                error: `\`${field}\` is ${describeGiven(value)}, which is not an ISO-8601 time; ${fix}.`,
            };
        if (!valid)
            return {
                ok: false,
                error: `\`${field}\` is ${describeGiven(value)}, an impossible date (${impossible(match)}); ${fix}.`,
            };
        millis = Date.parse(match[4] === undefined ? `${text}T00:00:00Z` : text);
    }
    else {
        return { ok: false, error: `\`${field}\` is ${describeGiven(value)}, not a time; ${fix}.` };
    }
    if (!Number.isFinite(millis))
        return { ok: false, error: `\`${field}\` is ${describeGiven(value)}, out of range; ${fix}.` };
    if (millis > now.getTime() + MAX_FUTURE_SKEW_MS) {
        return {
            ok: false,
            error: `\`${field}\` is ${describeGiven(value)}, ${new Date(millis).toISOString()}, which is in the future (now is ${now.toISOString()}); give the time the person was actually offboarded, or run the offboarding after it.`,
        };
    }
    return { ok: true, iso: new Date(millis).toISOString() };
}
/** RFC 3339 requires seconds; ISO-8601 lets them out (`17:00Z`). */
function withSeconds(text) {
    return text.replace(/T(\d{2}:\d{2})(Z|[+-])/, 'T$1:00$2');
}

// Every input and the event payload, read once into one typed, validated object, so no step
// reads `core.getInput` on its own and no input can be forgotten or parsed twice.
const REPORTERS = ['check-run', 'issues', 'summary', 'json', 'sarif', 'jsonl', 'ocsf'];
class InputError extends Error {
    name = 'InputError';
}
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new InputError(`Input \`${name}\` is "${value}"; use one of: ${allowed.join(', ')}.`);
}
function parseBoolean(name, value) {
    if (/^(true|yes|on|1)$/i.test(value))
        return true;
    if (value === '' || /^(false|no|off|0)$/i.test(value))
        return false;
    throw new InputError(`Input \`${name}\` is "${value}"; use true or false.`);
}
const DEFAULT_MAX_SUBJECTS = 50;
function parseCount(name, value, fallback, max) {
    if (value === '')
        return fallback;
    const count = Number(value);
    if (!/^\d+$/.test(value) || count < 1 || count > max) {
        throw new InputError(`Input \`${name}\` is "${value.slice(0, 40)}"; use a whole number from 1 to ${max} (default ${fallback}).`);
    }
    return count;
}
function parseTime(field, value, now, allowEpoch) {
    const parsed = parseInstant(field, value, now, { allowEpoch });
    if (!parsed.ok)
        throw new InputError(parsed.error);
    return parsed.iso;
}
/** Comma or newline separated; also accepts a JSON array from an event payload. */
function splitList(value) {
    const parts = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[,\n]/) : [];
    return [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
}
function readEvent(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (error) {
        throw new InputError(`Cannot read the event payload at ${path}: ${error.message}`);
    }
}
function record(value) {
    return value && typeof value === 'object' ? value : {};
}
/**
 * The subjects of an event: a comma/newline separated string, or a list of strings. Anything
 * else (a number, `null` in the list) is refused: it is not a person, and turning it into the
 * text "null" used to open a tracking issue called "Offboarding: null".
 */
function eventSubjects(field, value) {
    if (value === undefined || value === null || value === '')
        return [];
    if (typeof value === 'string')
        return splitList(value);
    if (!Array.isArray(value)) {
        throw new InputError(`\`${field}\` is ${describeJson(value)}; send a list of GitHub logins or e-mail addresses, or one comma-separated string.`);
    }
    value.forEach((entry, index) => {
        if (typeof entry !== 'string' || entry.trim() === '') {
            throw new InputError(`\`${field}[${index}]\` is ${describeJson(entry)}; every subject must be a GitHub login or an e-mail address (a non-empty string).`);
        }
    });
    return splitList(value);
}
function describeJson(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
/** What HR's automation sends: `repository_dispatch` client_payload or `workflow_dispatch` inputs. */
function eventOffboarding(eventName, event, now) {
    const prefix = eventName === 'repository_dispatch' ? 'client_payload' : eventName === 'workflow_dispatch' ? 'inputs' : null;
    if (prefix === 'client_payload' && event.client_payload !== undefined && (typeof event.client_payload !== 'object' || event.client_payload === null || Array.isArray(event.client_payload))) {
        throw new InputError(`\`client_payload\` is ${describeJson(event.client_payload)}; send an object such as {"subjects": ["alice"], "offboarded_at": "2026-11-27T17:00:00Z"}.`);
    }
    const source = prefix ? record(event[prefix]) : {};
    const text = (key) => {
        const value = source[key];
        return typeof value === 'string' ? value.trim() : '';
    };
    const timeKey = source.offboarded_at !== undefined ? 'offboarded_at' : 'offboarded-at';
    const time = source[timeKey];
    return {
        subjects: eventSubjects(`${prefix}.subjects`, source.subjects),
        phase: text('phase'),
        offboardedAt: time === undefined || time === null || time === ''
            ? null
            : parseTime(`${prefix}.${timeKey}`, time, now, true),
    };
}
const str$1 = (value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
function pullRequestInfo(event) {
    const pr = record(event.pull_request);
    if (!pr.head)
        return null;
    const head = record(pr.head);
    const base = record(pr.base);
    const headRepo = record(head.repo);
    const baseRepo = record(base.repo);
    return {
        number: Number(pr.number),
        headSha: str$1(head.sha),
        baseSha: str$1(base.sha),
        baseRef: str$1(base.ref),
        fromFork: Boolean(headRepo.fork) || (headRepo.full_name !== undefined && headRepo.full_name !== baseRepo.full_name),
    };
}
/**
 * Inputs from a plain object of raw values (as a workflow gives them: strings) and the runner's
 * environment (GITHUB_REPOSITORY, the event payload, URLs). `now` bounds the dates it accepts.
 */
function parseInputs(raw, env, now = clockFrom(env).now()) {
    const input = (name) => (raw[name] ?? '').trim();
    const token = input('token');
    if (!token)
        throw new InputError('Input `token` is required: a GitHub App installation token or a PAT that can read the organization.');
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new InputError('GITHUB_REPOSITORY is not set (expected owner/name); run the action inside GitHub Actions.');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const event = readEvent(env);
    const fromEvent = eventOffboarding(eventName, event, now);
    const mode = oneOf('mode', input('mode') || 'audit', MODES);
    const subjects = splitList(input('subjects'));
    const phase = oneOf('phase', input('phase') || fromEvent.phase || 'post', ['pre', 'post']);
    const offboardedAtText = input('offboarded-at');
    const reporters = splitList(input('report') || 'check-run,issues,summary,json').map((name) => oneOf('report', name, REPORTERS));
    // The JSON report is always written (the contract's `report-path`), whatever `report` says.
    const reporterSet = new Set([...reporters, 'json']);
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
    const pullRequest = pullRequestInfo(event);
    const inputs = {
        token,
        githubToken: input('github-token') || token,
        organization: input('organization') || owner,
        mode,
        policyPath: input('policy-path') || 'policies',
        subjects: subjects.length > 0 ? subjects : fromEvent.subjects,
        phase,
        offboardedAt: offboardedAtText ? parseTime('offboarded-at', offboardedAtText, now, false) : fromEvent.offboardedAt,
        reporters: reporterSet,
        dryRun: parseBoolean('dry-run', input('dry-run')),
        failOn: oneOf('fail-on', input('fail-on') || 'high', ['none', ...SEVERITIES]),
        stateBranch: input('state-branch') || 'offboarding-sentinel-state',
        maxSubjects: parseCount('max-subjects', input('max-subjects'), DEFAULT_MAX_SUBJECTS, 1000),
        repository: { owner, repo },
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        // Outside a runner, the system's temporary folder: never the repository being checked.
        runnerTemp: env.RUNNER_TEMP || tmpdir(),
        apiUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, ''),
        runId: env.GITHUB_RUN_ID || null,
        sha: pullRequest?.headSha || env.GITHUB_SHA || '',
        eventName,
        pullRequest,
    };
    // A scheduled `post` re-verifies every open offboarding (the people come from their tracking
    // issues); an HR event without subjects is a mistake worth failing on.
    const fromHr = eventName === 'repository_dispatch' || eventName === 'workflow_dispatch';
    if (inputs.mode === 'offboard' && inputs.subjects.length === 0 && (fromHr || inputs.phase === 'pre')) {
        throw new InputError('mode `offboard` needs subjects: set the `subjects` input, or send `client_payload.subjects` (repository_dispatch) or `inputs.subjects` (workflow_dispatch). Only a scheduled `post` run takes them from the open tracking issues.');
    }
    return inputs;
}

// GitHub logins are case-insensitive: `Alice` and `alice` are one account. Every comparison of
// logins goes through here, so no reader filters a person out over the case HR typed.
// (Lower-casing is what GitHub does: logins are ASCII letters, digits and hyphens.)
/** The key two logins share exactly when they name the same account. */
function loginKey(login) {
    return login.toLowerCase();
}
function sameLogin(a, b) {
    return a != null && b != null && loginKey(a) === loginKey(b);
}
/** A set of logins that ignores case; `has(null)` is false. */
class LoginSet {
    keys;
    constructor(logins = []) {
        this.keys = new Set([...logins].map(loginKey));
    }
    has(login) {
        return login != null && this.keys.has(loginKey(login));
    }
    add(login) {
        this.keys.add(loginKey(login));
        return this;
    }
    get size() {
        return this.keys.size;
    }
}
/** Logins without case duplicates, keeping the first spelling of each. */
function uniqueLogins(logins) {
    const seen = new LoginSet();
    const unique = [];
    for (const login of logins) {
        if (seen.has(login))
            continue;
        seen.add(login);
        unique.push(login);
    }
    return unique;
}

const cache = new WeakMap();
const later = (a, b) => new Date(a).getTime() > new Date(b).getTime();
function activityIndex(snapshot) {
    const cached = cache.get(snapshot);
    if (cached)
        return cached;
    const byPerson = new Map();
    const byPersonRepo = new Map();
    const offer = (login, activity) => {
        const key = loginKey(login);
        const current = byPerson.get(key);
        if (!current || later(activity.at, current.at))
            byPerson.set(key, activity);
    };
    for (const contribution of snapshot.contributions) {
        offer(contribution.login, {
            at: contribution.lastAt,
            source: `contribution:${contribution.kind}`,
            repo: contribution.repo,
        });
        const key = `${loginKey(contribution.login)}\u0000${contribution.repo.toLowerCase()}`;
        const current = byPersonRepo.get(key);
        if (!current || later(contribution.lastAt, current.lastAt))
            byPersonRepo.set(key, contribution);
    }
    for (const event of snapshot.auditEvents) {
        if (event.actor)
            offer(event.actor, { at: event.at, source: `audit-log:${event.action}`, repo: event.repo });
    }
    const index = {
        latestOf: (login) => byPerson.get(loginKey(login)) ?? null,
        latestContributionTo: (login, repo) => byPersonRepo.get(`${loginKey(login)}\u0000${repo.toLowerCase()}`) ?? null,
    };
    cache.set(snapshot, index);
    return index;
}

/** Events acted by `person` strictly after their offboarding, oldest first. */
function eventsAfterOffboarding(events, person) {
    const login = loginKey(person.login);
    return events
        .filter((event) => event.actor !== null && loginKey(event.actor) === login && isAfter(event.at, person.offboardedAt))
        .sort(byTime);
}
function byTime(a, b) {
    // Ties broken by id in code-unit order (not locale order) so every machine agrees.
    return new Date(a.at).getTime() - new Date(b.at).getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
/** The findings for one offboarded person (audit and offboard mode share this). */
function activityAfterOffboardingFindings(policy, events, person) {
    return eventsAfterOffboarding(events, person).map((event) => makeFinding(policy, 'activity-after-offboarding', {
        subject: person.login,
        resource: resourceId.event(event.id),
        message: `${person.login}, offboarded ${person.offboardedAt}, performed ${event.action}` +
            `${event.repo ? ` on ${event.repo}` : ''} at ${event.at}${event.ip ? ` from ${event.ip}` : ''}`,
        evidence: {
            action: event.action,
            at: event.at,
            offboardedAt: person.offboardedAt,
            repo: event.repo,
            ip: event.ip,
        },
    }));
}
const activityAfterOffboarding = defineRule('activity-after-offboarding', ({ snapshot, policy }) => snapshot.offboarded.flatMap((person) => activityAfterOffboardingFindings(policy, snapshot.auditEvents, person)));

// What the state keeps of when each repository's per-repository parts (deploy keys, secrets,
// invitations) were last read, and how fresh each part is: shared by gather's plan
// (collectors/read-plan.ts), evaluate (the freshness wording, the next record) and the state.
// Pure.
/** The per-repository parts a budget can cut short, in the order collection reads them. */
const REPOSITORY_PARTS = ['deploy-keys', 'secrets', 'invitations'];
const DEFERRED_REASON = 'deferred by the rate-limit budget; next run';
/** The coverage-gap resource of one repository's deferred part (`repo:<owner>/<name>/secrets`). */
function deferredResource(repo, part) {
    return gaps.repository(repo, part);
}
/** Repository → when this part was last read, from the state's grouped record. */
function lastReadOf(record, part) {
    const byRepo = new Map();
    for (const [at, repos] of Object.entries(record?.[part] ?? {})) {
        for (const repo of repos) {
            const before = byRepo.get(repo);
            if (!before || before < at)
                byRepo.set(repo, at);
        }
    }
    return byRepo;
}
function byLastRead(repos, lastRead) {
    const groups = new Map();
    for (const repo of repos) {
        const at = lastRead.get(repo) ?? null;
        groups.set(at, (groups.get(at) ?? 0) + 1);
    }
    return [...groups.entries()]
        .sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))
        .map(([lastReadAt, repositories]) => ({ lastReadAt, repositories }));
}
function partFreshness(part, read, deferred, lastRead, fromState = []) {
    const freshness = { part, readThisRun: read.length, deferred: byLastRead(deferred, lastRead) };
    if (fromState.length > 0) {
        freshness.fromState = byLastRead(fromState, lastRead).map(({ lastReadAt, repositories }) => ({
            lastReadAt: lastReadAt ?? '',
            repositories,
        }));
    }
    return freshness;
}
/** "secrets: 4,780 repositories read in this run, 220 deferred (last read 2026-11-30)". */
function describeFreshness(freshness) {
    const n = (value) => value.toLocaleString('en-US');
    const kept = (freshness.fromState ?? []).map(({ lastReadAt, repositories }) => `${n(repositories)} from the run of ${lastReadAt.slice(0, 10)}`);
    const deferred = freshness.deferred.map(({ lastReadAt, repositories }) => lastReadAt
        ? `${n(repositories)} deferred (last read in the run of ${lastReadAt.slice(0, 10)})`
        : `${n(repositories)} deferred (never read yet)`);
    const parts = [...kept, ...deferred];
    return `${freshness.part}: ${n(freshness.readThisRun)} repositories read in this run${parts.length ? `, ${parts.join(', ')}` : ''}`;
}
/**
 * The record the state keeps: this run's reads stamped `now`, earlier reads kept for the
 * repositories not read now, repositories that no longer exist dropped.
 */
function nextReadRecord(previous, now, thisRun, existing) {
    const record = {};
    for (const part of REPOSITORY_PARTS) {
        const readNow = new Set(thisRun[part] ?? []);
        const groups = {};
        for (const [repo, at] of lastReadOf(previous, part)) {
            if (readNow.has(repo) || !existing.has(repo))
                continue;
            (groups[at] ??= []).push(repo);
        }
        if (readNow.size > 0)
            groups[now] = [...readNow].sort();
        if (Object.keys(groups).length > 0)
            record[part] = groups;
    }
    return record;
}

// audit-coverage-gap: every resource the collectors could not read, so a scan never passes
// for clean over what it did not see. One finding per gap resource (repeated gaps for the same
// resource are merged, their reasons kept), except the repositories a budget deferred: those are
// one finding per part of the organization, counting and naming them (a budget that defers
// 3,000 repositories' secrets is one thing to act on, not 3,000). The report's coverage gaps
// still name every repository, and keep-open reads those, so no deferred resource closes an issue.
/** The organization part that stands for one repository part deferred across repositories. */
const ORGANIZATION_PART = {
    'deploy-keys': 'deploy-keys',
    secrets: 'repository-secrets',
    invitations: 'repository-invitations',
};
/** Repositories named in a message; the evidence lists them all. */
const NAMED_IN_MESSAGE = 20;
/** `repo:<owner>/<name>/<part>` deferred by the budget → its owner, repository and part. */
function deferredPart(gap) {
    if (gap.reason !== DEFERRED_REASON)
        return null;
    const m = /^repo:([^/]+)\/([^/]+)\/([a-z-]+)$/.exec(gap.resource);
    const part = REPOSITORY_PARTS.find((p) => p === m?.[3]);
    return m && part ? { owner: m[1], repo: `${m[1]}/${m[2]}`, part } : null;
}
function deferredFindings(policy, gaps$1) {
    const byPart = new Map();
    for (const gap of gaps$1) {
        const deferred = deferredPart(gap);
        if (!deferred)
            continue;
        const key = `${deferred.owner}\u0000${deferred.part}`;
        let group = byPart.get(key);
        if (!group)
            byPart.set(key, (group = { owner: deferred.owner, part: deferred.part, repositories: [] }));
        if (!group.repositories.includes(deferred.repo))
            group.repositories.push(deferred.repo);
    }
    return [...byPart.values()].map(({ owner, part, repositories }) => {
        const resource = gapId(gaps.organization(owner, ORGANIZATION_PART[part]));
        const sorted = [...repositories].sort();
        const named = sorted.slice(0, NAMED_IN_MESSAGE).join(', ');
        const more = sorted.length > NAMED_IN_MESSAGE ? ` and ${sorted.length - NAMED_IN_MESSAGE} more` : '';
        return makeFinding(policy, 'audit-coverage-gap', {
            subject: null,
            resource,
            message: `Could not read ${part} of ${sorted.length} ${sorted.length === 1 ? 'repository' : 'repositories'} (${DEFERRED_REASON}): ${named}${more}`,
            evidence: { reason: DEFERRED_REASON, part, repositoryCount: sorted.length, repositories: sorted },
        });
    });
}
function coverageGapFindings(policy, gaps) {
    const reasons = new Map();
    for (const gap of gaps) {
        if (deferredPart(gap))
            continue;
        const list = reasons.get(gap.resource) ?? [];
        if (!list.includes(gap.reason))
            list.push(gap.reason);
        reasons.set(gap.resource, list);
    }
    return [...reasons].map(([resource, list]) => makeFinding(policy, 'audit-coverage-gap', {
        subject: null,
        resource,
        message: `Could not read ${resource}: ${list.join('; ')}`,
        evidence: { reason: list.join('; ') },
    })).concat(deferredFindings(policy, gaps));
}
const auditCoverageGap = defineRule('audit-coverage-gap', ({ snapshot, policy }) => coverageGapFindings(policy, snapshot.coverage));

function isBot$1(login, person) {
    return (person?.bot ?? false) || login.toLowerCase().endsWith('[bot]');
}
function isServiceAccount(login, serviceAccounts) {
    return matchAnyGlob(serviceAccounts, login);
}
function isMember(person) {
    return person.orgRole === 'owner' || person.orgRole === 'member';
}

const same$3 = (a, b) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
/** Every e-mail GitHub ties to the person in this organization (SAML, SCIM, verified domains). */
function identityEmails(snapshot, person) {
    const emails = new Set();
    const add = (value) => {
        if (value?.includes('@'))
            emails.add(value.toLowerCase());
    };
    add(person.samlIdentity?.nameId);
    add(person.samlIdentity?.username);
    for (const email of person.samlIdentity?.emails ?? [])
        add(email);
    for (const email of person.verifiedEmails)
        add(email);
    for (const scim of snapshot.scimIdentities) {
        if (!same$3(scim.login, person.login))
            continue;
        add(scim.userName);
        for (const email of scim.emails)
            add(email);
    }
    return [...emails];
}
function rosterMatch(roster, emails) {
    return roster.find((row) => emails.includes(row.email.toLowerCase()));
}
function holdsAccess(snapshot, person) {
    return isMember(person) || snapshot.grants.some((grant) => same$3(grant.login, person.login));
}
function signalsFor(snapshot, person) {
    const signals = [];
    for (const scim of snapshot.scimIdentities) {
        if (same$3(scim.login, person.login) && !scim.active)
            signals.push({ source: 'scim', scimId: scim.id, userName: scim.userName });
    }
    for (const link of snapshot.identityLinks) {
        if (same$3(link.login, person.login) && link.samlNameId === null)
            signals.push({ source: 'saml', scimUserName: link.scimUserName });
    }
    const row = snapshot.roster ? rosterMatch(snapshot.roster, identityEmails(snapshot, person)) : undefined;
    if (row?.status === 'terminated')
        signals.push({ source: 'roster', email: row.email, terminatedAt: row.terminatedAt, row: row.source });
    return signals;
}
function describe(signal) {
    switch (signal.source) {
        case 'scim':
            return `the identity provider deprovisioned the SCIM identity ${signal.userName}`;
        case 'saml':
            return 'the SAML identity is gone from the identity provider';
        case 'roster':
            return `HR's roster lists ${signal.email} as terminated${signal.terminatedAt ? ` on ${isoDay(signal.terminatedAt)}` : ''} (${signal.row})`;
    }
}
const deprovisionedIdentityAccess = defineRule('deprovisioned-identity-access', ({ snapshot, policy }) => {
    const findings = [];
    const org = snapshot.organization;
    for (const person of snapshot.people) {
        if (!holdsAccess(snapshot, person))
            continue;
        const signals = signalsFor(snapshot, person);
        const role = person.orgRole === 'owner'
            ? 'an owner'
            : person.orgRole === 'member'
                ? 'a member'
                : 'an outside collaborator';
        if (signals.length > 0) {
            findings.push(makeFinding(policy, 'deprovisioned-identity-access', {
                subject: person.login,
                resource: resourceId.organization(org),
                message: `${person.login} is still ${role} of ${org}, but ${signals.map(describe).join('; and ')}`,
                evidence: { role: person.orgRole, signals },
            }));
            continue;
        }
        if (!snapshot.roster || !isMember(person) || isBot$1(person.login, person))
            continue;
        if (isServiceAccount(person.login, policy.serviceAccounts))
            continue;
        const emails = identityEmails(snapshot, person);
        if (rosterMatch(snapshot.roster, emails))
            continue;
        findings.push({
            ...makeFinding(policy, 'deprovisioned-identity-access', {
                subject: person.login,
                resource: resourceId.organization(org),
                key: 'roster-unmatched',
                message: `${person.login} is ${role} of ${org} but matches no one in HR's roster (${emails.length ? emails.join(', ') : 'no identity e-mail'}): review whether the account belongs to a current employee`,
                evidence: { role: person.orgRole, signals: [], rosterUnmatched: true, emails },
            }),
            // Unknown to HR is a question to ask, not a leaver: below the rule's own severity.
            severity: 'low',
        });
    }
    return findings;
});

const idleCopilotSeat = defineRule('idle-copilot-seat', ({ snapshot, policy, clock }) => {
    const now = clock.now();
    const idleDays = threshold(policy, 'idle-copilot-seat', 'idle-days');
    const findings = [];
    for (const seat of snapshot.copilotSeats) {
        if (seat.pendingCancellationDate)
            continue;
        const since = seat.lastActivityAt ?? seat.createdAt;
        if (!since || !isOlderThan(since, idleDays, now))
            continue;
        const usage = seat.lastActivityAt
            ? `was last used ${isoDay(seat.lastActivityAt)}`
            : `has not been used since it was assigned ${isoDay(seat.createdAt)}`;
        findings.push(makeFinding(policy, 'idle-copilot-seat', {
            subject: seat.login,
            resource: resourceId.copilotSeat(seat.org, seat.login),
            message: `The Copilot seat of ${seat.login} in ${seat.org} ${usage} (${wholeDays(since, now)} days ago; policy: ${idleDays})`,
            evidence: {
                organization: seat.org,
                assignedAt: seat.createdAt,
                lastActivityAt: seat.lastActivityAt,
                lastActivityEditor: seat.lastActivityEditor,
                assigningTeam: seat.assigningTeam,
                idleDays,
            },
        }));
    }
    return findings;
});

/** Expired by GitHub's flag or by its expiry date having passed. */
function patExpired(grant, now) {
    return grant.tokenExpired || (grant.expiresAt !== null && !isAfter(grant.expiresAt, now));
}
const longLivedToken = defineRule('long-lived-token', ({ snapshot, policy, clock }) => {
    const now = clock.now();
    const maxLifetimeDays = threshold(policy, 'long-lived-token', 'max-lifetime-days');
    const findings = [];
    for (const grant of snapshot.patGrants) {
        if (patExpired(grant, now))
            continue;
        const expiresAt = grant.expiresAt;
        const lifetimeDays = expiresAt === null ? null : daysBetween(grant.accessGrantedAt, expiresAt);
        if (lifetimeDays !== null && lifetimeDays <= maxLifetimeDays)
            continue;
        const message = expiresAt === null || lifetimeDays === null
            ? `Fine-grained token “${grant.tokenName}” of ${grant.owner} never expires (policy: at most ${maxLifetimeDays} days)`
            : `Fine-grained token “${grant.tokenName}” of ${grant.owner} lives ${Math.round(lifetimeDays)} days, ` +
                `until ${isoDay(expiresAt)} (policy: at most ${maxLifetimeDays})`;
        findings.push(makeFinding(policy, 'long-lived-token', {
            subject: grant.owner,
            resource: resourceId.pat(grant.tokenId),
            message,
            evidence: {
                grantId: grant.id,
                tokenId: grant.tokenId,
                tokenName: grant.tokenName,
                accessGrantedAt: grant.accessGrantedAt,
                expiresAt: grant.expiresAt,
                lifetimeDays: lifetimeDays === null ? null : Math.round(lifetimeDays * 100) / 100,
                maxLifetimeDays,
            },
        }));
    }
    return findings;
});

/** IPs the person used in events at or before their offboarding, plus those already recorded. */
function knownIpsOf(person, allEvents) {
    const login = loginKey(person.login);
    const ips = new Set(person.knownIps ?? []);
    for (const event of allEvents) {
        if (event.ip &&
            event.actor !== null &&
            loginKey(event.actor) === login &&
            !isAfter(event.at, person.offboardedAt)) {
            ips.add(event.ip);
        }
    }
    return ips;
}
/**
 * Events in `events` after the person's offboarding, by someone else, from an IP the person
 * used before (learned from `person.knownIps` and `allEvents`), oldest first.
 */
function eventsFromKnownIps(events, person, allEvents) {
    const ips = knownIpsOf(person, allEvents);
    if (ips.size === 0)
        return [];
    const login = loginKey(person.login);
    return events
        .filter((event) => event.ip !== null &&
        ips.has(event.ip) &&
        (event.actor === null || loginKey(event.actor) !== login) &&
        isAfter(event.at, person.offboardedAt))
        .sort(byTime);
}
function offboardedIpActivityFindings(policy, events, person, allEvents) {
    return eventsFromKnownIps(events, person, allEvents).map((event) => makeFinding(policy, 'offboarded-ip-activity', {
        subject: person.login,
        resource: resourceId.event(event.id),
        message: `${event.actor ?? 'An unknown actor'} performed ${event.action}${event.repo ? ` on ${event.repo}` : ''} at ${event.at} ` +
            `from ${event.ip}, an address ${person.login} used before being offboarded ${person.offboardedAt}`,
        evidence: {
            actor: event.actor,
            action: event.action,
            at: event.at,
            ip: event.ip,
            offboardedAt: person.offboardedAt,
            repo: event.repo,
        },
    }));
}
const offboardedIpActivity = defineRule('offboarded-ip-activity', ({ snapshot, policy }) => snapshot.offboarded.flatMap((person) => offboardedIpActivityFindings(policy, snapshot.auditEvents, person, snapshot.auditEvents)));

const same$2 = (a, b) => a.toLowerCase() === b.toLowerCase();
function enterpriseItems(snapshot, login) {
    const items = [];
    const enterprise = snapshot.enterprise;
    const member = enterprise?.members.find((m) => same$2(m.login, login));
    if (enterprise && member && (member.affiliation !== null || member.roles.length > 0)) {
        const roles = member.roles.map((role) => (role === 'owner' ? 'owner' : 'billing manager'));
        const affiliation = member.affiliation === 'unaffiliated'
            ? 'unaffiliated member'
            : member.affiliation === 'member'
                ? 'member'
                : null;
        items.push({
            kind: 'enterprise-membership',
            resource: resourceId.enterprise(enterprise.slug),
            label: `Enterprise ${enterprise.slug}: ${[affiliation, ...roles].filter(Boolean).join(', ')}`,
            detail: { enterprise: enterprise.slug, affiliation: member.affiliation, roles: member.roles.join(',') },
        });
    }
    for (const seat of snapshot.copilotSeats) {
        if (!same$2(seat.login, login))
            continue;
        items.push({
            kind: 'copilot-seat',
            resource: resourceId.copilotSeat(seat.org, seat.login),
            label: `Copilot seat in ${seat.org}${seat.pendingCancellationDate ? ` (cancelled, billed until ${seat.pendingCancellationDate})` : ''}`,
            detail: {
                seatScope: seat.org,
                assignedAt: seat.createdAt,
                lastActivityAt: seat.lastActivityAt,
                assigningTeam: seat.assigningTeam,
                pendingCancellationDate: seat.pendingCancellationDate,
            },
        });
    }
    return items;
}
function enterpriseHoldingMessage(subject, item) {
    if (item.kind === 'copilot-seat')
        return `${subject} still holds a Copilot seat in ${String(item.detail.seatScope)}`;
    const affiliation = item.detail.affiliation;
    const roles = String(item.detail.roles ?? '')
        .split(',')
        .filter(Boolean)
        .map((role) => (role === 'owner' ? 'an enterprise owner' : 'a billing manager'));
    const held = [
        ...(affiliation === 'unaffiliated'
            ? ['an unaffiliated member (in no organization, still licensable)']
            : affiliation === 'member'
                ? ['a member']
                : []),
        ...roles,
    ];
    return `${subject} is still ${held.join(' and ')} of the enterprise ${String(item.detail.enterprise)}`;
}

// Everything one person holds in the organization, read from a (subject-scoped) snapshot.
// The pre phase records it in the tracking issue; the post phase builds it again from a fresh
// snapshot to see what is still held.
function findPerson(snapshot, login) {
    return snapshot.people.find((person) => sameLogin(person.login, login));
}
/** Every e-mail an invitation to this person could have been sent to. */
function personEmails(person) {
    if (!person)
        return [];
    const saml = person.samlIdentity;
    const emails = [...(saml?.emails ?? []), ...person.verifiedEmails];
    if (saml?.nameId?.includes('@'))
        emails.push(saml.nameId);
    return [...new Set(emails.map((email) => email.trim().toLowerCase()))];
}
const SECRET_WRITE = /^(org|repo|environment)\.(create|update)_(actions|integration)_secret$/;
/**
 * The contract resource id a secret-write audit event is about (`key` is the secret's name,
 * `environment_name` the environment), or null when the event does not say enough.
 */
function secretResourceFromEvent(organization, event) {
    const match = SECRET_WRITE.exec(event.action);
    const name = event.fields.key;
    if (!match || typeof name !== 'string')
        return null;
    if (match[1] === 'org')
        return `secret:${organization}/${name}`;
    if (!event.repo)
        return null;
    if (match[1] === 'repo')
        return `secret:${event.repo}/${name}`;
    const environment = event.fields.environment_name ?? event.fields.environment;
    return typeof environment === 'string' ? `secret:${event.repo}/env/${environment}/${name}` : null;
}
function secretItem(organization, secret, reason) {
    const where = secret.scope === 'organization'
        ? `organization ${organization}`
        : secret.scope === 'repository'
            ? secret.repo
            : `${secret.repo} environment ${secret.environment}`;
    return {
        kind: 'secret',
        resource: resourceId.secret(organization, secret),
        label: `${secret.kind === 'dependabot' ? 'Dependabot' : 'Actions'} secret ${secret.name} (${where})`,
        detail: {
            scope: secret.scope,
            name: secret.name,
            repo: secret.scope === 'organization' ? null : secret.repo,
            environment: secret.scope === 'environment' ? secret.environment : null,
            updatedAt: secret.updatedAt,
            reason,
        },
    };
}
/**
 * Secrets readable from a set of repositories the person could write (a workflow they push can
 * print any secret the repository sees). An owner can read every organization secret.
 */
function readableSecrets(snapshot, writableRepos, owner) {
    const org = snapshot.organization;
    const visibilityOf = new Map(snapshot.repositories.map((repo) => [repo.nameWithOwner.toLowerCase(), repo.visibility]));
    const writable = [...writableRepos].map((repo) => repo.toLowerCase());
    const items = [];
    for (const secret of snapshot.secrets) {
        if (secret.scope !== 'organization') {
            if (writable.includes(secret.repo.toLowerCase())) {
                items.push(secretItem(org, secret, `could write ${secret.repo}`));
            }
            continue;
        }
        if (owner) {
            items.push(secretItem(org, secret, 'organization owner'));
            continue;
        }
        let via;
        if (secret.visibility === 'all')
            via = writable[0];
        else if (secret.visibility === 'private') {
            // A repository whose visibility was not read is counted: not knowing is not "public".
            via = writable.find((repo) => visibilityOf.get(repo) !== 'public');
        }
        else if (secret.selectedRepositories === null) {
            // The selected list was not read: assume the worst rather than miss a secret to rotate.
            via = writable.length > 0 ? 'selected repositories (not read)' : undefined;
        }
        else {
            const selected = new Set(secret.selectedRepositories.map((repo) => repo.toLowerCase()));
            via = writable.find((repo) => selected.has(repo));
        }
        if (via)
            items.push(secretItem(org, secret, `visible to ${via}`));
    }
    return items;
}
/** Secrets the person created or updated, per the audit log, that still exist. */
function writtenSecrets(snapshot, login) {
    const byResource = new Map(snapshot.secrets.map((secret) => [resourceId.secret(snapshot.organization, secret), secret]));
    const items = [];
    for (const event of snapshot.auditEvents) {
        if (!sameLogin(event.actor, login))
            continue;
        const resource = secretResourceFromEvent(snapshot.organization, event);
        const secret = resource ? byResource.get(resource) : undefined;
        if (secret)
            items.push(secretItem(snapshot.organization, secret, `last written by ${login} at ${event.at}`));
    }
    return items;
}
function dedupe(items) {
    const seen = new Map();
    for (const item of items)
        if (!seen.has(item.resource))
            seen.set(item.resource, item);
    return [...seen.values()];
}
/**
 * Everything `login` holds in `snapshot`. Expired tokens are listed (marked) so nothing is
 * hidden. `emails` adds addresses known from elsewhere (the e-mail the subject was given as,
 * or those recorded at `pre`) for recognising invitations.
 */
function buildInventory(snapshot, login, offboardedAt, options = {}) {
    const org = snapshot.organization;
    const person = findPerson(snapshot, login);
    const items = [];
    if (person?.orgRole) {
        items.push({
            kind: 'org-membership',
            resource: resourceId.organization(org),
            label: `${person.orgRole === 'owner' ? 'Owner' : 'Member'} of ${org}`,
            detail: { role: person.orgRole },
        });
    }
    for (const team of snapshot.teams) {
        const membership = team.members.find((member) => sameLogin(member.login, login));
        if (!membership)
            continue;
        items.push({
            kind: 'team-membership',
            resource: resourceId.team(org, team.slug),
            label: `Team ${team.name} (${team.slug}), ${membership.role}`,
            detail: { team: team.slug, role: membership.role },
        });
    }
    const writable = new Set();
    for (const grant of snapshot.grants) {
        if (!sameLogin(grant.login, login))
            continue;
        if (permissionAtLeast(grant.permission, 'write'))
            writable.add(grant.repo);
        const direct = grant.sources.some((source) => source.kind === 'direct');
        if (!direct && !grant.outsideCollaborator)
            continue; // team and base grants: see team / membership
        items.push({
            kind: 'repo-access',
            resource: resourceId.repository(grant.repo),
            label: `${grant.repo}: ${grant.permission}${grant.outsideCollaborator ? ' (outside collaborator)' : ''}`,
            detail: {
                repo: grant.repo,
                permission: grant.permission,
                outsideCollaborator: grant.outsideCollaborator,
            },
        });
    }
    // Owners administer every repository, whether or not the grants list says so.
    const owner = person?.orgRole === 'owner';
    if (owner)
        for (const repo of snapshot.repositories)
            writable.add(repo.nameWithOwner);
    const emails = [
        ...new Set([...personEmails(person), ...(options.emails ?? []).map((e) => e.trim().toLowerCase())]),
    ];
    for (const invitation of snapshot.invitations) {
        const forLogin = sameLogin(invitation.login, login);
        const forEmail = invitation.email !== null && emails.includes(invitation.email.trim().toLowerCase());
        if (!forLogin && !forEmail)
            continue;
        items.push({
            kind: 'invitation',
            resource: resourceId.invitation(invitation.id),
            label: `Invitation to ${invitation.target}${forLogin ? '' : ` sent to ${invitation.email ?? ''}`}`,
            detail: {
                invitationId: invitation.id,
                invitationKind: invitation.kind,
                target: invitation.target,
                email: invitation.email,
                createdAt: invitation.createdAt,
            },
        });
    }
    for (const pat of snapshot.patGrants) {
        if (!sameLogin(pat.owner, login))
            continue;
        items.push({
            kind: 'pat',
            resource: resourceId.pat(pat.tokenId),
            label: `Fine-grained PAT "${pat.tokenName}"${pat.tokenExpired ? ' (expired)' : ''}`,
            detail: {
                grantId: pat.id,
                tokenId: pat.tokenId,
                expired: pat.tokenExpired,
                expiresAt: pat.expiresAt,
                lastUsedAt: pat.lastUsedAt,
            },
        });
    }
    for (const credential of snapshot.credentialAuthorizations) {
        if (!sameLogin(credential.login, login))
            continue;
        const name = credential.title ??
            (credential.tokenLastEight ? `…${credential.tokenLastEight}` : credential.fingerprint);
        items.push({
            kind: 'credential',
            resource: resourceId.credential(credential.id),
            label: `SSO-authorized ${credential.type}${name ? ` ${name}` : ''}`,
            detail: {
                credentialId: credential.id,
                type: credential.type,
                authorizedAt: credential.authorizedAt,
                accessedAt: credential.accessedAt,
            },
        });
    }
    for (const key of snapshot.deployKeys) {
        if (!sameLogin(key.addedBy, login))
            continue;
        items.push({
            kind: 'deploy-key',
            resource: resourceId.deployKey(key.repo, key.id),
            label: `Deploy key "${key.title}" on ${key.repo}${key.readOnly ? '' : ' (write)'}`,
            detail: { repo: key.repo, keyId: key.id, readOnly: key.readOnly, lastUsedAt: key.lastUsedAt },
        });
    }
    items.push(...readableSecrets(snapshot, writable, owner), ...writtenSecrets(snapshot, login));
    items.push(...enterpriseItems(snapshot, login));
    return {
        subject: person?.login ?? login,
        organization: org,
        offboardedAt,
        source: 'snapshot',
        builtAt: snapshot.collectedAt,
        items: dedupe(items),
        emails,
        knownIps: [...knownIpsOf({ login, offboardedAt }, snapshot.auditEvents)].sort(),
        gaps: snapshot.coverage.map((gap) => ({ resource: gap.resource, reason: gap.reason })),
        limits: [],
    };
}

/** Ids arrive as numbers or numeric strings depending on the source; compare them as text. */
function asId(value) {
    return typeof value === 'number' || typeof value === 'string' ? String(value) : null;
}
function fieldEquals(event, names, value) {
    const wanted = asId(value);
    return wanted !== null && names.some((name) => asId(event.fields[name]) === wanted);
}
function sameRepo(event, repo) {
    return typeof repo === 'string' && event.repo !== null && event.repo.toLowerCase() === repo.toLowerCase();
}
function teamMatches(event, slug) {
    const team = event.fields.team;
    if (typeof team !== 'string' || typeof slug !== 'string')
        return false;
    return team.slice(team.lastIndexOf('/') + 1).toLowerCase() === slug.toLowerCase();
}
/** Does `event` remove (or, for a secret, rotate or delete) `item` of `subject`? */
function removes(event, item, subject, org, emails) {
    const aboutSubject = sameLogin(event.user, subject);
    const d = item.detail;
    switch (item.kind) {
        case 'org-membership':
            return aboutSubject && event.action === 'org.remove_member';
        case 'team-membership':
            return (aboutSubject &&
                (event.action === 'org.remove_member' ||
                    (event.action === 'team.remove_member' && teamMatches(event, d.team))));
        case 'repo-access':
            return (aboutSubject &&
                ((event.action === 'repo.remove_member' && sameRepo(event, d.repo)) ||
                    (event.action === 'org.remove_outside_collaborator' && d.outsideCollaborator === true)));
        case 'invitation': {
            if (!['org.cancel_invitation', 'repository_invitation.cancel', 'repository_invitation.reject'].includes(event.action)) {
                return false;
            }
            if (fieldEquals(event, ['invitation_id'], d.invitationId))
                return true;
            const email = event.fields.email;
            return aboutSubject || (typeof email === 'string' && emails.includes(email.toLowerCase()));
        }
        case 'pat':
            if (event.action !== 'personal_access_token.access_revoked')
                return false;
            if (fieldEquals(event, ['pat_id'], d.grantId) || fieldEquals(event, ['token_id'], d.tokenId))
                return true;
            // Without ids in the event, a revocation for the subject is the best evidence there is.
            return aboutSubject && event.fields.pat_id === undefined && event.fields.token_id === undefined;
        case 'credential':
            if (!['org_credential_authorization.revoke', 'org_credential_authorization.deauthorize'].includes(event.action)) {
                return false;
            }
            if (event.fields.credential_id !== undefined)
                return fieldEquals(event, ['credential_id'], d.credentialId);
            return aboutSubject;
        case 'deploy-key':
            if (event.action !== 'public_key.delete' || !sameRepo(event, d.repo))
                return false;
            return event.fields.key_id === undefined && event.fields.id === undefined
                ? true
                : fieldEquals(event, ['key_id', 'id'], d.keyId);
        case 'secret': {
            const rotated = secretResourceFromEvent(org, event);
            if (rotated === item.resource)
                return true;
            if (!/\.remove_(actions|integration)_secret$/.test(event.action))
                return false;
            return (secretResourceFromEvent(org, { ...event, action: event.action.replace('remove_', 'update_') }) ===
                item.resource);
        }
        case 'copilot-seat':
            // GitHub's audit-log names for a seat taken away (GHEC organization audit log).
            return (aboutSubject &&
                [
                    'copilot.cfb_seat_cancelled',
                    'copilot.cfb_seat_assignment_unassigned',
                    'copilot.cfb_seat_cancelled_by_staff',
                ].includes(event.action));
        case 'enterprise-membership':
            // Removal from the enterprise is in the enterprise's audit log, which this run does not read.
            return false;
    }
}
/** The latest audit event that removed `item`, if the audit log shows one. */
function revocationEvent(events, item, subject, org, emails) {
    let latest = null;
    for (const event of events) {
        if (!removes(event, item, subject, org, emails))
            continue;
        if (!latest || new Date(event.at).getTime() > new Date(latest.at).getTime())
            latest = event;
    }
    return latest;
}

// Robust statistics for the baselines: medians, median absolute deviations and quantiles, so
// that one outlier (a single bad week, one incident) cannot move what "normal" means. Every
// estimate carries how many observations it rests on; below the minimum it is not an estimate.
/** 1.4826 × MAD estimates the standard deviation of normally distributed data. */
const MAD_SCALE = 1.4826;
function sorted(values) {
    return [...values].sort((a, b) => a - b);
}
/** The median, or null for no values. */
function median(values) {
    if (values.length === 0)
        return null;
    const list = sorted(values);
    const middle = Math.floor(list.length / 2);
    return list.length % 2 === 1 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
}
/** The median absolute deviation from the median (unscaled), or null for no values. */
function mad(values) {
    const centre = median(values);
    if (centre === null)
        return null;
    return median(values.map((value) => Math.abs(value - centre)));
}
/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics, or null. */
function quantile(values, q) {
    if (values.length === 0)
        return null;
    if (q < 0 || q > 1)
        throw new RangeError(`quantile ${q} is outside 0..1`);
    const list = sorted(values);
    const position = (list.length - 1) * q;
    const below = Math.floor(position);
    const above = Math.ceil(position);
    return list[below] + (list[above] - list[below]) * (position - below);
}
/** Median, scaled MAD, 90th percentile and maximum; null below `minimum` observations. */
function robustSummary(values, minimum = 1) {
    if (values.length < Math.max(1, minimum))
        return null;
    return {
        n: values.length,
        median: median(values),
        spread: mad(values) * MAD_SCALE,
        q1: quantile(values, 0.25),
        q3: quantile(values, 0.75),
        p90: quantile(values, 0.9),
        max: Math.max(...values),
    };
}
/**
 * The largest value still normal: the higher of median + k × scaled MAD and Tukey's fence
 * Q3 + k × IQR (a two-humped normal, "4 hours or 40", has no MAD but a wide IQR), and never below
 * `floor` nor below twice the median (identical values have no spread, and "slightly above
 * identical" is not an anomaly).
 */
function upperFence(summary, k, floor = 0) {
    return Math.max(floor, summary.median * 2, summary.median + k * summary.spread, summary.q3 + k * (summary.q3 - summary.q1));
}
/** Round for reports: two decimals, no float noise. */
function round2(value) {
    return Math.round(value * 100) / 100;
}

const HOUR_MS = 3_600_000;
/** Every action revocation-events.ts recognises as removing a holding. */
const REVOCATION_ACTION = /^(org\.remove_member|team\.remove_member|repo\.remove_member|org\.remove_outside_collaborator|org\.cancel_invitation|repository_invitation\.(cancel|reject)|personal_access_token\.access_revoked|org_credential_authorization\.(revoke|deauthorize)|public_key\.delete|[a-z_]+\.(create|update|remove)_(actions|integration)_secret)$/;
/** The journey's github-checked steps with what each person's offboarding shows for them. */
function journeyObservations(input) {
    const { now } = input;
    // Only removals can be revocations: filter once, not once per person, step and item.
    const events = input.events.filter((event) => REVOCATION_ACTION.test(event.action));
    const people = [...input.offboarded]
        .filter((person) => input.since === null || person.offboardedAt >= input.since)
        .sort((a, b) => a.offboardedAt.localeCompare(b.offboardedAt) || a.login.localeCompare(b.login));
    return input.journey
        .filter((step) => step.check.kind === 'github')
        .map((step) => {
        const deadlineHours = Number.isFinite(step.deadlineHours) && step.deadlineHours > 0
            ? step.deadlineHours
            : input.defaultDeadlineHours;
        const observations = [];
        for (const person of people) {
            const observed = observe(person, step, deadlineHours, events, input.organization, now);
            if (observed)
                observations.push(observed);
        }
        return { step: step.id, title: step.title, deadlineHours, observations };
    });
}
function observe(person, step, deadlineHours, events, organization, now) {
    if (step.check.kind !== 'github' || !person.inventory)
        return null;
    const offMs = new Date(person.offboardedAt).getTime();
    const elapsed = (now.getTime() - offMs) / HOUR_MS;
    if (elapsed < 0)
        return null;
    const deadlinePassed = elapsed > deadlineHours;
    const recorded = person.steps?.find((entry) => entry.id === step.id);
    const kinds = KINDS_OF_STEP[step.check.what];
    const items = person.inventory.filter((item) => kinds.includes(item.kind));
    const base = { login: person.login, offboardedAt: person.offboardedAt };
    if (items.length === 0)
        return null;
    const times = items.map((item) => revocationEvent(events, item, person.login, organization, person.emails ?? [])?.at ?? null);
    if (times.every((at) => at !== null)) {
        const last = Math.max(...times.map((at) => new Date(at).getTime()));
        const hours = round2(Math.max(0, (last - offMs) / HOUR_MS));
        return { ...base, hours, done: true, missed: hours > deadlineHours, decided: true };
    }
    // The audit log does not show every revocation (an expired token, a key removed with its
    // repository); the tracking issue's last verification saw them gone.
    if (recorded?.status === 'done' && recorded.doneAt) {
        const hours = round2(Math.max(0, (new Date(recorded.doneAt).getTime() - offMs) / HOUR_MS));
        return { ...base, hours, done: true, missed: hours > deadlineHours, decided: true };
    }
    if (recorded?.status === 'done')
        return null; // done, time unknown: nothing to learn from
    return { ...base, hours: round2(elapsed), done: false, missed: deadlinePassed, decided: deadlinePassed };
}
const RECENT_OFFBOARDINGS = 3;
const MIN_PAST_OFFBOARDINGS = 5;
/**
 * Split a step's observations into the recent ones (the last `recent`, open ones included) and
 * the past ones the normal is learned from (decided only), and summarise the past robustly.
 */
function stepNormal(baseline, minPast = MIN_PAST_OFFBOARDINGS, recent = RECENT_OFFBOARDINGS) {
    const latest = baseline.observations.slice(-recent);
    const past = baseline.observations.slice(0, -recent || undefined).filter((o) => o.decided);
    const doneHours = past.filter((o) => o.done).map((o) => o.hours);
    const enough = past.length >= minPast;
    return {
        step: baseline.step,
        title: baseline.title,
        deadlineHours: baseline.deadlineHours,
        recent: latest,
        past,
        hours: enough ? robustSummary(doneHours, Math.min(minPast, 3)) : null,
        missRate: enough ? past.filter((o) => o.missed).length / past.length : null,
        insufficient: enough
            ? null
            : `step ${baseline.step}: ${past.length} past offboardings with an outcome (${minPast} needed before the ${recent} most recent); ` +
                `until then the policy's deadline of ${baseline.deadlineHours} hours judges it (offboarding-step-missing)`,
    };
}

// Which parts of the organization the collectors could not read, as the rules need to know it.
// A rule that decides from the ABSENCE of something (no activity, no contribution) must stay
// silent where the data was not read; the gap itself is reported by `audit-coverage-gap`.
// Whether a gap hides something is decided by src/coverage/covers.ts, for rules as for every
// other reader.
/** True when some coverage gap hides `item` in this snapshot. */
function hidden(snapshot, item) {
    return coveringGap(snapshot.coverage, { ...item, org: snapshot.organization }) !== null;
}
/** True when every activity source (contributions and audit log) was read for this person. */
function activityReadFor(snapshot, login) {
    return !hidden(snapshot, { kind: 'person-activity', subject: login });
}
/** True when contributions of `login` to `repo` were read. */
function contributionsReadFor(snapshot, login, repo) {
    return !hidden(snapshot, { kind: 'repo-contributions', subject: login, repo });
}
/**
 * True when the activity window reaches back at least `days` days before `now`, so that
 * "nothing in the last `days` days" is knowledge rather than absence of reading.
 */
function windowCovers(snapshot, days, now) {
    const window = snapshot.activityWindow;
    if (!window)
        return false;
    const since = now.getTime() - days * DAY_MS$1;
    return new Date(window.from).getTime() <= since && new Date(window.to).getTime() >= since;
}

function credentialExpired(credential, now) {
    return credential.expiresAt !== null && !isAfter(credential.expiresAt, now);
}
const staleToken = defineRule('stale-token', ({ snapshot, policy, clock }) => {
    const now = clock.now();
    const unusedDays = threshold(policy, 'stale-token', 'unused-days');
    const findings = [];
    for (const grant of snapshot.patGrants) {
        if (patExpired(grant, now))
            continue;
        const since = grant.lastUsedAt ?? grant.accessGrantedAt;
        if (!isOlderThan(since, unusedDays, now))
            continue;
        const usage = grant.lastUsedAt
            ? `was last used ${isoDay(grant.lastUsedAt)}`
            : `has not been used since access was granted ${isoDay(grant.accessGrantedAt)}`;
        findings.push(makeFinding(policy, 'stale-token', {
            subject: grant.owner,
            resource: resourceId.pat(grant.tokenId),
            message: `Fine-grained token “${grant.tokenName}” of ${grant.owner} ${usage} (${wholeDays(since, now)} days ago; policy: ${unusedDays})`,
            evidence: {
                kind: 'fine-grained-pat',
                grantId: grant.id,
                tokenId: grant.tokenId,
                tokenName: grant.tokenName,
                lastUsedAt: grant.lastUsedAt,
                accessGrantedAt: grant.accessGrantedAt,
                expiresAt: grant.expiresAt,
                unusedDays,
            },
        }));
    }
    for (const credential of snapshot.credentialAuthorizations) {
        if (credentialExpired(credential, now))
            continue;
        const since = credential.accessedAt ?? credential.authorizedAt;
        if (!isOlderThan(since, unusedDays, now))
            continue;
        const name = credential.title ? `${credential.type} “${credential.title}”` : credential.type;
        const usage = credential.accessedAt
            ? `was last used ${isoDay(credential.accessedAt)}`
            : `has not been used since it was authorized ${isoDay(credential.authorizedAt)}`;
        findings.push(makeFinding(policy, 'stale-token', {
            subject: credential.login,
            resource: resourceId.credential(credential.id),
            message: `SSO-authorized ${name} of ${credential.login} ${usage} (${wholeDays(since, now)} days ago; policy: ${unusedDays})`,
            evidence: {
                kind: 'credential-authorization',
                credentialType: credential.type,
                accessedAt: credential.accessedAt,
                authorizedAt: credential.authorizedAt,
                expiresAt: credential.expiresAt,
                tokenLastEight: credential.tokenLastEight,
                fingerprint: credential.fingerprint,
                unusedDays,
            },
        }));
    }
    return findings;
});

// offboarding-drift: per journey step, the recent offboardings against the step's normal over
// past offboardings (src/baseline/journey-baseline.ts). It fires when a step starts being
// skipped (missed in most of the recent offboardings, beyond the past miss rate by more than
// `max-deviation-percent` points) or slows down (most recent offboardings took longer than the
// past's median + 3 scaled MADs: "`tokens` took 9 days in the last 3 offboardings; usual 4
// hours"). A step with fewer than `min-past-offboardings` past outcomes is not judged;
// `driftInsufficient` says so for the report's `history.insufficient` (not a coverage gap:
// nothing went unread), and the policy's deadline (offboarding-step-missing)
// judges it meanwhile.
//
// `offboardingStepTally` is the per-run share of missing steps kept in the stored history for
// the summary's trend (revocation success rate): for every person recorded as offboarded whose
// step deadline has passed, each GitHub-checked step is expected, and missing when what it
// removes is still in the snapshot.
function same$1(a, b) {
    return a !== null && loginKey(a) === loginKey(b);
}
/** Whether what the step removes is still there; null when the snapshot cannot say. */
function stepMissing(what, login, snapshot, now) {
    // The person's holdings of a kind, wherever they are: any list of that kind unread hides them.
    const unread = (...kinds) => kinds.some((kind) => hidden(snapshot, { kind, subject: login }));
    switch (what) {
        case 'org-membership':
            if (unread('org-membership'))
                return null;
            return snapshot.people.some((p) => same$1(p.login, login) && isMember(p));
        case 'repo-access':
            if (unread('repo-access'))
                return null;
            return snapshot.grants.some((g) => same$1(g.login, login) && (g.outsideCollaborator || g.sources.some((s) => s.kind === 'direct')));
        case 'team-membership':
            if (unread('team-membership'))
                return null;
            return snapshot.teams.some((t) => t.members.some((m) => same$1(m.login, login)));
        case 'invitations':
            if (unread('invitation'))
                return null;
            return snapshot.invitations.some((i) => same$1(i.login, login));
        case 'tokens':
            if (unread('pat', 'credential'))
                return null;
            return (snapshot.patGrants.some((g) => same$1(g.owner, login) && !patExpired(g, now)) ||
                snapshot.credentialAuthorizations.some((c) => same$1(c.login, login) && !credentialExpired(c, now)));
        case 'deploy-keys':
            if (unread('deploy-key'))
                return null;
            return snapshot.deployKeys.some((k) => same$1(k.addedBy, login));
        case 'secrets-rotated':
            return null;
    }
}
/** Expected and missing offboarding steps across everyone offboarded, as of `now`. */
function offboardingStepTally(snapshot, policy, now) {
    const tally = { expected: 0, missing: 0 };
    const defaultDeadline = settingsOf(policy, 'offboarding-step-missing').thresholds['deadline-hours'] ?? 24;
    for (const person of snapshot.offboarded) {
        for (const step of policy.offboarding.journey) {
            if (step.check.kind !== 'github' || now.getTime() <= Date.parse(stepDueAt(person.offboardedAt, step.deadlineHours, defaultDeadline)))
                continue;
            const missing = stepMissing(step.check.what, person.login, snapshot, now);
            if (missing === null)
                continue;
            tally.expected++;
            if (missing)
                tally.missing++;
        }
    }
    return tally;
}
// The gap, the rule and the summary all ask for the same normals of one snapshot.
const normalsCache = new WeakMap();
/** Each GitHub-checked journey step's normal over the offboardings the audit log reaches back to. */
function journeyNormals(snapshot, policy, now) {
    const cached = normalsCache.get(snapshot);
    if (cached && cached.policy === policy && cached.at === now.getTime())
        return cached.normals;
    const normals = computeNormals(snapshot, policy, now);
    normalsCache.set(snapshot, { policy, at: now.getTime(), normals });
    return normals;
}
function computeNormals(snapshot, policy, now) {
    const minPast = threshold(policy, 'offboarding-drift', 'min-past-offboardings');
    const steps = journeyObservations({
        offboarded: snapshot.offboarded,
        events: snapshot.auditEvents,
        journey: policy.offboarding.journey,
        organization: snapshot.organization,
        defaultDeadlineHours: threshold(policy, 'offboarding-step-missing', 'deadline-hours'),
        now,
        since: snapshot.activityWindow?.from ?? null,
    });
    return steps.map((step) => stepNormal(step, minPast));
}
/** What drift cannot judge yet for lack of past offboardings (the report's `history.insufficient`): one entry per step. */
function driftInsufficient(context) {
    if (!settingsOf(context.policy, 'offboarding-drift').enabled)
        return [];
    return journeyNormals(context.snapshot, context.policy, context.clock.now())
        .filter((normal) => normal.insufficient !== null)
        .map((normal) => ({ rule: 'offboarding-drift', reason: normal.insufficient }));
}
/** "9 days", "4 hours", "35 minutes" */
function formatHours(hours) {
    if (hours >= 48)
        return `${round2(hours / 24)} days`;
    if (hours >= 1)
        return `${round2(hours)} hours`;
    return `${Math.round(hours * 60)} minutes`;
}
/** Most of the recent ones: 2 of 3. One bad offboarding is not drift. */
function most(count, of) {
    return of > 0 && count >= Math.max(2, Math.ceil((of * 2) / 3));
}
function stepDrift(normal, maxDeviationPercent) {
    const result = { normal, skipped: null, slow: null };
    if (normal.insufficient !== null || normal.missRate === null)
        return result;
    const decided = normal.recent.filter((o) => o.decided);
    const missed = decided.filter((o) => o.missed).length;
    const missPercent = decided.length > 0 ? (missed / decided.length) * 100 : 0;
    const usualPercent = normal.missRate * 100;
    if (most(missed, decided.length) && missPercent - usualPercent > maxDeviationPercent)
        result.skipped = {
            missed,
            of: decided.length,
            missPercent: round2(missPercent),
            usualPercent: round2(usualPercent),
        };
    if (normal.hours) {
        const fence = upperFence(normal.hours, 3, 1);
        // An open step already past the fence is slow whatever its final time will be.
        const slow = normal.recent.filter((o) => o.hours > fence);
        if (most(slow.length, normal.recent.length)) {
            const hours = [...normal.recent.map((o) => o.hours)].sort((a, b) => a - b);
            result.slow = {
                slow: slow.length,
                of: normal.recent.length,
                recentMedianHours: round2(hours[Math.floor(hours.length / 2)]),
                usualHours: round2(normal.hours.median),
                fenceHours: round2(fence),
            };
        }
    }
    return result;
}
const offboardingDrift = defineRule('offboarding-drift', (context) => {
    const { snapshot, policy, clock } = context;
    const maxDeviation = threshold(policy, 'offboarding-drift', 'max-deviation-percent');
    return journeyNormals(snapshot, policy, clock.now())
        .map((normal) => stepDrift(normal, maxDeviation))
        .filter((drift) => drift.skipped || drift.slow)
        .map(({ normal, skipped, slow }) => {
        const parts = [];
        if (skipped)
            parts.push(`was missed in ${skipped.missed} of the last ${skipped.of} offboardings; usual ${skipped.usualPercent}% over ${normal.past.length}`);
        if (slow)
            parts.push(`took ${formatHours(slow.recentMedianHours)} in the last ${slow.of} offboardings (${slow.slow} beyond ${formatHours(slow.fenceHours)}); usual ${formatHours(slow.usualHours)}`);
        const score = round2((skipped ? skipped.missed / Math.max(1, skipped.of) : 0) +
            (slow ? slow.recentMedianHours / Math.max(1, slow.fenceHours) : 0));
        return makeFinding(policy, 'offboarding-drift', {
            subject: null,
            resource: resourceId.organization(snapshot.organization),
            key: `step:${normal.step}`,
            message: `Offboarding step \`${normal.step}\` ${parts.join('; ')}`,
            evidence: {
                step: normal.step,
                title: normal.title,
                score,
                baseline: {
                    pastOffboardings: normal.past.length,
                    missRatePercent: round2((normal.missRate ?? 0) * 100),
                    medianHours: normal.hours ? round2(normal.hours.median) : null,
                    spreadHours: normal.hours ? round2(normal.hours.spread) : null,
                    deadlineHours: normal.deadlineHours,
                },
                recent: normal.recent.map((o) => ({
                    login: o.login,
                    offboardedAt: o.offboardedAt,
                    hours: o.hours,
                    done: o.done,
                    missed: o.missed,
                })),
                skipped,
                slow,
                maxDeviationPercent: maxDeviation,
            },
        });
    });
});

const staleDeployKey = defineRule('stale-deploy-key', ({ snapshot, policy, clock }) => {
    const now = clock.now();
    const neverUsedDays = threshold(policy, 'stale-deploy-key', 'never-used-days');
    const unusedDays = threshold(policy, 'stale-deploy-key', 'unused-days');
    const findings = [];
    for (const key of snapshot.deployKeys) {
        const lastUsedAt = key.lastUsedAt;
        const neverUsed = lastUsedAt === null;
        const stale = neverUsed
            ? isOlderThan(key.createdAt, neverUsedDays, now)
            : isOlderThan(lastUsedAt, unusedDays, now);
        if (!stale)
            continue;
        const message = neverUsed
            ? `Deploy key “${key.title}” on ${key.repo} was created ${isoDay(key.createdAt)} ` +
                `(${wholeDays(key.createdAt, now)} days ago) and never used (policy: ${neverUsedDays})`
            : `Deploy key “${key.title}” on ${key.repo} was last used ${isoDay(lastUsedAt)} ` +
                `(${wholeDays(lastUsedAt, now)} days ago; policy: ${unusedDays})`;
        findings.push(makeFinding(policy, 'stale-deploy-key', {
            subject: key.addedBy,
            resource: resourceId.deployKey(key.repo, key.id),
            message,
            evidence: {
                title: key.title,
                readOnly: key.readOnly,
                createdAt: key.createdAt,
                lastUsedAt: key.lastUsedAt,
                addedBy: key.addedBy,
                ...(neverUsed ? { neverUsedDays } : { unusedDays }),
            },
        }));
    }
    return findings;
});

const staleMember = defineRule('stale-member', ({ snapshot, policy, clock }) => {
    const now = clock.now();
    const inactiveDays = threshold(policy, 'stale-member', 'inactive-days');
    if (!windowCovers(snapshot, inactiveDays, now))
        return [];
    const activity = activityIndex(snapshot);
    const findings = [];
    for (const person of snapshot.people) {
        if (!isMember(person) || isBot$1(person.login, person))
            continue;
        if (isServiceAccount(person.login, policy.serviceAccounts))
            continue;
        if (!activityReadFor(snapshot, person.login))
            continue;
        const latest = activity.latestOf(person.login);
        if (latest && !isOlderThan(latest.at, inactiveDays, now))
            continue;
        const role = person.orgRole === 'owner' ? 'Owner' : 'Member';
        const message = latest
            ? `${role} ${person.login} was last active in ${snapshot.organization} on ${isoDay(latest.at)} ` +
                `(${wholeDays(latest.at, now)} days ago, ${latest.source}; policy: ${inactiveDays})`
            : `${role} ${person.login} has no activity in ${snapshot.organization} since ` +
                `${isoDay(snapshot.activityWindow?.from ?? now)}, when the record starts (policy: ${inactiveDays} days)`;
        findings.push(makeFinding(policy, 'stale-member', {
            subject: person.login,
            resource: resourceId.organization(snapshot.organization),
            message,
            evidence: {
                role: person.orgRole,
                lastActivityAt: latest?.at ?? null,
                lastActivitySource: latest?.source ?? null,
                daysInactive: latest ? wholeDays(latest.at, now) : null,
                activityWindow: snapshot.activityWindow,
                inactiveDays,
            },
        }));
    }
    return findings;
});

function describeSecret(org, secret) {
    const kind = secret.kind === 'dependabot' ? 'Dependabot secret' : 'Actions secret';
    switch (secret.scope) {
        case 'organization':
            return `Organization ${kind} ${secret.name} of ${org}`;
        case 'repository':
            return `Repository ${kind} ${secret.name} on ${secret.repo}`;
        case 'environment':
            return `Environment ${kind} ${secret.name} on ${secret.repo} (environment ${secret.environment})`;
    }
}
const staleSecret = defineRule('stale-secret', ({ snapshot, policy, clock }) => {
    const now = clock.now();
    const rotationDays = threshold(policy, 'stale-secret', 'rotation-days');
    const findings = [];
    for (const secret of snapshot.secrets) {
        if (!isOlderThan(secret.updatedAt, rotationDays, now))
            continue;
        findings.push(makeFinding(policy, 'stale-secret', {
            subject: null,
            resource: resourceId.secret(snapshot.organization, secret),
            message: `${describeSecret(snapshot.organization, secret)} was last updated ${isoDay(secret.updatedAt)} ` +
                `(${wholeDays(secret.updatedAt, now)} days ago; policy: rotate every ${rotationDays})`,
            evidence: {
                scope: secret.scope,
                kind: secret.kind,
                createdAt: secret.createdAt,
                updatedAt: secret.updatedAt,
                rotationDays,
            },
        }));
    }
    return findings;
});

// Any category counts (`org.`, `repo.`, `environment.`, `codespaces.`, …); only the organization and
// environments change where the secret lives.
const SECRET_ACTION = /^([a-z_]+)\.(remove|update)_(actions|integration)_secret$/;
const TOKEN_ACTIONS = new Set(['personal_access_token.access_revoked']);
const CREDENTIAL_ACTIONS = new Set([
    'org_credential_authorization.revoke',
    'org_credential_authorization.deauthorize',
]);
function lower(text) {
    return text.toLowerCase();
}
function personTarget(event) {
    if (event.user === null || (event.actor !== null && lower(event.user) === lower(event.actor)))
        return { kind: 'own' };
    return { kind: 'person', login: event.user };
}
/** The change an audit event makes to a credential, or null when it makes none. */
function credentialChange(event) {
    const secret = SECRET_ACTION.exec(event.action);
    if (secret) {
        const [, scope, verb, family] = secret;
        const operation = verb === 'remove' ? 'delete' : 'update';
        const kind = scope === 'environment'
            ? 'environment-secret'
            : family === 'integration'
                ? 'dependabot-secret'
                : 'actions-secret';
        const name = typeof event.fields.key === 'string' ? event.fields.key : '';
        if (scope === 'org')
            return { event, kind, operation, target: { kind: 'org-secret', name } };
        return {
            event,
            kind,
            operation,
            target: event.repo ? { kind: 'repository', repo: event.repo } : { kind: 'own' },
        };
    }
    if (event.action === 'public_key.delete' || event.action === 'public_key.update') {
        // A key on a repository is a deploy key; without one it is the actor's own SSH key.
        return {
            event,
            kind: 'deploy-key',
            operation: event.action === 'public_key.delete' ? 'delete' : 'update',
            target: event.repo ? { kind: 'repository', repo: event.repo } : { kind: 'own' },
        };
    }
    if (TOKEN_ACTIONS.has(event.action))
        return { event, kind: 'token', operation: 'delete', target: personTarget(event) };
    if (CREDENTIAL_ACTIONS.has(event.action))
        return { event, kind: 'credential-authorization', operation: 'delete', target: personTarget(event) };
    return null;
}
/** A short, readable name of what a change reaches (for messages). */
function describeTarget(target) {
    switch (target.kind) {
        case 'repository':
            return target.repo;
        case 'org-secret':
            return `organization secret ${target.name}`;
        case 'person':
            return `${target.login}'s credentials`;
        case 'own':
            return 'their own credentials';
    }
}
/** Plural, human names of the kinds, for "deleted 6 deploy keys". */
const KIND_NOUNS = {
    'actions-secret': ['Actions secret', 'Actions secrets'],
    'dependabot-secret': ['Dependabot secret', 'Dependabot secrets'],
    'environment-secret': ['environment secret', 'environment secrets'],
    'deploy-key': ['deploy key', 'deploy keys'],
    token: ['token', 'tokens'],
    'credential-authorization': ['credential authorization', 'credential authorizations'],
};

const DAY_MS = 86_400_000;
/** Below these, a baseline is too little data and the policy's values are used instead. */
const MIN_OBSERVED_DAYS = 30;
const MIN_ADDRESS_EVENTS = 3;
const MIN_EPISODES_FOR_RATE = 3;
const key$1 = (text) => text.toLowerCase();
const ms$1 = (iso) => new Date(iso).getTime();
/** Changes by one actor, grouped into episodes: no two consecutive changes further apart than the window. */
function episodesOf(changes, windowMinutes) {
    const byActor = new Map();
    for (const change of changes) {
        const actor = change.event.actor;
        if (actor === null)
            continue; // an unknown actor is not "one actor"
        byActor.set(key$1(actor), [...(byActor.get(key$1(actor)) ?? []), change]);
    }
    const episodes = [];
    const gap = windowMinutes * 60_000;
    for (const list of byActor.values()) {
        const ordered = [...list].sort((a, b) => ms$1(a.event.at) - ms$1(b.event.at) || a.event.id.localeCompare(b.event.id));
        let current = [];
        for (const change of ordered) {
            if (current.length > 0 && ms$1(change.event.at) - ms$1(current[current.length - 1].event.at) > gap) {
                episodes.push(toEpisode(current));
                current = [];
            }
            current.push(change);
        }
        if (current.length > 0)
            episodes.push(toEpisode(current));
    }
    return episodes.sort((a, b) => ms$1(a.start) - ms$1(b.start) || a.actor.localeCompare(b.actor));
}
function toEpisode(changes) {
    return {
        actor: changes[0].event.actor,
        changes,
        start: changes[0].event.at,
        end: changes[changes.length - 1].event.at,
    };
}
/** Every credential change among the events, oldest first. */
function credentialChanges(events) {
    return events
        .map(credentialChange)
        .filter((change) => change !== null)
        .sort((a, b) => ms$1(a.event.at) - ms$1(b.event.at));
}
function country(event) {
    const location = event.fields.actor_location;
    if (typeof location !== 'object' || location === null)
        return null;
    const code = location.country_code;
    return typeof code === 'string' && code !== '' ? code : null;
}
/** Precomputed per organization, so judging many episodes stays linear in the audit log. */
class BaselineIndex {
    activity;
    episodes;
    byActor = new Map();
    workRepos = new Map();
    addressed = new Map();
    constructor(activity, changes = credentialChanges(activity.events)) {
        this.activity = activity;
        this.episodes = episodesOf(changes, activity.burstWindowMinutes);
        for (const episode of this.episodes) {
            const actor = key$1(episode.actor);
            this.byActor.set(actor, [...(this.byActor.get(actor) ?? []), episode]);
        }
        const addRepo = (login, repo) => {
            const set = this.workRepos.get(key$1(login)) ?? new Set();
            set.add(key$1(repo));
            this.workRepos.set(key$1(login), set);
        };
        for (const contribution of activity.contributions)
            addRepo(contribution.login, contribution.repo);
        for (const grant of activity.grants)
            if (grant.permission === 'admin')
                addRepo(grant.login, grant.repo);
        for (const event of [...activity.events].sort((a, b) => ms$1(a.at) - ms$1(b.at))) {
            if (event.actor === null || event.ip === null)
                continue;
            const list = this.addressed.get(key$1(event.actor)) ?? [];
            list.push(event);
            this.addressed.set(key$1(event.actor), list);
        }
    }
    /** Actors whose changes are in the log. */
    actors() {
        return [...new Set(this.episodes.map((e) => e.actor))];
    }
    /** Who else changed this organization secret (its usual circle), outside `exclude`. */
    orgSecretCircle(name, exclude) {
        const circle = new Set();
        for (const episode of this.episodes) {
            if (episode === exclude)
                continue;
            for (const change of episode.changes)
                if (change.target.kind === 'org-secret' && change.target.name === name)
                    circle.add(key$1(episode.actor));
        }
        return circle;
    }
    /** The actor's normal as seen from `exclude` (left out), or over everything when null. */
    baselineFor(actor, exclude) {
        const { window, extensions } = this.activity;
        const others = (this.byActor.get(key$1(actor)) ?? []).filter((episode) => episode !== exclude);
        const observedDays = Math.max(0, (ms$1(window.to) - ms$1(window.from)) / DAY_MS);
        const extension = extensions?.[key$1(actor)];
        const kinds = {};
        const repos = new Set(this.workRepos.get(key$1(actor)) ?? []);
        const orgSecrets = new Set();
        const people = new Set();
        let changes = 0;
        for (const episode of others) {
            for (const change of episode.changes) {
                changes++;
                kinds[change.kind] = (kinds[change.kind] ?? 0) + 1;
                const target = change.target;
                if (target.kind === 'repository')
                    repos.add(key$1(target.repo));
                if (target.kind === 'org-secret')
                    orgSecrets.add(target.name);
                if (target.kind === 'person')
                    people.add(key$1(target.login));
            }
        }
        for (const kind of extension?.kinds ?? [])
            kinds[kind] = (kinds[kind] ?? 0) + 1;
        for (const repo of extension?.repos ?? [])
            repos.add(key$1(repo));
        for (const name of extension?.orgSecrets ?? [])
            orgSecrets.add(name);
        for (const login of extension?.people ?? [])
            people.add(key$1(login));
        const before = exclude ? ms$1(exclude.start) : Number.POSITIVE_INFINITY;
        const earlier = (this.addressed.get(key$1(actor)) ?? []).filter((event) => ms$1(event.at) < before);
        const ips = new Set([...earlier.map((event) => event.ip), ...(extension?.ips ?? [])]);
        const countries = new Set(earlier.map(country).filter((code) => code !== null));
        const sizes = others.map((episode) => episode.changes.length);
        return {
            actor,
            observedDays,
            changes,
            episodes: others.length,
            ratePerDay: observedDays > 0 ? changes / observedDays : 0,
            burstSizes: robustSummary(sizes),
            largestBurst: Math.max(0, extension?.largestBurst ?? 0, ...sizes),
            kinds,
            repos,
            orgSecrets,
            people,
            ips,
            addressEvents: earlier.length + (extension?.ips.length ?? 0),
            countries,
            enoughHistory: observedDays >= MIN_OBSERVED_DAYS,
            enoughAddresses: earlier.length + (extension?.ips.length ?? 0) >= MIN_ADDRESS_EVENTS,
        };
    }
}

const FIRING_SCORE = 1;
const ms = (iso) => new Date(iso).getTime();
const key = (text) => text.toLowerCase();
/** The most changes within any `windowMinutes` of the episode, and the minutes they span. */
function densestWindow(changes, windowMinutes) {
    const times = changes.map((change) => ms(change.event.at)).sort((a, b) => a - b);
    let best = { count: 0, minutes: 0 };
    let start = 0;
    for (let end = 0; end < times.length; end++) {
        while (times[end] - times[start] > windowMinutes * 60_000)
            start++;
        const count = end - start + 1;
        if (count > best.count)
            best = { count, minutes: Math.round((times[end] - times[start]) / 60_000) };
    }
    return best;
}
function plural(count, [one, many]) {
    return `${count} ${count === 1 ? one : many}`;
}
/** "deleted 6 deploy keys", "updated 2 Actions secrets and deleted 1 deploy key" */
function describeChanges(changes) {
    const groups = new Map();
    for (const change of changes) {
        const id = `${change.operation}:${change.kind}`;
        const group = groups.get(id) ?? { operation: change.operation, kind: change.kind, count: 0 };
        group.count++;
        groups.set(id, group);
    }
    return [...groups.values()]
        .map((g) => `${g.operation === 'delete' ? 'deleted' : 'updated'} ${plural(g.count, KIND_NOUNS[g.kind])}`)
        .join(' and ');
}
function usualBursts(baseline) {
    const days = Math.round(baseline.observedDays);
    if (baseline.changes === 0)
        return `none in ${days} days`;
    return `${plural(baseline.changes, ['change', 'changes'])} in ${days} days, at most ${baseline.largestBurst} at once`;
}
function burstSignal(episode, baseline, floor) {
    const dense = densestWindow(episode.changes, floor.windowMinutes);
    const learned = baseline.burstSizes !== null && baseline.episodes >= MIN_EPISODES_FOR_RATE;
    const fence = learned && baseline.burstSizes
        ? Math.max(floor.count, Math.ceil(upperFence(baseline.burstSizes, 3)))
        : floor.count;
    const burst = {
        ...dense,
        fence,
        fenceFrom: learned && fence > floor.count ? 'baseline' : 'policy',
    };
    const insufficient = learned
        ? null
        : `burst size: ${baseline.episodes} earlier episodes of changes (${MIN_EPISODES_FOR_RATE} needed); the policy's burst-count ${floor.count} within ${floor.windowMinutes} minutes is the fence`;
    if (dense.count < fence || dense.count <= baseline.largestBurst)
        return { signal: null, burst, insufficient };
    return {
        signal: {
            name: 'burst',
            weight: round2(dense.count / fence),
            explanation: `${describeChanges(episode.changes)} in ${dense.minutes} minutes; this actor's usual: ${usualBursts(baseline)}`,
        },
        burst,
        insufficient,
    };
}
function outOfScope(change, baseline, index, episode) {
    const target = change.target;
    switch (target.kind) {
        case 'own':
            return { out: false, why: '' };
        case 'repository':
            // Contributions and admin grants are facts of the snapshot: judged even with a short history.
            return baseline.repos.has(key(target.repo))
                ? { out: false, why: '' }
                : { out: true, why: `${target.repo}, a repository they do not work in` };
        case 'org-secret': {
            if (!baseline.enoughHistory)
                return null;
            const circle = index.orgSecretCircle(target.name, episode);
            if (circle.has(key(episode.actor)))
                return { out: false, why: '' };
            // A secret nobody else changes is routine for whoever looks after organization secrets.
            if (circle.size === 0 && baseline.orgSecrets.size > 0)
                return { out: false, why: '' };
            const usual = [...circle].sort().slice(0, 3).join(', ');
            return { out: true, why: `${describeTarget(target)}, usually changed by ${usual || 'nobody'}` };
        }
        case 'person':
            if (!baseline.enoughHistory)
                return null;
            // Someone who routinely revokes other people's credentials (an administrator) is in scope.
            if (baseline.people.has(key(target.login)) || baseline.people.size >= 3)
                return { out: false, why: '' };
            return { out: true, why: describeTarget(target) };
    }
}
/** Score one episode of an actor's changes against that actor's baseline (the episode left out). */
function scoreEpisode(episode, baseline, index, floor) {
    const signals = [];
    const insufficient = [];
    const burst = burstSignal(episode, baseline, floor);
    if (burst.signal)
        signals.push(burst.signal);
    if (burst.insufficient)
        insufficient.push(burst.insufficient);
    if (baseline.enoughHistory) {
        const fresh = [...new Set(episode.changes.map((c) => c.kind))].filter((kind) => !baseline.kinds[kind]);
        if (fresh.length > 0)
            signals.push({
                name: 'new-kind',
                weight: 0.5,
                explanation: `first change of ${fresh.map((kind) => KIND_NOUNS[kind][1]).join(' or ')} by this actor in ${Math.round(baseline.observedDays)} days`,
            });
    }
    else {
        insufficient.push(`history: ${Math.round(baseline.observedDays)} days of audit log; kinds and earlier changes are not judged`);
    }
    const outside = new Map();
    let scopeUnjudged = false;
    for (const change of episode.changes) {
        const verdict = outOfScope(change, baseline, index, episode);
        if (verdict === null)
            scopeUnjudged = true;
        else if (verdict.out)
            outside.set(verdict.why, verdict.why);
    }
    if (scopeUnjudged)
        insufficient.push('scope: too little history to judge organization secrets and other people\u2019s credentials');
    if (outside.size > 0) {
        const whys = [...outside.values()];
        signals.push({
            name: 'out-of-scope',
            weight: Math.min(2, 1 + 0.25 * (whys.length - 1)),
            explanation: `outside their usual scope: ${whys.slice(0, 3).join('; ')}${whys.length > 3 ? ` and ${whys.length - 3} more` : ''}`,
        });
    }
    const addresses = [
        ...new Set(episode.changes.map((c) => c.event.ip).filter((ip) => ip !== null)),
    ];
    if (addresses.length > 0) {
        if (!baseline.enoughAddresses) {
            insufficient.push(`addresses: ${baseline.addressEvents} earlier events with an address (${MIN_ADDRESS_EVENTS} needed); a new address is not judged`);
        }
        else {
            const fresh = addresses.filter((ip) => !baseline.ips.has(ip));
            if (fresh.length > 0)
                signals.push({
                    name: 'new-address',
                    weight: 1,
                    explanation: `first change from ${fresh.join(', ')}`,
                });
            const countries = [
                ...new Set(episode.changes.map((c) => country(c.event)).filter((code) => code !== null)),
            ];
            const newCountries = baseline.countries.size > 0 ? countries.filter((code) => !baseline.countries.has(code)) : [];
            if (newCountries.length > 0)
                signals.push({
                    name: 'new-country',
                    weight: 0.5,
                    explanation: `first change from ${newCountries.join(', ')}`,
                });
        }
    }
    const score = round2(signals.reduce((sum, signal) => sum + signal.weight, 0));
    return { score, signals, insufficient, burst: burst.burst };
}
/** The baseline as it goes into a finding's evidence: plain JSON, small. */
function baselineEvidence(baseline) {
    return {
        observedDays: Math.round(baseline.observedDays),
        changes: baseline.changes,
        episodes: baseline.episodes,
        ratePerDay: round2(baseline.ratePerDay),
        largestBurst: baseline.largestBurst,
        medianBurst: baseline.burstSizes ? baseline.burstSizes.median : null,
        kinds: baseline.kinds,
        repositories: baseline.repos.size,
        knownAddresses: baseline.ips.size,
        countries: [...baseline.countries].sort(),
    };
}

// unapproved-credential-change: a token, key or secret deleted or changed in a way that departs
// from its actor's learned normal (src/baseline/). Three kinds of change never fire:
//   - by an approved actor or workflow (`approved-changers`): absolute, never scored;
//   - an offboarding's own revocations: changes to the credentials, keys, grants (and rotations of
//     the secrets) of a person recorded as offboarded, after their `offboarded-at` — journey
//     evidence, not anomalies;
//   - routine work: an episode whose score stays below 1.
// Everything else is grouped into episodes (one actor, no pause longer than the burst window) and
// scored; one finding per unusual episode, its explanation in the message and in `evidence`
// (`score`, `baseline`, `signals`). Severity follows the score around the policy's severity.
/** A revocation this long before `offboarded-at` still belongs to the offboarding (access removed in advance). */
const ADVANCE_MS = 24 * 3_600_000;
function isApprovedChange(event, policy) {
    const { actors, workflows } = policy.approvedChangers;
    if (event.actor !== null && matchAnyGlob(actors, event.actor))
        return true;
    const workflow = event.fields.workflow;
    return typeof workflow === 'string' && workflow !== '' && matchAnyGlob(workflows, workflow);
}
/** The offboarded person whose journey this change carries out, or null. */
function journeyOf(change, offboarded, organization) {
    const at = new Date(change.event.at).getTime();
    for (const person of offboarded) {
        if (at < new Date(person.offboardedAt).getTime() - ADVANCE_MS)
            continue;
        if (change.target.kind === 'person' && loginKey(change.target.login) === loginKey(person.login))
            return person;
        if (change.event.actor !== null && loginKey(change.event.actor) === loginKey(person.login))
            continue;
        const emails = person.emails ?? [];
        if ((person.inventory ?? []).some((item) => removes(change.event, item, person.login, organization, emails)))
            return person;
    }
    return null;
}
function activityOf(snapshot, extensions) {
    return {
        organization: snapshot.organization,
        events: snapshot.auditEvents,
        contributions: snapshot.contributions,
        grants: snapshot.grants,
        window: snapshot.activityWindow,
        offboarded: snapshot.offboarded,
        ...(extensions ? { extensions } : {}),
    };
}
function burstFloor(policy) {
    const thresholds = settingsOf(policy, 'unapproved-credential-change').thresholds;
    return {
        count: thresholds['burst-count'] ?? policy.approvedChangers.burstCount,
        windowMinutes: thresholds['burst-window-minutes'] ?? policy.approvedChangers.burstWindowMinutes,
    };
}
function spanOf(events, window) {
    if (window)
        return window;
    const times = events.map((event) => event.at).sort();
    return { from: times[0] ?? new Date(0).toISOString(), to: times.at(-1) ?? new Date(0).toISOString() };
}
// The rule and the summary review the same events of one run: once is enough.
const reviewCache = new WeakMap();
function sameActivity(a, b) {
    return (a.organization === b.organization &&
        a.contributions === b.contributions &&
        a.grants === b.grants &&
        a.window === b.window &&
        a.offboarded === b.offboarded &&
        a.extensions === b.extensions);
}
/** Every credential change sorted into approved, journey evidence, and scored episodes. */
function reviewCredentialChanges(policy, activity) {
    const cached = reviewCache.get(activity.events);
    if (cached && cached.policy === policy && sameActivity(cached.activity, activity))
        return cached.review;
    const review = computeReview(policy, activity);
    reviewCache.set(activity.events, { policy, activity, review });
    return review;
}
function computeReview(policy, activity) {
    const floor = burstFloor(policy);
    const approved = [];
    const journey = [];
    const scored = [];
    const all = credentialChanges(activity.events);
    for (const change of all) {
        if (isApprovedChange(change.event, policy)) {
            approved.push(change);
            continue;
        }
        const person = journeyOf(change, activity.offboarded, activity.organization);
        if (person)
            journey.push({ change, person: person.login });
        else
            scored.push(change);
    }
    // Baselines learn from every change but the approved ones' and the journeys': those are neither
    // the actor's habits nor anomalies.
    const index = new BaselineIndex({
        events: activity.events,
        contributions: activity.contributions,
        grants: activity.grants,
        window: spanOf(activity.events, activity.window),
        burstWindowMinutes: floor.windowMinutes,
        ...(activity.extensions ? { extensions: activity.extensions } : {}),
    }, scored);
    const judged = index.episodes.map((episode) => {
        const baseline = index.baselineFor(episode.actor, episode);
        return {
            episode,
            judgement: scoreEpisode(episode, baseline, index, floor),
            baseline: baselineEvidence(baseline),
        };
    });
    return { approved, journey, judged, burst: floor };
}
/** One band below the policy's severity for a marginal score, one above for a strong one. */
function severityForScore(base, score) {
    const rank = severityRank(base);
    const shifted = score < 1.5 ? rank - 1 : score >= 3 ? rank + 1 : rank;
    return SEVERITIES[Math.min(SEVERITIES.length - 1, Math.max(0, shifted))];
}
function targets(changes) {
    const names = [...new Set(changes.map((change) => describeTarget(change.target)))];
    return names.length <= 2
        ? names.join(' and ')
        : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}
function episodeFinding(policy, judged, windowMinutes) {
    const { episode, judgement } = judged;
    const events = episode.changes.map((change) => change.event);
    const first = events[0];
    const burst = judgement.signals.find((signal) => signal.name === 'burst');
    const lead = burst
        ? burst.explanation
        : `${describeChanges(episode.changes)} (${targets(episode.changes)}) at ${first.at}`;
    const rest = judgement.signals.filter((signal) => signal !== burst).map((signal) => signal.explanation);
    const finding = makeFinding(policy, 'unapproved-credential-change', {
        subject: episode.actor,
        resource: resourceId.event(first.id),
        // One change keeps the fingerprint a single-event finding always had.
        ...(events.length > 1 ? { key: 'burst' } : {}),
        message: `${episode.actor} ${[lead, ...rest].join('; ')} (anomaly score ${judgement.score})`,
        evidence: {
            score: judgement.score,
            baseline: judged.baseline,
            signals: judgement.signals,
            insufficient: judgement.insufficient,
            count: events.length,
            from: episode.start,
            to: episode.end,
            events: events.map((event) => resourceId.event(event.id)),
            actions: [...new Set(events.map((event) => event.action))].sort(),
            repos: [...new Set(events.map((event) => event.repo).filter((repo) => repo !== null))].sort(),
            ips: [...new Set(events.map((event) => event.ip).filter((ip) => ip !== null))].sort(),
            orgSecrets: [
                ...new Set(episode.changes.flatMap((c) => (c.target.kind === 'org-secret' ? [c.target.name] : []))),
            ].sort(),
            people: [
                ...new Set(episode.changes.flatMap((c) => (c.target.kind === 'person' ? [c.target.login] : []))),
            ].sort(),
            workflow: typeof first.fields.workflow === 'string' ? first.fields.workflow : null,
            burstCount: judgement.burst.fence,
            burstWindowMinutes: windowMinutes,
        },
    });
    return { ...finding, severity: severityForScore(finding.severity, judgement.score) };
}
/** Findings for the unusual episodes among `activity`'s changes (audit: all; offboard: the subject's). */
function unapprovedCredentialChangeFindings(policy, activity) {
    const review = reviewCredentialChanges(policy, activity);
    return review.judged
        .filter((judged) => judged.judgement.score >= FIRING_SCORE)
        .map((judged) => episodeFinding(policy, judged, review.burst.windowMinutes));
}
const unapprovedCredentialChange = defineRule('unapproved-credential-change', ({ snapshot, policy, baselines }) => unapprovedCredentialChangeFindings(policy, activityOf(snapshot, baselines?.extensions)));

const WRITE_PERMISSIONS = new Set(['write', 'maintain', 'admin']);
function describeSource(source) {
    const name = source.kind === 'team' ? `team:${source.team}` : source.kind;
    return source.permission ? `${name} (${source.permission})` : name;
}
/** The sources that give write or more (a source of unknown permission counts). */
function writeSources(grant) {
    return grant.sources.filter((s) => !s.permission || WRITE_PERMISSIONS.has(s.permission));
}
/** An owner's write comes from ownership alone when every write-giving source is the organization. */
function onlyThroughOwnership(grant, person) {
    const writing = writeSources(grant);
    return person?.orgRole === 'owner' && writing.length > 0 && writing.every((s) => s.kind === 'organization');
}
const unusedWriteAccess = defineRule('unused-write-access', ({ snapshot, policy, clock }) => {
    const now = clock.now();
    const windowDays = threshold(policy, 'unused-write-access', 'window-days');
    if (!windowCovers(snapshot, windowDays, now))
        return [];
    const activity = activityIndex(snapshot);
    const people = new Map(snapshot.people.map((person) => [loginKey(person.login), person]));
    const archived = new Set(snapshot.repositories.filter((r) => r.archived).map((r) => r.nameWithOwner.toLowerCase()));
    const seen = new Set();
    const findings = [];
    for (const grant of snapshot.grants) {
        if (!WRITE_PERMISSIONS.has(grant.permission))
            continue;
        if (archived.has(grant.repo.toLowerCase()))
            continue;
        const person = people.get(loginKey(grant.login));
        if (isBot$1(grant.login, person) || onlyThroughOwnership(grant, person))
            continue;
        const key = `${loginKey(grant.login)}\u0000${grant.repo.toLowerCase()}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (!contributionsReadFor(snapshot, grant.login, grant.repo))
            continue;
        const latest = activity.latestContributionTo(grant.login, grant.repo);
        if (latest && !isOlderThan(latest.lastAt, windowDays, now))
            continue;
        // Name the sources that give write first: they are what must change.
        const sources = [...writeSources(grant), ...grant.sources.filter((s) => !writeSources(grant).includes(s))].map(describeSource);
        const since = latest
            ? `has not contributed since ${isoDay(latest.lastAt)} (${wholeDays(latest.lastAt, now)} days ago)`
            : `has no contribution on record`;
        findings.push(makeFinding(policy, 'unused-write-access', {
            subject: grant.login,
            resource: resourceId.repository(grant.repo),
            message: `${grant.login} holds ${grant.permission} on ${grant.repo} (via ${sources.join(', ') || 'unknown source'}) ` +
                `but ${since} (policy: ${windowDays} days)`,
            evidence: {
                permission: grant.permission,
                sources,
                outsideCollaborator: grant.outsideCollaborator,
                lastContributionAt: latest?.lastAt ?? null,
                lastContributionKind: latest?.kind ?? null,
                windowDays,
            },
        }));
    }
    return findings;
});

// write-deploy-key: a deploy key that can push (`read_only: false`). Keys that are meant to
// write are allowed through policy exemptions, applied after the rules.
const writeDeployKey = defineRule('write-deploy-key', ({ snapshot, policy }) => snapshot.deployKeys
    .filter((key) => !key.readOnly)
    .map((key) => makeFinding(policy, 'write-deploy-key', {
    subject: key.addedBy,
    resource: resourceId.deployKey(key.repo, key.id),
    message: `Deploy key “${key.title}” on ${key.repo} has write access` +
        `${key.addedBy ? ` (added by ${key.addedBy}` : ' (added'} ${isoDay(key.createdAt)})`,
    evidence: { title: key.title, readOnly: false, createdAt: key.createdAt, addedBy: key.addedBy },
})));

const auditRules = [
    staleMember,
    unusedWriteAccess,
    staleDeployKey,
    writeDeployKey,
    longLivedToken,
    staleToken,
    staleSecret,
    activityAfterOffboarding,
    offboardedIpActivity,
    unapprovedCredentialChange,
    offboardingDrift,
    idleCopilotSeat,
    deprovisionedIdentityAccess,
    auditCoverageGap,
];
function runRules(rules, context) {
    const findings = [];
    for (const rule of rules) {
        try {
            findings.push(...rule.evaluate(context));
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            findings.push(makeFinding(context.policy, 'audit-coverage-gap', {
                subject: null,
                resource: `rule:${rule.name}`,
                message: `Rule ${rule.name} could not be evaluated: ${reason}`,
                evidence: { reason: `rule ${rule.name} failed: ${reason}` },
            }));
        }
    }
    return findings.sort(compareFindings);
}

function defineMode(mode) {
    return {
        name: mode.name,
        reportsPolicyErrors: mode.reportsPolicyErrors,
        readOnly: (inputs) => mode.readOnly(inputs),
        run: async (ctx, writer, onProgress) => {
            const evaluateAndRemediate = async (from) => {
                let gathered = from;
                let evaluation = mode.evaluate(gathered, ctx);
                if (writer && mode.regather && evaluation.remediation.length > 0) {
                    const applied = await writer.remediate(evaluation.remediation);
                    gathered = await mode.regather(gathered, applied, ctx);
                    evaluation = mode.evaluate(gathered, ctx);
                }
                return { gathered, evaluation };
            };
            if (!mode.steps)
                return (await evaluateAndRemediate(await mode.gather(ctx))).evaluation;
            let current = await evaluateAndRemediate(await mode.steps.start(ctx));
            for (let next = await mode.steps.next(current.gathered, ctx); next; next = await mode.steps.next(current.gathered, ctx)) {
                current = await evaluateAndRemediate(next);
                await onProgress?.(current.evaluation);
            }
            return current.evaluation;
        },
    };
}
/** An evaluation with nothing mode-specific: the fields a mode does not fill. */
function emptyEvaluation() {
    return { section: {}, warnings: [], failures: [], insufficient: [], scope: null, issues: null, history: null, preface: null, remediation: [], plannedRemediation: [] };
}

// What a policy change would do: the findings it adds, silences or re-grades, comparing the
// base branch's policy with the PR's on the same snapshot. Fingerprints identify a finding
// independently of its severity, so a re-grade is recognised as the same finding.
function diffFindings(base, head) {
    const before = new Map(base.map((finding) => [finding.fingerprint, finding]));
    const after = new Map(head.map((finding) => [finding.fingerprint, finding]));
    const diff = { added: [], silenced: [], regraded: [], unchanged: 0 };
    for (const [fingerprint, finding] of after) {
        const old = before.get(fingerprint);
        if (!old)
            diff.added.push(finding);
        else if (old.severity !== finding.severity)
            diff.regraded.push({ finding, from: old.severity, to: finding.severity });
        else
            diff.unchanged += 1;
    }
    for (const [fingerprint, finding] of before)
        if (!after.has(fingerprint))
            diff.silenced.push(finding);
    return diff;
}
const MAX_ROWS = 100;
function renderPolicyDiff(diff) {
    const rows = [
        ...diff.added.map((f) => ['added', f.severity, f.rule, codeSpan(f.resource, 120), escapeMarkdown(f.subject ?? '—', 60)]),
        ...diff.silenced.map((f) => ['silenced', f.severity, f.rule, codeSpan(f.resource, 120), escapeMarkdown(f.subject ?? '—', 60)]),
        ...diff.regraded.map(({ finding: f, from, to }) => [
            're-graded',
            `${from} → ${to}`,
            f.rule,
            codeSpan(f.resource, 120),
            escapeMarkdown(f.subject ?? '—', 60),
        ]),
    ];
    const heading = `## What this policy change does\n\n` +
        `${diff.added.length} finding(s) added, ${diff.silenced.length} silenced, ${diff.regraded.length} re-graded, ` +
        `${diff.unchanged} unchanged.`;
    if (rows.length === 0)
        return `${heading}\n\nThe change does not alter any finding.`;
    const shown = rows.slice(0, MAX_ROWS);
    const cut = rows.length > MAX_ROWS ? `\n\n_${rows.length - MAX_ROWS} more rows are in the JSON report._` : '';
    return `${heading}\n\n${table$1(['change', 'severity', 'rule', 'resource', 'subject'], shown)}${cut}`;
}

/** Findings before and after the policy's exemptions. */
function findingsOf(snapshot, policy, ctx) {
    const raw = runRules(auditRules, { snapshot, policy, clock: ctx.clock, history: null });
    return { raw, findings: applyExemptions(raw, policy, ctx.clock).findings };
}
/** The organization could not be read at all (no members visible, members unreadable): no diff. */
function organizationUnreadable(snapshot) {
    const org = `org:${snapshot.organization}`;
    const gap = snapshot.coverage.find((entry) => entry.resource === org || entry.resource.startsWith(`${org}/members`));
    return snapshot.people.length === 0 && gap ? gap.reason : null;
}
/** What `validate` covers when it does not compare against the organization. */
const POLICY_FILES_ONLY = 'the policy files only were in scope (no comparison with the organization was made), and all of them were read';
function compare(comparison, ctx) {
    if (comparison.kind === 'skipped')
        return { diff: null, note: comparison.note, gaps: comparison.gaps, unused: [], scope: POLICY_FILES_ONLY };
    const { snapshot, base } = comparison;
    const unreadable = organizationUnreadable(snapshot);
    if (unreadable) {
        // Still gaps: what could not be read is never dropped, whatever the mode.
        return {
            diff: null,
            note: `The token cannot read the organization (${unreadable}); only the files were checked.`,
            gaps: snapshot.coverage,
            unused: [],
            scope: POLICY_FILES_ONLY,
        };
    }
    const policy = ctx.loaded.policy;
    const head = findingsOf(snapshot, policy, ctx);
    return {
        diff: diffFindings(findingsOf(snapshot, base.policy, ctx).findings, head.findings),
        note: null,
        gaps: snapshot.coverage,
        unused: unusedExemptions(policy, head.raw, ctx.clock),
        scope: null,
    };
}
function evaluateValidate(gathered, ctx) {
    const { loaded } = ctx;
    const { semantic } = gathered;
    const errors = [...loaded.errors, ...semantic.errors];
    const findings = policyInvalidFindings(loaded.policy, errors);
    // A routing target that could not be looked up was not read: a gap, whatever the mode.
    const unchecked = semantic.unchecked.map((target) => ({
        resource: target.kind === 'label'
            ? `repo:${ctx.actionRepo.owner}/${ctx.actionRepo.repo}/labels/${target.name}`
            : `team:${ctx.inputs.organization}/${target.name}`,
        reason: `the routing ${target.kind} could not be looked up (${target.reason})`,
    }));
    if (errors.length > 0 || !gathered.comparison) {
        return {
            ...emptyEvaluation(),
            findings,
            exempted: [],
            gaps: unchecked,
            scope: POLICY_FILES_ONLY,
            warnings: [...loaded.warnings, ...semantic.warnings],
            preface: '_The policy has errors; fix them to see which findings the change would add or silence._',
        };
    }
    const { diff, note, gaps, unused, scope } = compare(gathered.comparison, ctx);
    return {
        ...emptyEvaluation(),
        findings,
        exempted: [],
        gaps: [...unchecked, ...gaps],
        scope,
        // Warnings do not fail the check: an exemption that matches nothing today may be ahead of time.
        warnings: [...loaded.warnings, ...semantic.warnings, ...unused],
        preface: diff ? renderPolicyDiff(diff) : `_${note ?? 'No comparison.'}_`,
        section: diff ? { policyDiff: diff } : {},
    };
}

class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if (existsSync(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse(readFileSync$1(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}

var lib$1 = {};

var proxy = {};

var hasRequiredProxy;

function requireProxy () {
	if (hasRequiredProxy) return proxy;
	hasRequiredProxy = 1;
	Object.defineProperty(proxy, "__esModule", { value: true });
	proxy.getProxyUrl = getProxyUrl;
	proxy.checkBypass = checkBypass;
	function getProxyUrl(reqUrl) {
	    const usingSsl = reqUrl.protocol === 'https:';
	    if (checkBypass(reqUrl)) {
	        return undefined;
	    }
	    const proxyVar = (() => {
	        if (usingSsl) {
	            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
	        }
	        else {
	            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
	        }
	    })();
	    if (proxyVar) {
	        try {
	            return new DecodedURL(proxyVar);
	        }
	        catch (_a) {
	            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
	                return new DecodedURL(`http://${proxyVar}`);
	        }
	    }
	    else {
	        return undefined;
	    }
	}
	function checkBypass(reqUrl) {
	    if (!reqUrl.hostname) {
	        return false;
	    }
	    const reqHost = reqUrl.hostname;
	    if (isLoopbackAddress(reqHost)) {
	        return true;
	    }
	    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
	    if (!noProxy) {
	        return false;
	    }
	    // Determine the request port
	    let reqPort;
	    if (reqUrl.port) {
	        reqPort = Number(reqUrl.port);
	    }
	    else if (reqUrl.protocol === 'http:') {
	        reqPort = 80;
	    }
	    else if (reqUrl.protocol === 'https:') {
	        reqPort = 443;
	    }
	    // Format the request hostname and hostname with port
	    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
	    if (typeof reqPort === 'number') {
	        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
	    }
	    // Compare request host against noproxy
	    for (const upperNoProxyItem of noProxy
	        .split(',')
	        .map(x => x.trim().toUpperCase())
	        .filter(x => x)) {
	        if (upperNoProxyItem === '*' ||
	            upperReqHosts.some(x => x === upperNoProxyItem ||
	                x.endsWith(`.${upperNoProxyItem}`) ||
	                (upperNoProxyItem.startsWith('.') &&
	                    x.endsWith(`${upperNoProxyItem}`)))) {
	            return true;
	        }
	    }
	    return false;
	}
	function isLoopbackAddress(host) {
	    const hostLower = host.toLowerCase();
	    return (hostLower === 'localhost' ||
	        hostLower.startsWith('127.') ||
	        hostLower.startsWith('[::1]') ||
	        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
	}
	class DecodedURL extends URL {
	    constructor(url, base) {
	        super(url, base);
	        this._decodedUsername = decodeURIComponent(super.username);
	        this._decodedPassword = decodeURIComponent(super.password);
	    }
	    get username() {
	        return this._decodedUsername;
	    }
	    get password() {
	        return this._decodedPassword;
	    }
	}
	
	return proxy;
}

var hasRequiredLib$1;

function requireLib$1 () {
	if (hasRequiredLib$1) return lib$1;
	hasRequiredLib$1 = 1;
	/* eslint-disable @typescript-eslint/no-explicit-any */
	var __createBinding = (lib$1 && lib$1.__createBinding) || (Object.create ? (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    var desc = Object.getOwnPropertyDescriptor(m, k);
	    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
	      desc = { enumerable: true, get: function() { return m[k]; } };
	    }
	    Object.defineProperty(o, k2, desc);
	}) : (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    o[k2] = m[k];
	}));
	var __setModuleDefault = (lib$1 && lib$1.__setModuleDefault) || (Object.create ? (function(o, v) {
	    Object.defineProperty(o, "default", { enumerable: true, value: v });
	}) : function(o, v) {
	    o["default"] = v;
	});
	var __importStar = (lib$1 && lib$1.__importStar) || (function () {
	    var ownKeys = function(o) {
	        ownKeys = Object.getOwnPropertyNames || function (o) {
	            var ar = [];
	            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
	            return ar;
	        };
	        return ownKeys(o);
	    };
	    return function (mod) {
	        if (mod && mod.__esModule) return mod;
	        var result = {};
	        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
	        __setModuleDefault(result, mod);
	        return result;
	    };
	})();
	var __awaiter = (lib$1 && lib$1.__awaiter) || function (thisArg, _arguments, P, generator) {
	    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
	    return new (P || (P = Promise))(function (resolve, reject) {
	        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
	        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
	        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
	        step((generator = generator.apply(thisArg, _arguments || [])).next());
	    });
	};
	Object.defineProperty(lib$1, "__esModule", { value: true });
	lib$1.HttpClient = lib$1.HttpClientResponse = lib$1.HttpClientError = lib$1.MediaTypes = lib$1.Headers = lib$1.HttpCodes = void 0;
	lib$1.getProxyUrl = getProxyUrl;
	lib$1.isHttps = isHttps;
	const http$1 = __importStar(http);
	const https$1 = __importStar(https);
	const pm = __importStar(requireProxy());
	const tunnel = __importStar(requireTunnel());
	const undici_1 = requireUndici();
	var HttpCodes;
	(function (HttpCodes) {
	    HttpCodes[HttpCodes["OK"] = 200] = "OK";
	    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
	    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
	    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
	    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
	    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
	    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
	    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
	    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
	    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
	    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
	    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
	    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
	    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
	    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
	    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
	    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
	    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
	    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
	    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
	    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
	    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
	    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
	    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
	    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
	    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
	    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
	})(HttpCodes || (lib$1.HttpCodes = HttpCodes = {}));
	var Headers;
	(function (Headers) {
	    Headers["Accept"] = "accept";
	    Headers["ContentType"] = "content-type";
	})(Headers || (lib$1.Headers = Headers = {}));
	var MediaTypes;
	(function (MediaTypes) {
	    MediaTypes["ApplicationJson"] = "application/json";
	})(MediaTypes || (lib$1.MediaTypes = MediaTypes = {}));
	/**
	 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
	 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
	 */
	function getProxyUrl(serverUrl) {
	    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
	    return proxyUrl ? proxyUrl.href : '';
	}
	const HttpRedirectCodes = [
	    HttpCodes.MovedPermanently,
	    HttpCodes.ResourceMoved,
	    HttpCodes.SeeOther,
	    HttpCodes.TemporaryRedirect,
	    HttpCodes.PermanentRedirect
	];
	const HttpResponseRetryCodes = [
	    HttpCodes.BadGateway,
	    HttpCodes.ServiceUnavailable,
	    HttpCodes.GatewayTimeout
	];
	const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
	const ExponentialBackoffCeiling = 10;
	const ExponentialBackoffTimeSlice = 5;
	class HttpClientError extends Error {
	    constructor(message, statusCode) {
	        super(message);
	        this.name = 'HttpClientError';
	        this.statusCode = statusCode;
	        Object.setPrototypeOf(this, HttpClientError.prototype);
	    }
	}
	lib$1.HttpClientError = HttpClientError;
	class HttpClientResponse {
	    constructor(message) {
	        this.message = message;
	    }
	    readBody() {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
	                let output = Buffer.alloc(0);
	                this.message.on('data', (chunk) => {
	                    output = Buffer.concat([output, chunk]);
	                });
	                this.message.on('end', () => {
	                    resolve(output.toString());
	                });
	            }));
	        });
	    }
	    readBodyBuffer() {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
	                const chunks = [];
	                this.message.on('data', (chunk) => {
	                    chunks.push(chunk);
	                });
	                this.message.on('end', () => {
	                    resolve(Buffer.concat(chunks));
	                });
	            }));
	        });
	    }
	}
	lib$1.HttpClientResponse = HttpClientResponse;
	function isHttps(requestUrl) {
	    const parsedUrl = new URL(requestUrl);
	    return parsedUrl.protocol === 'https:';
	}
	class HttpClient {
	    constructor(userAgent, handlers, requestOptions) {
	        this._ignoreSslError = false;
	        this._allowRedirects = true;
	        this._allowRedirectDowngrade = false;
	        this._maxRedirects = 50;
	        this._allowRetries = false;
	        this._maxRetries = 1;
	        this._keepAlive = false;
	        this._disposed = false;
	        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
	        this.handlers = handlers || [];
	        this.requestOptions = requestOptions;
	        if (requestOptions) {
	            if (requestOptions.ignoreSslError != null) {
	                this._ignoreSslError = requestOptions.ignoreSslError;
	            }
	            this._socketTimeout = requestOptions.socketTimeout;
	            if (requestOptions.allowRedirects != null) {
	                this._allowRedirects = requestOptions.allowRedirects;
	            }
	            if (requestOptions.allowRedirectDowngrade != null) {
	                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
	            }
	            if (requestOptions.maxRedirects != null) {
	                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
	            }
	            if (requestOptions.keepAlive != null) {
	                this._keepAlive = requestOptions.keepAlive;
	            }
	            if (requestOptions.allowRetries != null) {
	                this._allowRetries = requestOptions.allowRetries;
	            }
	            if (requestOptions.maxRetries != null) {
	                this._maxRetries = requestOptions.maxRetries;
	            }
	        }
	    }
	    options(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    get(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('GET', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    del(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    post(requestUrl, data, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('POST', requestUrl, data, additionalHeaders || {});
	        });
	    }
	    patch(requestUrl, data, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
	        });
	    }
	    put(requestUrl, data, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('PUT', requestUrl, data, additionalHeaders || {});
	        });
	    }
	    head(requestUrl, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
	        });
	    }
	    sendStream(verb, requestUrl, stream, additionalHeaders) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return this.request(verb, requestUrl, stream, additionalHeaders);
	        });
	    }
	    /**
	     * Gets a typed object from an endpoint
	     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
	     */
	    getJson(requestUrl_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            const res = yield this.get(requestUrl, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    postJson(requestUrl_1, obj_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
	            const data = JSON.stringify(obj, null, 2);
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            additionalHeaders[Headers.ContentType] =
	                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
	            const res = yield this.post(requestUrl, data, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    putJson(requestUrl_1, obj_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
	            const data = JSON.stringify(obj, null, 2);
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            additionalHeaders[Headers.ContentType] =
	                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
	            const res = yield this.put(requestUrl, data, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    patchJson(requestUrl_1, obj_1) {
	        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
	            const data = JSON.stringify(obj, null, 2);
	            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
	            additionalHeaders[Headers.ContentType] =
	                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
	            const res = yield this.patch(requestUrl, data, additionalHeaders);
	            return this._processResponse(res, this.requestOptions);
	        });
	    }
	    /**
	     * Makes a raw http request.
	     * All other methods such as get, post, patch, and request ultimately call this.
	     * Prefer get, del, post and patch
	     */
	    request(verb, requestUrl, data, headers) {
	        return __awaiter(this, void 0, void 0, function* () {
	            if (this._disposed) {
	                throw new Error('Client has already been disposed.');
	            }
	            const parsedUrl = new URL(requestUrl);
	            let info = this._prepareRequest(verb, parsedUrl, headers);
	            // Only perform retries on reads since writes may not be idempotent.
	            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
	                ? this._maxRetries + 1
	                : 1;
	            let numTries = 0;
	            let response;
	            do {
	                response = yield this.requestRaw(info, data);
	                // Check if it's an authentication challenge
	                if (response &&
	                    response.message &&
	                    response.message.statusCode === HttpCodes.Unauthorized) {
	                    let authenticationHandler;
	                    for (const handler of this.handlers) {
	                        if (handler.canHandleAuthentication(response)) {
	                            authenticationHandler = handler;
	                            break;
	                        }
	                    }
	                    if (authenticationHandler) {
	                        return authenticationHandler.handleAuthentication(this, info, data);
	                    }
	                    else {
	                        // We have received an unauthorized response but have no handlers to handle it.
	                        // Let the response return to the caller.
	                        return response;
	                    }
	                }
	                let redirectsRemaining = this._maxRedirects;
	                while (response.message.statusCode &&
	                    HttpRedirectCodes.includes(response.message.statusCode) &&
	                    this._allowRedirects &&
	                    redirectsRemaining > 0) {
	                    const redirectUrl = response.message.headers['location'];
	                    if (!redirectUrl) {
	                        // if there's no location to redirect to, we won't
	                        break;
	                    }
	                    const parsedRedirectUrl = new URL(redirectUrl);
	                    if (parsedUrl.protocol === 'https:' &&
	                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
	                        !this._allowRedirectDowngrade) {
	                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
	                    }
	                    // we need to finish reading the response before reassigning response
	                    // which will leak the open socket.
	                    yield response.readBody();
	                    // strip authorization header if redirected to a different hostname
	                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
	                        for (const header in headers) {
	                            // header names are case insensitive
	                            if (header.toLowerCase() === 'authorization') {
	                                delete headers[header];
	                            }
	                        }
	                    }
	                    // let's make the request with the new redirectUrl
	                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
	                    response = yield this.requestRaw(info, data);
	                    redirectsRemaining--;
	                }
	                if (!response.message.statusCode ||
	                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
	                    // If not a retry code, return immediately instead of retrying
	                    return response;
	                }
	                numTries += 1;
	                if (numTries < maxTries) {
	                    yield response.readBody();
	                    yield this._performExponentialBackoff(numTries);
	                }
	            } while (numTries < maxTries);
	            return response;
	        });
	    }
	    /**
	     * Needs to be called if keepAlive is set to true in request options.
	     */
	    dispose() {
	        if (this._agent) {
	            this._agent.destroy();
	        }
	        this._disposed = true;
	    }
	    /**
	     * Raw request.
	     * @param info
	     * @param data
	     */
	    requestRaw(info, data) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve, reject) => {
	                function callbackForResult(err, res) {
	                    if (err) {
	                        reject(err);
	                    }
	                    else if (!res) {
	                        // If `err` is not passed, then `res` must be passed.
	                        reject(new Error('Unknown error'));
	                    }
	                    else {
	                        resolve(res);
	                    }
	                }
	                this.requestRawWithCallback(info, data, callbackForResult);
	            });
	        });
	    }
	    /**
	     * Raw request with callback.
	     * @param info
	     * @param data
	     * @param onResult
	     */
	    requestRawWithCallback(info, data, onResult) {
	        if (typeof data === 'string') {
	            if (!info.options.headers) {
	                info.options.headers = {};
	            }
	            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
	        }
	        let callbackCalled = false;
	        function handleResult(err, res) {
	            if (!callbackCalled) {
	                callbackCalled = true;
	                onResult(err, res);
	            }
	        }
	        const req = info.httpModule.request(info.options, (msg) => {
	            const res = new HttpClientResponse(msg);
	            handleResult(undefined, res);
	        });
	        let socket;
	        req.on('socket', sock => {
	            socket = sock;
	        });
	        // If we ever get disconnected, we want the socket to timeout eventually
	        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
	            if (socket) {
	                socket.end();
	            }
	            handleResult(new Error(`Request timeout: ${info.options.path}`));
	        });
	        req.on('error', function (err) {
	            // err has statusCode property
	            // res should have headers
	            handleResult(err);
	        });
	        if (data && typeof data === 'string') {
	            req.write(data, 'utf8');
	        }
	        if (data && typeof data !== 'string') {
	            data.on('close', function () {
	                req.end();
	            });
	            data.pipe(req);
	        }
	        else {
	            req.end();
	        }
	    }
	    /**
	     * Gets an http agent. This function is useful when you need an http agent that handles
	     * routing through a proxy server - depending upon the url and proxy environment variables.
	     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
	     */
	    getAgent(serverUrl) {
	        const parsedUrl = new URL(serverUrl);
	        return this._getAgent(parsedUrl);
	    }
	    getAgentDispatcher(serverUrl) {
	        const parsedUrl = new URL(serverUrl);
	        const proxyUrl = pm.getProxyUrl(parsedUrl);
	        const useProxy = proxyUrl && proxyUrl.hostname;
	        if (!useProxy) {
	            return;
	        }
	        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
	    }
	    _prepareRequest(method, requestUrl, headers) {
	        const info = {};
	        info.parsedUrl = requestUrl;
	        const usingSsl = info.parsedUrl.protocol === 'https:';
	        info.httpModule = usingSsl ? https$1 : http$1;
	        const defaultPort = usingSsl ? 443 : 80;
	        info.options = {};
	        info.options.host = info.parsedUrl.hostname;
	        info.options.port = info.parsedUrl.port
	            ? parseInt(info.parsedUrl.port)
	            : defaultPort;
	        info.options.path =
	            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
	        info.options.method = method;
	        info.options.headers = this._mergeHeaders(headers);
	        if (this.userAgent != null) {
	            info.options.headers['user-agent'] = this.userAgent;
	        }
	        info.options.agent = this._getAgent(info.parsedUrl);
	        // gives handlers an opportunity to participate
	        if (this.handlers) {
	            for (const handler of this.handlers) {
	                handler.prepareRequest(info.options);
	            }
	        }
	        return info;
	    }
	    _mergeHeaders(headers) {
	        if (this.requestOptions && this.requestOptions.headers) {
	            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
	        }
	        return lowercaseKeys(headers || {});
	    }
	    /**
	     * Gets an existing header value or returns a default.
	     * Handles converting number header values to strings since HTTP headers must be strings.
	     * Note: This returns string | string[] since some headers can have multiple values.
	     * For headers that must always be a single string (like Content-Type), use the
	     * specialized _getExistingOrDefaultContentTypeHeader method instead.
	     */
	    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
	        let clientHeader;
	        if (this.requestOptions && this.requestOptions.headers) {
	            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
	            if (headerValue) {
	                clientHeader =
	                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
	            }
	        }
	        const additionalValue = additionalHeaders[header];
	        if (additionalValue !== undefined) {
	            return typeof additionalValue === 'number'
	                ? additionalValue.toString()
	                : additionalValue;
	        }
	        if (clientHeader !== undefined) {
	            return clientHeader;
	        }
	        return _default;
	    }
	    /**
	     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
	     * Always returns a single string (not an array) since Content-Type should be a single value.
	     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
	     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
	     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
	     */
	    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
	        let clientHeader;
	        if (this.requestOptions && this.requestOptions.headers) {
	            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
	            if (headerValue) {
	                if (typeof headerValue === 'number') {
	                    clientHeader = String(headerValue);
	                }
	                else if (Array.isArray(headerValue)) {
	                    clientHeader = headerValue.join(', ');
	                }
	                else {
	                    clientHeader = headerValue;
	                }
	            }
	        }
	        const additionalValue = additionalHeaders[Headers.ContentType];
	        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
	        if (additionalValue !== undefined) {
	            if (typeof additionalValue === 'number') {
	                return String(additionalValue);
	            }
	            else if (Array.isArray(additionalValue)) {
	                return additionalValue.join(', ');
	            }
	            else {
	                return additionalValue;
	            }
	        }
	        if (clientHeader !== undefined) {
	            return clientHeader;
	        }
	        return _default;
	    }
	    _getAgent(parsedUrl) {
	        let agent;
	        const proxyUrl = pm.getProxyUrl(parsedUrl);
	        const useProxy = proxyUrl && proxyUrl.hostname;
	        if (this._keepAlive && useProxy) {
	            agent = this._proxyAgent;
	        }
	        if (!useProxy) {
	            agent = this._agent;
	        }
	        // if agent is already assigned use that agent.
	        if (agent) {
	            return agent;
	        }
	        const usingSsl = parsedUrl.protocol === 'https:';
	        let maxSockets = 100;
	        if (this.requestOptions) {
	            maxSockets = this.requestOptions.maxSockets || http$1.globalAgent.maxSockets;
	        }
	        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
	        if (proxyUrl && proxyUrl.hostname) {
	            const agentOptions = {
	                maxSockets,
	                keepAlive: this._keepAlive,
	                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
	                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
	                })), { host: proxyUrl.hostname, port: proxyUrl.port })
	            };
	            let tunnelAgent;
	            const overHttps = proxyUrl.protocol === 'https:';
	            if (usingSsl) {
	                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
	            }
	            else {
	                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
	            }
	            agent = tunnelAgent(agentOptions);
	            this._proxyAgent = agent;
	        }
	        // if tunneling agent isn't assigned create a new agent
	        if (!agent) {
	            const options = { keepAlive: this._keepAlive, maxSockets };
	            agent = usingSsl ? new https$1.Agent(options) : new http$1.Agent(options);
	            this._agent = agent;
	        }
	        if (usingSsl && this._ignoreSslError) {
	            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
	            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
	            // we have to cast it to any and change it directly
	            agent.options = Object.assign(agent.options || {}, {
	                rejectUnauthorized: false
	            });
	        }
	        return agent;
	    }
	    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
	        let proxyAgent;
	        if (this._keepAlive) {
	            proxyAgent = this._proxyAgentDispatcher;
	        }
	        // if agent is already assigned use that agent.
	        if (proxyAgent) {
	            return proxyAgent;
	        }
	        const usingSsl = parsedUrl.protocol === 'https:';
	        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
	            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
	        })));
	        this._proxyAgentDispatcher = proxyAgent;
	        if (usingSsl && this._ignoreSslError) {
	            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
	            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
	            // we have to cast it to any and change it directly
	            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
	                rejectUnauthorized: false
	            });
	        }
	        return proxyAgent;
	    }
	    _getUserAgentWithOrchestrationId(userAgent) {
	        const baseUserAgent = userAgent || 'actions/http-client';
	        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
	        if (orchId) {
	            // Sanitize the orchestration ID to ensure it contains only valid characters
	            // Valid characters: 0-9, a-z, _, -, .
	            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
	            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
	        }
	        return baseUserAgent;
	    }
	    _performExponentialBackoff(retryNumber) {
	        return __awaiter(this, void 0, void 0, function* () {
	            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
	            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
	            return new Promise(resolve => setTimeout(() => resolve(), ms));
	        });
	    }
	    _processResponse(res, options) {
	        return __awaiter(this, void 0, void 0, function* () {
	            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
	                const statusCode = res.message.statusCode || 0;
	                const response = {
	                    statusCode,
	                    result: null,
	                    headers: {}
	                };
	                // not found leads to null obj returned
	                if (statusCode === HttpCodes.NotFound) {
	                    resolve(response);
	                }
	                // get the result from the body
	                function dateTimeDeserializer(key, value) {
	                    if (typeof value === 'string') {
	                        const a = new Date(value);
	                        if (!isNaN(a.valueOf())) {
	                            return a;
	                        }
	                    }
	                    return value;
	                }
	                let obj;
	                let contents;
	                try {
	                    contents = yield res.readBody();
	                    if (contents && contents.length > 0) {
	                        if (options && options.deserializeDates) {
	                            obj = JSON.parse(contents, dateTimeDeserializer);
	                        }
	                        else {
	                            obj = JSON.parse(contents);
	                        }
	                        response.result = obj;
	                    }
	                    response.headers = res.message.headers;
	                }
	                catch (err) {
	                    // Invalid resource (contents not json);  leaving result obj null
	                }
	                // note that 3xx redirects are handled by the http layer.
	                if (statusCode > 299) {
	                    let msg;
	                    // if exception/error in body, attempt to get better error
	                    if (obj && obj.message) {
	                        msg = obj.message;
	                    }
	                    else if (contents && contents.length > 0) {
	                        // it may be the case that the exception is in the body message as string
	                        msg = contents;
	                    }
	                    else {
	                        msg = `Failed request: (${statusCode})`;
	                    }
	                    const err = new HttpClientError(msg, statusCode);
	                    err.result = response.result;
	                    reject(err);
	                }
	                else {
	                    resolve(response);
	                }
	            }));
	        });
	    }
	}
	lib$1.HttpClient = HttpClient;
	const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
	
	return lib$1;
}

var libExports$1 = requireLib$1();

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
function getAuthString(token, options) {
    if (!token && !options.auth) {
        throw new Error('Parameter token or opts.auth is required');
    }
    else if (token && options.auth) {
        throw new Error('Parameters token and opts.auth may not both be specified');
    }
    return typeof options.auth === 'string' ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
    const hc = new libExports$1.HttpClient();
    return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
    const hc = new libExports$1.HttpClient();
    return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
    const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
    const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
        return undiciExports.fetch(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
    });
    return proxyFetch;
}
function getApiBaseUrl() {
    return process.env['GITHUB_API_URL'] || 'https://api.github.com';
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
    var _a;
    const orchId = (_a = process.env['ACTIONS_ORCHESTRATION_ID']) === null || _a === void 0 ? void 0 : _a.trim();
    if (orchId) {
        const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
        const tag = `actions_orchestration_id/${sanitizedId}`;
        if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
            return baseUserAgent;
        const ua = baseUserAgent ? `${baseUserAgent} ` : '';
        return `${ua}${tag}`;
    }
    return baseUserAgent;
}

function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

// @ts-check


// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

var Hook = { Collection };

// pkg/dist-src/defaults.js

// pkg/dist-src/version.js
var VERSION$7 = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION$7} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject$1(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject$1(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse$1(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse$1(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults$2(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults$2.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse$1
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults$2(null, DEFAULTS);

/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Parse a `Content-Type` header.
 */
function parse(header, options) {
    const stopFlags = SEMI_FLAG | (0);
    const len = header.length;
    let valueStart = 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}

const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {

      if (!node.first && space) ;

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) ;

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) ;

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  return value;
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    return value;
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed);
    }

    throw error;
  }
};

class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$6 = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION$6} ${getUserAgent()}`
  }
};

// pkg/dist-src/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop$2 = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop$2);
  }
  const mimetype = parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop$2);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function withDefaults$1(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults$1.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults$1.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = withDefaults$1(endpoint, defaults_default);
/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION$5 = "0.0.0-development";

// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION$5} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}
/* v8 ignore if -- @preserve */

// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

const VERSION$4 = "7.0.8";

const noop$1 = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop$1;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop$1;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${VERSION$4} ${getUserAgent()}`;
class Octokit {
  static VERSION = VERSION$4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new Hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}

const VERSION$3 = "17.0.0";

const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION$3;

// pkg/dist-src/version.js
var VERSION$2 = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
Object.assign(paginate, {
  iterator
});

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION$2;

new Context();
const baseUrl = getApiBaseUrl();
const defaults = {
    baseUrl,
    request: {
        agent: getProxyAgent(baseUrl),
        fetch: getProxyFetch(baseUrl)
    }
};
const GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
/**
 * Convience function to correctly format Octokit Options to pass into the constructor.
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokitOptions(token, options) {
    const opts = Object.assign({}, options || {}); // Shallow clone - don't mutate the object provided by the caller
    // Auth
    const auth = getAuthString(token, opts);
    if (auth) {
        opts.auth = auth;
    }
    // Orchestration ID
    const userAgent = getUserAgentWithOrchestrationId(opts.userAgent);
    if (userAgent) {
        opts.userAgent = userAgent;
    }
    return opts;
}

new Context();
/**
 * Returns a hydrated octokit ready to use for GitHub Actions
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokit(token, options, ...additionalPlugins) {
    const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
    return new GitHubWithPlugins(getOctokitOptions(token, options));
}

// pkg/dist-src/errors.js
var generateMessage = (path, cursorValue) => `The cursor at "${path.join(
  ","
)}" did not change its value "${cursorValue}" after a page transition. Please make sure your that your query is set up correctly.`;
var MissingCursorChange = class extends Error {
  constructor(pageInfo, cursorValue) {
    super(generateMessage(pageInfo.pathInQuery, cursorValue));
    this.pageInfo = pageInfo;
    this.cursorValue = cursorValue;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  name = "MissingCursorChangeError";
};
var MissingPageInfo = class extends Error {
  constructor(response) {
    super(
      `No pageInfo property found in response. Please make sure to specify the pageInfo in your query. Response-Data: ${JSON.stringify(
        response,
        null,
        2
      )}`
    );
    this.response = response;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  name = "MissingPageInfo";
};

// pkg/dist-src/object-helpers.js
var isObject = (value) => Object.prototype.toString.call(value) === "[object Object]";
function findPaginatedResourcePath(responseData) {
  const paginatedResourcePath = deepFindPathToProperty(
    responseData,
    "pageInfo"
  );
  if (paginatedResourcePath.length === 0) {
    throw new MissingPageInfo(responseData);
  }
  return paginatedResourcePath;
}
var deepFindPathToProperty = (object, searchProp, path = []) => {
  for (const key of Object.keys(object)) {
    const currentPath = [...path, key];
    const currentValue = object[key];
    if (isObject(currentValue)) {
      if (currentValue.hasOwnProperty(searchProp)) {
        return currentPath;
      }
      const result = deepFindPathToProperty(
        currentValue,
        searchProp,
        currentPath
      );
      if (result.length > 0) {
        return result;
      }
    }
  }
  return [];
};
var get = (object, path) => {
  return path.reduce((current, nextProperty) => current[nextProperty], object);
};
var set = (object, path, mutator) => {
  const lastProperty = path[path.length - 1];
  const parentPath = [...path].slice(0, -1);
  const parent = get(object, parentPath);
  if (typeof mutator === "function") {
    parent[lastProperty] = mutator(parent[lastProperty]);
  } else {
    parent[lastProperty] = mutator;
  }
};

// pkg/dist-src/extract-page-info.js
var extractPageInfos = (responseData) => {
  const pageInfoPath = findPaginatedResourcePath(responseData);
  return {
    pathInQuery: pageInfoPath,
    pageInfo: get(responseData, [...pageInfoPath, "pageInfo"])
  };
};

// pkg/dist-src/page-info.js
var isForwardSearch = (givenPageInfo) => {
  return givenPageInfo.hasOwnProperty("hasNextPage");
};
var getCursorFrom = (pageInfo) => isForwardSearch(pageInfo) ? pageInfo.endCursor : pageInfo.startCursor;
var hasAnotherPage = (pageInfo) => isForwardSearch(pageInfo) ? pageInfo.hasNextPage : pageInfo.hasPreviousPage;

// pkg/dist-src/iterator.js
var createIterator = (octokit) => {
  return (query, initialParameters = {}) => {
    let nextPageExists = true;
    let parameters = { ...initialParameters };
    return {
      [Symbol.asyncIterator]: () => ({
        async next() {
          if (!nextPageExists) return { done: true, value: {} };
          const response = await octokit.graphql(
            query,
            parameters
          );
          const pageInfoContext = extractPageInfos(response);
          const nextCursorValue = getCursorFrom(pageInfoContext.pageInfo);
          nextPageExists = hasAnotherPage(pageInfoContext.pageInfo);
          if (nextPageExists && nextCursorValue === parameters.cursor) {
            throw new MissingCursorChange(pageInfoContext, nextCursorValue);
          }
          parameters = {
            ...parameters,
            cursor: nextCursorValue
          };
          return { done: false, value: response };
        }
      })
    };
  };
};

// pkg/dist-src/merge-responses.js
var mergeResponses = (response1, response2) => {
  if (Object.keys(response1).length === 0) {
    return Object.assign(response1, response2);
  }
  const path = findPaginatedResourcePath(response1);
  const nodesPath = [...path, "nodes"];
  const newNodes = get(response2, nodesPath);
  if (newNodes) {
    set(response1, nodesPath, (values) => {
      return [...values, ...newNodes];
    });
  }
  const edgesPath = [...path, "edges"];
  const newEdges = get(response2, edgesPath);
  if (newEdges) {
    set(response1, edgesPath, (values) => {
      return [...values, ...newEdges];
    });
  }
  const pageInfoPath = [...path, "pageInfo"];
  set(response1, pageInfoPath, get(response2, pageInfoPath));
  return response1;
};

// pkg/dist-src/paginate.js
var createPaginate = (octokit) => {
  const iterator = createIterator(octokit);
  return async (query, initialParameters = {}) => {
    let mergedResponse = {};
    for await (const response of iterator(
      query,
      initialParameters
    )) {
      mergedResponse = mergeResponses(mergedResponse, response);
    }
    return mergedResponse;
  };
};

// pkg/dist-src/index.js
function paginateGraphQL(octokit) {
  return {
    graphql: Object.assign(octokit.graphql, {
      paginate: Object.assign(createPaginate(octokit), {
        iterator: createIterator(octokit)
      })
    })
  };
}

var light$1 = {exports: {}};

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
var light = light$1.exports;

var hasRequiredLight;

function requireLight () {
	if (hasRequiredLight) return light$1.exports;
	hasRequiredLight = 1;
	(function (module, exports) {
		(function (global, factory) {
			module.exports = factory() ;
		}(light, (function () {
			var commonjsGlobal$1 = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof commonjsGlobal !== 'undefined' ? commonjsGlobal : typeof self !== 'undefined' ? self : {};

			function getCjsExportFromNamespace (n) {
				return n && n['default'] || n;
			}

			var load = function(received, defaults, onto = {}) {
			  var k, ref, v;
			  for (k in defaults) {
			    v = defaults[k];
			    onto[k] = (ref = received[k]) != null ? ref : v;
			  }
			  return onto;
			};

			var overwrite = function(received, defaults, onto = {}) {
			  var k, v;
			  for (k in received) {
			    v = received[k];
			    if (defaults[k] !== void 0) {
			      onto[k] = v;
			    }
			  }
			  return onto;
			};

			var parser = {
				load: load,
				overwrite: overwrite
			};

			var DLList;

			DLList = class DLList {
			  constructor(incr, decr) {
			    this.incr = incr;
			    this.decr = decr;
			    this._first = null;
			    this._last = null;
			    this.length = 0;
			  }

			  push(value) {
			    var node;
			    this.length++;
			    if (typeof this.incr === "function") {
			      this.incr();
			    }
			    node = {
			      value,
			      prev: this._last,
			      next: null
			    };
			    if (this._last != null) {
			      this._last.next = node;
			      this._last = node;
			    } else {
			      this._first = this._last = node;
			    }
			    return void 0;
			  }

			  shift() {
			    var value;
			    if (this._first == null) {
			      return;
			    } else {
			      this.length--;
			      if (typeof this.decr === "function") {
			        this.decr();
			      }
			    }
			    value = this._first.value;
			    if ((this._first = this._first.next) != null) {
			      this._first.prev = null;
			    } else {
			      this._last = null;
			    }
			    return value;
			  }

			  first() {
			    if (this._first != null) {
			      return this._first.value;
			    }
			  }

			  getArray() {
			    var node, ref, results;
			    node = this._first;
			    results = [];
			    while (node != null) {
			      results.push((ref = node, node = node.next, ref.value));
			    }
			    return results;
			  }

			  forEachShift(cb) {
			    var node;
			    node = this.shift();
			    while (node != null) {
			      (cb(node), node = this.shift());
			    }
			    return void 0;
			  }

			  debug() {
			    var node, ref, ref1, ref2, results;
			    node = this._first;
			    results = [];
			    while (node != null) {
			      results.push((ref = node, node = node.next, {
			        value: ref.value,
			        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
			        next: (ref2 = ref.next) != null ? ref2.value : void 0
			      }));
			    }
			    return results;
			  }

			};

			var DLList_1 = DLList;

			var Events;

			Events = class Events {
			  constructor(instance) {
			    this.instance = instance;
			    this._events = {};
			    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
			      throw new Error("An Emitter already exists for this object");
			    }
			    this.instance.on = (name, cb) => {
			      return this._addListener(name, "many", cb);
			    };
			    this.instance.once = (name, cb) => {
			      return this._addListener(name, "once", cb);
			    };
			    this.instance.removeAllListeners = (name = null) => {
			      if (name != null) {
			        return delete this._events[name];
			      } else {
			        return this._events = {};
			      }
			    };
			  }

			  _addListener(name, status, cb) {
			    var base;
			    if ((base = this._events)[name] == null) {
			      base[name] = [];
			    }
			    this._events[name].push({cb, status});
			    return this.instance;
			  }

			  listenerCount(name) {
			    if (this._events[name] != null) {
			      return this._events[name].length;
			    } else {
			      return 0;
			    }
			  }

			  async trigger(name, ...args) {
			    var e, promises;
			    try {
			      if (name !== "debug") {
			        this.trigger("debug", `Event triggered: ${name}`, args);
			      }
			      if (this._events[name] == null) {
			        return;
			      }
			      this._events[name] = this._events[name].filter(function(listener) {
			        return listener.status !== "none";
			      });
			      promises = this._events[name].map(async(listener) => {
			        var e, returned;
			        if (listener.status === "none") {
			          return;
			        }
			        if (listener.status === "once") {
			          listener.status = "none";
			        }
			        try {
			          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
			          if (typeof (returned != null ? returned.then : void 0) === "function") {
			            return (await returned);
			          } else {
			            return returned;
			          }
			        } catch (error) {
			          e = error;
			          {
			            this.trigger("error", e);
			          }
			          return null;
			        }
			      });
			      return ((await Promise.all(promises))).find(function(x) {
			        return x != null;
			      });
			    } catch (error) {
			      e = error;
			      {
			        this.trigger("error", e);
			      }
			      return null;
			    }
			  }

			};

			var Events_1 = Events;

			var DLList$1, Events$1, Queues;

			DLList$1 = DLList_1;

			Events$1 = Events_1;

			Queues = class Queues {
			  constructor(num_priorities) {
			    this.Events = new Events$1(this);
			    this._length = 0;
			    this._lists = (function() {
			      var j, ref, results;
			      results = [];
			      for (j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); 1 <= ref ? ++j : --j) {
			        results.push(new DLList$1((() => {
			          return this.incr();
			        }), (() => {
			          return this.decr();
			        })));
			      }
			      return results;
			    }).call(this);
			  }

			  incr() {
			    if (this._length++ === 0) {
			      return this.Events.trigger("leftzero");
			    }
			  }

			  decr() {
			    if (--this._length === 0) {
			      return this.Events.trigger("zero");
			    }
			  }

			  push(job) {
			    return this._lists[job.options.priority].push(job);
			  }

			  queued(priority) {
			    if (priority != null) {
			      return this._lists[priority].length;
			    } else {
			      return this._length;
			    }
			  }

			  shiftAll(fn) {
			    return this._lists.forEach(function(list) {
			      return list.forEachShift(fn);
			    });
			  }

			  getFirst(arr = this._lists) {
			    var j, len, list;
			    for (j = 0, len = arr.length; j < len; j++) {
			      list = arr[j];
			      if (list.length > 0) {
			        return list;
			      }
			    }
			    return [];
			  }

			  shiftLastFrom(priority) {
			    return this.getFirst(this._lists.slice(priority).reverse()).shift();
			  }

			};

			var Queues_1 = Queues;

			var BottleneckError;

			BottleneckError = class BottleneckError extends Error {};

			var BottleneckError_1 = BottleneckError;

			var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

			NUM_PRIORITIES = 10;

			DEFAULT_PRIORITY = 5;

			parser$1 = parser;

			BottleneckError$1 = BottleneckError_1;

			Job = class Job {
			  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
			    this.task = task;
			    this.args = args;
			    this.rejectOnDrop = rejectOnDrop;
			    this.Events = Events;
			    this._states = _states;
			    this.Promise = Promise;
			    this.options = parser$1.load(options, jobDefaults);
			    this.options.priority = this._sanitizePriority(this.options.priority);
			    if (this.options.id === jobDefaults.id) {
			      this.options.id = `${this.options.id}-${this._randomIndex()}`;
			    }
			    this.promise = new this.Promise((_resolve, _reject) => {
			      this._resolve = _resolve;
			      this._reject = _reject;
			    });
			    this.retryCount = 0;
			  }

			  _sanitizePriority(priority) {
			    var sProperty;
			    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
			    if (sProperty < 0) {
			      return 0;
			    } else if (sProperty > NUM_PRIORITIES - 1) {
			      return NUM_PRIORITIES - 1;
			    } else {
			      return sProperty;
			    }
			  }

			  _randomIndex() {
			    return Math.random().toString(36).slice(2);
			  }

			  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
			    if (this._states.remove(this.options.id)) {
			      if (this.rejectOnDrop) {
			        this._reject(error != null ? error : new BottleneckError$1(message));
			      }
			      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
			      return true;
			    } else {
			      return false;
			    }
			  }

			  _assertStatus(expected) {
			    var status;
			    status = this._states.jobStatus(this.options.id);
			    if (!(status === expected || (expected === "DONE" && status === null))) {
			      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
			    }
			  }

			  doReceive() {
			    this._states.start(this.options.id);
			    return this.Events.trigger("received", {args: this.args, options: this.options});
			  }

			  doQueue(reachedHWM, blocked) {
			    this._assertStatus("RECEIVED");
			    this._states.next(this.options.id);
			    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
			  }

			  doRun() {
			    if (this.retryCount === 0) {
			      this._assertStatus("QUEUED");
			      this._states.next(this.options.id);
			    } else {
			      this._assertStatus("EXECUTING");
			    }
			    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
			  }

			  async doExecute(chained, clearGlobalState, run, free) {
			    var error, eventInfo, passed;
			    if (this.retryCount === 0) {
			      this._assertStatus("RUNNING");
			      this._states.next(this.options.id);
			    } else {
			      this._assertStatus("EXECUTING");
			    }
			    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
			    this.Events.trigger("executing", eventInfo);
			    try {
			      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
			      if (clearGlobalState()) {
			        this.doDone(eventInfo);
			        await free(this.options, eventInfo);
			        this._assertStatus("DONE");
			        return this._resolve(passed);
			      }
			    } catch (error1) {
			      error = error1;
			      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
			    }
			  }

			  doExpire(clearGlobalState, run, free) {
			    var error, eventInfo;
			    if (this._states.jobStatus(this.options.id === "RUNNING")) {
			      this._states.next(this.options.id);
			    }
			    this._assertStatus("EXECUTING");
			    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
			    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
			    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
			  }

			  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
			    var retry, retryAfter;
			    if (clearGlobalState()) {
			      retry = (await this.Events.trigger("failed", error, eventInfo));
			      if (retry != null) {
			        retryAfter = ~~retry;
			        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
			        this.retryCount++;
			        return run(retryAfter);
			      } else {
			        this.doDone(eventInfo);
			        await free(this.options, eventInfo);
			        this._assertStatus("DONE");
			        return this._reject(error);
			      }
			    }
			  }

			  doDone(eventInfo) {
			    this._assertStatus("EXECUTING");
			    this._states.next(this.options.id);
			    return this.Events.trigger("done", eventInfo);
			  }

			};

			var Job_1 = Job;

			var BottleneckError$2, LocalDatastore, parser$2;

			parser$2 = parser;

			BottleneckError$2 = BottleneckError_1;

			LocalDatastore = class LocalDatastore {
			  constructor(instance, storeOptions, storeInstanceOptions) {
			    this.instance = instance;
			    this.storeOptions = storeOptions;
			    this.clientId = this.instance._randomIndex();
			    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
			    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
			    this._running = 0;
			    this._done = 0;
			    this._unblockTime = 0;
			    this.ready = this.Promise.resolve();
			    this.clients = {};
			    this._startHeartbeat();
			  }

			  _startHeartbeat() {
			    var base;
			    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
			      return typeof (base = (this.heartbeat = setInterval(() => {
			        var amount, incr, maximum, now, reservoir;
			        now = Date.now();
			        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
			          this._lastReservoirRefresh = now;
			          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
			          this.instance._drainAll(this.computeCapacity());
			        }
			        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
			          ({
			            reservoirIncreaseAmount: amount,
			            reservoirIncreaseMaximum: maximum,
			            reservoir
			          } = this.storeOptions);
			          this._lastReservoirIncrease = now;
			          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
			          if (incr > 0) {
			            this.storeOptions.reservoir += incr;
			            return this.instance._drainAll(this.computeCapacity());
			          }
			        }
			      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
			    } else {
			      return clearInterval(this.heartbeat);
			    }
			  }

			  async __publish__(message) {
			    await this.yieldLoop();
			    return this.instance.Events.trigger("message", message.toString());
			  }

			  async __disconnect__(flush) {
			    await this.yieldLoop();
			    clearInterval(this.heartbeat);
			    return this.Promise.resolve();
			  }

			  yieldLoop(t = 0) {
			    return new this.Promise(function(resolve, reject) {
			      return setTimeout(resolve, t);
			    });
			  }

			  computePenalty() {
			    var ref;
			    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
			  }

			  async __updateSettings__(options) {
			    await this.yieldLoop();
			    parser$2.overwrite(options, options, this.storeOptions);
			    this._startHeartbeat();
			    this.instance._drainAll(this.computeCapacity());
			    return true;
			  }

			  async __running__() {
			    await this.yieldLoop();
			    return this._running;
			  }

			  async __queued__() {
			    await this.yieldLoop();
			    return this.instance.queued();
			  }

			  async __done__() {
			    await this.yieldLoop();
			    return this._done;
			  }

			  async __groupCheck__(time) {
			    await this.yieldLoop();
			    return (this._nextRequest + this.timeout) < time;
			  }

			  computeCapacity() {
			    var maxConcurrent, reservoir;
			    ({maxConcurrent, reservoir} = this.storeOptions);
			    if ((maxConcurrent != null) && (reservoir != null)) {
			      return Math.min(maxConcurrent - this._running, reservoir);
			    } else if (maxConcurrent != null) {
			      return maxConcurrent - this._running;
			    } else if (reservoir != null) {
			      return reservoir;
			    } else {
			      return null;
			    }
			  }

			  conditionsCheck(weight) {
			    var capacity;
			    capacity = this.computeCapacity();
			    return (capacity == null) || weight <= capacity;
			  }

			  async __incrementReservoir__(incr) {
			    var reservoir;
			    await this.yieldLoop();
			    reservoir = this.storeOptions.reservoir += incr;
			    this.instance._drainAll(this.computeCapacity());
			    return reservoir;
			  }

			  async __currentReservoir__() {
			    await this.yieldLoop();
			    return this.storeOptions.reservoir;
			  }

			  isBlocked(now) {
			    return this._unblockTime >= now;
			  }

			  check(weight, now) {
			    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
			  }

			  async __check__(weight) {
			    var now;
			    await this.yieldLoop();
			    now = Date.now();
			    return this.check(weight, now);
			  }

			  async __register__(index, weight, expiration) {
			    var now, wait;
			    await this.yieldLoop();
			    now = Date.now();
			    if (this.conditionsCheck(weight)) {
			      this._running += weight;
			      if (this.storeOptions.reservoir != null) {
			        this.storeOptions.reservoir -= weight;
			      }
			      wait = Math.max(this._nextRequest - now, 0);
			      this._nextRequest = now + wait + this.storeOptions.minTime;
			      return {
			        success: true,
			        wait,
			        reservoir: this.storeOptions.reservoir
			      };
			    } else {
			      return {
			        success: false
			      };
			    }
			  }

			  strategyIsBlock() {
			    return this.storeOptions.strategy === 3;
			  }

			  async __submit__(queueLength, weight) {
			    var blocked, now, reachedHWM;
			    await this.yieldLoop();
			    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
			      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
			    }
			    now = Date.now();
			    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
			    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
			    if (blocked) {
			      this._unblockTime = now + this.computePenalty();
			      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
			      this.instance._dropAllQueued();
			    }
			    return {
			      reachedHWM,
			      blocked,
			      strategy: this.storeOptions.strategy
			    };
			  }

			  async __free__(index, weight) {
			    await this.yieldLoop();
			    this._running -= weight;
			    this._done += weight;
			    this.instance._drainAll(this.computeCapacity());
			    return {
			      running: this._running
			    };
			  }

			};

			var LocalDatastore_1 = LocalDatastore;

			var BottleneckError$3, States;

			BottleneckError$3 = BottleneckError_1;

			States = class States {
			  constructor(status1) {
			    this.status = status1;
			    this._jobs = {};
			    this.counts = this.status.map(function() {
			      return 0;
			    });
			  }

			  next(id) {
			    var current, next;
			    current = this._jobs[id];
			    next = current + 1;
			    if ((current != null) && next < this.status.length) {
			      this.counts[current]--;
			      this.counts[next]++;
			      return this._jobs[id]++;
			    } else if (current != null) {
			      this.counts[current]--;
			      return delete this._jobs[id];
			    }
			  }

			  start(id) {
			    var initial;
			    initial = 0;
			    this._jobs[id] = initial;
			    return this.counts[initial]++;
			  }

			  remove(id) {
			    var current;
			    current = this._jobs[id];
			    if (current != null) {
			      this.counts[current]--;
			      delete this._jobs[id];
			    }
			    return current != null;
			  }

			  jobStatus(id) {
			    var ref;
			    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
			  }

			  statusJobs(status) {
			    var k, pos, ref, results, v;
			    if (status != null) {
			      pos = this.status.indexOf(status);
			      if (pos < 0) {
			        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
			      }
			      ref = this._jobs;
			      results = [];
			      for (k in ref) {
			        v = ref[k];
			        if (v === pos) {
			          results.push(k);
			        }
			      }
			      return results;
			    } else {
			      return Object.keys(this._jobs);
			    }
			  }

			  statusCounts() {
			    return this.counts.reduce(((acc, v, i) => {
			      acc[this.status[i]] = v;
			      return acc;
			    }), {});
			  }

			};

			var States_1 = States;

			var DLList$2, Sync;

			DLList$2 = DLList_1;

			Sync = class Sync {
			  constructor(name, Promise) {
			    this.schedule = this.schedule.bind(this);
			    this.name = name;
			    this.Promise = Promise;
			    this._running = 0;
			    this._queue = new DLList$2();
			  }

			  isEmpty() {
			    return this._queue.length === 0;
			  }

			  async _tryToRun() {
			    var args, cb, error, reject, resolve, returned, task;
			    if ((this._running < 1) && this._queue.length > 0) {
			      this._running++;
			      ({task, args, resolve, reject} = this._queue.shift());
			      cb = (await (async function() {
			        try {
			          returned = (await task(...args));
			          return function() {
			            return resolve(returned);
			          };
			        } catch (error1) {
			          error = error1;
			          return function() {
			            return reject(error);
			          };
			        }
			      })());
			      this._running--;
			      this._tryToRun();
			      return cb();
			    }
			  }

			  schedule(task, ...args) {
			    var promise, reject, resolve;
			    resolve = reject = null;
			    promise = new this.Promise(function(_resolve, _reject) {
			      resolve = _resolve;
			      return reject = _reject;
			    });
			    this._queue.push({task, args, resolve, reject});
			    this._tryToRun();
			    return promise;
			  }

			};

			var Sync_1 = Sync;

			var version = "2.19.5";
			var version$1 = {
				version: version
			};

			var version$2 = /*#__PURE__*/Object.freeze({
				version: version,
				default: version$1
			});

			var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

			parser$3 = parser;

			Events$2 = Events_1;

			RedisConnection$1 = require$$2;

			IORedisConnection$1 = require$$3;

			Scripts$1 = require$$4;

			Group = (function() {
			  class Group {
			    constructor(limiterOptions = {}) {
			      this.deleteKey = this.deleteKey.bind(this);
			      this.limiterOptions = limiterOptions;
			      parser$3.load(this.limiterOptions, this.defaults, this);
			      this.Events = new Events$2(this);
			      this.instances = {};
			      this.Bottleneck = Bottleneck_1;
			      this._startAutoCleanup();
			      this.sharedConnection = this.connection != null;
			      if (this.connection == null) {
			        if (this.limiterOptions.datastore === "redis") {
			          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
			        } else if (this.limiterOptions.datastore === "ioredis") {
			          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
			        }
			      }
			    }

			    key(key = "") {
			      var ref;
			      return (ref = this.instances[key]) != null ? ref : (() => {
			        var limiter;
			        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
			          id: `${this.id}-${key}`,
			          timeout: this.timeout,
			          connection: this.connection
			        }));
			        this.Events.trigger("created", limiter, key);
			        return limiter;
			      })();
			    }

			    async deleteKey(key = "") {
			      var deleted, instance;
			      instance = this.instances[key];
			      if (this.connection) {
			        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
			      }
			      if (instance != null) {
			        delete this.instances[key];
			        await instance.disconnect();
			      }
			      return (instance != null) || deleted > 0;
			    }

			    limiters() {
			      var k, ref, results, v;
			      ref = this.instances;
			      results = [];
			      for (k in ref) {
			        v = ref[k];
			        results.push({
			          key: k,
			          limiter: v
			        });
			      }
			      return results;
			    }

			    keys() {
			      return Object.keys(this.instances);
			    }

			    async clusterKeys() {
			      var cursor, end, found, i, k, keys, len, next, start;
			      if (this.connection == null) {
			        return this.Promise.resolve(this.keys());
			      }
			      keys = [];
			      cursor = null;
			      start = `b_${this.id}-`.length;
			      end = "_settings".length;
			      while (cursor !== 0) {
			        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
			        cursor = ~~next;
			        for (i = 0, len = found.length; i < len; i++) {
			          k = found[i];
			          keys.push(k.slice(start, -end));
			        }
			      }
			      return keys;
			    }

			    _startAutoCleanup() {
			      var base;
			      clearInterval(this.interval);
			      return typeof (base = (this.interval = setInterval(async() => {
			        var e, k, ref, results, time, v;
			        time = Date.now();
			        ref = this.instances;
			        results = [];
			        for (k in ref) {
			          v = ref[k];
			          try {
			            if ((await v._store.__groupCheck__(time))) {
			              results.push(this.deleteKey(k));
			            } else {
			              results.push(void 0);
			            }
			          } catch (error) {
			            e = error;
			            results.push(v.Events.trigger("error", e));
			          }
			        }
			        return results;
			      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
			    }

			    updateSettings(options = {}) {
			      parser$3.overwrite(options, this.defaults, this);
			      parser$3.overwrite(options, options, this.limiterOptions);
			      if (options.timeout != null) {
			        return this._startAutoCleanup();
			      }
			    }

			    disconnect(flush = true) {
			      var ref;
			      if (!this.sharedConnection) {
			        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
			      }
			    }

			  }
			  Group.prototype.defaults = {
			    timeout: 1000 * 60 * 5,
			    connection: null,
			    Promise: Promise,
			    id: "group-key"
			  };

			  return Group;

			}).call(commonjsGlobal$1);

			var Group_1 = Group;

			var Batcher, Events$3, parser$4;

			parser$4 = parser;

			Events$3 = Events_1;

			Batcher = (function() {
			  class Batcher {
			    constructor(options = {}) {
			      this.options = options;
			      parser$4.load(this.options, this.defaults, this);
			      this.Events = new Events$3(this);
			      this._arr = [];
			      this._resetPromise();
			      this._lastFlush = Date.now();
			    }

			    _resetPromise() {
			      return this._promise = new this.Promise((res, rej) => {
			        return this._resolve = res;
			      });
			    }

			    _flush() {
			      clearTimeout(this._timeout);
			      this._lastFlush = Date.now();
			      this._resolve();
			      this.Events.trigger("batch", this._arr);
			      this._arr = [];
			      return this._resetPromise();
			    }

			    add(data) {
			      var ret;
			      this._arr.push(data);
			      ret = this._promise;
			      if (this._arr.length === this.maxSize) {
			        this._flush();
			      } else if ((this.maxTime != null) && this._arr.length === 1) {
			        this._timeout = setTimeout(() => {
			          return this._flush();
			        }, this.maxTime);
			      }
			      return ret;
			    }

			  }
			  Batcher.prototype.defaults = {
			    maxTime: null,
			    maxSize: null,
			    Promise: Promise
			  };

			  return Batcher;

			}).call(commonjsGlobal$1);

			var Batcher_1 = Batcher;

			var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

			var require$$8 = getCjsExportFromNamespace(version$2);

			var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
			  splice = [].splice;

			NUM_PRIORITIES$1 = 10;

			DEFAULT_PRIORITY$1 = 5;

			parser$5 = parser;

			Queues$1 = Queues_1;

			Job$1 = Job_1;

			LocalDatastore$1 = LocalDatastore_1;

			RedisDatastore$1 = require$$4$1;

			Events$4 = Events_1;

			States$1 = States_1;

			Sync$1 = Sync_1;

			Bottleneck = (function() {
			  class Bottleneck {
			    constructor(options = {}, ...invalid) {
			      var storeInstanceOptions, storeOptions;
			      this._addToQueue = this._addToQueue.bind(this);
			      this._validateOptions(options, invalid);
			      parser$5.load(options, this.instanceDefaults, this);
			      this._queues = new Queues$1(NUM_PRIORITIES$1);
			      this._scheduled = {};
			      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
			      this._limiter = null;
			      this.Events = new Events$4(this);
			      this._submitLock = new Sync$1("submit", this.Promise);
			      this._registerLock = new Sync$1("register", this.Promise);
			      storeOptions = parser$5.load(options, this.storeDefaults, {});
			      this._store = (function() {
			        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
			          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
			          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
			        } else if (this.datastore === "local") {
			          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
			          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
			        } else {
			          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
			        }
			      }).call(this);
			      this._queues.on("leftzero", () => {
			        var ref;
			        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
			      });
			      this._queues.on("zero", () => {
			        var ref;
			        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
			      });
			    }

			    _validateOptions(options, invalid) {
			      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
			        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
			      }
			    }

			    ready() {
			      return this._store.ready;
			    }

			    clients() {
			      return this._store.clients;
			    }

			    channel() {
			      return `b_${this.id}`;
			    }

			    channel_client() {
			      return `b_${this.id}_${this._store.clientId}`;
			    }

			    publish(message) {
			      return this._store.__publish__(message);
			    }

			    disconnect(flush = true) {
			      return this._store.__disconnect__(flush);
			    }

			    chain(_limiter) {
			      this._limiter = _limiter;
			      return this;
			    }

			    queued(priority) {
			      return this._queues.queued(priority);
			    }

			    clusterQueued() {
			      return this._store.__queued__();
			    }

			    empty() {
			      return this.queued() === 0 && this._submitLock.isEmpty();
			    }

			    running() {
			      return this._store.__running__();
			    }

			    done() {
			      return this._store.__done__();
			    }

			    jobStatus(id) {
			      return this._states.jobStatus(id);
			    }

			    jobs(status) {
			      return this._states.statusJobs(status);
			    }

			    counts() {
			      return this._states.statusCounts();
			    }

			    _randomIndex() {
			      return Math.random().toString(36).slice(2);
			    }

			    check(weight = 1) {
			      return this._store.__check__(weight);
			    }

			    _clearGlobalState(index) {
			      if (this._scheduled[index] != null) {
			        clearTimeout(this._scheduled[index].expiration);
			        delete this._scheduled[index];
			        return true;
			      } else {
			        return false;
			      }
			    }

			    async _free(index, job, options, eventInfo) {
			      var e, running;
			      try {
			        ({running} = (await this._store.__free__(index, options.weight)));
			        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
			        if (running === 0 && this.empty()) {
			          return this.Events.trigger("idle");
			        }
			      } catch (error1) {
			        e = error1;
			        return this.Events.trigger("error", e);
			      }
			    }

			    _run(index, job, wait) {
			      var clearGlobalState, free, run;
			      job.doRun();
			      clearGlobalState = this._clearGlobalState.bind(this, index);
			      run = this._run.bind(this, index, job);
			      free = this._free.bind(this, index, job);
			      return this._scheduled[index] = {
			        timeout: setTimeout(() => {
			          return job.doExecute(this._limiter, clearGlobalState, run, free);
			        }, wait),
			        expiration: job.options.expiration != null ? setTimeout(function() {
			          return job.doExpire(clearGlobalState, run, free);
			        }, wait + job.options.expiration) : void 0,
			        job: job
			      };
			    }

			    _drainOne(capacity) {
			      return this._registerLock.schedule(() => {
			        var args, index, next, options, queue;
			        if (this.queued() === 0) {
			          return this.Promise.resolve(null);
			        }
			        queue = this._queues.getFirst();
			        ({options, args} = next = queue.first());
			        if ((capacity != null) && options.weight > capacity) {
			          return this.Promise.resolve(null);
			        }
			        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
			        index = this._randomIndex();
			        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
			          var empty;
			          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
			          if (success) {
			            queue.shift();
			            empty = this.empty();
			            if (empty) {
			              this.Events.trigger("empty");
			            }
			            if (reservoir === 0) {
			              this.Events.trigger("depleted", empty);
			            }
			            this._run(index, next, wait);
			            return this.Promise.resolve(options.weight);
			          } else {
			            return this.Promise.resolve(null);
			          }
			        });
			      });
			    }

			    _drainAll(capacity, total = 0) {
			      return this._drainOne(capacity).then((drained) => {
			        var newCapacity;
			        if (drained != null) {
			          newCapacity = capacity != null ? capacity - drained : capacity;
			          return this._drainAll(newCapacity, total + drained);
			        } else {
			          return this.Promise.resolve(total);
			        }
			      }).catch((e) => {
			        return this.Events.trigger("error", e);
			      });
			    }

			    _dropAllQueued(message) {
			      return this._queues.shiftAll(function(job) {
			        return job.doDrop({message});
			      });
			    }

			    stop(options = {}) {
			      var done, waitForExecuting;
			      options = parser$5.load(options, this.stopDefaults);
			      waitForExecuting = (at) => {
			        var finished;
			        finished = () => {
			          var counts;
			          counts = this._states.counts;
			          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
			        };
			        return new this.Promise((resolve, reject) => {
			          if (finished()) {
			            return resolve();
			          } else {
			            return this.on("done", () => {
			              if (finished()) {
			                this.removeAllListeners("done");
			                return resolve();
			              }
			            });
			          }
			        });
			      };
			      done = options.dropWaitingJobs ? (this._run = function(index, next) {
			        return next.doDrop({
			          message: options.dropErrorMessage
			        });
			      }, this._drainOne = () => {
			        return this.Promise.resolve(null);
			      }, this._registerLock.schedule(() => {
			        return this._submitLock.schedule(() => {
			          var k, ref, v;
			          ref = this._scheduled;
			          for (k in ref) {
			            v = ref[k];
			            if (this.jobStatus(v.job.options.id) === "RUNNING") {
			              clearTimeout(v.timeout);
			              clearTimeout(v.expiration);
			              v.job.doDrop({
			                message: options.dropErrorMessage
			              });
			            }
			          }
			          this._dropAllQueued(options.dropErrorMessage);
			          return waitForExecuting(0);
			        });
			      })) : this.schedule({
			        priority: NUM_PRIORITIES$1 - 1,
			        weight: 0
			      }, () => {
			        return waitForExecuting(1);
			      });
			      this._receive = function(job) {
			        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
			      };
			      this.stop = () => {
			        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
			      };
			      return done;
			    }

			    async _addToQueue(job) {
			      var args, blocked, error, options, reachedHWM, shifted, strategy;
			      ({args, options} = job);
			      try {
			        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
			      } catch (error1) {
			        error = error1;
			        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
			        job.doDrop({error});
			        return false;
			      }
			      if (blocked) {
			        job.doDrop();
			        return true;
			      } else if (reachedHWM) {
			        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
			        if (shifted != null) {
			          shifted.doDrop();
			        }
			        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
			          if (shifted == null) {
			            job.doDrop();
			          }
			          return reachedHWM;
			        }
			      }
			      job.doQueue(reachedHWM, blocked);
			      this._queues.push(job);
			      await this._drainAll();
			      return reachedHWM;
			    }

			    _receive(job) {
			      if (this._states.jobStatus(job.options.id) != null) {
			        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
			        return false;
			      } else {
			        job.doReceive();
			        return this._submitLock.schedule(this._addToQueue, job);
			      }
			    }

			    submit(...args) {
			      var cb, fn, job, options, ref, ref1, task;
			      if (typeof args[0] === "function") {
			        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
			        options = parser$5.load({}, this.jobDefaults);
			      } else {
			        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
			        options = parser$5.load(options, this.jobDefaults);
			      }
			      task = (...args) => {
			        return new this.Promise(function(resolve, reject) {
			          return fn(...args, function(...args) {
			            return (args[0] != null ? reject : resolve)(args);
			          });
			        });
			      };
			      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
			      job.promise.then(function(args) {
			        return typeof cb === "function" ? cb(...args) : void 0;
			      }).catch(function(args) {
			        if (Array.isArray(args)) {
			          return typeof cb === "function" ? cb(...args) : void 0;
			        } else {
			          return typeof cb === "function" ? cb(args) : void 0;
			        }
			      });
			      return this._receive(job);
			    }

			    schedule(...args) {
			      var job, options, task;
			      if (typeof args[0] === "function") {
			        [task, ...args] = args;
			        options = {};
			      } else {
			        [options, task, ...args] = args;
			      }
			      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
			      this._receive(job);
			      return job.promise;
			    }

			    wrap(fn) {
			      var schedule, wrapped;
			      schedule = this.schedule.bind(this);
			      wrapped = function(...args) {
			        return schedule(fn.bind(this), ...args);
			      };
			      wrapped.withOptions = function(options, ...args) {
			        return schedule(options, fn, ...args);
			      };
			      return wrapped;
			    }

			    async updateSettings(options = {}) {
			      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
			      parser$5.overwrite(options, this.instanceDefaults, this);
			      return this;
			    }

			    currentReservoir() {
			      return this._store.__currentReservoir__();
			    }

			    incrementReservoir(incr = 0) {
			      return this._store.__incrementReservoir__(incr);
			    }

			  }
			  Bottleneck.default = Bottleneck;

			  Bottleneck.Events = Events$4;

			  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

			  Bottleneck.strategy = Bottleneck.prototype.strategy = {
			    LEAK: 1,
			    OVERFLOW: 2,
			    OVERFLOW_PRIORITY: 4,
			    BLOCK: 3
			  };

			  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

			  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

			  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

			  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

			  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

			  Bottleneck.prototype.jobDefaults = {
			    priority: DEFAULT_PRIORITY$1,
			    weight: 1,
			    expiration: null,
			    id: "<no-id>"
			  };

			  Bottleneck.prototype.storeDefaults = {
			    maxConcurrent: null,
			    minTime: 0,
			    highWater: null,
			    strategy: Bottleneck.prototype.strategy.LEAK,
			    penalty: null,
			    reservoir: null,
			    reservoirRefreshInterval: null,
			    reservoirRefreshAmount: null,
			    reservoirIncreaseInterval: null,
			    reservoirIncreaseAmount: null,
			    reservoirIncreaseMaximum: null
			  };

			  Bottleneck.prototype.localStoreDefaults = {
			    Promise: Promise,
			    timeout: null,
			    heartbeatInterval: 250
			  };

			  Bottleneck.prototype.redisStoreDefaults = {
			    Promise: Promise,
			    timeout: null,
			    heartbeatInterval: 5000,
			    clientTimeout: 10000,
			    Redis: null,
			    clientOptions: {},
			    clusterNodes: null,
			    clearDatastore: false,
			    connection: null
			  };

			  Bottleneck.prototype.instanceDefaults = {
			    datastore: "local",
			    connection: null,
			    id: "<no-id>",
			    rejectOnDrop: true,
			    trackDoneStatus: false,
			    Promise: Promise
			  };

			  Bottleneck.prototype.stopDefaults = {
			    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
			    dropWaitingJobs: true,
			    dropErrorMessage: "This limiter has been stopped."
			  };

			  return Bottleneck;

			}).call(commonjsGlobal$1);

			var Bottleneck_1 = Bottleneck;

			var lib = Bottleneck_1;

			return lib;

		}))); 
	} (light$1));
	return light$1.exports;
}

var lightExports = requireLight();
var BottleneckLight = /*@__PURE__*/getDefaultExportFromCjs(lightExports);

// pkg/dist-src/version.js
var VERSION$1 = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest$1(state, octokit, request, options) {
  const limiter = new BottleneckLight();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest$1.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION$1;

// pkg/dist-src/index.js

// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = BottleneckLight,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

var parser = {};

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser;
	hasRequiredParser = 1;

	parser.load = function (received, defaults, onto = {}) {
	  var k, ref, v;

	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }

	  return onto;
	};

	parser.overwrite = function (received, defaults, onto = {}) {
	  var k, v;

	  for (k in received) {
	    v = received[k];

	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }

	  return onto;
	};
	return parser;
}

var DLList_1;
var hasRequiredDLList;

function requireDLList () {
	if (hasRequiredDLList) return DLList_1;
	hasRequiredDLList = 1;

	var DLList;
	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;

	    if (typeof this.incr === "function") {
	      this.incr();
	    }

	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };

	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }

	    return void 0;
	  }

	  shift() {
	    var value;

	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;

	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }

	    value = this._first.value;

	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }

	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];

	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }

	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();

	    while (node != null) {
	      cb(node), node = this.shift();
	    }

	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];

	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }

	    return results;
	  }

	};
	DLList_1 = DLList;
	return DLList_1;
}

var Events_1;
var hasRequiredEvents;

function requireEvents () {
	if (hasRequiredEvents) return Events_1;
	hasRequiredEvents = 1;

	function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) { try { var info = gen[key](arg); var value = info.value; } catch (error) { reject(error); return; } if (info.done) { resolve(value); } else { Promise.resolve(value).then(_next, _throw); } }

	function _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve, reject) { var gen = fn.apply(self, args); function _next(value) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value); } function _throw(err) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err); } _next(undefined); }); }; }

	var Events;
	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};

	    if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
	      throw new Error("An Emitter already exists for this object");
	    }

	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };

	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };

	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;

	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }

	    this._events[name].push({
	      cb,
	      status
	    });

	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  trigger(name, ...args) {
	    var _this = this;

	    return _asyncToGenerator(function* () {
	      var e, promises;

	      try {
	        if (name !== "debug") {
	          _this.trigger("debug", `Event triggered: ${name}`, args);
	        }

	        if (_this._events[name] == null) {
	          return;
	        }

	        _this._events[name] = _this._events[name].filter(function (listener) {
	          return listener.status !== "none";
	        });
	        promises = _this._events[name].map(
	        /*#__PURE__*/
	        function () {
	          var _ref = _asyncToGenerator(function* (listener) {
	            var e, returned;

	            if (listener.status === "none") {
	              return;
	            }

	            if (listener.status === "once") {
	              listener.status = "none";
	            }

	            try {
	              returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;

	              if (typeof (returned != null ? returned.then : void 0) === "function") {
	                return yield returned;
	              } else {
	                return returned;
	              }
	            } catch (error) {
	              e = error;

	              if ("name" !== "error") {
	                _this.trigger("error", e);
	              }

	              return null;
	            }
	          });

	          return function (_x) {
	            return _ref.apply(this, arguments);
	          };
	        }());
	        return (yield Promise.all(promises)).find(function (x) {
	          return x != null;
	        });
	      } catch (error) {
	        e = error;

	        {
	          _this.trigger("error", e);
	        }

	        return null;
	      }
	    })();
	  }

	};
	Events_1 = Events;
	return Events_1;
}

var Queues_1;
var hasRequiredQueues;

function requireQueues () {
	if (hasRequiredQueues) return Queues_1;
	hasRequiredQueues = 1;

	var DLList, Events, Queues;
	DLList = requireDLList();
	Events = requireEvents();
	Queues = class Queues {
	  constructor(num_priorities) {
	    this.Events = new Events(this);
	    this._length = 0;

	    this._lists = function () {
	      var j, ref, results;
	      results = [];

	      for (j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; 1 <= ref ? ++j : --j) {
	        results.push(new DLList(() => {
	          return this.incr();
	        }, () => {
	          return this.decr();
	        }));
	      }

	      return results;
	    }.call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function (list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;

	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];

	      if (list.length > 0) {
	        return list;
	      }
	    }

	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};
	Queues_1 = Queues;
	return Queues_1;
}

var BottleneckError_1;
var hasRequiredBottleneckError;

function requireBottleneckError () {
	if (hasRequiredBottleneckError) return BottleneckError_1;
	hasRequiredBottleneckError = 1;

	var BottleneckError;
	BottleneckError = class BottleneckError extends Error {};
	BottleneckError_1 = BottleneckError;
	return BottleneckError_1;
}

var Job_1;
var hasRequiredJob;

function requireJob () {
	if (hasRequiredJob) return Job_1;
	hasRequiredJob = 1;

	function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) { try { var info = gen[key](arg); var value = info.value; } catch (error) { reject(error); return; } if (info.done) { resolve(value); } else { Promise.resolve(value).then(_next, _throw); } }

	function _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve, reject) { var gen = fn.apply(self, args); function _next(value) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value); } function _throw(err) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err); } _next(undefined); }); }; }

	var BottleneckError, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser;
	NUM_PRIORITIES = 10;
	DEFAULT_PRIORITY = 5;
	parser = requireParser();
	BottleneckError = requireBottleneckError();
	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);

	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }

	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;

	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({
	    error,
	    message = "This job has been dropped by Bottleneck"
	  } = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError(message));
	      }

	      this.Events.trigger("dropped", {
	        args: this.args,
	        options: this.options,
	        task: this.task,
	        promise: this.promise
	      });
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);

	    if (!(status === expected || expected === "DONE" && status === null)) {
	      throw new BottleneckError(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);

	    return this.Events.trigger("received", {
	      args: this.args,
	      options: this.options
	    });
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");

	    this._states.next(this.options.id);

	    return this.Events.trigger("queued", {
	      args: this.args,
	      options: this.options,
	      reachedHWM,
	      blocked
	    });
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");

	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }

	    return this.Events.trigger("scheduled", {
	      args: this.args,
	      options: this.options
	    });
	  }

	  doExecute(chained, clearGlobalState, run, free) {
	    var _this = this;

	    return _asyncToGenerator(function* () {
	      var error, eventInfo, passed;

	      if (_this.retryCount === 0) {
	        _this._assertStatus("RUNNING");

	        _this._states.next(_this.options.id);
	      } else {
	        _this._assertStatus("EXECUTING");
	      }

	      eventInfo = {
	        args: _this.args,
	        options: _this.options,
	        retryCount: _this.retryCount
	      };

	      _this.Events.trigger("executing", eventInfo);

	      try {
	        passed = yield chained != null ? chained.schedule(_this.options, _this.task, ..._this.args) : _this.task(..._this.args);

	        if (clearGlobalState()) {
	          _this.doDone(eventInfo);

	          yield free(_this.options, eventInfo);

	          _this._assertStatus("DONE");

	          return _this._resolve(passed);
	        }
	      } catch (error1) {
	        error = error1;
	        return _this._onFailure(error, eventInfo, clearGlobalState, run, free);
	      }
	    })();
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;

	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }

	    this._assertStatus("EXECUTING");

	    eventInfo = {
	      args: this.args,
	      options: this.options,
	      retryCount: this.retryCount
	    };
	    error = new BottleneckError(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var _this2 = this;

	    return _asyncToGenerator(function* () {
	      var retry, retryAfter;

	      if (clearGlobalState()) {
	        retry = yield _this2.Events.trigger("failed", error, eventInfo);

	        if (retry != null) {
	          retryAfter = ~~retry;

	          _this2.Events.trigger("retry", `Retrying ${_this2.options.id} after ${retryAfter} ms`, eventInfo);

	          _this2.retryCount++;
	          return run(retryAfter);
	        } else {
	          _this2.doDone(eventInfo);

	          yield free(_this2.options, eventInfo);

	          _this2._assertStatus("DONE");

	          return _this2._reject(error);
	        }
	      }
	    })();
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");

	    this._states.next(this.options.id);

	    return this.Events.trigger("done", eventInfo);
	  }

	};
	Job_1 = Job;
	return Job_1;
}

var LocalDatastore_1;
var hasRequiredLocalDatastore;

function requireLocalDatastore () {
	if (hasRequiredLocalDatastore) return LocalDatastore_1;
	hasRequiredLocalDatastore = 1;

	function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) { try { var info = gen[key](arg); var value = info.value; } catch (error) { reject(error); return; } if (info.done) { resolve(value); } else { Promise.resolve(value).then(_next, _throw); } }

	function _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve, reject) { var gen = fn.apply(self, args); function _next(value) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value); } function _throw(err) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err); } _next(undefined); }); }; }

	var BottleneckError, LocalDatastore, parser;
	parser = requireParser();
	BottleneckError = requireBottleneckError();
	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};

	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;

	    if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
	      return typeof (base = this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();

	        if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;

	          this.instance._drainAll(this.computeCapacity());
	        }

	        if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          var _this$storeOptions = this.storeOptions;
	          amount = _this$storeOptions.reservoirIncreaseAmount;
	          maximum = _this$storeOptions.reservoirIncreaseMaximum;
	          reservoir = _this$storeOptions.reservoir;
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;

	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  __publish__(message) {
	    var _this = this;

	    return _asyncToGenerator(function* () {
	      yield _this.yieldLoop();
	      return _this.instance.Events.trigger("message", message.toString());
	    })();
	  }

	  __disconnect__(flush) {
	    var _this2 = this;

	    return _asyncToGenerator(function* () {
	      yield _this2.yieldLoop();
	      clearInterval(_this2.heartbeat);
	      return _this2.Promise.resolve();
	    })();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function (resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5000;
	  }

	  __updateSettings__(options) {
	    var _this3 = this;

	    return _asyncToGenerator(function* () {
	      yield _this3.yieldLoop();
	      parser.overwrite(options, options, _this3.storeOptions);

	      _this3._startHeartbeat();

	      _this3.instance._drainAll(_this3.computeCapacity());

	      return true;
	    })();
	  }

	  __running__() {
	    var _this4 = this;

	    return _asyncToGenerator(function* () {
	      yield _this4.yieldLoop();
	      return _this4._running;
	    })();
	  }

	  __queued__() {
	    var _this5 = this;

	    return _asyncToGenerator(function* () {
	      yield _this5.yieldLoop();
	      return _this5.instance.queued();
	    })();
	  }

	  __done__() {
	    var _this6 = this;

	    return _asyncToGenerator(function* () {
	      yield _this6.yieldLoop();
	      return _this6._done;
	    })();
	  }

	  __groupCheck__(time) {
	    var _this7 = this;

	    return _asyncToGenerator(function* () {
	      yield _this7.yieldLoop();
	      return _this7._nextRequest + _this7.timeout < time;
	    })();
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    var _this$storeOptions2 = this.storeOptions;
	    maxConcurrent = _this$storeOptions2.maxConcurrent;
	    reservoir = _this$storeOptions2.reservoir;

	    if (maxConcurrent != null && reservoir != null) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return capacity == null || weight <= capacity;
	  }

	  __incrementReservoir__(incr) {
	    var _this8 = this;

	    return _asyncToGenerator(function* () {
	      var reservoir;
	      yield _this8.yieldLoop();
	      reservoir = _this8.storeOptions.reservoir += incr;

	      _this8.instance._drainAll(_this8.computeCapacity());

	      return reservoir;
	    })();
	  }

	  __currentReservoir__() {
	    var _this9 = this;

	    return _asyncToGenerator(function* () {
	      yield _this9.yieldLoop();
	      return _this9.storeOptions.reservoir;
	    })();
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
	  }

	  __check__(weight) {
	    var _this10 = this;

	    return _asyncToGenerator(function* () {
	      var now;
	      yield _this10.yieldLoop();
	      now = Date.now();
	      return _this10.check(weight, now);
	    })();
	  }

	  __register__(index, weight, expiration) {
	    var _this11 = this;

	    return _asyncToGenerator(function* () {
	      var now, wait;
	      yield _this11.yieldLoop();
	      now = Date.now();

	      if (_this11.conditionsCheck(weight)) {
	        _this11._running += weight;

	        if (_this11.storeOptions.reservoir != null) {
	          _this11.storeOptions.reservoir -= weight;
	        }

	        wait = Math.max(_this11._nextRequest - now, 0);
	        _this11._nextRequest = now + wait + _this11.storeOptions.minTime;
	        return {
	          success: true,
	          wait,
	          reservoir: _this11.storeOptions.reservoir
	        };
	      } else {
	        return {
	          success: false
	        };
	      }
	    })();
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  __submit__(queueLength, weight) {
	    var _this12 = this;

	    return _asyncToGenerator(function* () {
	      var blocked, now, reachedHWM;
	      yield _this12.yieldLoop();

	      if (_this12.storeOptions.maxConcurrent != null && weight > _this12.storeOptions.maxConcurrent) {
	        throw new BottleneckError(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${_this12.storeOptions.maxConcurrent}`);
	      }

	      now = Date.now();
	      reachedHWM = _this12.storeOptions.highWater != null && queueLength === _this12.storeOptions.highWater && !_this12.check(weight, now);
	      blocked = _this12.strategyIsBlock() && (reachedHWM || _this12.isBlocked(now));

	      if (blocked) {
	        _this12._unblockTime = now + _this12.computePenalty();
	        _this12._nextRequest = _this12._unblockTime + _this12.storeOptions.minTime;

	        _this12.instance._dropAllQueued();
	      }

	      return {
	        reachedHWM,
	        blocked,
	        strategy: _this12.storeOptions.strategy
	      };
	    })();
	  }

	  __free__(index, weight) {
	    var _this13 = this;

	    return _asyncToGenerator(function* () {
	      yield _this13.yieldLoop();
	      _this13._running -= weight;
	      _this13._done += weight;

	      _this13.instance._drainAll(_this13.computeCapacity());

	      return {
	        running: _this13._running
	      };
	    })();
	  }

	};
	LocalDatastore_1 = LocalDatastore;
	return LocalDatastore_1;
}

var Scripts = {};

var require$$0 = {
	"blacklist_client.lua": "local blacklist = ARGV[num_static_argv + 1]\n\nif redis.call('zscore', client_last_seen_key, blacklist) then\n  redis.call('zadd', client_last_seen_key, 0, blacklist)\nend\n\n\nreturn {}\n",
	"check.lua": "local weight = tonumber(ARGV[num_static_argv + 1])\n\nlocal capacity = process_tick(now, false)['capacity']\nlocal nextRequest = tonumber(redis.call('hget', settings_key, 'nextRequest'))\n\nreturn conditions_check(capacity, weight) and nextRequest - now <= 0\n",
	"conditions_check.lua": "local conditions_check = function (capacity, weight)\n  return capacity == nil or weight <= capacity\nend\n",
	"current_reservoir.lua": "return process_tick(now, false)['reservoir']\n",
	"done.lua": "process_tick(now, false)\n\nreturn tonumber(redis.call('hget', settings_key, 'done'))\n",
	"free.lua": "local index = ARGV[num_static_argv + 1]\n\nredis.call('zadd', job_expirations_key, 0, index)\n\nreturn process_tick(now, false)['running']\n",
	"get_time.lua": "redis.replicate_commands()\n\nlocal get_time = function ()\n  local time = redis.call('time')\n\n  return tonumber(time[1]..string.sub(time[2], 1, 3))\nend\n",
	"group_check.lua": "return not (redis.call('exists', settings_key) == 1)\n",
	"heartbeat.lua": "process_tick(now, true)\n",
	"increment_reservoir.lua": "local incr = tonumber(ARGV[num_static_argv + 1])\n\nredis.call('hincrby', settings_key, 'reservoir', incr)\n\nlocal reservoir = process_tick(now, true)['reservoir']\n\nlocal groupTimeout = tonumber(redis.call('hget', settings_key, 'groupTimeout'))\nrefresh_expiration(0, 0, groupTimeout)\n\nreturn reservoir\n",
	"init.lua": "local clear = tonumber(ARGV[num_static_argv + 1])\nlocal limiter_version = ARGV[num_static_argv + 2]\nlocal num_local_argv = num_static_argv + 2\n\nif clear == 1 then\n  redis.call('del', unpack(KEYS))\nend\n\nif redis.call('exists', settings_key) == 0 then\n  -- Create\n  local args = {'hmset', settings_key}\n\n  for i = num_local_argv + 1, #ARGV do\n    table.insert(args, ARGV[i])\n  end\n\n  redis.call(unpack(args))\n  redis.call('hmset', settings_key,\n    'nextRequest', now,\n    'lastReservoirRefresh', now,\n    'lastReservoirIncrease', now,\n    'running', 0,\n    'done', 0,\n    'unblockTime', 0,\n    'capacityPriorityCounter', 0\n  )\n\nelse\n  -- Apply migrations\n  local settings = redis.call('hmget', settings_key,\n    'id',\n    'version'\n  )\n  local id = settings[1]\n  local current_version = settings[2]\n\n  if current_version ~= limiter_version then\n    local version_digits = {}\n    for k, v in string.gmatch(current_version, \"([^.]+)\") do\n      table.insert(version_digits, tonumber(k))\n    end\n\n    -- 2.10.0\n    if version_digits[2] < 10 then\n      redis.call('hsetnx', settings_key, 'reservoirRefreshInterval', '')\n      redis.call('hsetnx', settings_key, 'reservoirRefreshAmount', '')\n      redis.call('hsetnx', settings_key, 'lastReservoirRefresh', '')\n      redis.call('hsetnx', settings_key, 'done', 0)\n      redis.call('hset', settings_key, 'version', '2.10.0')\n    end\n\n    -- 2.11.1\n    if version_digits[2] < 11 or (version_digits[2] == 11 and version_digits[3] < 1) then\n      if redis.call('hstrlen', settings_key, 'lastReservoirRefresh') == 0 then\n        redis.call('hmset', settings_key,\n          'lastReservoirRefresh', now,\n          'version', '2.11.1'\n        )\n      end\n    end\n\n    -- 2.14.0\n    if version_digits[2] < 14 then\n      local old_running_key = 'b_'..id..'_running'\n      local old_executing_key = 'b_'..id..'_executing'\n\n      if redis.call('exists', old_running_key) == 1 then\n        redis.call('rename', old_running_key, job_weights_key)\n      end\n      if redis.call('exists', old_executing_key) == 1 then\n        redis.call('rename', old_executing_key, job_expirations_key)\n      end\n      redis.call('hset', settings_key, 'version', '2.14.0')\n    end\n\n    -- 2.15.2\n    if version_digits[2] < 15 or (version_digits[2] == 15 and version_digits[3] < 2) then\n      redis.call('hsetnx', settings_key, 'capacityPriorityCounter', 0)\n      redis.call('hset', settings_key, 'version', '2.15.2')\n    end\n\n    -- 2.17.0\n    if version_digits[2] < 17 then\n      redis.call('hsetnx', settings_key, 'clientTimeout', 10000)\n      redis.call('hset', settings_key, 'version', '2.17.0')\n    end\n\n    -- 2.18.0\n    if version_digits[2] < 18 then\n      redis.call('hsetnx', settings_key, 'reservoirIncreaseInterval', '')\n      redis.call('hsetnx', settings_key, 'reservoirIncreaseAmount', '')\n      redis.call('hsetnx', settings_key, 'reservoirIncreaseMaximum', '')\n      redis.call('hsetnx', settings_key, 'lastReservoirIncrease', now)\n      redis.call('hset', settings_key, 'version', '2.18.0')\n    end\n\n  end\n\n  process_tick(now, false)\nend\n\nlocal groupTimeout = tonumber(redis.call('hget', settings_key, 'groupTimeout'))\nrefresh_expiration(0, 0, groupTimeout)\n\nreturn {}\n",
	"process_tick.lua": "local process_tick = function (now, always_publish)\n\n  local compute_capacity = function (maxConcurrent, running, reservoir)\n    if maxConcurrent ~= nil and reservoir ~= nil then\n      return math.min((maxConcurrent - running), reservoir)\n    elseif maxConcurrent ~= nil then\n      return maxConcurrent - running\n    elseif reservoir ~= nil then\n      return reservoir\n    else\n      return nil\n    end\n  end\n\n  local settings = redis.call('hmget', settings_key,\n    'id',\n    'maxConcurrent',\n    'running',\n    'reservoir',\n    'reservoirRefreshInterval',\n    'reservoirRefreshAmount',\n    'lastReservoirRefresh',\n    'reservoirIncreaseInterval',\n    'reservoirIncreaseAmount',\n    'reservoirIncreaseMaximum',\n    'lastReservoirIncrease',\n    'capacityPriorityCounter',\n    'clientTimeout'\n  )\n  local id = settings[1]\n  local maxConcurrent = tonumber(settings[2])\n  local running = tonumber(settings[3])\n  local reservoir = tonumber(settings[4])\n  local reservoirRefreshInterval = tonumber(settings[5])\n  local reservoirRefreshAmount = tonumber(settings[6])\n  local lastReservoirRefresh = tonumber(settings[7])\n  local reservoirIncreaseInterval = tonumber(settings[8])\n  local reservoirIncreaseAmount = tonumber(settings[9])\n  local reservoirIncreaseMaximum = tonumber(settings[10])\n  local lastReservoirIncrease = tonumber(settings[11])\n  local capacityPriorityCounter = tonumber(settings[12])\n  local clientTimeout = tonumber(settings[13])\n\n  local initial_capacity = compute_capacity(maxConcurrent, running, reservoir)\n\n  --\n  -- Process 'running' changes\n  --\n  local expired = redis.call('zrangebyscore', job_expirations_key, '-inf', '('..now)\n\n  if #expired > 0 then\n    redis.call('zremrangebyscore', job_expirations_key, '-inf', '('..now)\n\n    local flush_batch = function (batch, acc)\n      local weights = redis.call('hmget', job_weights_key, unpack(batch))\n                      redis.call('hdel',  job_weights_key, unpack(batch))\n      local clients = redis.call('hmget', job_clients_key, unpack(batch))\n                      redis.call('hdel',  job_clients_key, unpack(batch))\n\n      -- Calculate sum of removed weights\n      for i = 1, #weights do\n        acc['total'] = acc['total'] + (tonumber(weights[i]) or 0)\n      end\n\n      -- Calculate sum of removed weights by client\n      local client_weights = {}\n      for i = 1, #clients do\n        local removed = tonumber(weights[i]) or 0\n        if removed > 0 then\n          acc['client_weights'][clients[i]] = (acc['client_weights'][clients[i]] or 0) + removed\n        end\n      end\n    end\n\n    local acc = {\n      ['total'] = 0,\n      ['client_weights'] = {}\n    }\n    local batch_size = 1000\n\n    -- Compute changes to Zsets and apply changes to Hashes\n    for i = 1, #expired, batch_size do\n      local batch = {}\n      for j = i, math.min(i + batch_size - 1, #expired) do\n        table.insert(batch, expired[j])\n      end\n\n      flush_batch(batch, acc)\n    end\n\n    -- Apply changes to Zsets\n    if acc['total'] > 0 then\n      redis.call('hincrby', settings_key, 'done', acc['total'])\n      running = tonumber(redis.call('hincrby', settings_key, 'running', -acc['total']))\n    end\n\n    for client, weight in pairs(acc['client_weights']) do\n      redis.call('zincrby', client_running_key, -weight, client)\n    end\n  end\n\n  --\n  -- Process 'reservoir' changes\n  --\n  local reservoirRefreshActive = reservoirRefreshInterval ~= nil and reservoirRefreshAmount ~= nil\n  if reservoirRefreshActive and now >= lastReservoirRefresh + reservoirRefreshInterval then\n    reservoir = reservoirRefreshAmount\n    redis.call('hmset', settings_key,\n      'reservoir', reservoir,\n      'lastReservoirRefresh', now\n    )\n  end\n\n  local reservoirIncreaseActive = reservoirIncreaseInterval ~= nil and reservoirIncreaseAmount ~= nil\n  if reservoirIncreaseActive and now >= lastReservoirIncrease + reservoirIncreaseInterval then\n    local num_intervals = math.floor((now - lastReservoirIncrease) / reservoirIncreaseInterval)\n    local incr = reservoirIncreaseAmount * num_intervals\n    if reservoirIncreaseMaximum ~= nil then\n      incr = math.min(incr, reservoirIncreaseMaximum - (reservoir or 0))\n    end\n    if incr > 0 then\n      reservoir = (reservoir or 0) + incr\n    end\n    redis.call('hmset', settings_key,\n      'reservoir', reservoir,\n      'lastReservoirIncrease', lastReservoirIncrease + (num_intervals * reservoirIncreaseInterval)\n    )\n  end\n\n  --\n  -- Clear unresponsive clients\n  --\n  local unresponsive = redis.call('zrangebyscore', client_last_seen_key, '-inf', (now - clientTimeout))\n  local unresponsive_lookup = {}\n  local terminated_clients = {}\n  for i = 1, #unresponsive do\n    unresponsive_lookup[unresponsive[i]] = true\n    if tonumber(redis.call('zscore', client_running_key, unresponsive[i])) == 0 then\n      table.insert(terminated_clients, unresponsive[i])\n    end\n  end\n  if #terminated_clients > 0 then\n    redis.call('zrem', client_running_key,         unpack(terminated_clients))\n    redis.call('hdel', client_num_queued_key,      unpack(terminated_clients))\n    redis.call('zrem', client_last_registered_key, unpack(terminated_clients))\n    redis.call('zrem', client_last_seen_key,       unpack(terminated_clients))\n  end\n\n  --\n  -- Broadcast capacity changes\n  --\n  local final_capacity = compute_capacity(maxConcurrent, running, reservoir)\n\n  if always_publish or (initial_capacity ~= nil and final_capacity == nil) then\n    -- always_publish or was not unlimited, now unlimited\n    redis.call('publish', 'b_'..id, 'capacity:'..(final_capacity or ''))\n\n  elseif initial_capacity ~= nil and final_capacity ~= nil and final_capacity > initial_capacity then\n    -- capacity was increased\n    -- send the capacity message to the limiter having the lowest number of running jobs\n    -- the tiebreaker is the limiter having not registered a job in the longest time\n\n    local lowest_concurrency_value = nil\n    local lowest_concurrency_clients = {}\n    local lowest_concurrency_last_registered = {}\n    local client_concurrencies = redis.call('zrange', client_running_key, 0, -1, 'withscores')\n\n    for i = 1, #client_concurrencies, 2 do\n      local client = client_concurrencies[i]\n      local concurrency = tonumber(client_concurrencies[i+1])\n\n      if (\n        lowest_concurrency_value == nil or lowest_concurrency_value == concurrency\n      ) and (\n        not unresponsive_lookup[client]\n      ) and (\n        tonumber(redis.call('hget', client_num_queued_key, client)) > 0\n      ) then\n        lowest_concurrency_value = concurrency\n        table.insert(lowest_concurrency_clients, client)\n        local last_registered = tonumber(redis.call('zscore', client_last_registered_key, client))\n        table.insert(lowest_concurrency_last_registered, last_registered)\n      end\n    end\n\n    if #lowest_concurrency_clients > 0 then\n      local position = 1\n      local earliest = lowest_concurrency_last_registered[1]\n\n      for i,v in ipairs(lowest_concurrency_last_registered) do\n        if v < earliest then\n          position = i\n          earliest = v\n        end\n      end\n\n      local next_client = lowest_concurrency_clients[position]\n      redis.call('publish', 'b_'..id,\n        'capacity-priority:'..(final_capacity or '')..\n        ':'..next_client..\n        ':'..capacityPriorityCounter\n      )\n      redis.call('hincrby', settings_key, 'capacityPriorityCounter', '1')\n    else\n      redis.call('publish', 'b_'..id, 'capacity:'..(final_capacity or ''))\n    end\n  end\n\n  return {\n    ['capacity'] = final_capacity,\n    ['running'] = running,\n    ['reservoir'] = reservoir\n  }\nend\n",
	"queued.lua": "local clientTimeout = tonumber(redis.call('hget', settings_key, 'clientTimeout'))\nlocal valid_clients = redis.call('zrangebyscore', client_last_seen_key, (now - clientTimeout), 'inf')\nlocal client_queued = redis.call('hmget', client_num_queued_key, unpack(valid_clients))\n\nlocal sum = 0\nfor i = 1, #client_queued do\n  sum = sum + tonumber(client_queued[i])\nend\n\nreturn sum\n",
	"refresh_expiration.lua": "local refresh_expiration = function (now, nextRequest, groupTimeout)\n\n  if groupTimeout ~= nil then\n    local ttl = (nextRequest + groupTimeout) - now\n\n    for i = 1, #KEYS do\n      redis.call('pexpire', KEYS[i], ttl)\n    end\n  end\n\nend\n",
	"refs.lua": "local settings_key = KEYS[1]\nlocal job_weights_key = KEYS[2]\nlocal job_expirations_key = KEYS[3]\nlocal job_clients_key = KEYS[4]\nlocal client_running_key = KEYS[5]\nlocal client_num_queued_key = KEYS[6]\nlocal client_last_registered_key = KEYS[7]\nlocal client_last_seen_key = KEYS[8]\n\nlocal now = tonumber(ARGV[1])\nlocal client = ARGV[2]\n\nlocal num_static_argv = 2\n",
	"register.lua": "local index = ARGV[num_static_argv + 1]\nlocal weight = tonumber(ARGV[num_static_argv + 2])\nlocal expiration = tonumber(ARGV[num_static_argv + 3])\n\nlocal state = process_tick(now, false)\nlocal capacity = state['capacity']\nlocal reservoir = state['reservoir']\n\nlocal settings = redis.call('hmget', settings_key,\n  'nextRequest',\n  'minTime',\n  'groupTimeout'\n)\nlocal nextRequest = tonumber(settings[1])\nlocal minTime = tonumber(settings[2])\nlocal groupTimeout = tonumber(settings[3])\n\nif conditions_check(capacity, weight) then\n\n  redis.call('hincrby', settings_key, 'running', weight)\n  redis.call('hset', job_weights_key, index, weight)\n  if expiration ~= nil then\n    redis.call('zadd', job_expirations_key, now + expiration, index)\n  end\n  redis.call('hset', job_clients_key, index, client)\n  redis.call('zincrby', client_running_key, weight, client)\n  redis.call('hincrby', client_num_queued_key, client, -1)\n  redis.call('zadd', client_last_registered_key, now, client)\n\n  local wait = math.max(nextRequest - now, 0)\n  local newNextRequest = now + wait + minTime\n\n  if reservoir == nil then\n    redis.call('hset', settings_key,\n      'nextRequest', newNextRequest\n    )\n  else\n    reservoir = reservoir - weight\n    redis.call('hmset', settings_key,\n      'reservoir', reservoir,\n      'nextRequest', newNextRequest\n    )\n  end\n\n  refresh_expiration(now, newNextRequest, groupTimeout)\n\n  return {true, wait, reservoir}\n\nelse\n  return {false}\nend\n",
	"register_client.lua": "local queued = tonumber(ARGV[num_static_argv + 1])\n\n-- Could have been re-registered concurrently\nif not redis.call('zscore', client_last_seen_key, client) then\n  redis.call('zadd', client_running_key, 0, client)\n  redis.call('hset', client_num_queued_key, client, queued)\n  redis.call('zadd', client_last_registered_key, 0, client)\nend\n\nredis.call('zadd', client_last_seen_key, now, client)\n\nreturn {}\n",
	"running.lua": "return process_tick(now, false)['running']\n",
	"submit.lua": "local queueLength = tonumber(ARGV[num_static_argv + 1])\nlocal weight = tonumber(ARGV[num_static_argv + 2])\n\nlocal capacity = process_tick(now, false)['capacity']\n\nlocal settings = redis.call('hmget', settings_key,\n  'id',\n  'maxConcurrent',\n  'highWater',\n  'nextRequest',\n  'strategy',\n  'unblockTime',\n  'penalty',\n  'minTime',\n  'groupTimeout'\n)\nlocal id = settings[1]\nlocal maxConcurrent = tonumber(settings[2])\nlocal highWater = tonumber(settings[3])\nlocal nextRequest = tonumber(settings[4])\nlocal strategy = tonumber(settings[5])\nlocal unblockTime = tonumber(settings[6])\nlocal penalty = tonumber(settings[7])\nlocal minTime = tonumber(settings[8])\nlocal groupTimeout = tonumber(settings[9])\n\nif maxConcurrent ~= nil and weight > maxConcurrent then\n  return redis.error_reply('OVERWEIGHT:'..weight..':'..maxConcurrent)\nend\n\nlocal reachedHWM = (highWater ~= nil and queueLength == highWater\n  and not (\n    conditions_check(capacity, weight)\n    and nextRequest - now <= 0\n  )\n)\n\nlocal blocked = strategy == 3 and (reachedHWM or unblockTime >= now)\n\nif blocked then\n  local computedPenalty = penalty\n  if computedPenalty == nil then\n    if minTime == 0 then\n      computedPenalty = 5000\n    else\n      computedPenalty = 15 * minTime\n    end\n  end\n\n  local newNextRequest = now + computedPenalty + minTime\n\n  redis.call('hmset', settings_key,\n    'unblockTime', now + computedPenalty,\n    'nextRequest', newNextRequest\n  )\n\n  local clients_queued_reset = redis.call('hkeys', client_num_queued_key)\n  local queued_reset = {}\n  for i = 1, #clients_queued_reset do\n    table.insert(queued_reset, clients_queued_reset[i])\n    table.insert(queued_reset, 0)\n  end\n  redis.call('hmset', client_num_queued_key, unpack(queued_reset))\n\n  redis.call('publish', 'b_'..id, 'blocked:')\n\n  refresh_expiration(now, newNextRequest, groupTimeout)\nend\n\nif not blocked and not reachedHWM then\n  redis.call('hincrby', client_num_queued_key, client, 1)\nend\n\nreturn {reachedHWM, blocked, strategy}\n",
	"update_settings.lua": "local args = {'hmset', settings_key}\n\nfor i = num_static_argv + 1, #ARGV do\n  table.insert(args, ARGV[i])\nend\n\nredis.call(unpack(args))\n\nprocess_tick(now, true)\n\nlocal groupTimeout = tonumber(redis.call('hget', settings_key, 'groupTimeout'))\nrefresh_expiration(0, 0, groupTimeout)\n\nreturn {}\n",
	"validate_client.lua": "if not redis.call('zscore', client_last_seen_key, client) then\n  return redis.error_reply('UNKNOWN_CLIENT')\nend\n\nredis.call('zadd', client_last_seen_key, now, client)\n",
	"validate_keys.lua": "if not (redis.call('exists', settings_key) == 1) then\n  return redis.error_reply('SETTINGS_KEY_NOT_FOUND')\nend\n"
};

var hasRequiredScripts;

function requireScripts () {
	if (hasRequiredScripts) return Scripts;
	hasRequiredScripts = 1;
	(function (exports) {

		var headers, lua, templates;
		lua = require$$0;
		headers = {
		  refs: lua["refs.lua"],
		  validate_keys: lua["validate_keys.lua"],
		  validate_client: lua["validate_client.lua"],
		  refresh_expiration: lua["refresh_expiration.lua"],
		  process_tick: lua["process_tick.lua"],
		  conditions_check: lua["conditions_check.lua"],
		  get_time: lua["get_time.lua"]
		};

		exports.allKeys = function (id) {
		  return [
		  /*
		  HASH
		  */
		  `b_${id}_settings`,
		  /*
		  HASH
		  job index -> weight
		  */
		  `b_${id}_job_weights`,
		  /*
		  ZSET
		  job index -> expiration
		  */
		  `b_${id}_job_expirations`,
		  /*
		  HASH
		  job index -> client
		  */
		  `b_${id}_job_clients`,
		  /*
		  ZSET
		  client -> sum running
		  */
		  `b_${id}_client_running`,
		  /*
		  HASH
		  client -> num queued
		  */
		  `b_${id}_client_num_queued`,
		  /*
		  ZSET
		  client -> last job registered
		  */
		  `b_${id}_client_last_registered`,
		  /*
		  ZSET
		  client -> last seen
		  */
		  `b_${id}_client_last_seen`];
		};

		templates = {
		  init: {
		    keys: exports.allKeys,
		    headers: ["process_tick"],
		    refresh_expiration: true,
		    code: lua["init.lua"]
		  },
		  group_check: {
		    keys: exports.allKeys,
		    headers: [],
		    refresh_expiration: false,
		    code: lua["group_check.lua"]
		  },
		  register_client: {
		    keys: exports.allKeys,
		    headers: ["validate_keys"],
		    refresh_expiration: false,
		    code: lua["register_client.lua"]
		  },
		  blacklist_client: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client"],
		    refresh_expiration: false,
		    code: lua["blacklist_client.lua"]
		  },
		  heartbeat: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client", "process_tick"],
		    refresh_expiration: false,
		    code: lua["heartbeat.lua"]
		  },
		  update_settings: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client", "process_tick"],
		    refresh_expiration: true,
		    code: lua["update_settings.lua"]
		  },
		  running: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client", "process_tick"],
		    refresh_expiration: false,
		    code: lua["running.lua"]
		  },
		  queued: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client"],
		    refresh_expiration: false,
		    code: lua["queued.lua"]
		  },
		  done: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client", "process_tick"],
		    refresh_expiration: false,
		    code: lua["done.lua"]
		  },
		  check: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client", "process_tick", "conditions_check"],
		    refresh_expiration: false,
		    code: lua["check.lua"]
		  },
		  submit: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client", "process_tick", "conditions_check"],
		    refresh_expiration: true,
		    code: lua["submit.lua"]
		  },
		  register: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client", "process_tick", "conditions_check"],
		    refresh_expiration: true,
		    code: lua["register.lua"]
		  },
		  free: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client", "process_tick"],
		    refresh_expiration: true,
		    code: lua["free.lua"]
		  },
		  current_reservoir: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client", "process_tick"],
		    refresh_expiration: false,
		    code: lua["current_reservoir.lua"]
		  },
		  increment_reservoir: {
		    keys: exports.allKeys,
		    headers: ["validate_keys", "validate_client", "process_tick"],
		    refresh_expiration: true,
		    code: lua["increment_reservoir.lua"]
		  }
		};
		exports.names = Object.keys(templates);

		exports.keys = function (name, id) {
		  return templates[name].keys(id);
		};

		exports.payload = function (name) {
		  var template;
		  template = templates[name];
		  return Array.prototype.concat(headers.refs, template.headers.map(function (h) {
		    return headers[h];
		  }), template.refresh_expiration ? headers.refresh_expiration : "", template.code).join("\n");
		}; 
	} (Scripts));
	return Scripts;
}

var RedisConnection_1;
var hasRequiredRedisConnection;

function requireRedisConnection () {
	if (hasRequiredRedisConnection) return RedisConnection_1;
	hasRequiredRedisConnection = 1;

	function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) { try { var info = gen[key](arg); var value = info.value; } catch (error) { reject(error); return; } if (info.done) { resolve(value); } else { Promise.resolve(value).then(_next, _throw); } }

	function _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve, reject) { var gen = fn.apply(self, args); function _next(value) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value); } function _throw(err) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err); } _next(undefined); }); }; }

	var Events, RedisConnection, Scripts, parser;
	parser = requireParser();
	Events = requireEvents();
	Scripts = requireScripts();

	RedisConnection = function () {
	  class RedisConnection {
	    constructor(options = {}) {
	      parser.load(options, this.defaults, this);

	      if (this.Redis == null) {
	        this.Redis = eval("require")("redis"); // Obfuscated or else Webpack/Angular will try to inline the optional redis module. To override this behavior: pass the redis module to Bottleneck as the 'Redis' option.
	      }

	      if (this.Events == null) {
	        this.Events = new Events(this);
	      }

	      this.terminated = false;

	      if (this.client == null) {
	        this.client = this.Redis.createClient(this.clientOptions);
	      }

	      this.subscriber = this.client.duplicate();
	      this.limiters = {};
	      this.shas = {};
	      this.ready = this.Promise.all([this._setup(this.client, false), this._setup(this.subscriber, true)]).then(() => {
	        return this._loadScripts();
	      }).then(() => {
	        return {
	          client: this.client,
	          subscriber: this.subscriber
	        };
	      });
	    }

	    _setup(client, sub) {
	      client.setMaxListeners(0);
	      return new this.Promise((resolve, reject) => {
	        client.on("error", e => {
	          return this.Events.trigger("error", e);
	        });

	        if (sub) {
	          client.on("message", (channel, message) => {
	            var ref;
	            return (ref = this.limiters[channel]) != null ? ref._store.onMessage(channel, message) : void 0;
	          });
	        }

	        if (client.ready) {
	          return resolve();
	        } else {
	          return client.once("ready", resolve);
	        }
	      });
	    }

	    _loadScript(name) {
	      return new this.Promise((resolve, reject) => {
	        var payload;
	        payload = Scripts.payload(name);
	        return this.client.multi([["script", "load", payload]]).exec((err, replies) => {
	          if (err != null) {
	            return reject(err);
	          }

	          this.shas[name] = replies[0];
	          return resolve(replies[0]);
	        });
	      });
	    }

	    _loadScripts() {
	      return this.Promise.all(Scripts.names.map(k => {
	        return this._loadScript(k);
	      }));
	    }

	    __runCommand__(cmd) {
	      var _this = this;

	      return _asyncToGenerator(function* () {
	        yield _this.ready;
	        return new _this.Promise((resolve, reject) => {
	          return _this.client.multi([cmd]).exec_atomic(function (err, replies) {
	            if (err != null) {
	              return reject(err);
	            } else {
	              return resolve(replies[0]);
	            }
	          });
	        });
	      })();
	    }

	    __addLimiter__(instance) {
	      return this.Promise.all([instance.channel(), instance.channel_client()].map(channel => {
	        return new this.Promise((resolve, reject) => {
	          var handler;

	          handler = chan => {
	            if (chan === channel) {
	              this.subscriber.removeListener("subscribe", handler);
	              this.limiters[channel] = instance;
	              return resolve();
	            }
	          };

	          this.subscriber.on("subscribe", handler);
	          return this.subscriber.subscribe(channel);
	        });
	      }));
	    }

	    __removeLimiter__(instance) {
	      var _this2 = this;

	      return this.Promise.all([instance.channel(), instance.channel_client()].map(
	      /*#__PURE__*/
	      function () {
	        var _ref = _asyncToGenerator(function* (channel) {
	          if (!_this2.terminated) {
	            yield new _this2.Promise((resolve, reject) => {
	              return _this2.subscriber.unsubscribe(channel, function (err, chan) {
	                if (err != null) {
	                  return reject(err);
	                }

	                if (chan === channel) {
	                  return resolve();
	                }
	              });
	            });
	          }

	          return delete _this2.limiters[channel];
	        });

	        return function (_x) {
	          return _ref.apply(this, arguments);
	        };
	      }()));
	    }

	    __scriptArgs__(name, id, args, cb) {
	      var keys;
	      keys = Scripts.keys(name, id);
	      return [this.shas[name], keys.length].concat(keys, args, cb);
	    }

	    __scriptFn__(name) {
	      return this.client.evalsha.bind(this.client);
	    }

	    disconnect(flush = true) {
	      var i, k, len, ref;
	      ref = Object.keys(this.limiters);

	      for (i = 0, len = ref.length; i < len; i++) {
	        k = ref[i];
	        clearInterval(this.limiters[k]._store.heartbeat);
	      }

	      this.limiters = {};
	      this.terminated = true;
	      this.client.end(flush);
	      this.subscriber.end(flush);
	      return this.Promise.resolve();
	    }

	  }
	  RedisConnection.prototype.datastore = "redis";
	  RedisConnection.prototype.defaults = {
	    Redis: null,
	    clientOptions: {},
	    client: null,
	    Promise: Promise,
	    Events: null
	  };
	  return RedisConnection;
	}.call(void 0);

	RedisConnection_1 = RedisConnection;
	return RedisConnection_1;
}

var IORedisConnection_1;
var hasRequiredIORedisConnection;

function requireIORedisConnection () {
	if (hasRequiredIORedisConnection) return IORedisConnection_1;
	hasRequiredIORedisConnection = 1;

	function _slicedToArray(arr, i) { return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _nonIterableRest(); }

	function _nonIterableRest() { throw new TypeError("Invalid attempt to destructure non-iterable instance"); }

	function _iterableToArrayLimit(arr, i) { var _arr = []; var _n = true; var _d = false; var _e = undefined; try { for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) { _arr.push(_s.value); if (i && _arr.length === i) break; } } catch (err) { _d = true; _e = err; } finally { try { if (!_n && _i["return"] != null) _i["return"](); } finally { if (_d) throw _e; } } return _arr; }

	function _arrayWithHoles(arr) { if (Array.isArray(arr)) return arr; }

	function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) { try { var info = gen[key](arg); var value = info.value; } catch (error) { reject(error); return; } if (info.done) { resolve(value); } else { Promise.resolve(value).then(_next, _throw); } }

	function _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve, reject) { var gen = fn.apply(self, args); function _next(value) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value); } function _throw(err) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err); } _next(undefined); }); }; }

	var Events, IORedisConnection, Scripts, parser;
	parser = requireParser();
	Events = requireEvents();
	Scripts = requireScripts();

	IORedisConnection = function () {
	  class IORedisConnection {
	    constructor(options = {}) {
	      parser.load(options, this.defaults, this);

	      if (this.Redis == null) {
	        this.Redis = eval("require")("ioredis"); // Obfuscated or else Webpack/Angular will try to inline the optional ioredis module. To override this behavior: pass the ioredis module to Bottleneck as the 'Redis' option.
	      }

	      if (this.Events == null) {
	        this.Events = new Events(this);
	      }

	      this.terminated = false;

	      if (this.clusterNodes != null) {
	        this.client = new this.Redis.Cluster(this.clusterNodes, this.clientOptions);
	        this.subscriber = new this.Redis.Cluster(this.clusterNodes, this.clientOptions);
	      } else if (this.client != null && this.client.duplicate == null) {
	        this.subscriber = new this.Redis.Cluster(this.client.startupNodes, this.client.options);
	      } else {
	        if (this.client == null) {
	          this.client = new this.Redis(this.clientOptions);
	        }

	        this.subscriber = this.client.duplicate();
	      }

	      this.limiters = {};
	      this.ready = this.Promise.all([this._setup(this.client, false), this._setup(this.subscriber, true)]).then(() => {
	        this._loadScripts();

	        return {
	          client: this.client,
	          subscriber: this.subscriber
	        };
	      });
	    }

	    _setup(client, sub) {
	      client.setMaxListeners(0);
	      return new this.Promise((resolve, reject) => {
	        client.on("error", e => {
	          return this.Events.trigger("error", e);
	        });

	        if (sub) {
	          client.on("message", (channel, message) => {
	            var ref;
	            return (ref = this.limiters[channel]) != null ? ref._store.onMessage(channel, message) : void 0;
	          });
	        }

	        if (client.status === "ready") {
	          return resolve();
	        } else {
	          return client.once("ready", resolve);
	        }
	      });
	    }

	    _loadScripts() {
	      return Scripts.names.forEach(name => {
	        return this.client.defineCommand(name, {
	          lua: Scripts.payload(name)
	        });
	      });
	    }

	    __runCommand__(cmd) {
	      var _this = this;

	      return _asyncToGenerator(function* () {
	        var deleted;

	        yield _this.ready;

	        var _ref = yield _this.client.pipeline([cmd]).exec();

	        var _ref2 = _slicedToArray(_ref, 1);

	        var _ref2$ = _slicedToArray(_ref2[0], 2);

	        _ref2$[0];
	        deleted = _ref2$[1];
	        return deleted;
	      })();
	    }

	    __addLimiter__(instance) {
	      return this.Promise.all([instance.channel(), instance.channel_client()].map(channel => {
	        return new this.Promise((resolve, reject) => {
	          return this.subscriber.subscribe(channel, () => {
	            this.limiters[channel] = instance;
	            return resolve();
	          });
	        });
	      }));
	    }

	    __removeLimiter__(instance) {
	      var _this2 = this;

	      return [instance.channel(), instance.channel_client()].forEach(
	      /*#__PURE__*/
	      function () {
	        var _ref3 = _asyncToGenerator(function* (channel) {
	          if (!_this2.terminated) {
	            yield _this2.subscriber.unsubscribe(channel);
	          }

	          return delete _this2.limiters[channel];
	        });

	        return function (_x) {
	          return _ref3.apply(this, arguments);
	        };
	      }());
	    }

	    __scriptArgs__(name, id, args, cb) {
	      var keys;
	      keys = Scripts.keys(name, id);
	      return [keys.length].concat(keys, args, cb);
	    }

	    __scriptFn__(name) {
	      return this.client[name].bind(this.client);
	    }

	    disconnect(flush = true) {
	      var i, k, len, ref;
	      ref = Object.keys(this.limiters);

	      for (i = 0, len = ref.length; i < len; i++) {
	        k = ref[i];
	        clearInterval(this.limiters[k]._store.heartbeat);
	      }

	      this.limiters = {};
	      this.terminated = true;

	      if (flush) {
	        return this.Promise.all([this.client.quit(), this.subscriber.quit()]);
	      } else {
	        this.client.disconnect();
	        this.subscriber.disconnect();
	        return this.Promise.resolve();
	      }
	    }

	  }
	  IORedisConnection.prototype.datastore = "ioredis";
	  IORedisConnection.prototype.defaults = {
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    client: null,
	    Promise: Promise,
	    Events: null
	  };
	  return IORedisConnection;
	}.call(void 0);

	IORedisConnection_1 = IORedisConnection;
	return IORedisConnection_1;
}

var RedisDatastore_1;
var hasRequiredRedisDatastore;

function requireRedisDatastore () {
	if (hasRequiredRedisDatastore) return RedisDatastore_1;
	hasRequiredRedisDatastore = 1;

	function _slicedToArray(arr, i) { return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _nonIterableRest(); }

	function _nonIterableRest() { throw new TypeError("Invalid attempt to destructure non-iterable instance"); }

	function _iterableToArrayLimit(arr, i) { var _arr = []; var _n = true; var _d = false; var _e = undefined; try { for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) { _arr.push(_s.value); if (i && _arr.length === i) break; } } catch (err) { _d = true; _e = err; } finally { try { if (!_n && _i["return"] != null) _i["return"](); } finally { if (_d) throw _e; } } return _arr; }

	function _arrayWithHoles(arr) { if (Array.isArray(arr)) return arr; }

	function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) { try { var info = gen[key](arg); var value = info.value; } catch (error) { reject(error); return; } if (info.done) { resolve(value); } else { Promise.resolve(value).then(_next, _throw); } }

	function _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve, reject) { var gen = fn.apply(self, args); function _next(value) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value); } function _throw(err) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err); } _next(undefined); }); }; }

	var BottleneckError, IORedisConnection, RedisConnection, RedisDatastore, parser;
	parser = requireParser();
	BottleneckError = requireBottleneckError();
	RedisConnection = requireRedisConnection();
	IORedisConnection = requireIORedisConnection();
	RedisDatastore = class RedisDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.originalId = this.instance.id;
	    this.clientId = this.instance._randomIndex();
	    parser.load(storeInstanceOptions, storeInstanceOptions, this);
	    this.clients = {};
	    this.capacityPriorityCounters = {};
	    this.sharedConnection = this.connection != null;

	    if (this.connection == null) {
	      this.connection = this.instance.datastore === "redis" ? new RedisConnection({
	        Redis: this.Redis,
	        clientOptions: this.clientOptions,
	        Promise: this.Promise,
	        Events: this.instance.Events
	      }) : this.instance.datastore === "ioredis" ? new IORedisConnection({
	        Redis: this.Redis,
	        clientOptions: this.clientOptions,
	        clusterNodes: this.clusterNodes,
	        Promise: this.Promise,
	        Events: this.instance.Events
	      }) : void 0;
	    }

	    this.instance.connection = this.connection;
	    this.instance.datastore = this.connection.datastore;
	    this.ready = this.connection.ready.then(clients => {
	      this.clients = clients;
	      return this.runScript("init", this.prepareInitSettings(this.clearDatastore));
	    }).then(() => {
	      return this.connection.__addLimiter__(this.instance);
	    }).then(() => {
	      return this.runScript("register_client", [this.instance.queued()]);
	    }).then(() => {
	      var base;

	      if (typeof (base = this.heartbeat = setInterval(() => {
	        return this.runScript("heartbeat", []).catch(e => {
	          return this.instance.Events.trigger("error", e);
	        });
	      }, this.heartbeatInterval)).unref === "function") {
	        base.unref();
	      }

	      return this.clients;
	    });
	  }

	  __publish__(message) {
	    var _this = this;

	    return _asyncToGenerator(function* () {
	      var client;

	      var _ref = yield _this.ready;

	      client = _ref.client;
	      return client.publish(_this.instance.channel(), `message:${message.toString()}`);
	    })();
	  }

	  onMessage(channel, message) {
	    var _this2 = this;

	    return _asyncToGenerator(function* () {
	      var capacity, counter, data, drained, e, newCapacity, pos, priorityClient, rawCapacity, type;

	      try {
	        pos = message.indexOf(":");
	        var _ref2 = [message.slice(0, pos), message.slice(pos + 1)];
	        type = _ref2[0];
	        data = _ref2[1];

	        if (type === "capacity") {
	          return yield _this2.instance._drainAll(data.length > 0 ? ~~data : void 0);
	        } else if (type === "capacity-priority") {
	          var _data$split = data.split(":");

	          var _data$split2 = _slicedToArray(_data$split, 3);

	          rawCapacity = _data$split2[0];
	          priorityClient = _data$split2[1];
	          counter = _data$split2[2];
	          capacity = rawCapacity.length > 0 ? ~~rawCapacity : void 0;

	          if (priorityClient === _this2.clientId) {
	            drained = yield _this2.instance._drainAll(capacity);
	            newCapacity = capacity != null ? capacity - (drained || 0) : "";
	            return yield _this2.clients.client.publish(_this2.instance.channel(), `capacity-priority:${newCapacity}::${counter}`);
	          } else if (priorityClient === "") {
	            clearTimeout(_this2.capacityPriorityCounters[counter]);
	            delete _this2.capacityPriorityCounters[counter];
	            return _this2.instance._drainAll(capacity);
	          } else {
	            return _this2.capacityPriorityCounters[counter] = setTimeout(
	            /*#__PURE__*/
	            _asyncToGenerator(function* () {
	              var e;

	              try {
	                delete _this2.capacityPriorityCounters[counter];
	                yield _this2.runScript("blacklist_client", [priorityClient]);
	                return yield _this2.instance._drainAll(capacity);
	              } catch (error) {
	                e = error;
	                return _this2.instance.Events.trigger("error", e);
	              }
	            }), 1000);
	          }
	        } else if (type === "message") {
	          return _this2.instance.Events.trigger("message", data);
	        } else if (type === "blocked") {
	          return yield _this2.instance._dropAllQueued();
	        }
	      } catch (error) {
	        e = error;
	        return _this2.instance.Events.trigger("error", e);
	      }
	    })();
	  }

	  __disconnect__(flush) {
	    clearInterval(this.heartbeat);

	    if (this.sharedConnection) {
	      return this.connection.__removeLimiter__(this.instance);
	    } else {
	      return this.connection.disconnect(flush);
	    }
	  }

	  runScript(name, args) {
	    var _this3 = this;

	    return _asyncToGenerator(function* () {
	      if (!(name === "init" || name === "register_client")) {
	        yield _this3.ready;
	      }

	      return new _this3.Promise((resolve, reject) => {
	        var all_args, arr;
	        all_args = [Date.now(), _this3.clientId].concat(args);

	        _this3.instance.Events.trigger("debug", `Calling Redis script: ${name}.lua`, all_args);

	        arr = _this3.connection.__scriptArgs__(name, _this3.originalId, all_args, function (err, replies) {
	          if (err != null) {
	            return reject(err);
	          }

	          return resolve(replies);
	        });
	        return _this3.connection.__scriptFn__(name)(...arr);
	      }).catch(e => {
	        if (e.message === "SETTINGS_KEY_NOT_FOUND") {
	          if (name === "heartbeat") {
	            return _this3.Promise.resolve();
	          } else {
	            return _this3.runScript("init", _this3.prepareInitSettings(false)).then(() => {
	              return _this3.runScript(name, args);
	            });
	          }
	        } else if (e.message === "UNKNOWN_CLIENT") {
	          return _this3.runScript("register_client", [_this3.instance.queued()]).then(() => {
	            return _this3.runScript(name, args);
	          });
	        } else {
	          return _this3.Promise.reject(e);
	        }
	      });
	    })();
	  }

	  prepareArray(arr) {
	    var i, len, results, x;
	    results = [];

	    for (i = 0, len = arr.length; i < len; i++) {
	      x = arr[i];
	      results.push(x != null ? x.toString() : "");
	    }

	    return results;
	  }

	  prepareObject(obj) {
	    var arr, k, v;
	    arr = [];

	    for (k in obj) {
	      v = obj[k];
	      arr.push(k, v != null ? v.toString() : "");
	    }

	    return arr;
	  }

	  prepareInitSettings(clear) {
	    var args;
	    args = this.prepareObject(Object.assign({}, this.storeOptions, {
	      id: this.originalId,
	      version: this.instance.version,
	      groupTimeout: this.timeout,
	      clientTimeout: this.clientTimeout
	    }));
	    args.unshift(clear ? 1 : 0, this.instance.version);
	    return args;
	  }

	  convertBool(b) {
	    return !!b;
	  }

	  __updateSettings__(options) {
	    var _this4 = this;

	    return _asyncToGenerator(function* () {
	      yield _this4.runScript("update_settings", _this4.prepareObject(options));
	      return parser.overwrite(options, options, _this4.storeOptions);
	    })();
	  }

	  __running__() {
	    return this.runScript("running", []);
	  }

	  __queued__() {
	    return this.runScript("queued", []);
	  }

	  __done__() {
	    return this.runScript("done", []);
	  }

	  __groupCheck__() {
	    var _this5 = this;

	    return _asyncToGenerator(function* () {
	      return _this5.convertBool((yield _this5.runScript("group_check", [])));
	    })();
	  }

	  __incrementReservoir__(incr) {
	    return this.runScript("increment_reservoir", [incr]);
	  }

	  __currentReservoir__() {
	    return this.runScript("current_reservoir", []);
	  }

	  __check__(weight) {
	    var _this6 = this;

	    return _asyncToGenerator(function* () {
	      return _this6.convertBool((yield _this6.runScript("check", _this6.prepareArray([weight]))));
	    })();
	  }

	  __register__(index, weight, expiration) {
	    var _this7 = this;

	    return _asyncToGenerator(function* () {
	      var reservoir, success, wait;

	      var _ref4 = yield _this7.runScript("register", _this7.prepareArray([index, weight, expiration]));

	      var _ref5 = _slicedToArray(_ref4, 3);

	      success = _ref5[0];
	      wait = _ref5[1];
	      reservoir = _ref5[2];
	      return {
	        success: _this7.convertBool(success),
	        wait,
	        reservoir
	      };
	    })();
	  }

	  __submit__(queueLength, weight) {
	    var _this8 = this;

	    return _asyncToGenerator(function* () {
	      var blocked, e, maxConcurrent, reachedHWM, strategy;

	      try {
	        var _ref6 = yield _this8.runScript("submit", _this8.prepareArray([queueLength, weight]));

	        var _ref7 = _slicedToArray(_ref6, 3);

	        reachedHWM = _ref7[0];
	        blocked = _ref7[1];
	        strategy = _ref7[2];
	        return {
	          reachedHWM: _this8.convertBool(reachedHWM),
	          blocked: _this8.convertBool(blocked),
	          strategy
	        };
	      } catch (error) {
	        e = error;

	        if (e.message.indexOf("OVERWEIGHT") === 0) {
	          var _e$message$split = e.message.split(":");

	          var _e$message$split2 = _slicedToArray(_e$message$split, 3);

	          _e$message$split2[0];
	          weight = _e$message$split2[1];
	          maxConcurrent = _e$message$split2[2];
	          throw new BottleneckError(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${maxConcurrent}`);
	        } else {
	          throw e;
	        }
	      }
	    })();
	  }

	  __free__(index, weight) {
	    var _this9 = this;

	    return _asyncToGenerator(function* () {
	      var running;
	      running = yield _this9.runScript("free", _this9.prepareArray([index]));
	      return {
	        running
	      };
	    })();
	  }

	};
	RedisDatastore_1 = RedisDatastore;
	return RedisDatastore_1;
}

var States_1;
var hasRequiredStates;

function requireStates () {
	if (hasRequiredStates) return States_1;
	hasRequiredStates = 1;

	var BottleneckError, States;
	BottleneckError = requireBottleneckError();
	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function () {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;

	    if (current != null && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];

	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }

	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;

	    if (status != null) {
	      pos = this.status.indexOf(status);

	      if (pos < 0) {
	        throw new BottleneckError(`status must be one of ${this.status.join(', ')}`);
	      }

	      ref = this._jobs;
	      results = [];

	      for (k in ref) {
	        v = ref[k];

	        if (v === pos) {
	          results.push(k);
	        }
	      }

	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }, {});
	  }

	};
	States_1 = States;
	return States_1;
}

var Sync_1;
var hasRequiredSync;

function requireSync () {
	if (hasRequiredSync) return Sync_1;
	hasRequiredSync = 1;

	function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) { try { var info = gen[key](arg); var value = info.value; } catch (error) { reject(error); return; } if (info.done) { resolve(value); } else { Promise.resolve(value).then(_next, _throw); } }

	function _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve, reject) { var gen = fn.apply(self, args); function _next(value) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value); } function _throw(err) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err); } _next(undefined); }); }; }

	var DLList, Sync;
	DLList = requireDLList();
	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  _tryToRun() {
	    var _this = this;

	    return _asyncToGenerator(function* () {
	      var args, cb, error, reject, resolve, returned, task;

	      if (_this._running < 1 && _this._queue.length > 0) {
	        _this._running++;

	        var _this$_queue$shift = _this._queue.shift();

	        task = _this$_queue$shift.task;
	        args = _this$_queue$shift.args;
	        resolve = _this$_queue$shift.resolve;
	        reject = _this$_queue$shift.reject;
	        cb = yield _asyncToGenerator(function* () {
	          try {
	            returned = yield task(...args);
	            return function () {
	              return resolve(returned);
	            };
	          } catch (error1) {
	            error = error1;
	            return function () {
	              return reject(error);
	            };
	          }
	        })();
	        _this._running--;

	        _this._tryToRun();

	        return cb();
	      }
	    })();
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function (_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });

	    this._queue.push({
	      task,
	      args,
	      resolve,
	      reject
	    });

	    this._tryToRun();

	    return promise;
	  }

	};
	Sync_1 = Sync;
	return Sync_1;
}

var version = "2.19.5";
var require$$8 = {
	version: version
};

var Group_1;
var hasRequiredGroup;

function requireGroup () {
	if (hasRequiredGroup) return Group_1;
	hasRequiredGroup = 1;

	function _slicedToArray(arr, i) { return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _nonIterableRest(); }

	function _nonIterableRest() { throw new TypeError("Invalid attempt to destructure non-iterable instance"); }

	function _iterableToArrayLimit(arr, i) { var _arr = []; var _n = true; var _d = false; var _e = undefined; try { for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) { _arr.push(_s.value); if (i && _arr.length === i) break; } } catch (err) { _d = true; _e = err; } finally { try { if (!_n && _i["return"] != null) _i["return"](); } finally { if (_d) throw _e; } } return _arr; }

	function _arrayWithHoles(arr) { if (Array.isArray(arr)) return arr; }

	function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) { try { var info = gen[key](arg); var value = info.value; } catch (error) { reject(error); return; } if (info.done) { resolve(value); } else { Promise.resolve(value).then(_next, _throw); } }

	function _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve, reject) { var gen = fn.apply(self, args); function _next(value) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value); } function _throw(err) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err); } _next(undefined); }); }; }

	var Events, Group, IORedisConnection, RedisConnection, Scripts, parser;
	parser = requireParser();
	Events = requireEvents();
	RedisConnection = requireRedisConnection();
	IORedisConnection = requireIORedisConnection();
	Scripts = requireScripts();

	Group = function () {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events(this);
	      this.instances = {};
	      this.Bottleneck = requireBottleneck();

	      this._startAutoCleanup();

	      this.sharedConnection = this.connection != null;

	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection(Object.assign({}, this.limiterOptions, {
	            Events: this.Events
	          }));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection(Object.assign({}, this.limiterOptions, {
	            Events: this.Events
	          }));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    deleteKey(key = "") {
	      var _this = this;

	      return _asyncToGenerator(function* () {
	        var deleted, instance;
	        instance = _this.instances[key];

	        if (_this.connection) {
	          deleted = yield _this.connection.__runCommand__(['del', ...Scripts.allKeys(`${_this.id}-${key}`)]);
	        }

	        if (instance != null) {
	          delete _this.instances[key];
	          yield instance.disconnect();
	        }

	        return instance != null || deleted > 0;
	      })();
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];

	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }

	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    clusterKeys() {
	      var _this2 = this;

	      return _asyncToGenerator(function* () {
	        var cursor, end, found, i, k, keys, len, next, start;

	        if (_this2.connection == null) {
	          return _this2.Promise.resolve(_this2.keys());
	        }

	        keys = [];
	        cursor = null;
	        start = `b_${_this2.id}-`.length;
	        end = "_settings".length;

	        while (cursor !== 0) {
	          var _ref = yield _this2.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${_this2.id}-*_settings`, "count", 10000]);

	          var _ref2 = _slicedToArray(_ref, 2);

	          next = _ref2[0];
	          found = _ref2[1];
	          cursor = ~~next;

	          for (i = 0, len = found.length; i < len; i++) {
	            k = found[i];
	            keys.push(k.slice(start, -end));
	          }
	        }

	        return keys;
	      })();
	    }

	    _startAutoCleanup() {
	      var _this3 = this;

	      var base;
	      clearInterval(this.interval);
	      return typeof (base = this.interval = setInterval(
	      /*#__PURE__*/
	      _asyncToGenerator(function* () {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = _this3.instances;
	        results = [];

	        for (k in ref) {
	          v = ref[k];

	          try {
	            if (yield v._store.__groupCheck__(time)) {
	              results.push(_this3.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }

	        return results;
	      }), this.timeout / 2)).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser.overwrite(options, this.defaults, this);
	      parser.overwrite(options, options, this.limiterOptions);

	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;

	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };
	  return Group;
	}.call(void 0);

	Group_1 = Group;
	return Group_1;
}

var Batcher_1;
var hasRequiredBatcher;

function requireBatcher () {
	if (hasRequiredBatcher) return Batcher_1;
	hasRequiredBatcher = 1;

	var Batcher, Events, parser;
	parser = requireParser();
	Events = requireEvents();

	Batcher = function () {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser.load(this.options, this.defaults, this);
	      this.Events = new Events(this);
	      this._arr = [];

	      this._resetPromise();

	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();

	      this._resolve();

	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;

	      this._arr.push(data);

	      ret = this._promise;

	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if (this.maxTime != null && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }

	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };
	  return Batcher;
	}.call(void 0);

	Batcher_1 = Batcher;
	return Batcher_1;
}

var Bottleneck_1;
var hasRequiredBottleneck;

function requireBottleneck () {
	if (hasRequiredBottleneck) return Bottleneck_1;
	hasRequiredBottleneck = 1;

	function _slicedToArray(arr, i) { return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _nonIterableRest(); }

	function _iterableToArrayLimit(arr, i) { var _arr = []; var _n = true; var _d = false; var _e = undefined; try { for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) { _arr.push(_s.value); if (i && _arr.length === i) break; } } catch (err) { _d = true; _e = err; } finally { try { if (!_n && _i["return"] != null) _i["return"](); } finally { if (_d) throw _e; } } return _arr; }

	function _toArray(arr) { return _arrayWithHoles(arr) || _iterableToArray(arr) || _nonIterableRest(); }

	function _nonIterableRest() { throw new TypeError("Invalid attempt to destructure non-iterable instance"); }

	function _iterableToArray(iter) { if (Symbol.iterator in Object(iter) || Object.prototype.toString.call(iter) === "[object Arguments]") return Array.from(iter); }

	function _arrayWithHoles(arr) { if (Array.isArray(arr)) return arr; }

	function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) { try { var info = gen[key](arg); var value = info.value; } catch (error) { reject(error); return; } if (info.done) { resolve(value); } else { Promise.resolve(value).then(_next, _throw); } }

	function _asyncToGenerator(fn) { return function () { var self = this, args = arguments; return new Promise(function (resolve, reject) { var gen = fn.apply(self, args); function _next(value) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value); } function _throw(err) { asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err); } _next(undefined); }); }; }

	var Bottleneck,
	    DEFAULT_PRIORITY,
	    Events,
	    Job,
	    LocalDatastore,
	    NUM_PRIORITIES,
	    Queues,
	    RedisDatastore,
	    States,
	    Sync,
	    parser,
	    splice = [].splice;
	NUM_PRIORITIES = 10;
	DEFAULT_PRIORITY = 5;
	parser = requireParser();
	Queues = requireQueues();
	Job = requireJob();
	LocalDatastore = requireLocalDatastore();
	RedisDatastore = requireRedisDatastore();
	Events = requireEvents();
	States = requireStates();
	Sync = requireSync();

	Bottleneck = function () {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);

	      this._validateOptions(options, invalid);

	      parser.load(options, this.instanceDefaults, this);
	      this._queues = new Queues(NUM_PRIORITIES);
	      this._scheduled = {};
	      this._states = new States(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events(this);
	      this._submitLock = new Sync("submit", this.Promise);
	      this._registerLock = new Sync("register", this.Promise);
	      storeOptions = parser.load(options, this.storeDefaults, {});

	      this._store = function () {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
	          storeInstanceOptions = parser.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }.call(this);

	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });

	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!(options != null && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    _free(index, job, options, eventInfo) {
	      var _this = this;

	      return _asyncToGenerator(function* () {
	        var e, running;

	        try {
	          var _ref = yield _this._store.__free__(index, options.weight);

	          running = _ref.running;

	          _this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);

	          if (running === 0 && _this.empty()) {
	            return _this.Events.trigger("idle");
	          }
	        } catch (error1) {
	          e = error1;
	          return _this.Events.trigger("error", e);
	        }
	      })();
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function () {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;

	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }

	        queue = this._queues.getFirst();

	        var _next2 = next = queue.first();

	        options = _next2.options;
	        args = _next2.args;

	        if (capacity != null && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }

	        this.Events.trigger("debug", `Draining ${options.id}`, {
	          args,
	          options
	        });
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({
	          success,
	          wait,
	          reservoir
	        }) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {
	            success,
	            args,
	            options
	          });

	          if (success) {
	            queue.shift();
	            empty = this.empty();

	            if (empty) {
	              this.Events.trigger("empty");
	            }

	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }

	            this._run(index, next, wait);

	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then(drained => {
	        var newCapacity;

	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch(e => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function (job) {
	        return job.doDrop({
	          message
	        });
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser.load(options, this.stopDefaults);

	      waitForExecuting = at => {
	        var finished;

	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return counts[0] + counts[1] + counts[2] + counts[3] === at;
	        };

	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };

	      done = options.dropWaitingJobs ? (this._run = function (index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;

	          for (k in ref) {
	            v = ref[k];

	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }

	          this._dropAllQueued(options.dropErrorMessage);

	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });

	      this._receive = function (job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };

	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };

	      return done;
	    }

	    _addToQueue(job) {
	      var _this2 = this;

	      return _asyncToGenerator(function* () {
	        var args, blocked, error, options, reachedHWM, shifted, strategy;
	        args = job.args;
	        options = job.options;

	        try {
	          var _ref2 = yield _this2._store.__submit__(_this2.queued(), options.weight);

	          reachedHWM = _ref2.reachedHWM;
	          blocked = _ref2.blocked;
	          strategy = _ref2.strategy;
	        } catch (error1) {
	          error = error1;

	          _this2.Events.trigger("debug", `Could not queue ${options.id}`, {
	            args,
	            options,
	            error
	          });

	          job.doDrop({
	            error
	          });
	          return false;
	        }

	        if (blocked) {
	          job.doDrop();
	          return true;
	        } else if (reachedHWM) {
	          shifted = strategy === Bottleneck.prototype.strategy.LEAK ? _this2._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? _this2._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;

	          if (shifted != null) {
	            shifted.doDrop();
	          }

	          if (shifted == null || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	            if (shifted == null) {
	              job.doDrop();
	            }

	            return reachedHWM;
	          }
	        }

	        job.doQueue(reachedHWM, blocked);

	        _this2._queues.push(job);

	        yield _this2._drainAll();
	        return reachedHWM;
	      })();
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));

	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;

	      if (typeof args[0] === "function") {
	        var _ref3, _ref4, _splice$call, _splice$call2;

	        ref = args, (_ref3 = ref, _ref4 = _toArray(_ref3), fn = _ref4[0], args = _ref4.slice(1), _ref3), (_splice$call = splice.call(args, -1), _splice$call2 = _slicedToArray(_splice$call, 1), cb = _splice$call2[0], _splice$call);
	        options = parser.load({}, this.jobDefaults);
	      } else {
	        var _ref5, _ref6, _splice$call3, _splice$call4;

	        ref1 = args, (_ref5 = ref1, _ref6 = _toArray(_ref5), options = _ref6[0], fn = _ref6[1], args = _ref6.slice(2), _ref5), (_splice$call3 = splice.call(args, -1), _splice$call4 = _slicedToArray(_splice$call3, 1), cb = _splice$call4[0], _splice$call3);
	        options = parser.load(options, this.jobDefaults);
	      }

	      task = (...args) => {
	        return new this.Promise(function (resolve, reject) {
	          return fn(...args, function (...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };

	      job = new Job(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function (args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function (args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;

	      if (typeof args[0] === "function") {
	        var _args = args;

	        var _args2 = _toArray(_args);

	        task = _args2[0];
	        args = _args2.slice(1);
	        options = {};
	      } else {
	        var _args3 = args;

	        var _args4 = _toArray(_args3);

	        options = _args4[0];
	        task = _args4[1];
	        args = _args4.slice(2);
	      }

	      job = new Job(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);

	      this._receive(job);

	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);

	      wrapped = function wrapped(...args) {
	        return schedule(fn.bind(this), ...args);
	      };

	      wrapped.withOptions = function (options, ...args) {
	        return schedule(options, fn, ...args);
	      };

	      return wrapped;
	    }

	    updateSettings(options = {}) {
	      var _this3 = this;

	      return _asyncToGenerator(function* () {
	        yield _this3._store.__updateSettings__(parser.overwrite(options, _this3.storeDefaults));
	        parser.overwrite(options, _this3.instanceDefaults, _this3);
	        return _this3;
	      })();
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;
	  Bottleneck.Events = Events;
	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;
	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };
	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = requireBottleneckError();
	  Bottleneck.Group = Bottleneck.prototype.Group = requireGroup();
	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = requireRedisConnection();
	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = requireIORedisConnection();
	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = requireBatcher();
	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };
	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };
	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };
	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };
	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };
	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };
	  return Bottleneck;
	}.call(void 0);

	Bottleneck_1 = Bottleneck;
	return Bottleneck_1;
}

var lib;
var hasRequiredLib;

function requireLib () {
	if (hasRequiredLib) return lib;
	hasRequiredLib = 1;

	lib = requireBottleneck();
	return lib;
}

var libExports = requireLib();
var Bottleneck = /*@__PURE__*/getDefaultExportFromCjs(libExports);

// Conditional-request cache: GitHub does not count a 304 against the primary rate limit, so a
// nightly audit that re-reads mostly unchanged lists costs little. Kept between runs by the
// state store through pack()/unpack().
const PACKED = 'deflate:';
/** About 32 MB of JSON per shard: a few MB once deflated and base64-encoded. */
const SHARD_TARGET_BYTES = 32 * 1024 * 1024;
/** FNV-1a: a stable spread of keys over shards, the same on every run. */
function keyHash(key) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
        hash ^= key.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash;
}
class EtagCache {
    entries = new Map();
    /** The key is method + full URL including the query string: each page is its own entry. */
    static key(method, url) {
        return `${method.toUpperCase()} ${url}`;
    }
    get(key) {
        return this.entries.get(key);
    }
    set(key, entry) {
        this.entries.set(key, entry);
    }
    get size() {
        return this.entries.size;
    }
    toJSON() {
        return { version: 1, entries: Object.fromEntries(this.entries) };
    }
    /**
     * The cache as one compact string for the state file: the cached bodies are repetitive JSON
     * (about a tenth after deflate), and a large organization keeps tens of thousands of them.
     */
    pack(keep = () => true) {
        const entries = Object.fromEntries(Object.entries(this.toJSON().entries).filter(([key]) => keep(key)));
        const json = { version: 1, entries };
        return PACKED + deflateRawSync(JSON.stringify(json)).toString('base64');
    }
    /**
     * The cache as several packed strings of about `targetBytes` of JSON each, entries spread by
     * a hash of their key: a large organization's cache (hundreds of MB of JSON) never becomes
     * one string — V8 caps a string near 512 MB — and a change touches only its own shard.
     */
    packShards(keep = () => true, targetBytes = SHARD_TARGET_BYTES) {
        const kept = [...this.entries].filter(([key]) => keep(key));
        let total = 0;
        for (const [key, entry] of kept)
            total += key.length + JSON.stringify(entry).length;
        const count = Math.max(1, Math.ceil(total / targetBytes));
        const buckets = Array.from({ length: count }, () => []);
        for (const pair of kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            buckets[keyHash(pair[0]) % count].push(pair);
        }
        return buckets.map((bucket) => {
            const json = { version: 1, entries: Object.fromEntries(bucket) };
            return PACKED + deflateRawSync(JSON.stringify(json)).toString('base64');
        });
    }
    /** A packed cache, a list of packed shards or a plain `toJSON()` object; anything else is a cold cache. */
    static unpack(value) {
        if (Array.isArray(value)) {
            const cache = new EtagCache();
            for (const shard of value)
                for (const [key, entry] of EtagCache.unpack(shard).entries)
                    cache.set(key, entry);
            return cache;
        }
        if (typeof value === 'string' && value.startsWith(PACKED)) {
            try {
                return EtagCache.fromJSON(JSON.parse(inflateRawSync(Buffer.from(value.slice(PACKED.length), 'base64')).toString('utf8')));
            }
            catch {
                return new EtagCache();
            }
        }
        return EtagCache.fromJSON(value);
    }
    /** Tolerates anything: a damaged or foreign state file only costs a cold cache. */
    static fromJSON(json) {
        const cache = new EtagCache();
        if (typeof json !== 'object' || json === null)
            return cache;
        const { version, entries } = json;
        if (version !== 1 || typeof entries !== 'object' || entries === null)
            return cache;
        for (const [key, entry] of Object.entries(entries)) {
            if (typeof entry?.etag === 'string') {
                cache.set(key, {
                    etag: entry.etag,
                    data: entry.data,
                    link: typeof entry.link === 'string' ? entry.link : null,
                });
            }
        }
        return cache;
    }
}

// Pacing under GitHub's secondary limits: at most 900 points a minute on one REST endpoint and
// 2,000 on GraphQL (GET/HEAD/OPTIONS and GraphQL queries cost 1 point, writes and mutations 5),
// at most 100 requests in flight shared by both, and a pause for everyone when GitHub answers
// with `retry-after`. A limit GitHub enforces cannot be read ahead of time, so the client keeps
// its own account and waits before it would cross one, instead of learning from 403s.
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
const GITHUB_SECONDARY_LIMITS = {
    restPointsPerWindow: 900,
    graphqlPointsPerWindow: 2000,
    maxConcurrent: 100,
    windowMs: 60_000,
};
/** GitHub's point cost of one request. */
function requestPoints(method, graphqlMutation = false) {
    if (graphqlMutation)
        return 5;
    return ['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase()) ? 1 : 5;
}
/** Whether a GraphQL request body is a mutation (the only GraphQL write; it costs 5 points). */
function isGraphqlMutation(body) {
    if (typeof body !== 'string')
        return false;
    try {
        const query = JSON.parse(body).query;
        return typeof query === 'string' && /^\s*(?:#[^\n]*\n\s*)*mutation\b/.test(query);
    }
    catch {
        return false;
    }
}
const SEGMENT_PARAMETERS = {
    // `/<word>/<value>`: the value is a parameter of the route, not part of the endpoint.
    orgs: 1,
    users: 1,
    teams: 1,
    environments: 1,
    secrets: 1,
    keys: 1,
    invitations: 1,
    collaborators: 1,
    members: 1,
    memberships: 1,
    issues: 1,
    comments: 1,
    contents: Infinity,
    git: Infinity,
    'check-runs': 1,
    'personal-access-tokens': 1,
    'credential-authorizations': 1,
};
/**
 * The endpoint a request path belongs to, as GitHub counts "one REST endpoint": the route with
 * its parameters generalised (`/repos/{owner}/{repo}/actions/secrets`), so that 5,000
 * repositories' secret lists share one budget.
 */
function endpointOf(method, path) {
    const segments = path.split('?')[0].split('/').filter(Boolean);
    const out = [];
    for (let i = 0; i < segments.length; i += 1) {
        const segment = segments[i];
        out.push(segment);
        if (segment === 'repos' && out.length === 1) {
            out.push('{owner}', '{repo}');
            i += 2;
            continue;
        }
        const skip = SEGMENT_PARAMETERS[segment];
        if (skip === undefined)
            continue;
        if (skip === Infinity) {
            out.push('{path}');
            break;
        }
        if (i + 1 < segments.length) {
            out.push('{}');
            i += 1;
        }
    }
    return `${method.toUpperCase()} /${out.map((s) => (/^\d+$/.test(s) ? '{id}' : s)).join('/')}`;
}
/**
 * The earliest time at or after `now` when `points` more fit in a sliding window of `windowMs`
 * holding at most `limit` points, given what was spent (oldest first). Pure: the pacer's core.
 */
function earliestStart(spent, now, points, limit, windowMs) {
    let inWindow = 0;
    let first = 0;
    while (first < spent.length && spent[first].at <= now - windowMs)
        first += 1;
    for (let i = first; i < spent.length; i += 1)
        inWindow += spent[i].points;
    // A single request larger than the whole window can only wait for an empty window.
    const need = Math.min(points, limit);
    let start = now;
    let i = first;
    while (inWindow + need > limit && i < spent.length) {
        // Waiting until the oldest spending leaves the window frees its points.
        start = spent[i].at + windowMs;
        inWindow -= spent[i].points;
        i += 1;
    }
    return start;
}
/**
 * One pacer per client: every HTTP exchange asks it first and tells it when done.
 *
 * A request's points are stamped when its answer arrives, and count as "now" while it is in
 * flight. GitHub stamps a request somewhere between our send and our answer, so a window
 * counted this way always holds at least what GitHub's window holds, whatever the latency.
 */
class Pacer {
    limits;
    clock;
    stats = { waits: 0, waitedMs: 0, peakConcurrent: 0, retryAfterPauses: 0 };
    lanes = new Map();
    inFlight = 0;
    queue = [];
    pausedUntil = 0;
    constructor(limits = GITHUB_SECONDARY_LIMITS, clock = realClock) {
        this.limits = limits;
        this.clock = clock;
    }
    /** Waits for a slot and for the points; returns the release to call when the answer is in. */
    async acquire(lane, points) {
        await this.slot();
        const state = this.lane(lane.kind === 'graphql' ? 'graphql' : lane.endpoint);
        const limit = lane.kind === 'graphql' ? this.limits.graphqlPointsPerWindow : this.limits.restPointsPerWindow;
        const started = this.clock.now();
        let waited = false;
        for (;;) {
            const now = this.clock.now();
            this.trim(state, now);
            const room = limit - state.pendingPoints;
            if (room < Math.min(points, limit) && state.pendingPoints > 0) {
                // Only an answer can free these points: wait for one.
                waited = true;
                await new Promise((resolve) => state.waiting.push(resolve));
                continue;
            }
            const start = Math.max(earliestStart(state.spent, now, points, room, this.limits.windowMs), this.pausedUntil);
            if (start <= now)
                break;
            waited = true;
            await this.clock.sleep(start - now);
        }
        state.pendingPoints += points;
        if (waited) {
            this.stats.waits += 1;
            this.stats.waitedMs += this.clock.now() - started;
        }
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            state.pendingPoints -= points;
            state.spent.push({ at: this.clock.now(), points });
            for (const wake of state.waiting.splice(0))
                wake();
            // Hand the slot straight to the next waiter, so inFlight never exceeds the cap.
            const next = this.queue.shift();
            if (next)
                next();
            else
                this.inFlight -= 1;
        };
    }
    /** GitHub said `retry-after`: nothing new starts before then (requests in flight finish). */
    pause(seconds) {
        if (!Number.isFinite(seconds) || seconds <= 0)
            return;
        this.stats.retryAfterPauses += 1;
        this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + seconds * 1000);
    }
    async slot() {
        if (this.inFlight >= this.limits.maxConcurrent) {
            await new Promise((resolve) => this.queue.push(resolve));
        }
        else {
            this.inFlight += 1;
        }
        this.stats.peakConcurrent = Math.max(this.stats.peakConcurrent, this.inFlight);
    }
    lane(key) {
        let state = this.lanes.get(key);
        if (!state) {
            state = { spent: [], pendingPoints: 0, waiting: [] };
            this.lanes.set(key, state);
        }
        return state;
    }
    trim(state, now) {
        let drop = 0;
        while (drop < state.spent.length && state.spent[drop].at <= now - this.limits.windowMs)
            drop += 1;
        if (drop > 0)
            state.spent.splice(0, drop);
    }
}
/** Seconds from a `retry-after` header (seconds or an HTTP date); null when absent or unusable. */
function retryAfterSeconds(value, now) {
    if (!value)
        return null;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return seconds >= 0 ? seconds : null;
    const at = Date.parse(value);
    return Number.isFinite(at) ? Math.max(0, (at - now) / 1000) : null;
}

// The GitHub client: getOctokit + throttling + retry + GraphQL pagination, an ETag cache for
// REST GETs, request counting for the report's stats, and a per-request timeout. The pipeline
// (src/pipeline/run.ts) builds one per token (the reading token, and `github-token` for the
// action's own repository) and hands them to every stage; no stage builds its own.
const silentLogger = {
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined,
};
function isNotModified(error) {
    return typeof error === 'object' && error !== null && error.status === 304;
}
function graphqlCostOf(data) {
    const cost = data?.rateLimit?.cost;
    return typeof cost === 'number' ? cost : 1;
}
function createClient(options) {
    const logger = options.logger ?? silentLogger;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const timeoutMs = options.requestTimeoutMs ?? 30_000;
    const graphqlPath = new URL(options.graphqlUrl).pathname;
    const stats = {
        restRequests: 0,
        notModified: 0,
        graphqlRequests: 0,
        graphqlCost: 0,
        retries: 0,
    };
    const clock = options.clock ?? realClock;
    const pacer = options.pacer ?? new Pacer(options.pacing, clock);
    // With a simulated clock the exchange is real work (time stands still) and the body is read
    // inside it, so that no simulated time passes while bytes are still on the socket.
    const send = clock.busy
        ? (input, init) => clock.busy(async () => {
            const response = await fetch(input, init);
            const body = response.status === 204 || response.status === 304 ? null : await response.arrayBuffer();
            const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
            // octokit builds the next page's address from it.
            return Object.defineProperty(copy, 'url', { value: response.url });
        })
        : fetch;
    // Counting and pacing at the fetch level see every HTTP exchange, retries included, which is
    // what the rate limits and the benchmark care about.
    const countingFetch = async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const method = init?.method ?? 'GET';
        const path = new URL(url).pathname;
        const isGraphql = path === graphqlPath && method === 'POST';
        const release = await pacer.acquire(isGraphql ? { kind: 'graphql' } : { kind: 'rest', endpoint: endpointOf(method, path) }, 
        // A GraphQL query is a read (1 point) although it is a POST; only a mutation costs 5.
        isGraphql ? (isGraphqlMutation(init?.body) ? 5 : 1) : requestPoints(method));
        if (isGraphql)
            stats.graphqlRequests += 1;
        else
            stats.restRequests += 1;
        const timeout = AbortSignal.timeout(timeoutMs);
        let response;
        try {
            response = await send(input, { ...init, signal: init?.signal ?? timeout });
        }
        catch (error) {
            // A plain Error with a clear message: octokit turns it into a retryable status-500 error.
            if (timeout.aborted)
                throw new Error(`request timed out after ${timeoutMs} ms`, { cause: error });
            throw error;
        }
        finally {
            release();
        }
        if (response.status === 304)
            stats.notModified += 1;
        if (response.status === 403 || response.status === 429) {
            // A secondary limit: everyone waits, not only the request the throttling plugin retries.
            const wait = retryAfterSeconds(response.headers.get('retry-after'), clock.now());
            if (wait !== null)
                pacer.pause(wait);
        }
        return response;
    };
    const onLimit = (kind, maxRetries) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount < maxRetries && retryAfter <= maxWait) {
            logger.warning(`${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
            return true;
        }
        logger.warning(`${kind} rate limit on ${request.method} ${request.url}; not waiting ${retryAfter}s`);
        return false;
    };
    const octokit = getOctokit(options.token, {
        baseUrl: options.apiUrl.replace(/\/$/, ''),
        userAgent: options.userAgent ?? 'offboarding-sentinel',
        request: { fetch: countingFetch },
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: (m) => logger.debug(m),
            error: (m) => logger.debug(m),
        },
        throttle: {
            onRateLimit: onLimit('primary', 1),
            onSecondaryRateLimit: onLimit('secondary', 3),
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
            // GraphQL queries are reads: the plugin's default 1-request-per-second write lane would
            // turn a 10,000-member activity scan into hours. Writes that notify people (issues,
            // comments) keep the plugin's separate 3-second lane.
            write: new Bottleneck.Group({ maxConcurrent: options.graphqlConcurrency ?? 4, minTime: 0 }),
            ...(options.contentCreationIntervalMs !== undefined
                ? {
                    notifications: new Bottleneck.Group({
                        maxConcurrent: 1,
                        minTime: options.contentCreationIntervalMs,
                    }),
                }
                : {}),
        },
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
            // 429 is left to the throttling plugin, which honours retry-after and the reset time; a 409
            // (the state file changed under us) is answered by re-reading, not by repeating the write.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
        },
    }, throttling, retry, paginateGraphQL);
    // Route GraphQL to GITHUB_GRAPHQL_URL (a per-call `url` throws) and keep `.paginate`, which
    // looks `octokit.graphql` up at call time.
    const { paginate } = octokit.graphql;
    octokit.graphql = Object.assign(octokit.graphql.defaults({ url: options.graphqlUrl }), { paginate });
    const cache = options.etagCache;
    octokit.hook.wrap('request', async (request, hookOptions) => {
        const opts = hookOptions;
        const isRestGet = opts.method === 'GET';
        const key = isRestGet && cache ? EtagCache.key('GET', octokit.request.endpoint.parse(hookOptions).url) : null;
        const cached = key ? cache?.get(key) : undefined;
        // A fresh per-call object: the retry plugins write their attempt count into it.
        opts.request = { ...opts.request, retryCount: 0 };
        if (cached)
            opts.headers = { ...opts.headers, 'if-none-match': cached.etag };
        try {
            const response = (await request(hookOptions));
            const etag = response.headers.etag;
            // Copies both ways: octokit's paginator rewrites `data` in place (it drops total_count).
            if (key && cache && etag)
                cache.set(key, { etag, data: structuredClone(response.data), link: response.headers.link ?? null });
            return response;
        }
        catch (error) {
            if (cached && isNotModified(error)) {
                const headers = { ...(error.response?.headers ?? {}), etag: cached.etag };
                if (cached.link)
                    headers.link = cached.link;
                else
                    delete headers.link;
                return { status: 200, url: opts.url, headers, data: structuredClone(cached.data) };
            }
            throw error;
        }
        finally {
            // Both retry plugins record the attempts made on the shared options object.
            stats.retries += opts.request?.retryCount ?? 0;
        }
    });
    // octokit's paginator takes the array out of `{ total_count, secrets: [...] }`; so do we.
    const itemsOf = (data) => {
        if (Array.isArray(data))
            return data;
        if (typeof data !== 'object' || data === null)
            return null;
        const key = Object.keys(data).find((k) => !['total_count', 'incomplete_results', 'repository_selection'].includes(k));
        const items = key ? data[key] : undefined;
        return Array.isArray(items) ? items : null;
    };
    return {
        rest: octokit,
        stats,
        pacing: pacer.stats,
        cachedList(route, params) {
            if (!cache)
                return null;
            let url = octokit.request.endpoint(route, params).url;
            const items = [];
            // Every page must be in the cache, or the list is not known: then it is read.
            for (let pages = 0; url !== null && pages < 1000; pages += 1) {
                const entry = cache.get(EtagCache.key('GET', url));
                const page = entry ? itemsOf(entry.data) : null;
                if (!entry || !page)
                    return null;
                items.push(...page.map((item) => structuredClone(item)));
                url = /<([^>]+)>;\s*rel="next"/.exec(entry.link ?? '')?.[1] ?? null;
            }
            return url === null ? items : null;
        },
        maxConcurrency: options.maxConcurrency ?? 8,
        async graphql(query, variables) {
            try {
                const data = await octokit.graphql(query, variables);
                stats.graphqlCost += graphqlCostOf(data);
                return data;
            }
            catch (error) {
                stats.graphqlCost += graphqlCostOf(error.data);
                throw error;
            }
        },
    };
}

// Whether GitHub answers at all, asked once before the run: with the API unreachable (refused,
// unknown host, no route) every request would otherwise go through its retries and back-off —
// 42 s measured for a `validate` run — before the run says anything. Any HTTP answer, even a
// 401, means "reachable"; only a failure to get one is "unreachable".
const PROBE_TIMEOUT_MS = 10_000;
function codeOf(error) {
    const cause = error?.cause;
    return typeof cause?.code === 'string' ? cause.code : null;
}
/** Null when the API answered; otherwise why it could not be reached, in words. */
async function unreachableReason(apiUrl, timeoutMs = PROBE_TIMEOUT_MS) {
    const url = `${apiUrl.replace(/\/$/, '')}/rate_limit`;
    try {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        await response.body?.cancel();
        return null;
    }
    catch (error) {
        const code = codeOf(error);
        if (error.name === 'TimeoutError')
            return `no answer from ${apiUrl} within ${timeoutMs / 1000} s`;
        return `${apiUrl} cannot be reached (${code ?? (error instanceof Error ? error.message : String(error))})`;
    }
}

/** GitHub accepts at most 100 grant ids per bulk revocation. */
const PAT_BATCH_SIZE = 100;
// Revoke credentials first (they work even without membership), then access, and the
// membership last: removing it first can make the narrower removals fail with 404.
const ORDER = [
    'cancel-invitation',
    'revoke-pat-grants',
    'revoke-credential',
    'delete-deploy-key',
    'remove-repo-collaborator',
    'remove-outside-collaborator',
    'remove-team-membership',
    'remove-org-member',
    'rotate-secret',
];
function afterPrefix(resource, prefix) {
    return resource.startsWith(prefix) ? resource.slice(prefix.length) : null;
}
function splitRepo(nameWithOwner) {
    const slash = nameWithOwner.indexOf('/');
    return slash > 0 ? { owner: nameWithOwner.slice(0, slash), repo: nameWithOwner.slice(slash + 1) } : null;
}
/** The actions that would revoke what `findings` report (only the offboarding rules that have one). */
function planRemediation(findings, snapshot, org) {
    const actions = [];
    const request = (kind, route, params, finding, description) => {
        const existing = actions.find((a) => a.type === 'request' && a.route === route && JSON.stringify(a.params) === JSON.stringify(params));
        if (existing)
            existing.resources.push(finding.resource);
        else
            actions.push({
                type: 'request',
                kind,
                route,
                params,
                subject: finding.subject,
                resources: [finding.resource],
                description,
            });
    };
    const leavingOrg = new Set(findings
        .filter((f) => f.rule === 'retained-org-membership' && f.subject)
        .map((f) => f.subject.toLowerCase()));
    // Fine-grained PAT grants are revoked together, in batches, whoever owns them.
    const patGrants = [];
    for (const finding of findings) {
        const username = finding.subject;
        const resource = finding.resource;
        switch (finding.rule) {
            case 'retained-org-membership':
                if (username)
                    request('remove-org-member', 'DELETE /orgs/{org}/members/{username}', { org, username }, finding, `Remove ${username} from ${org}`);
                break;
            case 'retained-repo-access': {
                const repo = afterPrefix(resource, 'repo:');
                const parts = repo ? splitRepo(repo) : null;
                if (!username || !repo || !parts)
                    break;
                const person = findPerson(snapshot, username);
                const grant = snapshot.grants.find((g) => sameLogin(g.login, username) && g.repo.toLowerCase() === repo.toLowerCase());
                const outside = (grant?.outsideCollaborator ?? finding.evidence.outsideCollaborator === true) ||
                    (person !== undefined && person.orgRole === null && person.outsideCollaborator);
                if (outside) {
                    request('remove-outside-collaborator', 'DELETE /orgs/{org}/outside_collaborators/{username}', { org, username }, finding, `Remove outside collaborator ${username} from every repository of ${org}`);
                }
                else {
                    request('remove-repo-collaborator', 'DELETE /repos/{owner}/{repo}/collaborators/{username}', { ...parts, username }, finding, `Remove ${username} as a collaborator on ${repo}`);
                }
                break;
            }
            case 'retained-team-membership': {
                // Removing the member from the organization removes every team membership with it.
                const slug = afterPrefix(resource, `team:${org}/`);
                if (username && slug && !leavingOrg.has(username.toLowerCase())) {
                    request('remove-team-membership', 'DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username }, finding, `Remove ${username} from team ${slug}`);
                }
                break;
            }
            case 'pending-invitation': {
                const id = afterPrefix(resource, 'invitation:');
                if (!id)
                    break;
                const invitation = snapshot.invitations.find((i) => i.id === id);
                const kind = invitation?.kind ?? finding.evidence.invitationKind;
                const target = invitation?.target ?? finding.evidence.target;
                const invitationId = /^\d+$/.test(id) ? Number(id) : id;
                const repo = kind === 'repository' && typeof target === 'string'
                    ? splitRepo(target.replace(/^repo:/, ''))
                    : null;
                if (repo) {
                    request('cancel-invitation', 'DELETE /repos/{owner}/{repo}/invitations/{invitation_id}', { ...repo, invitation_id: invitationId }, finding, `Cancel the invitation to ${target}`);
                }
                else if (kind === 'organization' || kind === 'team') {
                    // Team invitations are organization invitations that name teams.
                    request('cancel-invitation', 'DELETE /orgs/{org}/invitations/{invitation_id}', { org, invitation_id: invitationId }, finding, `Cancel the invitation to ${org}`);
                }
                break;
            }
            case 'retained-token': {
                // `pat:<token id>` names the token; GitHub revokes by the grant's id, kept in the evidence.
                const grantId = finding.evidence.grantId;
                const credential = afterPrefix(resource, 'credential:');
                if (resource.startsWith('pat:') && typeof grantId === 'number' && Number.isSafeInteger(grantId)) {
                    if (!patGrants.some((grant) => grant.id === grantId))
                        patGrants.push({ id: grantId, resource });
                }
                else if (credential && /^\d+$/.test(credential)) {
                    request('revoke-credential', 'DELETE /orgs/{org}/credential-authorizations/{credential_id}', { org, credential_id: Number(credential) }, finding, `Revoke SSO credential authorization ${credential}`);
                }
                break;
            }
            case 'retained-deploy-key': {
                const match = /^deploy-key:([^/]+)\/(.+)\/(\d+)$/.exec(resource);
                if (match) {
                    request('delete-deploy-key', 'DELETE /repos/{owner}/{repo}/keys/{key_id}', { owner: match[1], repo: match[2], key_id: Number(match[3]) }, finding, `Delete deploy key ${match[3]} on ${match[1]}/${match[2]}`);
                }
                break;
            }
            case 'unrotated-secret':
                actions.push({
                    type: 'manual',
                    kind: 'rotate-secret',
                    subject: username,
                    resources: [resource],
                    description: `Rotate ${resource.replace(/^secret:/, '')} at its issuer, then update the secret`,
                });
                break;
        }
    }
    for (let start = 0; start < patGrants.length; start += PAT_BATCH_SIZE) {
        const batch = patGrants.slice(start, start + PAT_BATCH_SIZE);
        const ids = batch.map((grant) => grant.id);
        const resources = batch.map((grant) => grant.resource);
        const subjects = [
            ...new Set(findings.filter((f) => resources.includes(f.resource)).map((f) => f.subject)),
        ];
        actions.push({
            type: 'request',
            kind: 'revoke-pat-grants',
            route: 'POST /orgs/{org}/personal-access-tokens',
            params: { org, action: 'revoke', pat_ids: ids },
            subject: subjects.length === 1 ? subjects[0] : null,
            resources,
            description: `Revoke ${ids.length} fine-grained PAT grant${ids.length === 1 ? '' : 's'}`,
        });
    }
    return actions.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
/** `spent`: revocations this run already sent (evaluating again after them must not reset the cap). */
function remediationGuard(policy, identity, spent = 0) {
    return {
        privileged: new Set(policy.remediatePrivileged.map((login) => login.toLowerCase())),
        identity,
        remaining: Math.max(0, policy.maxRevocations - spent),
        max: policy.maxRevocations,
    };
}
/** How many revocations these results sent (refusals sent nothing). */
function revocationsSent(results) {
    return results.filter((result) => !result.refused).reduce((sum, result) => sum + revocationCount(result.action), 0);
}
/** How many revocations an action makes (a bulk PAT revocation counts each grant). */
function revocationCount(action) {
    if (action.type !== 'request')
        return 0;
    const ids = action.params.pat_ids;
    return Array.isArray(ids) ? ids.length : 1;
}
/** Why no action may be sent for this subject at all, or null. */
function subjectRefusal(subject, snapshot, gapCount, guard) {
    const key = subject.toLowerCase();
    if (guard.identity && guard.identity.toLowerCase() === key) {
        return `${subject} is the account of the token this run uses; remediation never revokes its own access`;
    }
    const person = findPerson(snapshot, subject);
    if (!guard.privileged.has(key)) {
        const fix = `list it under \`offboarding.remediate-privileged\` in the policy to allow this, or revoke by hand`;
        if (person?.orgRole === 'owner')
            return `${subject} is an owner of the organization; ${fix}`;
        if (person?.bot || /\[bot\]$/i.test(subject))
            return `${subject} is a bot account; ${fix}`;
    }
    if (gapCount > 0) {
        return `what ${subject} holds could not all be read (${gapCount} coverage gap${gapCount === 1 ? '' : 's'}); remediation runs only on a complete picture`;
    }
    return null;
}
/**
 * Splits one subject's plan into the actions that may be sent and the refusals (recorded in the
 * tracking issue like any other outcome). Takes from `guard.remaining`, so later subjects of the
 * same run see what earlier ones used. Manual actions (rotate a secret) are neither.
 */
function guardRemediation(plan, context) {
    const { guard } = context;
    const allowed = [];
    const refused = [];
    const refuse = (action, reason) => refused.push({ action, ok: false, status: null, error: `refused: ${reason}`, at: context.at, refused: true });
    const whole = subjectRefusal(context.subject, context.snapshot, context.gapCount, guard);
    for (const action of plan) {
        if (action.type !== 'request')
            continue;
        if (whole) {
            refuse(action, whole);
            continue;
        }
        const count = revocationCount(action);
        if (count > guard.remaining) {
            refuse(action, `the run's cap of ${guard.max} revocations (\`offboarding.max-revocations\`) is reached; the next run continues`);
            continue;
        }
        guard.remaining -= count;
        allowed.push(action);
    }
    return { allowed, refused };
}
/** Refusals not already recorded with the same reason: a daily run must not grow the issue daily. */
function newRefusals(recorded, refusals) {
    const seen = new Set(recorded.filter((r) => r.refused).map((r) => `${r.action.description}\u0000${r.error ?? ''}`));
    return refusals.filter((r) => !seen.has(`${r.action.description}\u0000${r.error ?? ''}`));
}
/** Send every request action in order; a failure is recorded and the next action still runs. */
async function applyRemediation(client, actions, clock) {
    const results = [];
    for (const action of actions) {
        if (action.type !== 'request')
            continue;
        try {
            const response = await client.rest.request(action.route, action.params);
            results.push({ action, ok: true, status: response.status, error: null, at: clock.now().toISOString() });
        }
        catch (error) {
            results.push({
                action,
                ok: false,
                status: statusOf$1(error),
                error: describeError(error),
                at: clock.now().toISOString(),
            });
        }
    }
    return results;
}

// Every write to GitHub: the check run, the issues, the stored history and opt-in revocations.
// The pipeline builds this writer only when the run may write — a dry run and a read-only token
// get none, so nothing here needs to ask.
function githubWriter(ctx) {
    // The action's repository is written with `github-token`; revocations use the organization's token.
    const { client, repoClient, actionRepo, logger } = ctx;
    const warn = (message) => logger.warning(message);
    return {
        startCheckRun: async () => {
            if (!ctx.inputs.reporters.has('check-run') || !ctx.headSha)
                return null;
            return startCheckRun(repoClient, actionRepo, { name: CHECK_RUN_NAME, headSha: ctx.headSha }, { warn }).catch((error) => {
                // The audit matters more than its progress indicator: complete it later, or fall back.
                logger.warning(`Could not start the check run: ${error instanceof Error ? error.message : String(error)}`);
                return null;
            });
        },
        remediate: async (batches) => {
            const applied = new Map();
            for (const batch of batches) {
                applied.set(batch.subject, [...batch.refused, ...(await applyRemediation(client, batch.actions, ctx.clock))]);
            }
            return applied;
        },
        completeCheckRun: async (plan, started) => {
            const result = await applyCheckRun(repoClient, actionRepo, plan, started ?? undefined, { warn });
            return { skipped: 'skipped' in result };
        },
        // Serialized with concurrent runs through a lease on the state branch (issue-lock.ts).
        syncIssues: (plan) => applyIssuePlan(repoClient, actionRepo, plan, {
            lock: { branch: ctx.inputs.stateBranch, holder: `run ${ctx.inputs.runId ?? 'local'} (${ctx.inputs.mode})`, warn },
        }),
        storeHistory: (state) => ctx.store.write(state),
    };
}

// JSON Lines for a SIEM: one self-contained JSON object per finding and per coverage gap, each
// carrying the run's organization, mode and time, so a line means something on its own after a
// log pipeline (Splunk HEC raw, Datadog, Elastic's ndjson input) has split the file. The shape
// is versioned by `schema/jsonl-record.v1.schema.json`; a change that breaks a consumer's
// parser bumps `schemaVersion` and the file name of the schema.
const JSONL_SCHEMA_VERSION = 1;
const JSONL_FILE = 'offboarding-sentinel.jsonl';
function jsonlRecords(report) {
    const base = {
        schemaVersion: JSONL_SCHEMA_VERSION,
        timestamp: report.generatedAt,
        source: 'offboarding-sentinel',
        sourceVersion: VERSION$8,
        organization: report.organization,
        mode: report.mode,
    };
    const fresh = report.changes ? new Set(report.changes.new) : null;
    const findings = report.findings.map((finding) => ({
        ...base,
        kind: 'finding',
        rule: finding.rule,
        severity: finding.severity,
        subject: finding.subject,
        resource: finding.resource,
        fingerprint: finding.fingerprint,
        message: finding.message,
        evidence: finding.evidence,
        new: fresh ? fresh.has(finding.fingerprint) : null,
    }));
    const gaps = report.coverage.gaps.map((gap) => ({ ...base, kind: 'coverage-gap', resource: gap.resource, reason: gap.reason }));
    return [...findings, ...gaps];
}
/** One record per line; JSON.stringify escapes every line break inside a value. */
function renderJsonl(records) {
    return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}
async function writeJsonl(report, dir) {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, JSONL_FILE);
    await writeFile(file, renderJsonl(jsonlRecords(report)), 'utf8');
    return file;
}

// OCSF 1.8.0 Detection Finding events (class 2004) for Amazon Security Lake and other OCSF
// consumers, one event per finding, one per line. The mapping:
//   finding_info.uid      the finding's fingerprint (stable across runs: the consumer's key)
//   activity_id           1 Create when the fingerprint is new in this run, 2 Update when it was
//                         seen before; 1 without stored history (nothing is known to be old)
//   severity_id           info 1, low 2, medium 3, high 4, critical 5
//   resources[0]          the resource (its identifier as uid, its kind as type), role Target
//   resources[1]          the subject, when there is one, as a GitHub account, role Related
//   remediation.desc      the rule's remedy from the catalogue
//   unmapped              the organization, rule and evidence, which OCSF has no field for
// Coverage gaps are findings already (`audit-coverage-gap`), so they arrive as events too.
// The tests validate every event against the class definition vendored in schema/ocsf/1.8.0.
const OCSF_VERSION = '1.8.0';
const OCSF_FILE = 'offboarding-sentinel.ocsf.jsonl';
const CATEGORY = { uid: 2, name: 'Findings' };
const CLASS = { uid: 2004, name: 'Detection Finding' };
const SEVERITY = {
    info: { id: 1, caption: 'Informational' },
    low: { id: 2, caption: 'Low' },
    medium: { id: 3, caption: 'Medium' },
    high: { id: 4, caption: 'High' },
    critical: { id: 5, caption: 'Critical' },
};
const ACTIVITY = { create: { id: 1, caption: 'Create' }, update: { id: 2, caption: 'Update' } };
/** `deploy-key:acme/api/4021` → `deploy-key`: the kind of resource, for `resources[].type`. */
function resourceKind(resource) {
    const colon = resource.indexOf(':');
    return colon > 0 ? resource.slice(0, colon) : 'unknown';
}
function ocsfEvent(finding, report, fresh) {
    const time = new Date(report.generatedAt).getTime();
    const activity = fresh && !fresh.has(finding.fingerprint) ? ACTIVITY.update : ACTIVITY.create;
    const severity = SEVERITY[finding.severity];
    const resources = [
        { uid: finding.resource, name: finding.resource, type: resourceKind(finding.resource), role_id: 1, role: 'Target' },
    ];
    if (finding.subject !== null) {
        resources.push({ uid: finding.subject, name: finding.subject, type: 'github-account', role_id: 4, role: 'Related' });
    }
    return {
        activity_id: activity.id,
        activity_name: activity.caption,
        category_uid: CATEGORY.uid,
        category_name: CATEGORY.name,
        class_uid: CLASS.uid,
        class_name: CLASS.name,
        type_uid: CLASS.uid * 100 + activity.id,
        type_name: `${CLASS.name}: ${activity.caption}`,
        severity_id: severity.id,
        severity: severity.caption,
        status_id: 1,
        status: 'New',
        time,
        message: finding.message,
        is_alert: true,
        metadata: {
            version: OCSF_VERSION,
            // One event per finding per run: the run's time tells two runs' events apart.
            uid: `${finding.fingerprint}:${time}`,
            log_name: `offboarding-sentinel:${report.mode}`,
            tenant_uid: report.organization,
            product: { name: 'Offboarding Sentinel', vendor_name: 'Offboarding Sentinel', version: VERSION$8, uid: 'offboarding-sentinel' },
        },
        finding_info: {
            uid: finding.fingerprint,
            title: finding.rule,
            desc: `${ruleSpec(finding.rule).firesWhen}.`,
            types: [finding.rule],
            created_time: time,
        },
        resources,
        remediation: { desc: ruleSpec(finding.rule).remedy },
        unmapped: {
            organization: report.organization,
            mode: report.mode,
            rule: finding.rule,
            subject: finding.subject,
            evidence: finding.evidence,
        },
    };
}
function ocsfEvents(report) {
    const fresh = report.changes ? new Set(report.changes.new) : null;
    return report.findings.map((finding) => ocsfEvent(finding, report, fresh));
}
async function writeOcsf(report, dir) {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, OCSF_FILE);
    await writeFile(file, renderJsonl(ocsfEvents(report)), 'utf8');
    return file;
}

// SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). Rules come from
// the catalogue (help = remedy), results carry the finding's fingerprint as a partial
// fingerprint so code scanning tracks an alert across runs exactly as our state does.
//
// Locations: code scanning rejects a result without a location, but most findings are about the
// organization (a token, a deploy key), not a line of code. Where the finding has a place in a
// policy file (policy errors, exemptions) that place is used; otherwise the result points at
// line 1 of the first policy file (the file that governs the rule), or `.github` when no policy
// file was read, and the resource itself goes in a logical location.
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/offboarding-sentinel/offboarding-sentinel';
function sarifLevel(severity) {
    if (severity === 'critical' || severity === 'high')
        return 'error';
    if (severity === 'medium' || severity === 'low')
        return 'warning';
    return 'note';
}
/** GitHub maps security-severity to its own levels: ≥9 critical, ≥7 high, ≥4 medium, else low. */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '1.0',
};
function repoRelative(file, workspace) {
    const relative = workspace && path.isAbsolute(file) ? path.relative(workspace, file) : file;
    return relative.split(path.sep).join('/');
}
function physicalLocation(location, workspace) {
    const endLine = Math.max(location.line, location.endLine ?? location.line);
    return {
        artifactLocation: { uri: repoRelative(location.path, workspace), uriBaseId: '%SRCROOT%' },
        region: {
            startLine: Math.max(1, location.line),
            startColumn: Math.max(1, location.column),
            ...(location.endLine !== undefined ? { endLine } : {}),
            ...(location.endColumn !== undefined && endLine === location.line
                ? { endColumn: Math.max(location.column, location.endColumn) }
                : {}),
        },
    };
}
function resultFor(finding, fallbackUri, ruleIndex, options) {
    const physical = finding.location
        ? physicalLocation(finding.location, options.workspace)
        : { artifactLocation: { uri: fallbackUri, uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } };
    const subject = finding.subject === null ? '' : ` Subject: ${plainText(finding.subject, 100)}.`;
    return {
        ruleId: finding.rule,
        ruleIndex,
        level: sarifLevel(finding.severity),
        message: {
            text: `${plainText(finding.message, 1000)}${subject} Resource: ${plainText(finding.resource, 300)}.`,
        },
        partialFingerprints: { 'offboardingSentinel/v1': finding.fingerprint },
        locations: [
            {
                physicalLocation: physical,
                logicalLocations: [{ fullyQualifiedName: plainText(finding.resource, 300), kind: 'resource' }],
            },
        ],
        properties: { severity: finding.severity, resource: finding.resource, subject: finding.subject },
    };
}
function buildSarif(report, options = {}) {
    const fallbackUri = report.policy.sources.length > 0 ? repoRelative(report.policy.sources[0], options.workspace) : '.github';
    const rules = RULES.map((rule) => ({
        id: rule.name,
        name: rule.name
            .split('-')
            .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
            .join(''),
        shortDescription: { text: `${rule.name}: ${rule.firesWhen}`.slice(0, 1000) },
        fullDescription: { text: `Fires when ${rule.firesWhen}.` },
        help: { text: rule.remedy, markdown: `**Fires when** ${rule.firesWhen}.\n\n**Remedy:** ${rule.remedy}` },
        helpUri: `${INFORMATION_URI}#${rule.name}`,
        defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
        properties: {
            tags: ['security', 'access', ...rule.modes.map((mode) => `mode:${mode}`)],
            precision: 'high',
            'security-severity': SECURITY_SEVERITY[rule.defaultSeverity],
        },
    }));
    const ruleIndex = new Map(RULES.map((rule, index) => [rule.name, index]));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Offboarding Sentinel',
                        informationUri: INFORMATION_URI,
                        semanticVersion: options.version ?? '0.1.0',
                        rules,
                    },
                },
                automationDetails: { id: `offboarding-sentinel/${report.mode}/` },
                originalUriBaseIds: {
                    '%SRCROOT%': { description: { text: 'The repository that runs the action.' } },
                },
                results: report.findings.map((finding) => resultFor(finding, fallbackUri, ruleIndex.get(finding.rule) ?? 0, options)),
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
}
/** Writes `offboarding-sentinel.sarif` into `dir` and returns its path. */
async function writeSarif(report, dir, options = {}) {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'offboarding-sentinel.sarif');
    await writeFile(file, `${JSON.stringify(buildSarif(report, options), null, 2)}\n`, 'utf8');
    return file;
}

/** One line per planned issue write; titles are plain-texted since logs end up in the UI too. */
function describeIssuePlan(plan) {
    const lines = plan.actions.map((action) => {
        switch (action.kind) {
            case 'create':
                return `would open an issue "${plainText(action.title, 120)}" (${action.labels.join(', ')})`;
            case 'update':
                return `would update #${action.number} "${plainText(action.title, 120)}"${action.comment ? ' and comment once' : ''}`;
            case 'reopen':
                return `would reopen #${action.number} "${plainText(action.title, 120)}"`;
            case 'close':
                return `would close #${action.number} (${action.reason}) with a comment`;
        }
    });
    if (plan.unchanged.length > 0)
        lines.push(`${plan.unchanged.length} issue(s) unchanged: nothing to do`);
    return lines.length > 0 ? lines : ['no issue changes'];
}
function describeCheckRunPlan(plan) {
    const batches = Math.max(1, Math.ceil(plan.annotations.length / 50));
    return [
        `would complete check run "${plainText(plan.name, 120)}" on ${plan.headSha.slice(0, 12)} as ${plan.conclusion}: ${plan.output.title}`,
        `with ${plan.annotations.length} annotation(s) in ${batches} request(s)${plan.truncated.length > 0 ? `; cut: ${plan.truncated.join(', ')}` : ''}`,
    ];
}

// Applying the plan: the JSON report and SARIF (always files), the GitHub writes (only with a
// writer), the summary (through the host, and a file beside the report), the dry run's plan
// file. One write failing (a rate limit, a permission) must not lose the others: it is
// reported, the rest still runs, and the step fails at the end with what went wrong.
async function applyPublishPlan(ctx, host, plan, writer, started, 
/**
 * Progress while the run goes on (offboard, after each person): the report, the summary file and
 * the issues only — the check run, the history, the job summary and the annotations wait for the end.
 */
progress = false) {
    const { inputs, logger } = ctx;
    const publishErrors = [];
    const fail = (what, error) => {
        const message = `${what} failed: ${error}`;
        logger.warning(message);
        publishErrors.push(message);
    };
    const attempt = async (what, work) => {
        try {
            return await work();
        }
        catch (error) {
            fail(what, describeError(error));
            return null;
        }
    };
    if (!progress)
        for (const annotation of plan.annotations)
            host.annotate(annotation);
    if (plan.issuesError)
        fail('Reading the managed issues', plan.issuesError);
    const { report } = plan;
    const reportPath = await writeJsonReport(report, ctx.outDir);
    const sarifPath = inputs.reporters.has('sarif') ? await writeSarif(report, ctx.outDir) : null;
    const jsonlPath = inputs.reporters.has('jsonl') ? await writeJsonl(report, ctx.outDir) : null;
    const ocsfPath = inputs.reporters.has('ocsf') ? await writeOcsf(report, ctx.outDir) : null;
    let summaryFallback = false;
    if (writer) {
        const checkRun = progress ? null : plan.checkRun;
        if (checkRun) {
            await attempt('The check run', async () => {
                if ((await writer.completeCheckRun(checkRun, started)).skipped)
                    summaryFallback = true;
            });
            if (publishErrors.length > 0)
                summaryFallback = true;
        }
        const issues = plan.issues;
        if (issues) {
            await attempt('Updating the issues', async () => {
                const applied = await writer.syncIssues(issues);
                logger.info(`Issues: ${applied.created.length} opened, ${applied.updated.length} updated, ${applied.reopened.length} reopened, ` +
                    `${applied.closed.length} closed, ${issues.unchanged.length} unchanged.`);
            });
        }
        const history = progress ? null : plan.history;
        if (history)
            await attempt('Storing the audit history', () => writer.storeHistory(history));
    }
    else {
        if (inputs.reporters.has('check-run'))
            summaryFallback = true;
        // A local history (the command line's folder) is not a write to GitHub: keep it on a dry run.
        const history = plan.history;
        if (history && ctx.store.local)
            await attempt('Storing the audit history', () => ctx.store.write(history));
    }
    if (progress) {
        await writeFile(join(ctx.outDir, 'summary.md'), plan.summary);
        return { report, reportPath, sarifPath, jsonlPath, ocsfPath, conclusion: plan.conclusion, publishErrors };
    }
    if (inputs.reporters.has('summary') || summaryFallback) {
        // Also a file beside the report, so a local run (no job summary) keeps it too.
        await writeFile(join(ctx.outDir, 'summary.md'), plan.summary);
        await attempt('Writing the job summary', () => host.writeSummary(plan.summary));
    }
    if (inputs.dryRun)
        await writePlanFile(ctx, report);
    return { report, reportPath, sarifPath, jsonlPath, ocsfPath, conclusion: plan.conclusion, publishErrors };
}
async function writePlanFile(ctx, report) {
    await mkdir(ctx.outDir, { recursive: true });
    await writeFile(join(ctx.outDir, 'plan.json'), `${JSON.stringify(report.plans ?? {}, null, 2)}\n`);
    const { plans } = report;
    const lines = [
        ...(plans?.checkRun ? describeCheckRunPlan(plans.checkRun) : []),
        ...(plans?.issues ? describeIssuePlan(plans.issues) : []),
        ...(plans?.remediation ?? []).map((action) => `would ${action.type === 'manual' ? 'ask for' : 'make'}: ${plainText(action.description, 200)}`),
    ];
    for (const line of lines)
        ctx.logger.info(`[dry run] ${line}`);
    ctx.logger.info(`Dry run: nothing was posted; the planned writes are in ${join(ctx.outDir, 'plan.json')}.`);
}
function setOutputs(host, published) {
    host.setOutput('findings', String(published.report.findings.length));
    host.setOutput('report-path', published.reportPath);
    if (published.sarifPath)
        host.setOutput('sarif-path', published.sarifPath);
    if (published.jsonlPath)
        host.setOutput('jsonl-path', published.jsonlPath);
    if (published.ocsfPath)
        host.setOutput('ocsf-path', published.ocsfPath);
    host.setOutput('conclusion', published.conclusion);
}
/** Findings at or above `fail-on` fail the step, with the count in the message. */
function failureMessage(published) {
    if (published.conclusion !== 'failure')
        return null;
    const count = published.report.findings.length;
    return `${count} finding${count === 1 ? '' : 's'}; the run fails at the configured fail-on severity. See ${published.reportPath}.`;
}

function window$1(resource) {
    if (!resource)
        return null;
    return {
        limit: resource.limit,
        remaining: resource.remaining,
        resetAt: new Date(resource.reset * 1000).toISOString(),
    };
}
/** Null windows when the endpoint is unavailable (e.g. rate limiting disabled on GHES). */
async function readRateLimits(client) {
    try {
        const response = await client.rest.request('GET /rate_limit');
        const resources = response.data.resources;
        return { core: window$1(resources.core), graphql: window$1(resources.graphql) };
    }
    catch {
        return { core: null, graphql: null };
    }
}
function describeRateLimits(limits) {
    const part = (name, w) => w ? `${name} ${w.remaining}/${w.limit} (resets ${w.resetAt})` : `${name} unknown`;
    return `rate limit: ${part('REST', limits.core)}, ${part('GraphQL', limits.graphql)}`;
}
/**
 * Answers whether the next phase fits the remaining budget; when it does not, the reason to
 * record as the phase's coverage gap. Unknown limits never block (GHES may have none).
 */
async function budgetShortfall(client, cost) {
    const limits = await readRateLimits(client);
    const short = (w, needed = 0) => w !== null && needed > 0 && w.remaining < needed ? w : null;
    const core = short(limits.core, cost.rest);
    const graphql = short(limits.graphql, cost.graphql);
    const hit = core ?? graphql;
    if (!hit)
        return null;
    const kind = core ? 'REST' : 'GraphQL';
    const needed = core ? cost.rest : cost.graphql;
    return `rate-limit budget exhausted (${kind}: ${hit.remaining} left, about ${needed} needed); resets at ${hit.resetAt}`;
}
/** Requests the primary limit charged: every REST exchange but the 304s, which GitHub does not count. */
function charged(client) {
    return client.stats.restRequests - client.stats.notModified;
}
/**
 * The REST budget of one partial read: what `GET /rate_limit` said at the start, less what this
 * client has spent since and what reads in flight are expected to spend, must stay above the
 * reserve kept for reporting and the state write.
 */
class RestBudget {
    client;
    remainingAtOpen;
    chargedAtOpen;
    reserve;
    committed = 0;
    constructor(client, remainingAtOpen, chargedAtOpen, reserve) {
        this.client = client;
        this.remainingAtOpen = remainingAtOpen;
        this.chargedAtOpen = chargedAtOpen;
        this.reserve = reserve;
    }
    static async open(client, reserve) {
        const limits = await readRateLimits(client);
        return new RestBudget(client, limits.core?.remaining ?? null, charged(client), reserve);
    }
    /** What is left above the reserve (Infinity when the limit is unknown, e.g. GHES without one). */
    get available() {
        if (this.remainingAtOpen === null)
            return Infinity;
        return this.remainingAtOpen - (charged(this.client) - this.chargedAtOpen) - this.committed - this.reserve;
    }
    /** Whether `estimate` more requests fit; when they do they count as spent until `settle`. */
    take(estimate) {
        if (this.available < estimate)
            return false;
        this.committed += estimate;
        return true;
    }
    settle(estimate) {
        this.committed -= estimate;
    }
}

// The rate limits at the start and end of a run, for the log only: a failure to read them is
// not worth a warning.
async function logRateLimits(client, logger, when) {
    const limits = await readRateLimits(client).catch(() => null);
    if (limits)
        logger.info(`Rate limit at ${when}: ${describeRateLimits(limits)}`);
}

// The labels and keys that make an issue one of ours and say which set — and which
// organization — it belongs to, so several organizations can report into one repository.
// Pure: the modes build keys here, never by hand.
//
// Keys: `audit/<org>:<group-by>:<value>` and `offboard/<org>:<login>` (organization logins
// never contain `/` or `:`). The version before wrote `audit:<group-by>:<value>` and
// `offboard:<login>`; those are adopted (see legacy-issues.ts), never duplicated.
/** Every tracking issue carries this label (audit and validate learn from them who left). */
const TRACKING_LABEL = 'offboarding';
const scope = (org) => org.toLowerCase();
/** Every audit issue key of the organization starts with this. */
function auditKeyPrefix(org) {
    return `audit/${scope(org)}:`;
}
/** An audit issue's key from its group (`audit:<group-by>:<value>`, as the grouping builds it). */
function auditIssueKey(org, groupKey) {
    return `${auditKeyPrefix(org)}${groupKey.replace(/^audit:/, '')}`;
}
/** Every tracking key of the organization starts with this. */
function trackingKeyPrefix(org) {
    return `offboard/${scope(org)}:`;
}
/** A person's tracking issue in the organization. */
function trackingKey(org, login) {
    return `${trackingKeyPrefix(org)}${login.toLowerCase()}`;
}
/** The organization's key for a key the previous version wrote (no organization), else null. */
function scopeLegacyKey(key, org) {
    if (key.startsWith('audit:'))
        return `${auditKeyPrefix(org)}${key.slice('audit:'.length)}`;
    if (key.startsWith('offboard:'))
        return `${trackingKeyPrefix(org)}${key.slice('offboard:'.length)}`;
    return null;
}

// Audit findings as issues a person can act on: grouped by rule (default), subject or
// resource as the policy's routing says, each a checklist table of what is affected. Labels,
// assignees and team mentions come from the route in the policy, never from finding text.
const AUDIT_LABEL = 'offboarding-sentinel';
const DEFAULT_ROUTE = {
    rules: [],
    destination: 'issue',
    labels: [],
    assignees: [],
    teams: [],
    groupBy: 'rule',
};
/** The first route naming the finding's rule, else the first catch-all route, else the default. */
function routeFor(finding, routing) {
    return (routing.find((r) => r.rules.includes(finding.rule)) ??
        routing.find((r) => r.rules.length === 0) ??
        DEFAULT_ROUTE);
}
function groupValue(finding, by) {
    if (by === 'rule')
        return finding.rule;
    if (by === 'subject')
        return finding.subject ?? '(no subject)';
    return finding.resource;
}
// Team slugs and logins from the policy are trusted config, but are still checked for shape so
// a typo cannot turn into arbitrary Markdown.
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Keys live in every issue body: long values keep a prefix plus a hash, unique and bounded. */
function boundedKey(value) {
    if (value.length <= 200)
        return value;
    return `${value.slice(0, 100)}#${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;
}
function groupFindings(findings, routing) {
    const groups = new Map();
    for (const finding of [...findings].sort(compareFindings)) {
        const route = routeFor(finding, routing);
        if (route.destination === 'check-run')
            continue;
        const value = groupValue(finding, route.groupBy);
        const key = `audit:${route.groupBy}:${boundedKey(value)}`;
        const group = groups.get(key) ?? { key, route, by: route.groupBy, value, findings: [] };
        group.findings.push(finding);
        groups.set(key, group);
    }
    return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
}
function titleFor(group) {
    const subject = group.by === 'rule' ? group.value : `${group.by} ${group.value}`;
    return plainText(`Offboarding Sentinel: ${subject}`, 200);
}
function bodyFor(group, options) {
    const maxRows = options.maxRows ?? 100;
    const lines = [];
    if (group.by === 'rule') {
        const spec = ruleSpec(group.findings[0].rule);
        lines.push(`**${spec.name}** fires when ${spec.firesWhen}.`, '', `**Remedy:** ${spec.remedy}`);
    }
    else {
        lines.push(`Findings for the ${group.by} ${codeSpan(group.value, 200)}.`);
    }
    const teams = group.route.teams.filter((t) => SLUG.test(t) && SLUG.test(options.organization));
    if (teams.length > 0)
        lines.push('', `Owners: ${teams.map((t) => `@${options.organization}/${t}`).join(' ')}`);
    const rows = group.findings
        .slice(0, maxRows)
        .map((f) => [
        '☐',
        f.subject === null ? '—' : codeSpan(f.subject, 100),
        codeSpan(f.resource, 200),
        f.severity,
        ...(group.by === 'rule' ? [] : [codeSpan(f.rule)]),
        escapeMarkdown(f.message, 300),
    ]);
    lines.push('', `${group.findings.length} affected resource${group.findings.length === 1 ? '' : 's'}; the box is ticked by closing this issue once each is fixed (the next run re-checks).`, '', table$1(['', 'subject', 'resource', 'severity', ...(group.by === 'rule' ? [] : ['rule']), 'message'], rows));
    const rest = group.findings.length - rows.length;
    let footer;
    if (rest > 0) {
        lines.push('', `_…and ${rest} more not listed here._`);
        const where = [
            options.reportPath ? `the JSON report ${codeSpan(options.reportPath)}` : '',
            options.runUrl ? `[the latest run](${options.runUrl})` : '',
        ]
            .filter(Boolean)
            .join(' of ');
        if (where)
            footer = `The full list is in ${where}.`;
    }
    return { body: lines.join('\n'), ...(footer ? { footer } : {}) };
}
function desiredAuditIssues(report, options) {
    const newSet = new Set(report.changes?.new ?? []);
    return groupFindings(report.findings, options.routing).map((group) => {
        const { body, footer } = bodyFor(group, options);
        const added = group.findings.filter((f) => newSet.has(f.fingerprint)).length;
        const assignees = group.route.assignees.filter((a) => SLUG.test(a));
        return {
            key: auditIssueKey(options.organization, group.key),
            title: titleFor(group),
            body,
            ...(footer ? { footer } : {}),
            labels: [AUDIT_LABEL, ...group.route.labels],
            assignees,
            state: 'open',
            // The one comment on a changed issue says what changed, so watchers need not diff the body.
            changeComment: `Updated by the latest run: ${added} new here; ${group.findings.length} now listed.`,
        };
    });
}

const VERDICTS = ['false-positive', 'accepted-risk'];
/** Feedback is remembered per rule, resource and subject: what a finding is about. */
function feedbackKey(rule, resource, subject) {
    return `${rule}|${resource}|${(subject ?? '').toLowerCase()}`;
}
function labelNames(issue) {
    return issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')).toLowerCase());
}
function verdictOf(text) {
    const clean = text
        .replace(/[`*_~]/g, '')
        .trim()
        .toLowerCase();
    return VERDICTS.includes(clean) ? clean : null;
}
/** Cells of a Markdown table row; `\|` inside a cell is a pipe, not a border. */
function cells(line) {
    const parts = line
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split(/(?<!\\)\|/);
    return parts.map((part) => part.trim().replace(/\\\|/g, '|'));
}
/** A code span's text (`` `x` `` or ``` `` x `` ```), else the cell as it is. */
function codeText(cell) {
    const match = /^(`+)\s?([\s\S]*?)\s?\1$/.exec(cell);
    return match ? match[2] : cell;
}
const isRule = (name) => RULE_NAMES.includes(name);
function rows(issue) {
    const lines = (issue.body ?? '').split('\n');
    const headerAt = lines.findIndex((line) => /^\|\s*\|\s*subject\s*\|\s*resource\s*\|/.test(line));
    if (headerAt < 0)
        return [];
    const header = cells(lines[headerAt]);
    const ruleColumn = header.indexOf('rule');
    const titleRule = /^Offboarding Sentinel: ([a-z-]+)$/.exec(issue.title)?.[1] ?? '';
    const found = [];
    for (const line of lines.slice(headerAt + 2)) {
        if (!line.trim().startsWith('|'))
            break;
        const row = cells(line);
        const rule = ruleColumn >= 0 ? codeText(row[ruleColumn] ?? '') : titleRule;
        if (!isRule(rule))
            continue;
        const subject = row[1] === '—' ? null : codeText(row[1] ?? '');
        found.push({ mark: row[0] ?? '', rule, subject, resource: codeText(row[2] ?? '') });
    }
    return found;
}
/** Every verdict the findings issues carry, as of `now` (for row marks without a time of their own). */
function readFeedback(issues, now) {
    const records = [];
    for (const issue of issues) {
        const labels = labelNames(issue);
        const closedVerdict = issue.state === 'closed' ? (VERDICTS.find((v) => labels.includes(v)) ?? null) : null;
        const by = issue.closed_by?.login ?? null;
        for (const row of rows(issue)) {
            const verdict = verdictOf(row.mark) ?? closedVerdict;
            if (!verdict)
                continue;
            records.push({
                rule: row.rule,
                resource: row.resource,
                subject: row.subject,
                verdict,
                by: verdictOf(row.mark) ? null : by,
                at: verdictOf(row.mark) || !issue.closed_at ? now : issue.closed_at,
                issue: issue.number,
            });
        }
    }
    return records;
}
/** Stored feedback plus what was read now; the first record of a finding stands (who decided first). */
function mergeFeedback(stored, read) {
    const merged = { ...(stored ?? {}) };
    for (const record of read) {
        const key = feedbackKey(record.rule, record.resource, record.subject);
        if (!Object.hasOwn(merged, key))
            merged[key] = record;
    }
    return merged;
}

function applyFeedback(findings, feedback) {
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
        const key = feedbackKey(finding.rule, finding.resource, finding.subject);
        const record = Object.hasOwn(feedback, key) ? feedback[key] : undefined;
        if (record)
            suppressed.push({ ...finding, feedback: record });
        else
            kept.push(finding);
    }
    return { findings: kept, suppressed };
}
const EXEMPTION_DAYS = 90;
/**
 * The policy exemptions that make the suppressions explicit, ready to paste under
 * `exemptions:` (reason and expiry filled in). YAML double-quoted scalars are JSON strings.
 */
function exemptionYaml(suppressed, now) {
    if (suppressed.length === 0)
        return null;
    const expires = new Date(now.getTime() + EXEMPTION_DAYS * 86_400_000).toISOString().slice(0, 10);
    const lines = ['exemptions:'];
    for (const finding of suppressed) {
        const { verdict, by, at, issue } = finding.feedback;
        const reason = `${verdict}: decided${by ? ` by ${by}` : ''} in #${issue} on ${at.slice(0, 10)}`;
        lines.push(`  - rules: [${finding.rule}]`, ...(finding.subject ? [`    subjects: [${JSON.stringify(finding.subject)}]`] : []), `    resources: [${JSON.stringify(finding.resource)}]`, `    reason: ${JSON.stringify(reason)}`, `    expires: ${expires}`);
    }
    return lines.join('\n');
}
const CHANGE_KINDS = {
    public_key: 'deploy-key',
    personal_access_token: 'token',
    org_credential_authorization: 'credential-authorization',
};
function kindsOf$1(actions) {
    return actions.map((action) => {
        const category = action.slice(0, action.indexOf('.'));
        if (CHANGE_KINDS[category])
            return CHANGE_KINDS[category];
        if (category === 'environment')
            return 'environment-secret';
        return action.includes('integration_secret') ? 'dependabot-secret' : 'actions-secret';
    });
}
const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
/**
 * The baselines after feedback on learned anomalies: each suppressed unapproved-credential-change
 * finding adds its repositories, addresses, kinds, organization secrets, people and burst size to
 * its actor's normal (keyed by lower-case login).
 */
function widenBaselines(stored, suppressed) {
    const widened = { ...(stored ?? {}) };
    for (const finding of suppressed) {
        if (finding.rule !== 'unapproved-credential-change' || !finding.subject)
            continue;
        const key = finding.subject.toLowerCase();
        const before = widened[key] ?? {
            repos: [],
            orgSecrets: [],
            people: [],
            ips: [],
            kinds: [],
            largestBurst: 0,
        };
        const union = (a, b) => [...new Set([...a, ...b])].sort();
        const evidence = finding.evidence;
        widened[key] = {
            repos: union(before.repos, strings(evidence.repos)),
            orgSecrets: union(before.orgSecrets, strings(evidence.orgSecrets)),
            people: union(before.people, strings(evidence.people)),
            ips: union(before.ips, strings(evidence.ips)),
            kinds: union(before.kinds, kindsOf$1(strings(evidence.actions))),
            largestBurst: Math.max(before.largestBurst, typeof evidence.count === 'number' ? evidence.count : 0),
        };
    }
    return widened;
}

function anomalyReport(input) {
    const { review } = input;
    const round = (value) => Math.round(value * 100) / 100;
    return {
        credentialChanges: {
            total: review.approved.length +
                review.journey.length +
                review.judged.reduce((n, j) => n + j.episode.changes.length, 0),
            approved: review.approved.length,
            journey: review.journey.length,
            episodes: review.judged.length,
            unusual: review.judged.filter((j) => j.judgement.score >= 1).length,
            actors: new Set(review.judged.map((j) => j.episode.actor.toLowerCase())).size,
            judgedOnPolicyFloor: review.judged.filter((j) => j.judgement.insufficient.length > 0).length,
            burstFloor: review.burst,
        },
        journey: input.normals.map((normal) => ({
            step: normal.step,
            pastOffboardings: normal.past.length,
            medianHours: normal.hours ? round(normal.hours.median) : null,
            missRatePercent: normal.missRate === null ? null : round(normal.missRate * 100),
            insufficient: normal.insufficient,
            recent: [...normal.past, ...normal.recent]
                .slice(-12)
                .map((o) => ({ offboardedAt: o.offboardedAt, hours: o.hours, done: o.done })),
        })),
        suppressed: input.suppressed.map((finding) => ({
            rule: finding.rule,
            subject: finding.subject,
            resource: finding.resource,
            verdict: finding.feedback.verdict,
            by: finding.feedback.by,
            at: finding.feedback.at,
            issue: finding.feedback.issue,
        })),
        exemption: input.exemption,
    };
}
function baselinesSection(report) {
    const c = report.credentialChanges;
    const lines = [
        '## Baselines used',
        '',
        `**Credential changes** (180 days of audit log): ${c.total} changes — ${c.approved} by approved actors or workflows, ` +
            `${c.journey} an offboarding's own revocations, ${c.episodes} episodes by ${c.actors} actors scored against their own normal; ` +
            `${c.unusual} unusual. ${c.judgedOnPolicyFloor} episodes had too little history for part of the baseline and were judged on the policy's floor ` +
            `(burst: ${c.burstFloor.count} within ${c.burstFloor.windowMinutes} minutes).`,
    ];
    if (report.journey.length > 0) {
        lines.push('', '**Journey steps** (past offboardings, the 3 most recent judged against them):', '', table$1(['step', 'past offboardings', 'median hours to done', 'missed', 'baseline'], report.journey.map((step) => [
            codeSpan(step.step, 80),
            String(step.pastOffboardings),
            step.medianHours === null ? '—' : String(step.medianHours),
            step.missRatePercent === null ? '—' : `${step.missRatePercent}%`,
            step.insufficient === null ? 'learned' : 'too little data: the policy deadline judges',
        ])));
    }
    return lines.join('\n');
}
function suppressedSection(report) {
    if (report.suppressed.length === 0)
        return null;
    const rows = report.suppressed
        .slice(0, 50)
        .map((s) => [
        codeSpan(s.rule),
        s.subject === null ? '—' : codeSpan(s.subject, 100),
        codeSpan(s.resource, 200),
        s.verdict,
        s.by === null ? 'unknown' : codeSpan(s.by, 100),
        escapeMarkdown(s.at.slice(0, 10), 10),
        `#${s.issue}`,
    ]);
    const parts = [
        '## Suppressed by feedback',
        '',
        table$1(['rule', 'subject', 'resource', 'verdict', 'decided by', 'on', 'issue'], rows),
    ];
    if (report.exemption) {
        // Logins and resource identifiers cannot hold backticks, but the fence is sized anyway.
        const fence = '`'.repeat(Math.max(3, ...(report.exemption.match(/`+/g) ?? []).map((run) => run.length + 1)));
        parts.push('', 'To make these decisions explicit in the policy, paste under `exemptions:`:', '', `${fence}yaml`, report.exemption, fence);
    }
    return parts.join('\n');
}
const label = (text) => `"${text.replace(/[^A-Za-z0-9 ._:/-]/g, '').slice(0, 40)}"`;
/** Findings by severity over the last 30 stored runs: one line per severity. */
function severityTrend(history) {
    const runs = (history?.runs ?? []).filter((run) => run.mode === 'audit').slice(-30);
    if (runs.length < 2)
        return null;
    const max = Math.max(1, ...runs.flatMap((run) => SEVERITIES.map((s) => run.counts[s])));
    return [
        '```mermaid',
        'xychart-beta',
        `    title "Findings by severity, last ${runs.length} runs (lines: ${[...SEVERITIES].reverse().join(', ')})"`,
        `    x-axis [${runs.map((run) => label(run.at.slice(5, 10))).join(', ')}]`,
        `    y-axis "findings" 0 --> ${max}`,
        ...[...SEVERITIES]
            .reverse()
            .map((severity) => `    line [${runs.map((run) => run.counts[severity]).join(', ')}]`),
        '```',
    ].join('\n');
}
/** The share of due offboarding steps done, per stored run. */
function revocationTrend(history) {
    const runs = (history?.runs ?? [])
        .filter((run) => run.mode === 'audit' && run.offboardingStepsExpected > 0)
        .slice(-30);
    if (runs.length < 2)
        return null;
    const rate = (run) => Math.round(((run.offboardingStepsExpected - run.offboardingStepsMissing) / run.offboardingStepsExpected) * 100);
    return [
        '```mermaid',
        'xychart-beta',
        '    title "Revocation success: due offboarding steps done (%)"',
        `    x-axis [${runs.map((run) => label(run.at.slice(5, 10))).join(', ')}]`,
        '    y-axis "%" 0 --> 100',
        `    line [${runs.map(rate).join(', ')}]`,
        '```',
    ].join('\n');
}
/** Hours to each journey step over the recent offboardings (x: offboarded-at), one line per step. */
function journeyTrend(report) {
    const steps = report.journey.filter((step) => step.recent.length >= 2);
    if (steps.length === 0)
        return null;
    // Only offboardings every plotted step has a time for: a missing point is not "0 hours".
    const dates = [...new Set(steps.flatMap((step) => step.recent.map((o) => o.offboardedAt)))]
        .filter((at) => steps.every((step) => step.recent.some((o) => o.offboardedAt === at)))
        .sort()
        .slice(-12);
    if (dates.length < 2)
        return null;
    const series = steps.map((step) => dates.map((at) => step.recent.find((o) => o.offboardedAt === at)?.hours ?? 0));
    const max = Math.max(1, ...series.flat());
    return [
        '```mermaid',
        'xychart-beta',
        `    title "Hours to each journey step, recent offboardings (lines: ${steps
            .map((s) => s.step)
            .join(', ')
            .replace(/[^A-Za-z0-9 ,-]/g, '')
            .slice(0, 120)})"`,
        `    x-axis [${dates.map((at) => label(at.slice(5, 10))).join(', ')}]`,
        `    y-axis "hours" 0 --> ${Math.ceil(max)}`,
        ...series.map((values) => `    line [${values.map((v) => Math.round(v * 10) / 10).join(', ')}]`),
        '```',
    ].join('\n');
}
/** The summary sections of the anomaly layer (our own Markdown; organization text escaped). */
function anomalySections(report, history) {
    return [
        baselinesSection(report),
        suppressedSection(report),
        '## Trends',
        severityTrend(history) ?? '_Findings by severity: the trend starts with the second stored run._',
        revocationTrend(history),
        journeyTrend(report),
    ]
        .filter((part) => part !== null)
        .join('\n\n');
}

/**
 * Issue groups that must not close this run: a finding they held last time sits on a resource
 * that could not be read now. Null without history (then any gap keeps every issue open).
 */
function issuesToKeepOpen(previous, gaps, policy, organization) {
    if (!previous)
        return null;
    const hidden = Object.entries(previous.fingerprints)
        .filter(([, record]) => gaps.some((gap) => gapCovers(gap, record, organization)))
        .map(([fingerprint, record]) => ({ ...record, fingerprint, severity: 'info', message: '', evidence: {} }));
    return new Set(groupFindings(hidden, policy.routing).map((group) => auditIssueKey(organization, group.key)));
}

function evaluateAudit(gathered, ctx) {
    const { inputs, clock, logger } = ctx;
    const policy = ctx.loaded.policy;
    const { previous } = gathered;
    const history = previous ? { runs: previous.runs.filter((run) => run.mode === 'audit') } : null;
    const snapshot = gathered.snapshot;
    const baselines = previous?.baselines ?? null;
    const context = { snapshot, policy, clock, history, baselines };
    const raw = runRules(auditRules, context);
    const exemption = applyExemptions(raw, policy, clock);
    const { exempted, expired } = exemption;
    // Feedback given on the findings issues since the last run, added to what the state remembers.
    const feedback = mergeFeedback(previous?.feedback, readFeedback(gathered.feedbackIssues, clock.now().toISOString()));
    const { findings, suppressed } = applyFeedback(exemption.findings, feedback);
    const anomaly = anomalyReport({
        review: reviewCredentialChanges(policy, activityOf(snapshot, baselines?.extensions)),
        normals: journeyNormals(snapshot, policy, clock.now()),
        suppressed,
        exemption: exemptionYaml(suppressed, clock.now()),
    });
    const tally = offboardingStepTally(snapshot, policy, clock.now());
    const keepOpen = issuesToKeepOpen(previous, snapshot.coverage, policy, inputs.organization);
    logger.info(`Audit of ${inputs.organization}: ${snapshot.people.length} people, ${snapshot.repositories.length} repositories, ` +
        `${snapshot.teams.length} teams; ${findings.length} findings, ${exempted.length} exempted, ${snapshot.coverage.length} coverage gaps.`);
    const reads = nextReadRecord(previous?.reads, snapshot.collectedAt, snapshot.partsRead ?? {}, new Set(snapshot.repositories.map((r) => r.nameWithOwner)));
    const freshness = snapshot.freshness ?? [];
    // Parts not read in full tonight: deferred by the budget, or kept from the state's copy.
    const stale = freshness.filter((part) => part.deferred.length > 0 || (part.fromState?.length ?? 0) > 0);
    // Only when a part was not read in full: a complete fresh read needs no freshness note.
    // Our own words and numbers only (part names, counts, dates): nothing to escape.
    const freshnessNote = stale.length
        ? `**Freshness** of the per-repository reads (lists no audit-log event touched come from the state; what the budget deferred, the next run reads first):\n\n${freshness
            .map((part) => `- ${describeFreshness(part)}`)
            .join('\n')}\n`
        : null;
    return {
        ...emptyEvaluation(),
        findings: [...findings, ...expired],
        exempted,
        gaps: snapshot.coverage,
        section: { anomaly },
        ...(freshness.length ? { freshness } : {}),
        preface: [anomalySections(anomaly, previous), freshnessNote].filter((part) => Boolean(part)).join('\n') || null,
        insufficient: driftInsufficient(context),
        warnings: [...ctx.loaded.warnings, ...unusedExemptions(policy, raw, clock)],
        issues: gathered.issues
            ? {
                label: AUDIT_LABEL,
                keyPrefix: auditKeyPrefix(inputs.organization),
                existing: gathered.issues,
                closeMissing: true,
                ...(keepOpen ? { keepOpen } : {}),
                desired: (report) => desiredAuditIssues(report, {
                    routing: policy.routing,
                    organization: inputs.organization,
                    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
                }),
            }
            : null,
        history: {
            previous,
            run: {
                mode: 'audit',
                id: gathered.runId,
                offboardingStepsExpected: tally.expected,
                offboardingStepsMissing: tally.missing,
                etags: gathered.etags,
                feedback,
                baselines: { extensions: widenBaselines(baselines?.extensions, suppressed) },
                reads,
            },
        },
    };
}

// Tracking issues written before PAT items were named by their token id carry `pat:<grant id>`.
// Reading such a state renames those items (inventory and checklist alike) to `pat:<token id>`,
// which both ids in the item's detail allow, so an offboarding opened by an older version is
// verified, ticked and closed like a new one.
function renamedPat(item) {
    const { grantId, tokenId } = item.detail;
    if (item.kind !== 'pat' || typeof tokenId !== 'number' || typeof grantId !== 'number')
        return null;
    const current = resourceId.pat(tokenId);
    return item.resource === `pat:${grantId}` && item.resource !== current ? current : null;
}
function upgradePatIds(state) {
    const renames = new Map();
    const items = state.inventory.items.map((item) => {
        const renamed = renamedPat(item);
        if (!renamed)
            return item;
        renames.set(item.resource, renamed);
        return { ...item, resource: renamed };
    });
    if (renames.size === 0)
        return state;
    return {
        ...state,
        inventory: { ...state.inventory, items },
        items: state.items.map((status) => status.kind === 'pat' && renames.has(status.resource)
            ? { ...status, resource: renames.get(status.resource) ?? status.resource }
            : status),
    };
}

// The state an offboarding keeps in its tracking issue, and how a run moves it forward.
// Rendering and parsing the issue body live in tracking-issue.ts.
/** Why a decoded hidden block is not a usable tracking state for `subject`, or null when it is. */
function trackingStateProblem(value, subject) {
    if (typeof value !== 'object' || value === null)
        return 'the hidden state is not an object';
    const state = value;
    if (state.v !== 1)
        return `the hidden state has version ${JSON.stringify(state.v)}, not 1`;
    if (state.subject !== subject)
        return 'the hidden state names another person than the issue’s first line';
    if (!Array.isArray(state.inventory?.items))
        return 'the hidden state has no inventory';
    if (!Array.isArray(state.items) || !Array.isArray(state.steps))
        return 'the hidden state has no item or step statuses';
    return null;
}
/**
 * The error for a person whose tracking issue is damaged: where it is and how to repair it. The
 * issue is not rewritten and no inventory is rebuilt over it — what `pre` recorded and what
 * people ticked would be lost.
 */
function damagedTrackingMessage(reason, issueUrl) {
    return (`the tracking issue ${issueUrl} cannot be read: ${reason}. It was left unchanged and nothing was verified. ` +
        'Restore the issue body from its edit history (the "edited" menu on the issue) so the last line is the ' +
        '`<!-- offboarding-sentinel:state … -->` block again, or close the issue and run `pre` again to record a new inventory.');
}
/** The first step of a tracking state, right after `pre`: everything held, every step open. */
function initialTrackingState(inventory, journey, now) {
    const offboardedAt = inventory.offboardedAt;
    return {
        v: 1,
        subject: inventory.subject,
        organization: inventory.organization,
        offboardedAt,
        inventory,
        items: inventory.items.map((item) => ({
            kind: item.kind,
            resource: item.resource,
            label: item.label,
            status: 'retained',
            at: null,
            by: null,
            new: false,
        })),
        steps: journey.map((step) => ({
            id: step.id,
            title: step.title,
            check: step.check.kind,
            status: 'pending',
            dueAt: stepDueAt(offboardedAt, step.deadlineHours),
            doneAt: null,
        })),
        manualStepsDone: [],
        remediation: [],
        metrics: null,
        updatedAt: now.toISOString(),
    };
}
/** The state after a `post` run: the inventory stays, statuses and metrics are replaced, the log grows. */
function nextTrackingState(previous, verification, remediation, now) {
    return {
        ...previous,
        items: verification.items,
        steps: verification.steps,
        manualStepsDone: previous.manualStepsDone,
        remediation: [...previous.remediation, ...remediation],
        metrics: verification.metrics,
        updatedAt: now.toISOString(),
    };
}
/**
 * True when the issue can be closed: nothing is still held or unreadable, and every journey step
 * is done (a manual step left unticked keeps the issue open).
 */
function nothingLeft(state) {
    return (state.items.every((item) => item.status === 'revoked' || item.status === 'rotated') &&
        state.steps.every((step) => step.status === 'done'));
}

// The tracking issue: one per offboarded person, the only state an offboarding keeps between
// runs. People read the checklist and tick manual steps; the action reads two hidden blocks:
//   line 1: <!-- offboarding-sentinel:tracking {"v":1,"subject":"…","offboardedAt":"…"} -->
//           (audit mode reads only this, to know who was offboarded and when)
//   last:   <!-- offboarding-sentinel:state <base64> --> the full TrackingState, base64 so no
//           text from the organization can close the comment early.
// Everything from the organization is escaped (src/markdown.ts) before it becomes Markdown.
const TRACKING_MARKER = '<!-- offboarding-sentinel:tracking ';
const STATE_MARKER = '<!-- offboarding-sentinel:state ';
/** GitHub rejects issue bodies over 65,536 characters; keep a margin. */
const MAX_BODY = 65_000;
const MAX_LINES_PER_GROUP = 100;
const GROUPS = [
    { kinds: ['org-membership'], title: 'Organization membership' },
    { kinds: ['team-membership'], title: 'Teams' },
    { kinds: ['repo-access'], title: 'Repository access (direct and outside collaborator)' },
    { kinds: ['invitation'], title: 'Pending invitations' },
    { kinds: ['pat', 'credential'], title: 'Tokens and SSO credential authorizations' },
    { kinds: ['deploy-key'], title: 'Deploy keys they added' },
    { kinds: ['enterprise-membership'], title: 'Enterprise membership and roles' },
    { kinds: ['copilot-seat'], title: 'Copilot seats' },
];
/** JSON that cannot end an HTML comment or start a tag. */
function commentSafeJson(value) {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}
/** Step ids come from policy files; percent-encode them so `-->` cannot appear. */
function stepMarker(id) {
    return `<!-- step:${encodeURIComponent(id)} -->`;
}
const PLAIN_LOGIN = /^[A-Za-z0-9-]+(\[bot\])?$/;
function trackingTitle(login) {
    return `Offboarding: ${PLAIN_LOGIN.test(login) ? login : escapeMarkdown(login, 100)}`;
}
/** A time for people, `2026-11-27 03:00 UTC`; our own formatting of a parsed date needs no escaping. */
function time(at) {
    const date = new Date(at);
    if (Number.isNaN(date.getTime()))
        return escapeMarkdown(at);
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function when(at, by) {
    if (!at && !by)
        return '';
    return ` ${at ? time(at) : '(time unknown)'}${by ? ` by ${escapeMarkdown(by, 100)}` : ''}`;
}
/** `verified`: a `post` has compared; before it (right after `pre`) nothing is "still" anything. */
function itemLine(item, verified) {
    const label = escapeMarkdown(item.label);
    const isNew = item.new ? ' _(new since the inventory)_' : '';
    switch (item.status) {
        case 'revoked':
            return `- [x] ${label}${isNew} — revoked${when(item.at, item.by)}`;
        case 'rotated':
            return `- [x] ${label}${isNew} — rotated${when(item.at, item.by)}`;
        case 'retained':
            return verified ? `- [ ] ${label}${isNew} — **still present**` : `- [ ] ${label} — to remove`;
        case 'unknown':
            return `- [ ] ${label}${isNew} — could not be checked${item.reason ? `: ${escapeMarkdown(item.reason)}` : ''}`;
    }
}
function capped(lines) {
    if (lines.length <= MAX_LINES_PER_GROUP)
        return lines;
    return [
        ...lines.slice(0, MAX_LINES_PER_GROUP),
        `- … and ${lines.length - MAX_LINES_PER_GROUP} more (see the JSON report)`,
    ];
}
function stepLine(step) {
    const title = escapeMarkdown(step.title);
    const due = `due ${time(step.dueAt)}`;
    if (step.check === 'manual') {
        const state = step.status === 'done'
            ? ''
            : step.status === 'missing'
                ? ` — **missed**, ${due}`
                : ` — ${due}; tick when done`;
        return `- [${step.status === 'done' ? 'x' : ' '}] ${title}${state} ${stepMarker(step.id)}`;
    }
    // GitHub-checked steps are not checkboxes: ticking them would change nothing.
    const icon = { done: '✅', pending: '⏳', missing: '❌', unknown: '❔' }[step.status];
    const state = step.status === 'done'
        ? `done${step.doneAt ? ` ${time(step.doneAt)}` : ''}`
        : step.status === 'unknown'
            ? 'could not be checked'
            : step.status === 'missing'
                ? `**missed**, ${due}`
                : due;
    return `- ${icon} ${title} — ${state} (checked on GitHub)`;
}
function remediationLines(log) {
    if (log.length === 0)
        return ['_No automatic remediation ran._'];
    return log.map((result) => {
        const outcome = result.ok
            ? `done (HTTP ${result.status ?? '?'})`
            : result.refused
                ? `**not done**, ${escapeMarkdown(result.error ?? 'refused')}`
                : `**failed**: ${escapeMarkdown(result.error ?? 'unknown error')}`;
        return `- ${time(result.at)}: ${escapeMarkdown(result.action.description)} — ${outcome}`;
    });
}
function metricsLines(metrics) {
    if (!metrics)
        return ['_Not verified yet: the `post` phase fills this in._'];
    return [
        `- Steps done: ${metrics.stepsDone} of ${metrics.stepsExpected}; missed: ${metrics.stepsMissing}; pending: ${metrics.stepsPending}`,
        `- Items revoked: ${metrics.itemsRevoked} of ${metrics.itemsTotal}; still present: ${metrics.itemsRetained}; not checkable: ${metrics.itemsUnknown}`,
        `- Hours from offboarding to the last revocation: ${metrics.hoursToFullRevocation ?? 'not yet known'}`,
        `- Tokens still active 24 hours after offboarding: ${metrics.tokensActiveAfter24h}`,
    ];
}
function encodeState(state, compress) {
    const json = Buffer.from(JSON.stringify(state), 'utf8');
    return compress ? `deflate:${deflateRawSync(json).toString('base64')}` : json.toString('base64');
}
function renderTrackingIssue(state) {
    const marker = `${TRACKING_MARKER}${commentSafeJson({ v: 1, subject: state.subject, offboardedAt: state.offboardedAt })} -->`;
    const items = state.items;
    const left = items.filter((item) => item.status === 'retained').length;
    const verified = state.metrics !== null;
    const line = (item) => itemLine(item, verified);
    const plural = (n) => `${n} item${n === 1 ? '' : 's'}`;
    const headline = !verified
        ? `**${plural(left)} to remove.** The \`post\` phase checks each one after access is removed.`
        : left === 0
            ? '**Nothing is left.**'
            : `**${plural(left)} still present.**`;
    const lines = [
        marker,
        `## Offboarding of ${escapeMarkdown(state.subject, 100)} in ${escapeMarkdown(state.organization, 100)}`,
        '',
        `Offboarded at **${time(state.offboardedAt)}**. Inventory ${state.inventory.source === 'snapshot'
            ? `collected ${time(state.inventory.builtAt)} (before access was removed)`
            : 'reconstructed from the audit log (no `pre` phase ran)'}. Last checked ${time(state.updatedAt)}.`,
        '',
        headline,
    ];
    for (const group of GROUPS) {
        const groupItems = items.filter((item) => group.kinds.includes(item.kind));
        if (groupItems.length === 0)
            continue;
        lines.push('', `### ${group.title}`, '', ...capped(groupItems.map(line)));
    }
    const secrets = items.filter((item) => item.kind === 'secret');
    lines.push('', '### Secrets to rotate', '');
    lines.push(...(secrets.length === 0 ? ['_None known._'] : capped(secrets.map(line))));
    lines.push('', '### Journey', '', ...(state.steps.length === 0 ? ['_The policy defines no journey._'] : state.steps.map(stepLine)));
    lines.push('', '### Remediation log', '', ...capped(remediationLines(state.remediation)));
    lines.push('', '### Metrics', '', ...metricsLines(state.metrics));
    const notes = [
        ...state.inventory.limits.map((limit) => `- ${escapeMarkdown(limit)}`),
        ...state.inventory.gaps.map((gap) => `- Could not read ${escapeMarkdown(gap.resource)}: ${escapeMarkdown(gap.reason)}`),
    ];
    if (notes.length > 0)
        lines.push('', '### Limits of this inventory', '', ...capped(notes));
    const human = lines.join('\n');
    let block = `${STATE_MARKER}${encodeState(state, false)} -->`;
    if (human.length + block.length + 2 > MAX_BODY)
        block = `${STATE_MARKER}${encodeState(state, true)} -->`;
    return { title: trackingTitle(state.subject), body: `${human}\n\n${block}\n` };
}
/** `{ v, subject, offboardedAt }` from the first line, or null when it is not a tracking issue. */
function parseTrackingMarker(body) {
    if (!body)
        return null;
    const firstLine = body.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
    if (!firstLine.startsWith(TRACKING_MARKER) || !firstLine.endsWith(' -->'))
        return null;
    try {
        const parsed = JSON.parse(firstLine.slice(TRACKING_MARKER.length, -' -->'.length));
        const { v, subject, offboardedAt } = parsed;
        if (v !== 1 || typeof subject !== 'string' || typeof offboardedAt !== 'string')
            return null;
        if (Number.isNaN(new Date(offboardedAt).getTime()))
            return null;
        return { subject, offboardedAt };
    }
    catch {
        return null;
    }
}
function decodeState(encoded) {
    const compressed = encoded.startsWith('deflate:');
    const bytes = Buffer.from(compressed ? encoded.slice('deflate:'.length) : encoded, 'base64');
    return JSON.parse((compressed ? inflateRawSync(bytes) : bytes).toString('utf8'));
}
/** Manual-step checkboxes as a person left them: id → ticked. */
function tickedSteps(body) {
    const ticks = new Map();
    for (const match of body.matchAll(/^\s*[-*] \[([ xX])\] .*<!-- step:([^\s>]+) -->\s*$/gm)) {
        try {
            ticks.set(decodeURIComponent(match[2]), match[1] !== ' ');
        }
        catch {
            // A hand-mangled marker names no step we know.
        }
    }
    return ticks;
}
/**
 * The state stored in a tracking issue, with manual steps as the checkboxes now show them;
 * null when the body is not a tracking issue or its state cannot be read (`readTrackingIssue`
 * tells those two apart).
 */
function parseTrackingIssue(body) {
    const read = readTrackingIssue(body);
    return read.kind === 'state' ? read.state : null;
}
/**
 * What a tracking issue holds: not a tracking issue at all, a state, or a tracking issue whose
 * hidden state is missing or damaged — which is never taken for "no inventory": the caller
 * reports it and leaves the issue alone (see tracking-state.ts).
 */
function readTrackingIssue(body) {
    const marker = parseTrackingMarker(body);
    if (!marker)
        return { kind: 'none' };
    const damaged = (reason) => ({ kind: 'damaged', subject: marker.subject, reason });
    const match = /<!-- offboarding-sentinel:state ((?:deflate:)?[A-Za-z0-9+/=]+) -->/.exec(body);
    if (!match)
        return damaged('the hidden state block (`<!-- offboarding-sentinel:state … -->`) is missing or altered');
    let decoded;
    try {
        decoded = decodeState(match[1]);
    }
    catch (error) {
        return damaged(`the hidden state block cannot be decoded (${error instanceof Error ? error.message : String(error)})`);
    }
    const problem = trackingStateProblem(decoded, marker.subject);
    if (problem)
        return damaged(problem);
    const state = decoded;
    const done = new Set(Array.isArray(state.manualStepsDone) ? state.manualStepsDone : []);
    for (const [id, ticked] of tickedSteps(body)) {
        if (!state.steps.some((step) => step.id === id && step.check === 'manual'))
            continue;
        if (ticked)
            done.add(id);
        else
            done.delete(id);
    }
    return { kind: 'state', state: upgradePatIds({ ...state, offboardedAt: marker.offboardedAt, manualStepsDone: [...done] }) };
}
/**
 * Who was offboarded and when, from tracking issues (open or closed), for the audit-mode
 * anomaly rules. A person offboarded twice (re-hired) counts from the latest offboarding.
 */
function readOffboardedPeople(issues) {
    const people = new Map();
    for (const issue of issues) {
        const marker = parseTrackingMarker(issue.body);
        if (!marker)
            continue;
        const state = issue.body ? parseTrackingIssue(issue.body) : null;
        const ips = Array.isArray(state?.inventory.knownIps)
            ? state.inventory.knownIps.filter((ip) => typeof ip === 'string')
            : [];
        const key = loginKey(marker.subject);
        const known = people.get(key);
        const offboardedAt = known && new Date(known.offboardedAt).getTime() > new Date(marker.offboardedAt).getTime()
            ? known.offboardedAt
            : marker.offboardedAt;
        // The latest offboarding's record is the one the journey baselines learn from.
        const latest = !known || offboardedAt === marker.offboardedAt;
        const inventory = latest && Array.isArray(state?.inventory.items) ? state.inventory.items : known?.inventory;
        const emails = latest && Array.isArray(state?.inventory.emails) ? state.inventory.emails : known?.emails;
        const steps = latest && Array.isArray(state?.steps)
            ? state.steps.map(({ id, status, doneAt }) => ({ id, status, doneAt }))
            : known?.steps;
        people.set(key, {
            login: known?.login ?? marker.subject,
            offboardedAt: new Date(offboardedAt).toISOString(),
            knownIps: [...new Set([...(known?.knownIps ?? []), ...ips])].sort(),
            ...(inventory ? { inventory } : {}),
            ...(emails ? { emails } : {}),
            ...(steps ? { steps } : {}),
        });
    }
    return [...people.values()];
}

// Issues written before keys carried the organization: found and adopted by the organization
// they belong to, so an upgrade neither duplicates them nor lets another organization close
// them. A tracking issue says its organization; an audit issue names it in the resources it
// lists. One that names no organization (every finding on a token, say) is adopted by whichever
// organization runs first — with one organization per repository, as that version required,
// that is always the right one.
/** Resource kinds whose identifier starts with the organization (`repo:<org>/…`, `org:<org>`). */
const OWNED_RESOURCE = /`(?:org:([A-Za-z0-9-]+)|(?:repo|team|deploy-key|secret):([A-Za-z0-9-]+)\/)/g;
/** The organizations a legacy issue names (lower case); empty when it names none. */
function organizationsNamed(issue) {
    const body = issue.body ?? '';
    const tracking = parseTrackingIssue(body);
    if (tracking?.organization)
        return new Set([tracking.organization.toLowerCase()]);
    const named = new Set();
    for (const match of body.matchAll(OWNED_RESOURCE))
        named.add((match[1] ?? match[2]).toLowerCase());
    return named;
}
/**
 * Whether an issue is the organization's: its key is scoped to it, or it was written before keys
 * carried the organization (or not by the sync at all, a tracking issue filed by hand) and names
 * no other organization.
 */
function belongsTo(issue, org) {
    const key = parseMarker(issue.body)?.key;
    if (key !== undefined) {
        if (key.startsWith(auditKeyPrefix(org)) || key.startsWith(trackingKeyPrefix(org)))
            return true;
        // Scoped to another organization.
        if (scopeLegacyKey(key, org) === null)
            return false;
    }
    const named = organizationsNamed(issue);
    return named.size === 0 || named.has(org.toLowerCase());
}
/**
 * The organization's managed issues among those listed: its own, and the legacy ones it adopts
 * under their new key (`migratedFrom` makes the sync rewrite the marker).
 */
function managedIssuesOf(listed, org) {
    const managed = toManagedIssues(listed.filter((issue) => belongsTo(issue, org)));
    return managed.map((issue) => {
        const scoped = scopeLegacyKey(issue.key, org);
        return scoped ? { ...issue, key: scoped, migratedFrom: issue.key } : issue;
    });
}

// Bounded fan-out: per-repository REST reads run a few at a time, never 5,000 at once
// (GitHub's secondary limit allows 100 concurrent requests; we stay far below).
async function mapWithConcurrency(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// Every read is accounted: a failure becomes a coverage gap that names the resource and says how
// to fix it, and collection carries on. "Could not read" is never reported as "nothing there".
/** Turns any error from the client into a reason a person can act on (src/github/errors.ts). */
const describeFailure = describeError;
class Coverage {
    byKey = new Map();
    add(scope, reason) {
        const resource = gapId(scope);
        const key = `${resource}\u0000${reason}`;
        if (!this.byKey.has(key))
            this.byKey.set(key, { resource, reason });
    }
    has(scope) {
        const resource = gapId(scope);
        return [...this.byKey.values()].some((gap) => gap.resource === resource);
    }
    get gaps() {
        return [...this.byKey.values()];
    }
    /** Runs one read; on failure records the gap and returns undefined so the caller goes on. */
    async read(scope, hint, read) {
        try {
            return await read();
        }
        catch (error) {
            this.add(scope, describeFailure(error, hint));
            return undefined;
        }
    }
}
// Reasons shared by the organization and the per-person collection.
const HINTS = {
    members: { forbidden: 'the token needs the organization Members read permission' },
    repoAdministration: { forbidden: 'the token needs the repository Administration read permission' },
    orgSecrets: { forbidden: 'the token needs the organization Secrets read permission' },
    orgDependabotSecrets: { forbidden: 'the token needs the organization Dependabot secrets read permission' },
    repoSecrets: { forbidden: 'the token needs the repository Secrets read permission' },
    repoDependabotSecrets: { forbidden: 'the token needs the repository Dependabot secrets read permission' },
    environmentSecrets: { forbidden: 'the token needs the repository Environments or Secrets read permission' },
    patGrants: {
        forbidden: 'only a GitHub App installation token can list fine-grained PAT grants (Personal access tokens read)',
        notFound: 'fine-grained PAT grants are listed only for a GitHub App installation',
    },
    credentialAuthorizations: {
        forbidden: 'the token must belong to an owner (classic read:org) or a GitHub App with Administration read',
        notFound: 'needs GitHub Enterprise Cloud with SAML SSO',
    },
    copilotSeats: {
        forbidden: 'the token needs the organization GitHub Copilot Business read permission (classic PAT of an owner: manage_billing:copilot or read:org)',
        notFound: 'the organization has no Copilot Business or Enterprise subscription, or the token cannot see it',
    },
    enterpriseCopilotSeats: {
        forbidden: "enterprise-assigned Copilot seats need an enterprise owner's or billing manager's token (manage_billing:copilot or read:enterprise), or a GitHub App with Enterprise Copilot Business read",
        notFound: 'the enterprise does not exist, has no Copilot subscription, or the token cannot see it',
    },
    scim: {
        forbidden: 'the token needs the organization Members read permission (classic PAT of an owner: admin:org)',
        notFound: 'SCIM provisioning needs GitHub Enterprise Cloud with SAML SSO and an identity provider that provisions through SCIM',
    },
    enterprise: {
        forbidden: "enterprise membership is readable only with an enterprise owner's token (classic PAT with read:enterprise); a GitHub App installation token cannot read it",
        notFound: "the enterprise does not exist or the token cannot see it (use an enterprise owner's token with read:enterprise)",
    },
    auditLog: {
        forbidden: 'the token needs the organization Administration read permission (or read:audit_log)',
        notFound: 'the audit-log API needs GitHub Enterprise Cloud',
    },
};

function isBot(login) {
    return login.endsWith('[bot]');
}
function buildPeople(members, collaboratorLogins, identities) {
    const people = new Map();
    for (const m of members) {
        people.set(m.login, {
            login: m.login,
            nodeId: m.nodeId,
            databaseId: m.databaseId,
            orgRole: m.role,
            outsideCollaborator: false,
            bot: isBot(m.login),
            twoFactorEnabled: m.twoFactorEnabled,
            samlIdentity: identities.get(m.login) ?? null,
            verifiedEmails: m.verifiedEmails ?? [],
        });
    }
    for (const login of collaboratorLogins) {
        if (people.has(login))
            continue;
        people.set(login, {
            login,
            nodeId: null,
            databaseId: null,
            orgRole: null,
            outsideCollaborator: true,
            bot: isBot(login),
            twoFactorEnabled: null,
            samlIdentity: identities.get(login) ?? null,
            verifiedEmails: [],
        });
    }
    return [...people.values()];
}

async function readGraphql(client, query, variables) {
    try {
        return { data: await client.graphql(query, variables), errors: [] };
    }
    catch (error) {
        const e = error;
        // A whole-request failure (no data, or rate limited) is the caller's to record as one gap.
        const rateLimited = e.errors?.some((x) => x.type === 'RATE_LIMITED');
        if (e.name !== 'GraphqlResponseError' || !e.data || rateLimited)
            throw error;
        const errors = (e.errors ?? []).map((x) => ({
            message: x.message ?? 'GraphQL error',
            type: x.type,
            path: x.path ?? [],
        }));
        return { data: e.data, errors };
    }
}
/** `FORBIDDEN: Resource not accessible by integration` — short and readable in a gap reason. */
function graphqlReason(error) {
    return `GraphQL ${error.type ?? 'error'}: ${error.message}`;
}
/**
 * The error that nulled list item `index` of a connection at `[...prefix, 'nodes', index, …]`:
 * a denied non-null field (`Team.members`, `Repository.deployKeys`) nulls its whole parent
 * node, so the item is lost and its list is incomplete.
 */
function errorUnderNode(errors, depth, index) {
    return errors.find((e) => e.path[depth] === 'nodes' && e.path[depth + 1] === index);
}
/**
 * Errors that mean something could not be read. `user(login:)` answering NOT_FOUND means the
 * account no longer exists — a normal state after offboarding, so "nothing there", not a gap.
 */
function readErrors(errors) {
    return errors.filter((e) => !(e.type === 'NOT_FOUND' && e.path.length === 1 && e.path[0] === 'user'));
}

// Every query asks for its own cost so the client can count GraphQL points exactly.
const RATE_LIMIT = 'rateLimit { cost remaining resetAt }';
const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';

const KINDS = [
    'commitContributionsByRepository',
    'pullRequestContributionsByRepository',
    'issueContributionsByRepository',
    'pullRequestReviewContributionsByRepository',
];
function byRepository(withDates) {
    return KINDS.map((kind) => {
        // Commits order by OCCURRED_AT; the other three take a bare direction.
        const order = kind.startsWith('commit')
            ? '{ field: OCCURRED_AT, direction: DESC }'
            : '{ direction: DESC }';
        const dates = withDates ? ` contributions(first: 1, orderBy: ${order}) { nodes { occurredAt } }` : '';
        return `${kind}(maxRepositories: 100) { repository { nameWithOwner }${dates} }`;
    }).join('\n        ');
}
/** Q5a: presence per repository in one window, `$first` members per query (kept small for the 10 s limit). */
const ACTIVITY_PRESENCE_QUERY = `query ActivityPresence($org: String!, $orgId: ID!, $from: DateTime!, $to: DateTime!, $first: Int!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    membersWithRole(first: $first, after: $after) {
      ${PAGE_INFO}
      nodes { login contributionsCollection(organizationID: $orgId, from: $from, to: $to) {
        ${byRepository(false)}
      } }
    }
  }
}`;
/** Q5b for a few named people: exact latest dates per repository. */
const ACTIVITY_DATES_QUERY = `query ActivityDates($login: String!, $orgId: ID!, $from: DateTime!, $to: DateTime!) {
  ${RATE_LIMIT}
  user(login: $login) {
    login
    contributionsCollection(organizationID: $orgId, from: $from, to: $to) {
        ${byRepository(true)}
    }
  }
}`;
const ORGANIZATION_ID_QUERY = `query OrganizationId($org: String!) {
  ${RATE_LIMIT}
  organization(login: $org) { id }
}`;

// Who contributed where, and when. Organization scans use presence per repository in short
// windows (Q5a: about one point per 25 members per window), so a presence-derived contribution's
// `lastAt` is the end of the newest window that shows it: the true date lies somewhere in that
// window. Named people get exact dates (Q5b), which costs more per person but they are few.
//
// The approximation must never decide a rule's outcome. A rule compares a date D with `now − T`
// (T = a policy threshold such as `stale-member.inactive-days`); with D somewhere in [from, to]
// of its window, the comparison is only certain when `now − T` is outside (from, to]. So after
// the presence pass we fetch exact dates (Q5b) for exactly the people whose outcome could flip:
// members with a contribution in a window that straddles a threshold, and outside collaborators
// (they are not in `membersWithRole`, so presence never sees them). A member with no presence in
// any window is certain already (no contribution in the window) and costs nothing more.
const KIND_BY_FIELD = {
    commitContributionsByRepository: 'commit',
    pullRequestContributionsByRepository: 'pull-request',
    issueContributionsByRepository: 'issue',
    pullRequestReviewContributionsByRepository: 'review',
};
/** Newest first; each window at most `days` long (GitHub rejects spans over one year). */
function activityWindows(now, windowDays, resolutionDays) {
    const span = Math.min(Math.max(1, resolutionDays), 365) * DAY_MS$1;
    const start = now.getTime() - windowDays * DAY_MS$1;
    const windows = [];
    for (let to = now.getTime(); to > start; to -= span) {
        windows.push({ from: new Date(Math.max(start, to - span)), to: new Date(to) });
    }
    return windows;
}
/** Keeps the latest date per (login, repository, kind). */
class ContributionLedger {
    latest = new Map();
    note(login, repo, kind, at) {
        const key = `${login}\u0000${repo}\u0000${kind}`;
        const known = this.latest.get(key);
        if (!known || known.lastAt < at)
            this.latest.set(key, { login, repo, kind, lastAt: at });
    }
    noteCollection(login, collection, fallbackAt) {
        for (const [field, kind] of Object.entries(KIND_BY_FIELD)) {
            for (const entry of collection[field] ?? []) {
                if (!entry.repository)
                    continue;
                const exact = entry.contributions?.nodes?.[0]?.occurredAt;
                this.note(login, entry.repository.nameWithOwner, kind, exact ?? fallbackAt);
            }
        }
    }
    get contributions() {
        return [...this.latest.values()];
    }
}
/** True when a date known only to lie in [from, to] may fall on either side of `now − T` for some T. */
function straddlesThreshold(window, now, thresholdsDays) {
    return thresholdsDays.some((days) => {
        const cut = now.getTime() - days * DAY_MS$1;
        return window.from.getTime() < cut && cut <= window.to.getTime();
    });
}
async function collectOrgActivity(ctx, options) {
    const ledger = new ContributionLedger();
    const resource = gaps.organization(ctx.org, 'contributions');
    const windows = activityWindows(options.now, options.windowDays, options.resolutionDays ?? 30);
    await mapWithConcurrency(windows, 4, async (window) => {
        let after = null;
        for (;;) {
            let page;
            try {
                page = await readGraphql(ctx.client, ACTIVITY_PRESENCE_QUERY, {
                    org: ctx.org,
                    orgId: options.organizationId,
                    from: window.from.toISOString(),
                    to: window.to.toISOString(),
                    first: options.membersPerQuery ?? 25,
                    after,
                });
            }
            catch (error) {
                ctx.coverage.add(resource, describeFailure(error, HINTS.members));
                return;
            }
            if (page.errors[0])
                ctx.coverage.add(resource, graphqlReason(page.errors[0]));
            const connection = page.data?.organization?.membersWithRole;
            if (!connection)
                return;
            for (const member of connection.nodes) {
                if (member?.contributionsCollection) {
                    ledger.noteCollection(member.login, member.contributionsCollection, window.to.toISOString());
                }
            }
            if (!connection.pageInfo.hasNextPage)
                return;
            after = connection.pageInfo.endCursor;
        }
    });
    // Exact dates where the presence windows could decide an outcome (see the header comment).
    const valid = (days) => (days ?? []).filter((t) => Number.isFinite(t) && t > 0);
    const personThresholds = valid(options.thresholds?.person);
    const repositoryThresholds = valid(options.thresholds?.repository);
    const windowByEnd = new Map(windows.map((w) => [w.to.toISOString(), w]));
    const approximate = ledger.contributions;
    // Only the latest date a rule looks at can decide it: a member's newest contribution overall,
    // and their newest one to each repository whose write access is judged.
    const latestOverall = new Map();
    const latestPerRepository = new Map();
    for (const c of approximate) {
        if ((latestOverall.get(c.login) ?? '') < c.lastAt)
            latestOverall.set(c.login, c.lastAt);
        const pair = `${c.login}\u0000${c.repo}`;
        if (options.judgedRepositories?.has(pair) && (latestPerRepository.get(pair) ?? '') < c.lastAt) {
            latestPerRepository.set(pair, c.lastAt);
        }
    }
    const straddles = (lastAt, thresholds) => {
        const window = windowByEnd.get(lastAt);
        return window !== undefined && thresholds.length > 0 && straddlesThreshold(window, options.now, thresholds);
    };
    const nearThreshold = new Set();
    for (const [login, lastAt] of latestOverall) {
        if (!isBot(login) && straddles(lastAt, personThresholds))
            nearThreshold.add(login);
    }
    for (const [pair, lastAt] of latestPerRepository) {
        const login = pair.slice(0, pair.indexOf('\u0000'));
        if (!isBot(login) && straddles(lastAt, repositoryThresholds))
            nearThreshold.add(login);
    }
    const outside = [...new Set(options.exactLogins ?? [])].filter((l) => !isBot(l) && !nearThreshold.has(l));
    const exactLogins = [...nearThreshold, ...outside];
    const members = new Set(approximate.map((c) => c.login)).size;
    ctx.logger.info(`activity: exact dates for ${exactLogins.length} people (${nearThreshold.size} of ${members} active members near a threshold, ${outside.length} outside collaborators)`);
    if (exactLogins.length === 0)
        return approximate;
    const dates = { organizationId: options.organizationId, now: options.now, windowDays: options.windowDays };
    const exact = await mapWithConcurrency(exactLogins, options.exactConcurrency ?? 4, (login) => readPersonActivity(ctx, login, dates));
    const replaced = new Set(exactLogins.filter((_, i) => exact[i].complete));
    const merged = new ContributionLedger();
    // Complete exact results are authoritative for their person. After a failure (already a
    // coverage gap) the presence dates stay, as before, with whatever exact dates were read.
    for (const c of approximate)
        if (!replaced.has(c.login))
            merged.note(c.login, c.repo, c.kind, c.lastAt);
    for (const result of exact)
        for (const c of result.contributions)
            merged.note(c.login, c.repo, c.kind, c.lastAt);
    return merged.contributions;
}
/** One person's exact latest dates (Q5b), one query per window of a year at most. */
async function readPersonActivity(ctx, login, options) {
    const ledger = new ContributionLedger();
    const resource = gaps.organization(ctx.org, 'contributions', login);
    let complete = true;
    for (const window of activityWindows(options.now, options.windowDays, 365)) {
        const page = await ctx.coverage.read(resource, HINTS.members, () => readGraphql(ctx.client, ACTIVITY_DATES_QUERY, {
            login,
            orgId: options.organizationId,
            from: window.from.toISOString(),
            to: window.to.toISOString(),
        }));
        if (!page)
            complete = false;
        const error = readErrors(page?.errors ?? [])[0];
        if (error) {
            ctx.coverage.add(resource, graphqlReason(error));
            complete = false;
        }
        const collection = page?.data?.user?.contributionsCollection;
        if (collection)
            ledger.noteCollection(login, collection, window.to.toISOString());
    }
    return { contributions: ledger.contributions, complete };
}
/** Exact latest dates for a few people, one query per person and window (a year at most each). */
async function collectPeopleActivity(ctx, logins, options) {
    const contributions = [];
    for (const login of new Set(logins))
        contributions.push(...(await readPersonActivity(ctx, login, options)).contributions);
    return contributions;
}

async function listRest(ctx, route, params) {
    if (ctx.fromState) {
        const known = ctx.client.cachedList?.(route, { per_page: 100, ...params });
        if (known)
            return known;
    }
    const paginate = ctx.client.rest.paginate;
    return paginate(route, { per_page: 100, ...params });
}
function str(value) {
    return typeof value === 'string' ? value : null;
}
function num(value) {
    return typeof value === 'number' ? value : null;
}
function loginOf(value) {
    if (typeof value === 'string')
        return value;
    return str(value?.login);
}

const NAMED = new Set([
    '_document_id',
    '@timestamp',
    'created_at',
    'action',
    'actor',
    'user',
    'repo',
    'actor_ip',
]);
function toAuditEvent(raw) {
    const ms = num(raw['@timestamp']) ?? num(raw.created_at) ?? 0;
    const fields = {};
    for (const [key, value] of Object.entries(raw))
        if (!NAMED.has(key))
            fields[key] = value;
    return {
        id: str(raw._document_id) ?? '',
        at: new Date(ms).toISOString(),
        action: str(raw.action) ?? '',
        actor: str(raw.actor),
        user: str(raw.user),
        repo: str(raw.repo),
        ip: str(raw.actor_ip),
        fields,
    };
}
async function collectAuditLog(ctx, query) {
    const day = query.from.toISOString().slice(0, 10);
    const phrase = [`created:>=${day}`, query.qualifiers].filter(Boolean).join(' ');
    const raw = await ctx.coverage.read(gaps.organization(ctx.org, 'audit-log'), HINTS.auditLog, () => listRest(ctx, 'GET /orgs/{org}/audit-log', { org: ctx.org, phrase, include: 'all' }));
    if (!raw)
        return null;
    // The `created:` qualifier has day precision; keep the window exact.
    return raw.map(toAuditEvent).filter((e) => e.at >= query.from.toISOString());
}

const quietLogger = {
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined,
};
function concurrencyOf(ctx) {
    return ctx.client.maxConcurrency ?? 8;
}
/** GraphQL enums are upper case; the model speaks GitHub's REST words. */
function repoPermission(value) {
    switch (value.toUpperCase()) {
        case 'ADMIN':
            return 'admin';
        case 'MAINTAIN':
            return 'maintain';
        case 'WRITE':
        case 'PUSH':
            return 'write';
        case 'TRIAGE':
            return 'triage';
        default:
            return 'read';
    }
}

// Deploy key details (last use, who added it) exist only in REST; GraphQL's totalCount picks
// the repositories worth asking, so an organization with few keys costs few requests.
function toDeployKey(repo, raw) {
    return {
        repo,
        id: num(raw.id) ?? 0,
        title: str(raw.title) ?? '',
        readOnly: raw.read_only !== false,
        createdAt: str(raw.created_at) ?? '',
        lastUsedAt: str(raw.last_used),
        addedBy: str(raw.added_by),
    };
}
async function collectDeployKeys(ctx, repositories) {
    const withKeys = repositories.filter((r) => r.deployKeyCount > 0);
    const perRepo = await mapWithConcurrency(withKeys, concurrencyOf(ctx), async (repo) => {
        const [owner, name] = repo.nameWithOwner.split('/');
        const keys = await ctx.coverage.read(gaps.repository(repo.nameWithOwner, 'deploy-keys'), HINTS.repoAdministration, () => listRest(ctx, 'GET /repos/{owner}/{repo}/keys', { owner, repo: name }));
        return (keys ?? []).map((raw) => toDeployKey(repo.nameWithOwner, raw));
    });
    return perRepo.flat();
}

function toCopilotSeat(raw, fallbackScope) {
    const team = raw.assigning_team;
    return {
        org: loginOf(raw.organization) ?? fallbackScope,
        login: loginOf(raw.assignee) ?? '',
        createdAt: str(raw.created_at) ?? '',
        lastActivityAt: str(raw.last_activity_at),
        lastActivityEditor: str(raw.last_activity_editor),
        lastAuthenticatedAt: str(raw.last_authenticated_at),
        pendingCancellationDate: str(raw.pending_cancellation_date),
        assigningTeam: str(team?.slug),
    };
}
async function listSeats(ctx, route, params) {
    const iterate = ctx.client.rest.paginate.iterator;
    const seats = [];
    for await (const page of iterate(route, { per_page: 100, ...params }))
        seats.push(...(page.data.seats ?? []));
    return seats;
}
/** The organization's seats; `logins` keeps only those people's (the per-person collection). */
async function collectCopilotSeats(ctx, logins) {
    const raw = await ctx.coverage.read(gaps.organization(ctx.org, 'copilot-seats'), HINTS.copilotSeats, () => listSeats(ctx, 'GET /orgs/{org}/copilot/billing/seats', { org: ctx.org }));
    return keep((raw ?? []).map((seat) => toCopilotSeat(seat, ctx.org)).filter((seat) => seat.login), logins);
}
/** Seats the enterprise assigns; a seat given through none of its organizations is the enterprise's. */
async function collectEnterpriseCopilotSeats(ctx, slug, logins) {
    const raw = await ctx.coverage.read(gaps.enterprise(slug, 'copilot-seats'), HINTS.enterpriseCopilotSeats, () => listSeats(ctx, 'GET /enterprises/{enterprise}/copilot/billing/seats', { enterprise: slug }));
    return keep((raw ?? []).map((seat) => toCopilotSeat(seat, slug)).filter((seat) => seat.login), logins);
}
function keep(seats, logins) {
    if (!logins)
        return seats;
    const wanted = new Set(logins.map((login) => login.toLowerCase()));
    return seats.filter((seat) => wanted.has(seat.login.toLowerCase()));
}

const IDENTITY = `guid user { login } samlIdentity { nameId username emails { value } } scimIdentity { username }`;
/** Q4: SAML identities (organizations with SSO only; null provider otherwise). */
const IDENTITIES_QUERY = `query Identities($org: String!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    samlIdentityProvider {
      externalIdentities(first: 100, after: $after) { ${PAGE_INFO} nodes { ${IDENTITY} } }
    }
  }
}`;
/** One e-mail from HR: identities whose SAML user name (usually the e-mail) matches. */
const IDENTITY_BY_USERNAME_QUERY = `query IdentityByUserName($org: String!, $userName: String!) {
  ${RATE_LIMIT}
  organization(login: $org) {
    samlIdentityProvider {
      externalIdentities(first: 10, userName: $userName) { nodes { ${IDENTITY} } }
    }
  }
}`;
/** The identity linked to one GitHub login (per-person collection). */
const IDENTITY_BY_LOGIN_QUERY = `query IdentityByLogin($org: String!, $login: String!) {
  ${RATE_LIMIT}
  organization(login: $org) {
    samlIdentityProvider {
      externalIdentities(first: 1, login: $login) { nodes { ${IDENTITY} } }
    }
  }
}`;

function toSamlIdentity(node) {
    if (!node.samlIdentity)
        return null;
    return {
        nameId: node.samlIdentity.nameId,
        username: node.samlIdentity.username,
        emails: (node.samlIdentity.emails ?? []).map((e) => e.value),
    };
}
async function collectExternalIdentities(ctx) {
    const result = { provider: false, identities: new Map(), links: [] };
    const resource = gaps.organization(ctx.org, 'saml-identities');
    let after = null;
    for (;;) {
        let page;
        try {
            page = await readGraphql(ctx.client, IDENTITIES_QUERY, { org: ctx.org, after });
        }
        catch (error) {
            ctx.coverage.add(resource, describeFailure(error, HINTS.members));
            return result;
        }
        if (page.errors[0]) {
            ctx.coverage.add(resource, graphqlReason(page.errors[0]));
            return result;
        }
        const connection = page.data?.organization?.samlIdentityProvider?.externalIdentities;
        if (!connection)
            return result;
        result.provider = true;
        for (const node of connection.nodes) {
            const identity = node ? toSamlIdentity(node) : null;
            if (node?.user && identity)
                result.identities.set(node.user.login, identity);
            if (node?.user) {
                result.links.push({
                    login: node.user.login,
                    samlNameId: node.samlIdentity?.nameId ?? null,
                    scimUserName: node.scimIdentity?.username ?? null,
                });
            }
        }
        if (!connection.pageInfo.hasNextPage)
            return result;
        after = connection.pageInfo.endCursor;
    }
}

const PAGE = 100;
function toScimIdentity(raw, links) {
    const userName = str(raw.userName) ?? '';
    const emails = Array.isArray(raw.emails)
        ? raw.emails.map((e) => str(e.value)).filter((e) => e !== null)
        : [];
    const link = links.find((l) => l.scimUserName !== null && l.scimUserName.toLowerCase() === userName.toLowerCase());
    return {
        id: str(raw.id) ?? '',
        userName,
        externalId: str(raw.externalId),
        emails,
        active: raw.active !== false,
        login: link?.login ?? null,
    };
}
async function collectScimIdentities(ctx, links, options = {}) {
    const read = async () => {
        const all = [];
        for (let startIndex = 1;; startIndex += PAGE) {
            const response = await ctx.client.rest.request('GET /scim/v2/organizations/{org}/Users', {
                org: ctx.org,
                startIndex,
                count: PAGE,
                ...(options.userName ? { filter: `userName eq "${options.userName.replace(/"/g, '')}"` } : {}),
            });
            const page = response.data;
            const resources = page.Resources ?? [];
            all.push(...resources);
            if (resources.length < PAGE || all.length >= (page.totalResults ?? 0))
                return all;
        }
    };
    const raw = await ctx.coverage.read(gaps.organization(ctx.org, 'scim-identities'), HINTS.scim, read);
    return (raw ?? []).map((identity) => toScimIdentity(identity, links));
}

// Open invitations: organization-level (one list) and repository-level (per repository; GraphQL
// has no per-repository connection for them).
function toOrgInvitation(org, raw) {
    return {
        id: String(num(raw.id) ?? str(raw.id) ?? ''),
        kind: 'organization',
        login: str(raw.login),
        email: str(raw.email),
        target: resourceId.organization(org),
        role: str(raw.role),
        createdAt: str(raw.created_at),
        inviter: loginOf(raw.inviter),
    };
}
function toRepoInvitation(repo, raw) {
    return {
        id: String(num(raw.id) ?? ''),
        kind: 'repository',
        login: loginOf(raw.invitee),
        email: null,
        target: resourceId.repository(repo),
        role: str(raw.permissions),
        createdAt: str(raw.created_at),
        inviter: loginOf(raw.inviter),
    };
}
async function collectOrgInvitations(ctx) {
    const raw = await ctx.coverage.read(gaps.organization(ctx.org, 'invitations'), HINTS.members, () => listRest(ctx, 'GET /orgs/{org}/invitations', { org: ctx.org }));
    return (raw ?? []).map((r) => toOrgInvitation(ctx.org, r));
}
async function collectRepoInvitations(ctx, repos) {
    const perRepo = await mapWithConcurrency(repos, concurrencyOf(ctx), async (repo) => {
        const [owner, name] = repo.split('/');
        const raw = await ctx.coverage.read(gaps.repository(repo, 'invitations'), HINTS.repoAdministration, () => listRest(ctx, 'GET /repos/{owner}/{repo}/invitations', { owner, repo: name }));
        return (raw ?? []).map((r) => toRepoInvitation(repo, r));
    });
    return perRepo.flat();
}

/** Q1 of the request plan; `withEmails: false` is the fallback when verified e-mails are denied. */
function membersQuery(withEmails) {
    const emails = withEmails ? 'organizationVerifiedDomainEmails(login: $org)' : '';
    return `query Members($org: String!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    id
    membersWithRole(first: 100, after: $after) {
      ${PAGE_INFO}
      edges { role hasTwoFactorEnabled node { login id databaseId ${emails} } }
    }
  }
}`;
}
const USER_QUERY = `query User($org: String!, $login: String!) {
  ${RATE_LIMIT}
  user(login: $login) { login id databaseId organizationVerifiedDomainEmails(login: $org) }
}`;

// Members with their organization role, 2FA state and verified-domain e-mails (Q1).
async function collectMembers(ctx) {
    const members = [];
    const resource = gaps.organization(ctx.org, 'members');
    let withEmails = true;
    let after = null;
    let organizationId = null;
    for (;;) {
        let page;
        try {
            const result = await readGraphql(ctx.client, membersQuery(withEmails), { org: ctx.org, after });
            const emailErrors = result.errors.filter((e) => e.path.includes('organizationVerifiedDomainEmails'));
            if (withEmails && emailErrors.length > 0) {
                // A non-null list field that errors nulls the whole member node: re-read the page without it.
                ctx.coverage.add(gaps.organization(ctx.org, 'verified-emails'), graphqlReason(emailErrors[0]));
                withEmails = false;
                continue;
            }
            if (result.errors.length > 0)
                ctx.coverage.add(resource, graphqlReason(result.errors[0]));
            page = result.data;
        }
        catch (error) {
            ctx.coverage.add(resource, describeFailure(error, HINTS.members));
            return { members, organizationId, complete: false };
        }
        const connection = page?.organization?.membersWithRole;
        if (!page?.organization || !connection) {
            ctx.coverage.add(resource, `organization ${ctx.org} not visible to the token`);
            return { members, organizationId, complete: false };
        }
        organizationId = page.organization.id;
        for (const edge of connection.edges) {
            if (!edge?.node)
                continue;
            members.push({
                login: edge.node.login,
                nodeId: edge.node.id,
                databaseId: edge.node.databaseId,
                role: edge.role === 'ADMIN' ? 'owner' : 'member',
                twoFactorEnabled: edge.hasTwoFactorEnabled,
                verifiedEmails: withEmails ? (edge.node.organizationVerifiedDomainEmails ?? []) : null,
            });
        }
        if (!connection.pageInfo.hasNextPage)
            break;
        after = connection.pageInfo.endCursor;
    }
    return { members, organizationId, complete: !ctx.coverage.has(resource) };
}

const COLLABORATOR_EDGE = `permission
  permissionSources { permission source { __typename ... on Team { slug } ... on Organization { login } ... on Repository { nameWithOwner } } }
  node { login }`;
/** The repository fields Q3 asks for besides `nameWithOwner`, each of which a token may be denied. */
const REPOSITORY_FIELDS = [
    'databaseId',
    'visibility',
    'isArchived',
    'pushedAt',
    'deployKeys',
    'environments',
    'collaborators',
];
function fieldText(field, forSubject) {
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
function repositoriesQuery(forSubject, omit = new Set()) {
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
repositoriesQuery(false);
const REPOSITORY_COLLABORATORS_QUERY = `query RepositoryCollaborators($owner: String!, $name: String!, $after: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    collaborators(first: 100, after: $after, affiliation: DIRECT) { ${PAGE_INFO} edges { ${COLLABORATOR_EDGE} } }
  }
}`;
/** Per-person: only the repositories where `$login` is a direct collaborator come back non-empty. */
repositoriesQuery(true);

function collaboratorRecords(repo, connection) {
    return (connection.edges ?? []).flatMap((edge) => {
        if (!edge?.node)
            return [];
        const sources = (edge.permissionSources ?? []).map((s) => {
            const permission = s.permission === 'NONE' ? 'none' : repoPermission(s.permission);
            if (s.source.__typename === 'Team')
                return { kind: 'team', team: s.source.slug, permission };
            if (s.source.__typename === 'Organization')
                return { kind: 'organization', permission };
            return { kind: 'direct', permission };
        });
        return [{ login: edge.node.login, repo, permission: repoPermission(edge.permission), sources }];
    });
}
function toRepository(node) {
    return {
        nameWithOwner: node.nameWithOwner,
        databaseId: node.databaseId ?? null,
        visibility: node.visibility ? node.visibility.toLowerCase() : null,
        archived: node.isArchived ?? false,
        pushedAt: node.pushedAt ?? null,
        environments: (node.environments?.nodes ?? []).flatMap((e) => (e ? [e.name] : [])),
        deployKeyCount: node.deployKeys?.totalCount ?? 0,
    };
}
async function moreCollaborators(ctx, repo, after) {
    const [owner, name] = repo.split('/');
    const records = [];
    let cursor = after;
    while (cursor) {
        const result = await readGraphql(ctx.client, REPOSITORY_COLLABORATORS_QUERY, {
            owner,
            name,
            after: cursor,
        });
        const connection = result.data?.repository?.collaborators;
        if (!connection)
            throw Object.assign(new Error(result.errors[0]?.message ?? 'collaborators unavailable'), {
                status: 403,
            });
        records.push(...collaboratorRecords(repo, connection));
        cursor = connection.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : null;
    }
    return records;
}
/** Which part of the repository a GraphQL field error is about, with the permission that fixes it. */
function partOf(field) {
    return REPOSITORY_FIELD_PARTS[String(field)] ?? { part: null, permission: null };
}
function reasonWith(error, permission) {
    return permission ? `${graphqlReason(error)} — ${permission}` : graphqlReason(error);
}
const underNode = (errors, index) => errors.filter((e) => e.path[2] === 'nodes' && e.path[3] === index);
/** Gaps for field errors under one repository node: `[organization, repositories, nodes, i, field, …]`. */
function recordNodeErrors(ctx, errors, index, repo, out) {
    for (const error of underNode(errors, index)) {
        const { part, permission } = partOf(error.path[4]);
        ctx.coverage.add(gaps.repository(repo, part), reasonWith(error, permission));
        if (part === 'collaborators')
            out.add(repo);
    }
}
/** A denied field under node `index` that nulled it and that the query can do without. */
function droppableFields(errors, index, omitted) {
    const fields = new Set();
    for (const error of underNode(errors, index)) {
        const field = REPOSITORY_FIELDS.find((f) => f === error.path[4]);
        if (field && !omitted.has(field))
            fields.add(field);
    }
    return fields;
}
/**
 * GitHub nulls a whole repository node when a non-null field under it is denied (`deployKeys`
 * without Administration read). Such repositories are read again without the failing fields,
 * so that they are named and everything else about them is kept; the left-out fields become
 * that repository's gaps.
 */
async function readRepositoriesPage(ctx, forSubject, variables) {
    const first = await readGraphql(ctx.client, repositoriesQuery(forSubject), variables);
    const connection = first.data?.organization?.repositories;
    if (!connection)
        return first;
    const nodes = connection.nodes.map((node) => ({
        node,
        errors: first.errors,
        omitted: new Map(),
    }));
    const omit = new Map();
    for (let attempt = 0; attempt < REPOSITORY_FIELDS.length; attempt++) {
        const lost = nodes.flatMap((entry, index) => (entry.node ? [] : [index]));
        let added = false;
        for (const index of lost) {
            for (const field of droppableFields(nodes[index].errors, index, new Set(omit.keys()))) {
                const error = underNode(nodes[index].errors, index).find((e) => e.path[4] === field);
                if (error)
                    omit.set(field, error);
                added = true;
            }
        }
        if (!added)
            break;
        let again;
        try {
            again = await readGraphql(ctx.client, repositoriesQuery(forSubject, new Set(omit.keys())), variables);
        }
        catch {
            break; // the lost repositories stay lost, and say so below
        }
        const names = new Set(nodes.flatMap((entry) => (entry.node ? [entry.node.nameWithOwner] : [])));
        const reread = again.data?.organization?.repositories.nodes ?? [];
        for (const index of lost) {
            const node = reread[index] ?? null;
            // Same cursor, same page: a name already read means the list moved under us.
            const usable = node && !names.has(node.nameWithOwner) ? node : null;
            nodes[index] = { node: usable, errors: again.errors, omitted: new Map(omit) };
        }
    }
    return { connection, nodes };
}
/** All repositories of the organization; with `subjectLogin`, only that person's direct grants. */
async function collectRepositories(ctx, subjectLogin) {
    const result = {
        repositories: [],
        collaborators: [],
        incompleteCollaborators: new Set(),
    };
    const resource = gaps.organization(ctx.org, 'repositories');
    let after = null;
    for (;;) {
        let page;
        try {
            page = await readRepositoriesPage(ctx, subjectLogin !== undefined, {
                org: ctx.org,
                after,
                login: subjectLogin,
            });
        }
        catch (error) {
            ctx.coverage.add(resource, describeFailure(error, HINTS.members));
            return result;
        }
        if (!('nodes' in page)) {
            ctx.coverage.add(resource, page.errors[0] ? graphqlReason(page.errors[0]) : `organization ${ctx.org} not visible`);
            return result;
        }
        const connection = page.connection;
        for (const [index, { node, errors, omitted }] of page.nodes.entries()) {
            if (!node) {
                const lost = errorUnderNode(errors, 2, index);
                if (lost) {
                    ctx.coverage.add(resource, `${graphqlReason(lost)} (at ${lost.path.join('.')}; that repository is missing)`);
                }
                continue;
            }
            result.repositories.push(toRepository(node));
            for (const [field, error] of omitted) {
                const { part, permission } = REPOSITORY_FIELD_PARTS[field];
                ctx.coverage.add(gaps.repository(node.nameWithOwner, part), reasonWith(error, permission));
                if (part === 'collaborators')
                    result.incompleteCollaborators.add(node.nameWithOwner);
            }
            recordNodeErrors(ctx, errors, index, node.nameWithOwner, result.incompleteCollaborators);
            if (!node.collaborators)
                continue;
            result.collaborators.push(...collaboratorRecords(node.nameWithOwner, node.collaborators));
            const next = node.collaborators.pageInfo;
            if (!subjectLogin && next?.hasNextPage) {
                try {
                    result.collaborators.push(...(await moreCollaborators(ctx, node.nameWithOwner, next.endCursor)));
                }
                catch (error) {
                    ctx.coverage.add(gaps.repository(node.nameWithOwner, 'collaborators'), describeFailure(error));
                    result.incompleteCollaborators.add(node.nameWithOwner);
                }
            }
        }
        if (!connection.pageInfo.hasNextPage)
            break;
        after = connection.pageInfo.endCursor;
    }
    return result;
}

// Secrets (names and dates only; values are never readable): organization Actions and
// Dependabot secrets with their selected repositories, repository secrets, environment secrets.
const ORG_ROUTES = {
    actions: 'GET /orgs/{org}/actions/secrets',
    dependabot: 'GET /orgs/{org}/dependabot/secrets',
};
const REPO_ROUTES = {
    actions: 'GET /repos/{owner}/{repo}/actions/secrets',
    dependabot: 'GET /repos/{owner}/{repo}/dependabot/secrets',
};
async function collectOrgSecrets(ctx) {
    const secrets = [];
    for (const kind of ['actions', 'dependabot']) {
        const hint = kind === 'actions' ? HINTS.orgSecrets : HINTS.orgDependabotSecrets;
        const raw = await ctx.coverage.read(gaps.organization(ctx.org, kind === 'actions' ? 'actions-secrets' : 'dependabot-secrets'), hint, () => listRest(ctx, ORG_ROUTES[kind], { org: ctx.org }));
        const listed = await mapWithConcurrency(raw ?? [], concurrencyOf(ctx), async (r) => {
            const name = str(r.name) ?? '';
            const visibility = (str(r.visibility) ?? 'all');
            let selectedRepositories = null;
            if (visibility === 'selected') {
                const repos = await ctx.coverage.read(gaps.organizationSecret(ctx.org, name, 'repositories'), hint, () => listRest(ctx, `${ORG_ROUTES[kind]}/{secret_name}/repositories`, {
                    org: ctx.org,
                    secret_name: name,
                }));
                selectedRepositories = repos
                    ? repos.map((repo) => str(repo.full_name) ?? `${ctx.org}/${str(repo.name) ?? ''}`)
                    : null;
            }
            const secret = {
                scope: 'organization',
                kind,
                name,
                createdAt: str(r.created_at) ?? '',
                updatedAt: str(r.updated_at) ?? '',
                visibility,
                selectedRepositories,
            };
            return secret;
        });
        secrets.push(...listed);
    }
    return secrets;
}
/** Repository and environment secrets of the given repositories (environment names from Q3). */
async function collectRepoSecrets(ctx, repositories) {
    const perRepo = await mapWithConcurrency(repositories, concurrencyOf(ctx), async (repository) => {
        const repo = repository.nameWithOwner;
        const [owner, name] = repo.split('/');
        const secrets = [];
        for (const kind of ['actions', 'dependabot']) {
            const hint = kind === 'actions' ? HINTS.repoSecrets : HINTS.repoDependabotSecrets;
            const raw = await ctx.coverage.read(gaps.repository(repo, kind === 'actions' ? 'secrets' : 'dependabot-secrets'), hint, () => listRest(ctx, REPO_ROUTES[kind], { owner, repo: name }));
            for (const r of raw ?? []) {
                secrets.push({
                    scope: 'repository',
                    kind,
                    name: str(r.name) ?? '',
                    repo,
                    createdAt: str(r.created_at) ?? '',
                    updatedAt: str(r.updated_at) ?? '',
                });
            }
        }
        for (const environment of repository.environments) {
            const raw = await ctx.coverage.read(gaps.environment(repo, environment, 'secrets'), HINTS.environmentSecrets, () => listRest(ctx, 'GET /repos/{owner}/{repo}/environments/{environment_name}/secrets', {
                owner,
                repo: name,
                environment_name: environment,
            }));
            for (const r of raw ?? []) {
                secrets.push({
                    scope: 'environment',
                    kind: 'actions',
                    name: str(r.name) ?? '',
                    repo,
                    environment,
                    createdAt: str(r.created_at) ?? '',
                    updatedAt: str(r.updated_at) ?? '',
                });
            }
        }
        return secrets;
    });
    return perRepo.flat();
}

/** Q2: teams with immediate members and repository permissions, 100 of each per team. */
const TEAMS_QUERY = `query Teams($org: String!, $after: String, $userLogins: [String!]) {
  ${RATE_LIMIT}
  organization(login: $org) {
    teams(first: 100, after: $after, userLogins: $userLogins) {
      ${PAGE_INFO}
      nodes {
        slug name parentTeam { slug }
        members(first: 100, membership: IMMEDIATE) { ${PAGE_INFO} edges { role node { login } } }
        repositories(first: 100) { ${PAGE_INFO} edges { permission node { nameWithOwner } } }
      }
    }
  }
}`;
const TEAM_MEMBERS_QUERY = `query TeamMembers($org: String!, $slug: String!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    team(slug: $slug) {
      members(first: 100, after: $after, membership: IMMEDIATE) { ${PAGE_INFO} edges { role node { login } } }
    }
  }
}`;
const TEAM_REPOSITORIES_QUERY = `query TeamRepositories($org: String!, $slug: String!, $after: String) {
  ${RATE_LIMIT}
  organization(login: $org) {
    team(slug: $slug) {
      repositories(first: 100, after: $after) { ${PAGE_INFO} edges { permission node { nameWithOwner } } }
    }
  }
}`;

function memberships(connection) {
    return connection.edges.flatMap((edge) => edge?.node
        ? [{ login: edge.node.login, role: edge.role === 'MAINTAINER' ? 'maintainer' : 'member' }]
        : []);
}
function repositories(connection) {
    return connection.edges.flatMap((edge) => edge?.node ? [{ repo: edge.node.nameWithOwner, permission: repoPermission(edge.permission) }] : []);
}
async function followUp(ctx, query, slug, first, pick, resource) {
    const pages = [first];
    let cursor = first.pageInfo;
    while (cursor.hasNextPage) {
        try {
            const result = await readGraphql(ctx.client, query, { org: ctx.org, slug, after: cursor.endCursor });
            const next = result.data ? pick(result.data) : null;
            if (result.errors.length > 0 || !next) {
                ctx.coverage.add(resource, result.errors[0] ? graphqlReason(result.errors[0]) : 'team vanished while reading');
                break;
            }
            pages.push(next);
            cursor = next.pageInfo;
        }
        catch (error) {
            ctx.coverage.add(resource, describeFailure(error, HINTS.members));
            break;
        }
    }
    return pages;
}
/** `userLogins` narrows to the teams of those people (per-person collection). */
async function collectTeams(ctx, userLogins) {
    const teams = [];
    const resource = gaps.organization(ctx.org, 'teams');
    let after = null;
    for (;;) {
        let page;
        let errors;
        try {
            ({ data: page, errors } = await readGraphql(ctx.client, TEAMS_QUERY, {
                org: ctx.org,
                after,
                userLogins: userLogins ?? null,
            }));
        }
        catch (error) {
            ctx.coverage.add(resource, describeFailure(error, HINTS.members));
            return teams;
        }
        const connection = page?.organization?.teams;
        if (!connection) {
            ctx.coverage.add(resource, errors[0] ? graphqlReason(errors[0]) : `organization ${ctx.org} not visible to the token`);
            return teams;
        }
        for (const [index, node] of connection.nodes.entries()) {
            if (!node) {
                const lost = errorUnderNode(errors, 2, index);
                if (lost)
                    ctx.coverage.add(resource, `${graphqlReason(lost)} (at ${lost.path.join('.')}; that team is missing)`);
                continue;
            }
            // A field error under this team (path organization, teams, nodes, index, members | repositories) is this team's gap.
            for (const error of errors.filter((e) => e.path[2] === 'nodes' && e.path[3] === index)) {
                ctx.coverage.add(gaps.team(ctx.org, node.slug, TEAM_FIELD_PARTS[String(error.path[4])] ?? null), graphqlReason(error));
            }
            const memberPages = node.members
                ? await followUp(ctx, TEAM_MEMBERS_QUERY, node.slug, node.members, (d) => d.organization?.team?.members, gaps.team(ctx.org, node.slug, 'members'))
                : [];
            const repoPages = node.repositories
                ? await followUp(ctx, TEAM_REPOSITORIES_QUERY, node.slug, node.repositories, (d) => d.organization?.team?.repositories, gaps.team(ctx.org, node.slug, 'repositories'))
                : [];
            teams.push({
                slug: node.slug,
                name: node.name,
                parentSlug: node.parentTeam?.slug ?? null,
                members: memberPages.flatMap(memberships),
                repositories: repoPages.flatMap(repositories),
            });
        }
        if (!connection.pageInfo.hasNextPage)
            break;
        after = connection.pageInfo.endCursor;
    }
    return teams;
}

// Programmatic credentials: fine-grained PAT grants (GitHub App tokens only) and SAML SSO
// credential authorizations (GHEC with SAML only). Both are REST-only.
function stringMap(value) {
    if (typeof value !== 'object' || value === null)
        return {};
    return Object.fromEntries(Object.entries(value).filter((e) => typeof e[1] === 'string'));
}
function toPatGrant(raw) {
    const permissions = (raw.permissions ?? {});
    const selection = str(raw.repository_selection);
    return {
        id: num(raw.id) ?? 0,
        owner: loginOf(raw.owner) ?? '',
        tokenId: num(raw.token_id) ?? 0,
        tokenName: str(raw.token_name) ?? '',
        tokenExpired: raw.token_expired === true,
        expiresAt: str(raw.token_expires_at),
        lastUsedAt: str(raw.token_last_used_at),
        accessGrantedAt: str(raw.access_granted_at) ?? '',
        permissions: {
            organization: stringMap(permissions.organization),
            repository: stringMap(permissions.repository),
            other: stringMap(permissions.other),
        },
        repositorySelection: selection === 'all' || selection === 'subset' ? selection : 'none',
        repositories: null,
    };
}
function toCredentialAuthorization(raw) {
    return {
        id: num(raw.credential_id) ?? 0,
        login: str(raw.login) ?? '',
        type: (str(raw.credential_type) ?? 'personal access token'),
        authorizedAt: str(raw.credential_authorized_at) ?? '',
        accessedAt: str(raw.credential_accessed_at),
        expiresAt: str(raw.authorized_credential_expires_at),
        scopes: Array.isArray(raw.scopes) ? raw.scopes.filter((s) => typeof s === 'string') : [],
        fingerprint: str(raw.fingerprint),
        tokenLastEight: str(raw.token_last_eight),
        title: str(raw.authorized_credential_title) ?? str(raw.authorized_credential_note),
    };
}
/**
 * `owners` narrows to those people's tokens (`owner[]=`), for the per-person collection.
 * `fromState` says which subset grants' repository lists may come from the state's copy (the
 * audit-log deltas, see delta-plan.ts); a list the state does not hold is read.
 */
async function collectPatGrants(ctx, owners, fromState) {
    const params = { org: ctx.org };
    if (owners)
        params['owner[]'] = owners;
    const raw = await ctx.coverage.read(gaps.organization(ctx.org, 'personal-access-tokens'), HINTS.patGrants, () => listRest(ctx, 'GET /orgs/{org}/personal-access-tokens', params));
    const grants = (raw ?? []).map(toPatGrant);
    // Only subset grants need their repository list; a failure leaves `repositories: null` plus a gap.
    await mapWithConcurrency(grants.filter((g) => g.repositorySelection === 'subset'), concurrencyOf(ctx), async (grant) => {
        const readCtx = fromState?.(grant) ? { ...ctx, fromState: true } : ctx;
        const repos = await ctx.coverage.read(gaps.pat(grant.tokenId, 'repositories'), HINTS.patGrants, () => listRest(readCtx, 'GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories', {
            org: ctx.org,
            pat_id: grant.id,
        }));
        if (repos)
            grant.repositories = repos.map((r) => str(r.full_name) ?? `${ctx.org}/${str(r.name) ?? ''}`);
    });
    return grants;
}
async function collectCredentialAuthorizations(ctx, login) {
    const params = { org: ctx.org };
    if (login)
        params.login = login;
    const raw = await ctx.coverage.read(gaps.organization(ctx.org, 'credential-authorizations'), HINTS.credentialAuthorizations, () => listRest(ctx, 'GET /orgs/{org}/credential-authorizations', params));
    return (raw ?? []).map(toCredentialAuthorization);
}

// Who can reach which repository and why. Three sources, merged per (person, repository):
// direct collaboration (GraphQL permissionSources), team membership (team repositories × team
// members, child teams inheriting their parents' repositories, as GitHub does), and the
// organization's base permission.
//
// Base-permission grants are only attached to (person, repository) pairs that already have a
// direct or team grant: materialising members × repositories would be 50 million grants for a
// 10,000-person, 5,000-repository organization. `Snapshot.defaultRepositoryPermission` carries
// the base permission for rules that need the rest.
function stronger(a, b) {
    return REPO_PERMISSIONS.indexOf(a) <= REPO_PERMISSIONS.indexOf(b) ? a : b;
}
function sameSource(a, b) {
    return a.kind === b.kind && (a.kind !== 'team' || (b.kind === 'team' && a.team === b.team));
}
/** Repositories each team reaches, its ancestors' included. */
function effectiveTeamRepositories(teams) {
    const bySlug = new Map(teams.map((t) => [t.slug, t]));
    const result = new Map();
    for (const team of teams) {
        const reach = [];
        const seen = new Set();
        for (let current = team; current && !seen.has(current.slug); current = bySlug.get(current.parentSlug ?? '')) {
            seen.add(current.slug);
            for (const r of current.repositories)
                reach.push({ repo: r.repo, permission: r.permission, team: current.slug });
        }
        result.set(team.slug, reach);
    }
    return result;
}
function deriveGrants(inputs) {
    const grants = new Map();
    const add = (login, repo, permission, source) => {
        const key = `${login}\u0000${repo}`;
        const grant = grants.get(key);
        if (!grant) {
            grants.set(key, {
                login,
                repo,
                permission,
                sources: [{ ...source }],
                outsideCollaborator: !inputs.members.has(login),
            });
            return;
        }
        grant.permission = stronger(grant.permission, permission);
        const known = grant.sources.find((s) => sameSource(s, source));
        if (!known)
            grant.sources.push(source);
        else if (source.permission)
            known.permission = known.permission ? stronger(known.permission, source.permission) : source.permission;
    };
    for (const c of inputs.collaborators) {
        if (c.sources.length === 0)
            add(c.login, c.repo, c.permission, { kind: 'direct', permission: c.permission });
        for (const s of c.sources) {
            const permission = s.permission === 'none' ? c.permission : s.permission;
            if (s.kind === 'team' && s.team)
                add(c.login, c.repo, permission, { kind: 'team', team: s.team, permission });
            else if (s.kind === 'organization') {
                if (s.permission !== 'none')
                    add(c.login, c.repo, permission, { kind: 'organization', permission });
            }
            else
                add(c.login, c.repo, permission, { kind: 'direct', permission });
        }
    }
    const reach = effectiveTeamRepositories(inputs.teams);
    for (const team of inputs.teams) {
        for (const member of team.members) {
            for (const r of reach.get(team.slug) ?? [])
                add(member.login, r.repo, r.permission, { kind: 'team', team: r.team, permission: r.permission });
        }
    }
    const base = inputs.defaultRepositoryPermission;
    if (base && base !== 'none') {
        for (const grant of grants.values()) {
            if (inputs.members.has(grant.login))
                add(grant.login, grant.repo, base, { kind: 'organization', permission: base });
        }
    }
    return [...grants.values()];
}

/**
 * Every repository is re-validated at least this often (in nights), logged change or not. The
 * cycle is the budget: each night re-reads 1/28 of the organization's lists (conditionally, so
 * unchanged ones are 304s, free of the primary budget) — about 600 requests at 5,000
 * repositories, 6,000 at 50,000, which keeps the nightly run within the 1,500-request and
 * one-hour targets. A shorter cycle catches an unlogged change sooner at a linear cost (a week
 * would be 2,400 requests a night at 5,000 repositories). Four weeks, as the README states.
 */
const REVALIDATION_NIGHTS = 28;
const DAY$1 = 86_400_000;
/** Which parts an audit-log action can change (a new or renamed repository changes them all). */
function partsChangedBy(action) {
    if (/^repo\.(create|transfer|rename|unarchived|access)$/.test(action))
        return ['deploy-keys', 'secrets', 'invitations'];
    if (/^(public_key|deploy_key)\./.test(action))
        return ['deploy-keys'];
    // Actions, Dependabot (integration) and environment secrets; a new or deleted environment.
    if (/^(repo|environment)\.[a-z_]*secret$/.test(action) || /^environment\.(create|delete)$/.test(action))
        return ['secrets'];
    if (/^repository_invitation\./.test(action) || /^repo\.(add|remove)_member$/.test(action))
        return ['invitations'];
    return [];
}
/** Per part, each repository's latest event that can have changed it (lower-case names). */
function latestChanges(events) {
    const changed = new Map();
    for (const event of events) {
        if (!event.repo)
            continue;
        for (const part of partsChangedBy(event.action)) {
            let repos = changed.get(part);
            if (!repos)
                changed.set(part, (repos = new Map()));
            const repo = event.repo.toLowerCase();
            const before = repos.get(repo);
            if (!before || before < event.at)
                repos.set(repo, event.at);
        }
    }
    return changed;
}
/** FNV-1a: a stable spread of names over the nights, the same on every run. */
function slotOf(name) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < name.length; i += 1) {
        hash ^= name.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % REVALIDATION_NIGHTS;
}
/** Whether tonight re-validates this repository whatever the audit log says. */
function inRollingSlice(repo, now) {
    return slotOf(repo.toLowerCase()) === Math.floor(now.getTime() / DAY$1) % REVALIDATION_NIGHTS;
}
/**
 * The repositories whose part may come from the state's copy: read before (`lastRead`), since
 * the audit log's reach (`auditFrom`), no event since that read, not in tonight's slice, and
 * not older than the re-validation period (a slice missed on a skipped night catches up).
 */
function reusableRepositories(part, repositories, lastRead, changes, options) {
    const reusable = new Set();
    const oldest = new Date(options.now.getTime() - REVALIDATION_NIGHTS * DAY$1).toISOString();
    const changed = changes.get(part);
    for (const repository of repositories) {
        const repo = repository.nameWithOwner;
        const at = lastRead.get(repo);
        if (!at || at < options.auditFrom || at < oldest)
            continue;
        if (inRollingSlice(repo, options.now))
            continue;
        // An event at or after this repository's own read could have changed it.
        const latest = changed?.get(repo.toLowerCase());
        if (latest !== undefined && latest >= at)
            continue;
        reusable.add(repo);
    }
    return reusable;
}
/**
 * The owners whose fine-grained PAT grants can have changed since `since`: a
 * `personal_access_token.*` event (granted, revoked, requested) about them. Their grants'
 * repository lists are read again; the others come from the state's copy unless tonight
 * re-validates them (`inRollingSlice` on `pat:<grant id>`). Lower-case logins.
 */
function tokenOwnersChangedSince(events, since) {
    const owners = new Set();
    for (const event of events) {
        if (!event.action.startsWith('personal_access_token.') || event.at < since)
            continue;
        for (const login of [event.user, event.actor])
            if (login)
                owners.add(login.toLowerCase());
    }
    return owners;
}
/** The time of the last run the read record knows (the latest read of any part), or null. */
function lastRunOf(reads) {
    let latest = null;
    for (const byTime of Object.values(reads ?? {})) {
        for (const at of Object.keys(byTime ?? {}))
            if (!latest || at > latest)
                latest = at;
    }
    return latest;
}

// Gather's plan for the per-repository parts (deploy keys, secrets, invitations): which
// repositories to read first when the budget cannot read them all. Pure. The state's record of
// reads and the freshness wording are in coverage/read-record.ts (evaluate uses them too).
/**
 * How much is at stake in a repository: admin and write grants (each one a person who could
 * change its secrets and keys), and public visibility weighs like many.
 */
function riskOf(repositories, grants) {
    const risk = new Map(repositories.map((r) => [r.nameWithOwner, r.visibility === 'public' ? 100 : 0]));
    for (const grant of grants) {
        if (!permissionAtLeast(grant.permission, 'write'))
            continue;
        risk.set(grant.repo, (risk.get(grant.repo) ?? 0) + (grant.permission === 'admin' ? 2 : 1));
    }
    return risk;
}
/**
 * The reading order: never read first, then least recently read, then the riskiest; the name
 * last, so the order is the same on every run.
 */
function readingOrder(repositories, lastRead, risk) {
    return [...repositories].sort((a, b) => {
        const la = lastRead.get(a.nameWithOwner) ?? '';
        const lb = lastRead.get(b.nameWithOwner) ?? '';
        if (la !== lb)
            return la < lb ? -1 : 1;
        const ra = risk.get(a.nameWithOwner) ?? 0;
        const rb = risk.get(b.nameWithOwner) ?? 0;
        if (ra !== rb)
            return rb - ra;
        return a.nameWithOwner.localeCompare(b.nameWithOwner);
    });
}

async function readWithinBudget(ctx, part, ordered, budget, estimate, read) {
    const result = { items: [], read: [], deferred: [] };
    let exhausted = false;
    await mapWithConcurrency(ordered, concurrencyOf(ctx), async (repository) => {
        const cost = estimate(repository);
        // Once one repository did not fit, the rest wait for the next run in the plan's order:
        // a cheaper one further down must not jump the queue of those read least recently.
        if (exhausted || !budget.take(cost)) {
            exhausted = true;
            result.deferred.push(repository.nameWithOwner);
            ctx.coverage.add(deferredResource(repository.nameWithOwner, part), DEFERRED_REASON);
            return;
        }
        try {
            result.items.push(...(await read(repository)));
            result.read.push(repository.nameWithOwner);
        }
        finally {
            budget.settle(cost);
        }
    });
    if (result.deferred.length > 0) {
        ctx.logger.warning(`${part}: ${result.deferred.length} of ${ordered.length} repositories deferred by the rate-limit budget (${budget.reserve} requests kept for reporting and the state)`);
    }
    return result;
}

// The full audit: GraphQL for everything it covers (members, teams, repositories with
// collaborators, identities, activity), REST for what only REST has, per-repository REST only
// where it is irreducible, and a budget check before each expensive phase.
/** Issues, comments, the check run and the state write of a run cost about this many requests. */
const DEFAULT_REST_RESERVE = 200;
/** The audit log keeps web events for 180 days; asking for more only returns less. */
const AUDIT_LOG_RETENTION_DAYS$1 = 180;
async function readDefaultPermission(ctx) {
    const org = await ctx.coverage.read(gaps.organization(ctx.org), HINTS.members, () => ctx.client.rest.request('GET /orgs/{org}', { org: ctx.org }));
    const value = org?.data
        ?.default_repository_permission;
    if (value === 'none')
        return 'none';
    return value === 'read' || value === 'write' || value === 'admin' ? value : null;
}
async function collectOrganization(client, options) {
    const logger = options.logger ?? quietLogger;
    const coverage = new Coverage();
    const ctx = { client, org: options.org, coverage, logger };
    const snapshot = emptySnapshot(options.org, options.now.toISOString());
    logger.info(`start: ${describeRateLimits(await readRateLimits(client))}`);
    snapshot.defaultRepositoryPermission = await readDefaultPermission(ctx);
    const members = await collectMembers(ctx);
    snapshot.teams = await collectTeams(ctx);
    const repos = await collectRepositories(ctx);
    snapshot.repositories = repos.repositories;
    const external = await collectExternalIdentities(ctx);
    snapshot.people = buildPeople(members.members, new Set(repos.collaborators.map((c) => c.login)), external.identities);
    snapshot.identityLinks = external.links;
    // SCIM exists only behind a SAML identity provider; without one there is nothing to read.
    if (external.provider)
        snapshot.scimIdentities = await collectScimIdentities(ctx, external.links);
    snapshot.grants = deriveGrants({
        collaborators: repos.collaborators,
        teams: snapshot.teams,
        members: new Set(members.members.map((m) => m.login)),
        defaultRepositoryPermission: snapshot.defaultRepositoryPermission,
    });
    logger.info(`${snapshot.people.length} people, ${snapshot.teams.length} teams, ${snapshot.repositories.length} repositories`);
    // Organization-level REST lists: a handful of requests whatever the size.
    const auditFrom = new Date(options.now.getTime() - Math.min(options.activityWindowDays, AUDIT_LOG_RETENTION_DAYS$1) * DAY_MS$1);
    const auditEvents = await collectAuditLog(ctx, { from: auditFrom });
    snapshot.auditEvents = auditEvents ?? [];
    const orgInvitations = await collectOrgInvitations(ctx);
    // A subset grant's repository list changes with a `personal_access_token.*` event about its
    // owner; without one since the last run it comes from the state's copy, except tonight's
    // rolling share. Without the audit log (or a last run within its reach) every list is read.
    const lastRun = lastRunOf(options.previousReads);
    const tokenOwners = auditEvents && lastRun && lastRun >= auditFrom.toISOString() ? tokenOwnersChangedSince(auditEvents, lastRun) : null;
    snapshot.patGrants = await collectPatGrants(ctx, undefined, tokenOwners
        ? (grant) => !tokenOwners.has(grant.owner.toLowerCase()) && !inRollingSlice(`pat:${grant.id}`, options.now)
        : undefined);
    snapshot.credentialAuthorizations = await collectCredentialAuthorizations(ctx);
    snapshot.copilotSeats = await collectCopilotSeats(ctx);
    const orgSecrets = await collectOrgSecrets(ctx);
    // Per-repository REST: the irreducible part of the plan. Each part reads as many
    // repositories as the budget allows above the reserve, never-read and least recently read
    // first, then the riskiest; the rest are named gaps the next run starts with. Parts most
    // useful to the audit rules come first, so invitations (which only offboarding uses) give way.
    const rs = snapshot.repositories;
    const risk = riskOf(rs, snapshot.grants);
    const budget = await RestBudget.open(client, options.restReserve ?? DEFAULT_REST_RESERVE);
    snapshot.freshness = [];
    snapshot.partsRead = {};
    // Audit-log deltas: with the log read, a list no event touched since its last read comes from
    // the state's copy; without the log, every list is read (conditionally: unchanged ones are 304).
    const changes = auditEvents ? latestChanges(auditEvents) : null;
    if (!changes && options.previousReads) {
        logger.warning('audit log unreadable: every per-repository list is read again (conditionally)');
    }
    const fromState = { ...ctx, fromState: true };
    // Only what the state really holds can stand in for a read: every list of that part.
    const inState = (part, repository) => {
        const [owner, repo] = repository.nameWithOwner.split('/');
        const lists = part === 'deploy-keys'
            ? [['GET /repos/{owner}/{repo}/keys', {}]]
            : part === 'invitations'
                ? [['GET /repos/{owner}/{repo}/invitations', {}]]
                : [
                    ['GET /repos/{owner}/{repo}/actions/secrets', {}],
                    ['GET /repos/{owner}/{repo}/dependabot/secrets', {}],
                    ...repository.environments.map((environment) => [
                        'GET /repos/{owner}/{repo}/environments/{environment_name}/secrets',
                        { environment_name: environment },
                    ]),
                ];
        return lists.every(([route, params]) => client.cachedList?.(route, { per_page: 100, owner, repo, ...params }) != null);
    };
    const readPart = async (part, repositories, estimate, read) => {
        const lastRead = lastReadOf(options.previousReads, part);
        const reusable = changes
            ? reusableRepositories(part, repositories, lastRead, changes, {
                now: options.now,
                auditFrom: auditFrom.toISOString(),
            })
            : new Set();
        for (const repository of repositories) {
            if (reusable.has(repository.nameWithOwner) && !inState(part, repository))
                reusable.delete(repository.nameWithOwner);
        }
        const kept = [];
        for (const repository of repositories.filter((r) => reusable.has(r.nameWithOwner))) {
            kept.push(...(await read(repository, fromState)));
        }
        const ordered = readingOrder(repositories.filter((r) => !reusable.has(r.nameWithOwner)), lastRead, risk);
        const result = await readWithinBudget(ctx, part, ordered, budget, estimate, (r) => read(r, ctx));
        snapshot.freshness?.push(partFreshness(part, result.read, result.deferred, lastRead, [...reusable]));
        if (snapshot.partsRead)
            snapshot.partsRead[part] = result.read;
        return [...kept, ...result.items];
    };
    snapshot.deployKeys = await readPart('deploy-keys', rs.filter((r) => r.deployKeyCount > 0), () => 1, (repository, readCtx) => collectDeployKeys(readCtx, [repository]));
    snapshot.secrets = [
        ...orgSecrets,
        ...(await readPart('secrets', rs, (repository) => 2 + repository.environments.length, (repository, readCtx) => collectRepoSecrets(readCtx, [repository]))),
    ];
    snapshot.invitations = [
        ...orgInvitations,
        ...(await readPart('invitations', rs, () => 1, (repository, readCtx) => collectRepoInvitations(readCtx, [repository.nameWithOwner]))),
    ];
    logger.info(`${snapshot.deployKeys.length} deploy keys, ${snapshot.secrets.length} secrets, ${snapshot.invitations.length} invitations`);
    const activityFrom = new Date(options.now.getTime() - options.activityWindowDays * DAY_MS$1);
    snapshot.activityWindow = { from: activityFrom.toISOString(), to: options.now.toISOString() };
    const resolution = options.activityResolutionDays ?? 30;
    const windows = Math.ceil(options.activityWindowDays / resolution);
    // Outside collaborators are not in `membersWithRole`: their dates are read one by one (Q5b).
    const outsideCollaborators = snapshot.people
        .filter((p) => p.outsideCollaborator && !p.bot)
        .map((p) => p.login);
    const activityShortfall = await budgetShortfall(client, {
        graphql: Math.ceil((windows * members.members.length) / 25) +
            outsideCollaborators.length * Math.ceil(options.activityWindowDays / 365),
    });
    if (activityShortfall || !members.organizationId) {
        coverage.add(gaps.organization(options.org, 'contributions'), activityShortfall ?? 'organization id unavailable (members could not be read)');
    }
    else {
        snapshot.contributions = await collectOrgActivity(ctx, {
            organizationId: members.organizationId,
            now: options.now,
            windowDays: options.activityWindowDays,
            resolutionDays: resolution,
            ...(options.activityThresholds ? { thresholds: options.activityThresholds } : {}),
            judgedRepositories: new Set(snapshot.grants
                .filter((grant) => permissionAtLeast(grant.permission, 'write'))
                .map((grant) => `${grant.login}\u0000${grant.repo}`)),
            exactLogins: outsideCollaborators,
        });
    }
    snapshot.coverage = coverage.gaps;
    logger.info(`end: ${describeRateLimits(await readRateLimits(client))}; ${coverage.gaps.length} coverage gaps`);
    return snapshot;
}

/** The inactivity windows the rules judge: where approximate activity dates would decide. */
function activityThresholds(policy) {
    return {
        person: [policy.rules['stale-member'].thresholds['inactive-days']],
        repository: [policy.rules['unused-write-access'].thresholds['window-days']],
    };
}
/** Contributions must reach back as far as the longest inactivity window any rule judges. */
function activityWindowDays(policy) {
    const { person, repository } = activityThresholds(policy);
    return Math.max(1, ...person, ...repository);
}
/** The windows of several policies at once (validate reads once for the base and the head). */
function combinedWindows(policies) {
    return {
        days: Math.max(...policies.map(activityWindowDays)),
        thresholds: {
            person: policies.flatMap((policy) => activityThresholds(policy).person),
            repository: policies.flatMap((policy) => activityThresholds(policy).repository),
        },
    };
}

// Reading the tracking issues: offboard mode keeps them, and audit and validate learn from them
// who was offboarded, and when.
/**
 * The organization's tracking issues, open and closed (another organization's people are not
 * this one's): one listing serves the state readers and the issue sync.
 */
async function listTrackingIssues(ctx) {
    const listed = await listIssuesByLabel(ctx.repoClient, ctx.actionRepo, TRACKING_LABEL);
    return listed.filter((issue) => belongsTo(issue, ctx.inputs.organization));
}
/** People recorded as offboarded by their tracking issues (open or closed). */
async function readOffboarded(ctx) {
    try {
        const issues = await listTrackingIssues(ctx);
        return { people: readOffboardedPeople(issues.map((issue) => ({ body: issue.body ?? null }))), gap: null };
    }
    catch (error) {
        return {
            people: [],
            gap: {
                resource: `repo:${ctx.actionRepo.owner}/${ctx.actionRepo.repo}/issues`,
                reason: `cannot read the offboarding tracking issues (${describeError(error)}): offboarded people are unknown to this audit`,
            },
        };
    }
}

// The whole organization in one snapshot, with the people its tracking issues record as
// offboarded: what audit and validate both evaluate.
/** Read far enough back for every policy given (validate evaluates two on one snapshot). */
async function gatherOrganization(ctx, policies, previousReads) {
    const windows = combinedWindows(policies);
    const snapshot = await collectOrganization(ctx.client, {
        org: ctx.inputs.organization,
        now: ctx.clock.now(),
        activityWindowDays: windows.days,
        activityThresholds: windows.thresholds,
        // Where the last audit stopped and what it read when: the reading order and the deltas.
        ...(previousReads ? { previousReads } : {}),
        logger: ctx.logger,
    });
    const offboarded = await readOffboarded(ctx);
    return {
        ...snapshot,
        offboarded: offboarded.people,
        coverage: offboarded.gap ? [...snapshot.coverage, offboarded.gap] : snapshot.coverage,
    };
}

// Reading the audit history the host keeps, and handing last run's ETags to the client so that
// unchanged lists answer 304 (which GitHub does not count against the limit).
async function gatherHistory(ctx) {
    const previous = await ctx.store.read();
    for (const [key, entry] of Object.entries(EtagCache.unpack(previous?.etags).toJSON().entries)) {
        ctx.etagCache.set(key, entry);
    }
    return previous;
}
/**
 * Only the organization's data is worth keeping between runs: the state file itself (which would
 * then contain its previous version, and so on) and the action's own issues are read fresh.
 */
function isOrganizationRead(cacheKey) {
    return !/\/repos\/[^/]+\/[^/]+\/(contents|git|issues|labels|check-runs|commits)(\/|\?|$)/.test(cacheKey);
}
/** The ETags worth storing with the history, once every read of the run is done. */
function etagsToKeep(ctx) {
    return ctx.etagCache.packShards(isOrganizationRead);
}

// What an audit reads: the stored history (and its ETags), the organization, the tracking
// issues and the managed audit issues.
async function gatherAudit(ctx) {
    const previous = await gatherHistory(ctx);
    const snapshot = await gatherOrganization(ctx, [ctx.loaded.policy], previous?.reads);
    const etags = etagsToKeep(ctx);
    const { issues, feedbackIssues } = await gatherFindingsIssues(ctx);
    return { snapshot, previous, issues, feedbackIssues, etags, runId: randomUUID() };
}
/**
 * The findings issues, listed once: as managed issues for the sync (null when issues are not
 * reported) and as they are, for the feedback people gave on them (labels, who closed them).
 */
async function gatherFindingsIssues(ctx) {
    if (!ctx.inputs.reporters.has('issues') || ctx.readOnly)
        return { issues: null, feedbackIssues: [] };
    try {
        const listed = await listIssuesByLabel(ctx.repoClient, ctx.actionRepo, AUDIT_LABEL);
        // This organization's issues, and the legacy ones (no organization in their key) it adopts.
        return { issues: managedIssuesOf(listed, ctx.inputs.organization), feedbackIssues: listed };
    }
    catch (error) {
        return { issues: { error: describeError(error) }, feedbackIssues: [] };
    }
}

// `mode: audit` — the nightly scan: the whole organization into one snapshot, every audit rule,
// the policy's exemptions, one issue per rule (by default), and the history the host keeps.
const auditMode = defineMode({
    name: 'audit',
    reportsPolicyErrors: false,
    readOnly: () => false,
    gather: gatherAudit,
    evaluate: evaluateAudit,
});

const TOKEN_KINDS = ['pat', 'credential'];
function hoursBetween(from, to) {
    return Math.round(((new Date(to).getTime() - new Date(from).getTime()) / HOUR_MS$1) * 100) / 100;
}
function offboardingMetrics(input) {
    const { items, steps, offboardedAt } = input;
    const count = (list, test) => list.filter(test).length;
    const gone = (item) => item.status === 'revoked' || item.status === 'rotated';
    const revocations = items
        .filter((item) => gone(item) && item.at !== null)
        .map((item) => ({
        resource: item.resource,
        kind: item.kind,
        at: item.at,
        by: item.by,
        hoursAfterOffboarding: hoursBetween(offboardedAt, item.at),
    }));
    const allGoneWithTimes = items.length > 0 && items.every((item) => gone(item) && item.at !== null);
    const dayAfter = new Date(offboardedAt).getTime() + 24 * HOUR_MS$1;
    const tokensActiveAfter24h = count(items, (item) => {
        if (!TOKEN_KINDS.includes(item.kind))
            return false;
        if (item.status === 'retained')
            return input.now.getTime() > dayAfter;
        return gone(item) && item.at !== null && new Date(item.at).getTime() > dayAfter;
    });
    return {
        subject: input.subject,
        offboardedAt,
        evaluatedAt: input.now.toISOString(),
        stepsExpected: steps.length,
        stepsDone: count(steps, (step) => step.status === 'done'),
        stepsMissing: count(steps, (step) => step.status === 'missing'),
        stepsPending: count(steps, (step) => step.status === 'pending'),
        stepsUnknown: count(steps, (step) => step.status === 'unknown'),
        itemsTotal: items.length,
        itemsRevoked: count(items, gone),
        itemsRetained: count(items, (item) => item.status === 'retained'),
        itemsUnknown: count(items, (item) => item.status === 'unknown'),
        revocations,
        hoursToFullRevocation: allGoneWithTimes
            ? Math.max(...revocations.map((r) => r.hoursAfterOffboarding))
            : null,
        tokensActiveAfter24h,
    };
}
/** One run's totals over every subject it offboarded. */
function runOffboardingMetrics(perSubject) {
    const sum = (pick) => perSubject.reduce((total, m) => total + pick(m), 0);
    const hours = perSubject
        .flatMap((m) => m.revocations.map((r) => r.hoursAfterOffboarding))
        .sort((a, b) => a - b);
    const middle = Math.floor(hours.length / 2);
    const median = hours.length === 0
        ? null
        : hours.length % 2 === 1
            ? hours[middle]
            : (hours[middle - 1] + hours[middle]) / 2;
    return {
        subjects: perSubject.length,
        stepsExpected: sum((m) => m.stepsExpected),
        stepsDone: sum((m) => m.stepsDone),
        stepsMissing: sum((m) => m.stepsMissing),
        itemsRetained: sum((m) => m.itemsRetained),
        tokensActiveAfter24h: sum((m) => m.tokensActiveAfter24h),
        medianHoursToRevocation: median,
    };
}

const RECONSTRUCTION_LIMITS = [
    'Reconstructed from the audit log, which keeps web events for 180 days: anything granted earlier is missing.',
    'Secrets the person could read are known only for repositories the audit log shows them added to directly; team, base-permission and owner access to secrets cannot be reconstructed.',
    'Pending invitations are not reconstructed (the audit log does not carry invitation ids).',
    'Fine-grained PATs are identified by the token id the audit log gives, not the grant id.',
    'Deploy keys are known only when the `public_key.create` event names the key id.',
];
function idField(event, ...names) {
    for (const name of names) {
        const value = event.fields[name];
        if (typeof value === 'number' && Number.isFinite(value))
            return String(value);
        if (typeof value === 'string' && /^\d+$/.test(value))
            return value;
    }
    return null;
}
/** `team` may be `org/slug` or just the slug. */
function teamSlug(event) {
    const team = event.fields.team;
    if (typeof team !== 'string' || team === '')
        return null;
    return team.includes('/') ? team.slice(team.lastIndexOf('/') + 1) : team;
}
/**
 * The inventory the audit log implies for `login` in `org`: additions (`org.add_member`,
 * `team.add_member`, `repo.add_member`, `org.add_outside_collaborator`,
 * `personal_access_token.access_granted`, `org_credential_authorization.grant`,
 * `public_key.create` on a repository, secret writes) minus the matching removals.
 */
function reconstructInventory(events, login, org, options = {}) {
    const held = new Map();
    const ordered = [...events].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
    const isTarget = (event) => sameLogin(event.user, login);
    const isTargetOrActor = (event) => sameLogin(event.user, login) || sameLogin(event.actor, login);
    const removeWhere = (predicate) => {
        for (const [resource, item] of held)
            if (predicate(item))
                held.delete(resource);
    };
    const add = (item) => held.set(item.resource, item);
    for (const event of ordered) {
        const repo = event.repo;
        const slug = teamSlug(event);
        switch (event.action) {
            case 'org.add_member':
                if (isTarget(event)) {
                    const role = typeof event.fields.permission === 'string' ? event.fields.permission : null;
                    add({
                        kind: 'org-membership',
                        resource: resourceId.organization(org),
                        label: `Member of ${org}`,
                        detail: { role },
                    });
                }
                break;
            case 'org.remove_member':
                // GitHub removes a member from every team together with the organization.
                if (isTarget(event))
                    removeWhere((item) => item.kind === 'org-membership' || item.kind === 'team-membership');
                break;
            case 'team.add_member':
                if (isTarget(event) && slug) {
                    add({
                        kind: 'team-membership',
                        resource: resourceId.team(org, slug),
                        label: `Team ${slug}`,
                        detail: { team: slug, role: null },
                    });
                }
                break;
            case 'team.remove_member':
                if (isTarget(event) && slug)
                    held.delete(resourceId.team(org, slug));
                break;
            case 'repo.add_member':
            case 'org.add_outside_collaborator':
                if (isTarget(event) && repo) {
                    const outside = event.action === 'org.add_outside_collaborator';
                    const permission = typeof event.fields.permission === 'string' ? event.fields.permission : null;
                    add({
                        kind: 'repo-access',
                        resource: resourceId.repository(repo),
                        label: `${repo}${permission ? `: ${permission}` : ''}${outside ? ' (outside collaborator)' : ''}`,
                        detail: { repo, permission, outsideCollaborator: outside },
                    });
                }
                break;
            case 'repo.remove_member':
                if (isTarget(event) && repo)
                    held.delete(resourceId.repository(repo));
                break;
            case 'org.remove_outside_collaborator':
                if (isTarget(event))
                    removeWhere((item) => item.kind === 'repo-access' && item.detail.outsideCollaborator === true);
                break;
            case 'personal_access_token.access_granted':
            case 'personal_access_token.access_revoked': {
                // The events carry the token id, which is the resource id (`pat:<token id>`); the grant
                // id, when present, is what a revocation addresses.
                const grantId = idField(event, 'pat_id');
                const tokenId = idField(event, 'token_id');
                if (!isTargetOrActor(event) || (!tokenId && !grantId))
                    break;
                if (event.action === 'personal_access_token.access_revoked') {
                    removeWhere((item) => item.kind === 'pat' &&
                        ((tokenId !== null && String(item.detail.tokenId) === tokenId) ||
                            (grantId !== null && String(item.detail.grantId) === grantId)));
                    break;
                }
                const name = event.fields.user_programmatic_access_name;
                add({
                    kind: 'pat',
                    // Without a token id (not seen in GitHub's events, but possible) the grant id stands in.
                    resource: `pat:${tokenId ?? grantId}`,
                    label: `Fine-grained PAT${typeof name === 'string' ? ` "${name}"` : ''}`,
                    detail: {
                        grantId: grantId === null ? null : Number(grantId),
                        tokenId: tokenId === null ? null : Number(tokenId),
                    },
                });
                break;
            }
            case 'org_credential_authorization.grant':
            case 'org_credential_authorization.revoke':
            case 'org_credential_authorization.deauthorize': {
                const id = idField(event, 'credential_id');
                if (!isTargetOrActor(event) || !id)
                    break;
                if (event.action === 'org_credential_authorization.grant') {
                    add({
                        kind: 'credential',
                        resource: `credential:${id}`,
                        label: 'SSO credential authorization',
                        detail: { credentialId: Number(id) },
                    });
                }
                else
                    held.delete(`credential:${id}`);
                break;
            }
            case 'public_key.create':
            case 'public_key.delete': {
                // Without a repository the key is a user's own SSH key, not a deploy key.
                const keyId = idField(event, 'key_id', 'id');
                if (!repo || !keyId)
                    break;
                const resource = resourceId.deployKey(repo, Number(keyId));
                if (event.action === 'public_key.delete')
                    held.delete(resource);
                else if (sameLogin(event.actor, login)) {
                    const title = typeof event.fields.title === 'string' ? ` "${event.fields.title}"` : '';
                    add({
                        kind: 'deploy-key',
                        resource,
                        label: `Deploy key${title} on ${repo}`,
                        detail: { repo, keyId: Number(keyId) },
                    });
                }
                break;
            }
            default: {
                const secret = secretResourceFromEvent(org, event);
                if (secret && sameLogin(event.actor, login)) {
                    const name = String(event.fields.key);
                    add({
                        kind: 'secret',
                        resource: secret,
                        label: `Secret ${name} (${repo ?? org})`,
                        detail: { name, repo, updatedAt: event.at, reason: `last written by ${login} at ${event.at}` },
                    });
                }
                else if (/\.remove_(actions|integration)_secret$/.test(event.action)) {
                    const removed = secretResourceFromEvent(org, {
                        ...event,
                        action: event.action.replace('remove_', 'update_'),
                    });
                    if (removed)
                        held.delete(removed);
                }
            }
        }
    }
    const builtAt = options.builtAt ?? ordered.at(-1)?.at ?? new Date(0).toISOString();
    return {
        subject: login,
        organization: org,
        offboardedAt: options.offboardedAt ?? builtAt,
        source: 'audit-log',
        builtAt,
        items: [...held.values()],
        emails: [],
        knownIps: options.offboardedAt
            ? [...knownIpsOf({ login, offboardedAt: options.offboardedAt }, events)].sort()
            : [],
        gaps: [],
        limits: [...RECONSTRUCTION_LIMITS],
    };
}

// Which coverage gap (if any) hides an inventory item in a fresh snapshot. An item that is
// absent because it could not be read is `unknown`, never `revoked`. The lists each kind
// depends on are the one table in src/coverage/covers.ts.
const text = (value) => (typeof value === 'string' ? value : null);
/** An inventory item as the coverage table sees it: its id says where it lives, its detail the rest. */
function coveredInventoryItem(item, org, subject) {
    const fromId = itemFromResource(item.resource);
    return {
        ...fromId,
        kind: item.kind,
        org,
        subject,
        repo: fromId.repo ?? text(item.detail.repo),
        target: text(item.detail.target),
        assignedBy: text(item.kind === 'copilot-seat' ? item.detail.seatScope : item.detail.enterprise),
    };
}
function gapFor(snapshot, item, subject) {
    return coveringGap(snapshot.coverage, coveredInventoryItem(item, snapshot.organization, subject));
}

const RULE_OF = {
    'org-membership': 'retained-org-membership',
    'team-membership': 'retained-team-membership',
    'repo-access': 'retained-repo-access',
    invitation: 'pending-invitation',
    pat: 'retained-token',
    credential: 'retained-token',
    'deploy-key': 'retained-deploy-key',
    secret: 'unrotated-secret',
    'enterprise-membership': 'retained-enterprise-membership',
    'copilot-seat': 'retained-copilot-seat',
};
/** The resource id is the token id; the detail's ids also match an item whose id was the grant's. */
function samePat(a, b) {
    if (a.resource === b.resource)
        return true;
    return a.detail.tokenId != null && a.detail.tokenId === b.detail.tokenId;
}
/** The grant behind a PAT item when it is still listed but expired. */
function expiredPat(snapshot, item) {
    if (item.kind !== 'pat')
        return undefined;
    return snapshot.patGrants.find((grant) => grant.tokenExpired &&
        (resourceId.pat(grant.tokenId) === item.resource ||
            (item.detail.tokenId != null && grant.tokenId === item.detail.tokenId)));
}
function findHeld(held, item) {
    return held.find((now) => now.kind === item.kind && (item.kind === 'pat' ? samePat(item, now) : now.resource === item.resource));
}
/** What the subject holds now, apart from secrets (judged by rotation, not by holding). */
function currentHoldings(snapshot, subject, inventory) {
    return buildInventory(snapshot, subject, inventory.offboardedAt, { emails: inventory.emails }).items.filter(
    // An expired PAT no longer reaches the organization: not a retained token.
    (item) => item.kind !== 'secret' && !(item.kind === 'pat' && item.detail.expired === true));
}
/**
 * Every secret the subject could read or wrote, from the inventory and, for repositories the
 * inventory shows they could write (reconstructed inventories list no secrets of their own), from
 * the fresh snapshot.
 */
function secretsToJudge(input) {
    const { inventory, snapshot, subject } = input;
    const writable = new Set();
    for (const item of inventory.items) {
        const permission = item.detail.permission;
        const canWrite = permission === null ||
            permission === undefined ||
            ['admin', 'maintain', 'write'].includes(String(permission));
        if (item.kind === 'repo-access' && typeof item.detail.repo === 'string' && canWrite)
            writable.add(item.detail.repo);
    }
    const owner = inventory.items.some((item) => item.kind === 'org-membership' && item.detail.role === 'owner');
    const fromNow = buildInventory(snapshot, subject, input.offboardedAt).items.filter((item) => item.kind === 'secret');
    const all = [
        ...inventory.items.filter((item) => item.kind === 'secret'),
        ...readableSecrets(snapshot, writable, owner),
        ...writtenSecrets(snapshot, subject),
        ...fromNow,
    ];
    const unique = new Map();
    for (const item of all)
        if (!unique.has(item.resource))
            unique.set(item.resource, item);
    return [...unique.values()];
}
function statusOf(item, state, isNew, event, extra = {}) {
    return {
        kind: item.kind,
        resource: item.resource,
        label: item.label,
        status: state,
        at: event?.at ?? null,
        by: event?.actor ?? null,
        new: isNew,
        ...extra,
    };
}
function holdingMessage(subject, org, item) {
    switch (item.kind) {
        case 'org-membership':
            return `${subject} is still ${item.detail.role === 'owner' ? 'an owner' : 'a member'} of ${org}`;
        case 'team-membership':
            return `${subject} is still in team ${String(item.detail.team)}`;
        case 'repo-access':
            return `${subject} still has ${String(item.detail.permission)} access to ${String(item.detail.repo)} as a ${item.detail.outsideCollaborator ? 'outside' : 'direct'} collaborator`;
        case 'invitation':
            return `An invitation to ${String(item.detail.target)} for ${subject} is still open`;
        case 'pat':
            return `${item.label} of ${subject} still has access to ${org}`;
        case 'credential':
            return `${item.label} of ${subject} is still authorized for ${org}`;
        case 'deploy-key':
            return `${item.label}, added by ${subject}, is still present`;
        case 'secret':
            return `${item.label}, which ${subject} could read or wrote, has not been updated since they were offboarded`;
        case 'enterprise-membership':
        case 'copilot-seat':
            return enterpriseHoldingMessage(subject, item);
    }
}
function verifyOffboarding(input) {
    const { offboardedAt, inventory, snapshot, policy } = input;
    // GitHub's spelling of the login (from the fresh snapshot, else the inventory), whatever case
    // the subject was given in, so findings and their fingerprints do not depend on HR's typing.
    const subject = findPerson(snapshot, input.subject)?.login ??
        (sameLogin(inventory.subject, input.subject) ? inventory.subject : input.subject);
    const now = input.clock.now();
    const org = snapshot.organization;
    const emails = [...new Set([...personEmails(findPerson(snapshot, subject)), ...inventory.emails])];
    const events = snapshot.auditEvents;
    const items = [];
    const retained = [];
    // Holdings: in the inventory and still held, gone, or not readable; plus anything new.
    const held = currentHoldings(snapshot, subject, { ...inventory, offboardedAt });
    for (const item of inventory.items.filter((entry) => entry.kind !== 'secret')) {
        const stillHeld = findHeld(held, item);
        const gap = stillHeld ? null : gapFor(snapshot, item, subject);
        const expired = stillHeld || gap ? undefined : expiredPat(snapshot, item);
        if (stillHeld) {
            retained.push({ item: stillHeld, isNew: false });
            items.push(statusOf(item, 'retained', false, null));
        }
        else if (gap) {
            items.push(statusOf(item, 'unknown', false, null, { reason: gap.reason }));
        }
        else if (expired) {
            items.push({
                ...statusOf(item, 'revoked', false, null),
                at: expired.expiresAt,
                reason: 'the token expired',
            });
        }
        else {
            items.push(statusOf(item, 'revoked', false, revocationEvent(events, item, subject, org, emails)));
        }
    }
    for (const item of held) {
        if (findHeld(inventory.items, item))
            continue;
        retained.push({ item, isNew: true });
        items.push(statusOf(item, 'retained', true, null));
    }
    // Secrets: rotated when updated at or after offboarded-at, or deleted.
    const secrets = new Map(snapshot.secrets.map((secret) => [resourceId.secret(org, secret), secret]));
    const inInventory = new Set(inventory.items.map((item) => item.resource));
    for (const item of secretsToJudge(input)) {
        const secret = secrets.get(item.resource);
        const isNew = !inInventory.has(item.resource);
        const event = revocationEvent(events, item, subject, org, emails);
        if (!secret) {
            const gap = gapFor(snapshot, item, subject);
            items.push(gap
                ? statusOf(item, 'unknown', isNew, null, { reason: gap.reason })
                : statusOf(item, 'revoked', isNew, event));
        }
        else if (new Date(secret.updatedAt).getTime() >= new Date(offboardedAt).getTime()) {
            items.push({ ...statusOf(item, 'rotated', isNew, event), at: secret.updatedAt });
        }
        else {
            retained.push({ item: { ...item, detail: { ...item.detail, updatedAt: secret.updatedAt } }, isNew });
            items.push(statusOf(item, 'retained', isNew, null));
        }
    }
    const findings = [];
    const enabled = (rule) => settingsOf(policy, rule).enabled;
    for (const { item, isNew } of retained) {
        const rule = RULE_OF[item.kind];
        if (!enabled(rule))
            continue;
        findings.push(makeFinding(policy, rule, {
            subject,
            resource: item.resource,
            message: holdingMessage(subject, org, item),
            evidence: { ...item.detail, label: item.label, offboardedAt, inInventory: !isNew },
        }));
    }
    const person = { login: subject, offboardedAt, knownIps: inventory.knownIps };
    if (enabled('activity-after-offboarding'))
        findings.push(...activityAfterOffboardingFindings(policy, events, person));
    if (enabled('offboarded-ip-activity'))
        findings.push(...offboardedIpActivityFindings(policy, events, person, events));
    const steps = policy.offboarding.journey.map((step) => stepStatus(step, items, input, now));
    if (enabled('offboarding-step-missing')) {
        for (const step of steps.filter((entry) => entry.status === 'missing')) {
            const left = items.filter((item) => item.status === 'retained' && kindsOf(step, policy).includes(item.kind));
            findings.push(makeFinding(policy, 'offboarding-step-missing', {
                subject,
                resource: `offboarding-step:${subject}/${step.id}`,
                message: `Offboarding step "${step.title}" for ${subject} was due by ${step.dueAt} and is not done`,
                evidence: {
                    step: step.id,
                    title: step.title,
                    check: step.check,
                    dueAt: step.dueAt,
                    offboardedAt,
                    left: left.map((item) => item.resource),
                },
            }));
        }
    }
    const metrics = offboardingMetrics({ subject, offboardedAt, now, items, steps });
    return { findings, items, steps, metrics };
}
function kindsOf(step, policy) {
    const spec = policy.offboarding.journey.find((entry) => entry.id === step.id);
    return spec?.check.kind === 'github' ? KINDS_OF_STEP[spec.check.what] : [];
}
function stepStatus(step, items, input, now) {
    const dueAt = stepDueAt(input.offboardedAt, step.deadlineHours, threshold(input.policy, 'offboarding-step-missing', 'deadline-hours'));
    const overdue = now.getTime() > new Date(dueAt).getTime();
    const base = { id: step.id, title: step.title, check: step.check.kind, dueAt };
    if (step.check.kind === 'manual') {
        const done = input.manualStepsDone.includes(step.id);
        return { ...base, status: done ? 'done' : overdue ? 'missing' : 'pending', doneAt: null };
    }
    const kinds = KINDS_OF_STEP[step.check.what];
    const relevant = items.filter((item) => kinds.includes(item.kind));
    if (relevant.some((item) => item.status === 'retained')) {
        return { ...base, status: overdue ? 'missing' : 'pending', doneAt: null };
    }
    // Not being able to read a kind is not proof that it is gone; the gap is its own finding.
    if (relevant.some((item) => item.status === 'unknown'))
        return { ...base, status: 'unknown', doneAt: null };
    const times = relevant.map((item) => item.at);
    const doneAt = times.length > 0 && times.every((at) => at !== null) ? (times.sort().at(-1) ?? null) : null;
    return { ...base, status: 'done', doneAt };
}

/**
 * Every person's tracking state, from the tracking issues (open and closed); the latest issue of
 * a person wins (a re-hire's later offboarding), and when that one is damaged, so is the person.
 */
function trackingStates(issues) {
    const tracked = new Map();
    const damaged = new Map();
    for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
        const read = issue.body ? readTrackingIssue(issue.body) : { kind: 'none' };
        if (read.kind === 'none')
            continue;
        const open = issue.state === 'open';
        const key = (read.kind === 'state' ? read.state.subject : read.subject).toLowerCase();
        if (read.kind === 'state') {
            tracked.set(key, { number: issue.number, open, state: read.state });
            damaged.delete(key);
        }
        else {
            damaged.set(key, { number: issue.number, open, subject: read.subject, reason: read.reason });
            tracked.delete(key);
        }
    }
    return { tracked, damaged };
}
/** The failure for a person whose tracking issue is damaged, with the issue's address. */
function damagedFailure(ctx, login, damaged) {
    const url = `${ctx.inputs.serverUrl}/${ctx.actionRepo.owner}/${ctx.actionRepo.repo}/issues/${damaged.number}`;
    return { subject: login, reason: damagedTrackingMessage(damaged.reason, url), link: url };
}
/** Rules run the one way, through the rule runner (a disabled rule gives nothing), on a partial snapshot. */
function evaluateRules(ctx, rules, parts) {
    const snapshot = {
        ...emptySnapshot(ctx.inputs.organization, ctx.clock.now().toISOString()),
        ...parts,
    };
    return runRules(rules, { snapshot, policy: ctx.loaded.policy, clock: ctx.clock, history: null });
}
/**
 * `offboarded-ip-activity` in `post`: every actor's events since `offboarded-at`, matched against
 * the addresses the person used before it — recorded at `pre` in the tracking issue (the audit
 * log forgets them), plus any still in their own events.
 */
function activityFromTheirAddresses(ctx, subject, inventory, offboardedAt) {
    if (!subject.orgEvents)
        return [];
    const events = [
        ...new Map([...subject.snapshot.auditEvents, ...subject.orgEvents.events].map((event) => [event.id, event])).values(),
    ];
    const person = { login: subject.login, offboardedAt, knownIps: inventory.knownIps };
    return evaluateRules(ctx, [offboardedIpActivity], { offboarded: [person], auditEvents: events });
}
/** When the person left: the input, else what their tracking issue says, else now. */
function offboardedAtOf(ctx, tracked) {
    return ctx.inputs.offboardedAt ?? tracked?.state.offboardedAt ?? ctx.clock.now().toISOString();
}
/** What the person held: from `pre`, else rebuilt from the audit log of the first read. */
function inventoryOf(subject, ctx) {
    return (subject.tracked?.state.inventory ??
        reconstructInventory(subject.firstSnapshot.auditEvents, subject.login, ctx.inputs.organization, {
            offboardedAt: offboardedAtOf(ctx, subject.tracked),
            builtAt: ctx.clock.now().toISOString(),
        }));
}
function evaluateSubject(ctx, subject, guard) {
    const { inputs, clock, loaded } = ctx;
    const policy = loaded.policy;
    const now = clock.now();
    const { input, login, tracked, snapshot } = subject;
    const offboardedAt = offboardedAtOf(ctx, tracked);
    if (inputs.phase === 'pre') {
        const emails = input.includes('@') ? [input] : [];
        const inventory = buildInventory(snapshot, login, offboardedAt, {
            emails: [...emails, ...(tracked?.state.inventory.emails ?? [])],
        });
        const fresh = initialTrackingState(inventory, policy.offboarding.journey, now);
        // A repeated `pre` refreshes the inventory and keeps what people ticked and what was revoked.
        const state = tracked
            ? { ...fresh, manualStepsDone: tracked.state.manualStepsDone, remediation: tracked.state.remediation }
            : fresh;
        return { result: { ...resultOf(input, 'pre', state, 0, false, []), readBasis: snapshot.readBasis }, findings: [], gaps: snapshot.coverage, issue: trackingIssue(inputs.organization, state, 'open'), remediation: [], refused: [] };
    }
    const inventory = inventoryOf(subject, ctx);
    const base = tracked?.state ?? initialTrackingState(inventory, policy.offboarding.journey, now);
    const verification = verifyOffboarding({
        subject: login,
        offboardedAt,
        inventory,
        snapshot,
        policy,
        clock,
        manualStepsDone: base.manualStepsDone,
    });
    // After revocations the plan is spent: what is left is what the second read found.
    const plan = subject.remediation
        ? []
        : planRemediation(verification.findings, snapshot, inputs.organization);
    // Owners, bots, the token's own account, a partial read and the run's cap hold actions back.
    const guarded = guard
        ? guardRemediation(plan, {
            subject: login,
            snapshot,
            gapCount: snapshot.coverage.length,
            guard,
            at: now.toISOString(),
        })
        : { allowed: plan, refused: [] };
    const refused = newRefusals(base.remediation, guarded.refused);
    // After revocations their results (refusals included) come with the second read.
    const state = nextTrackingState(base, verification, subject.remediation ?? refused, now);
    const closed = nothingLeft(state) && verification.findings.length === 0;
    // Who changed the person's credentials, or which the person changed on the way out.
    // Changes to this person's own holdings after offboarded-at are this journey, not anomalies.
    const departing = {
        login,
        offboardedAt,
        knownIps: [],
        inventory: inventory.items,
        emails: inventory.emails,
    };
    const changes = evaluateRules(ctx, [unapprovedCredentialChange], {
        auditEvents: snapshot.auditEvents,
        contributions: snapshot.contributions,
        grants: snapshot.grants,
        activityWindow: snapshot.activityWindow,
        offboarded: [...snapshot.offboarded, departing],
    });
    const addresses = activityFromTheirAddresses(ctx, subject, inventory, offboardedAt);
    // verify() judges the subject's own events too; one finding per event.
    const findings = [
        ...new Map([...verification.findings, ...changes, ...addresses].map((f) => [f.fingerprint, f])).values(),
    ];
    return {
        result: { ...resultOf(input, 'post', state, verification.findings.length, closed, plan), readBasis: snapshot.readBasis },
        findings,
        gaps: [...snapshot.coverage, ...(subject.orgEvents?.gap ? [subject.orgEvents.gap] : [])],
        issue: trackingIssue(inputs.organization, state, closed ? 'closed' : 'open'),
        remediation: guarded.allowed,
        refused,
    };
}
function trackingIssue(organization, state, issueState) {
    const { title, body } = renderTrackingIssue(state);
    return {
        key: trackingKey(organization, state.subject),
        title,
        body,
        labels: [TRACKING_LABEL],
        assignees: [],
        state: issueState,
        closeComment: 'Closed: nothing of this person’s access is left, and every step of the journey is done.',
        changeComment: 'Updated by the latest offboarding run.',
    };
}
/** Says where invitations and deploy keys came from: the audit snapshot, or a full read and why. */
function readBasisMarkdown(results) {
    const lines = results.flatMap((result) => {
        const basis = result.readBasis;
        if (!basis)
            return [];
        // Our own words, dates and counts; the login is a GitHub login (no Markdown in it).
        return basis.kind === 'audit-snapshot'
            ? [
                `- ${result.subject}: from the audit snapshot of ${basis.at.slice(0, 10)} and the audit log since; invitations of ${basis.invitationRepositories} and deploy keys of ${basis.deployKeyRepositories} repositories read live`,
            ]
            : [`- ${result.subject}: invitations and deploy keys read for the whole organization (${basis.reason})`];
    });
    return lines.length ? `**What was read live**\n\n${lines.join('\n')}` : '';
}
function resultOf(input, phase, state, findings, closed, remediationPlan) {
    return {
        subject: state.subject,
        input,
        phase,
        offboardedAt: state.offboardedAt,
        inventorySource: state.inventory.source,
        itemsHeld: state.inventory.items.length,
        itemsLeft: state.items.filter((item) => item.status === 'retained' || item.status === 'unknown').length,
        findings,
        closed,
        items: state.items,
        steps: state.steps,
        metrics: state.metrics,
        remediation: state.remediation,
        remediationPlan,
    };
}
function evaluateOffboard(gathered, ctx) {
    const { inputs, logger, loaded, clock } = ctx;
    const findings = [];
    const gaps = [...gathered.identityGaps];
    // A report written while people are still to be read (after each person) says so.
    const pending = gathered.pending?.subjects.length ?? 0;
    if (pending > 0) {
        gaps.push({
            resource: `org:${inputs.organization}/offboarding`,
            reason: `not read yet: ${pending} subject(s) still to process when this report was written`,
        });
    }
    const issues = [];
    const results = [];
    const failures = [];
    const batches = [];
    // One guard for the run: the revocation cap counts over every subject.
    const spent = gathered.subjects.reduce((sum, entry) => sum + ('gathered' in entry ? revocationsSent(entry.gathered.remediation ?? []) : 0), 0);
    const guard = loaded.policy.offboarding.remediate
        ? remediationGuard(loaded.policy.offboarding, gathered.tokenIdentity, spent)
        : null;
    for (const entry of gathered.subjects) {
        if ('failure' in entry) {
            failures.push(entry.failure);
            continue;
        }
        const outcome = evaluateSubject(ctx, entry.gathered, guard);
        findings.push(...outcome.findings);
        gaps.push(...outcome.gaps);
        issues.push(outcome.issue);
        results.push(outcome.result);
        if (loaded.policy.offboarding.remediate && outcome.remediation.length > 0) {
            batches.push({
                subject: entry.gathered.login.toLowerCase(),
                actions: outcome.remediation,
                refused: outcome.refused,
            });
        }
        logger.info(`${entry.gathered.login} (${inputs.phase}): ${outcome.result.itemsHeld} held, ${outcome.result.itemsLeft} left, ` +
            `${outcome.findings.length} findings${outcome.result.closed ? '; tracking issue closed' : ''}.`);
    }
    const uniqueGaps = [...new Map(gaps.map((gap) => [`${gap.resource}\u0000${gap.reason}`, gap])).values()];
    const all = [...findings, ...evaluateRules(ctx, [auditCoverageGap], { coverage: uniqueGaps })];
    const exemption = applyExemptions(all, loaded.policy, clock);
    const metrics = runOffboardingMetrics(results.flatMap((result) => (result.metrics ? [result.metrics] : [])));
    const plannedRevocations = results.flatMap((result) => result.remediationPlan);
    return {
        ...emptyEvaluation(),
        findings: [...exemption.findings, ...exemption.expired],
        exempted: exemption.exempted,
        gaps: uniqueGaps,
        section: { offboarding: results },
        failures,
        issues: inputs.reporters.has('issues')
            ? {
                label: TRACKING_LABEL,
                keyPrefix: trackingKeyPrefix(inputs.organization),
                existing: managedIssuesOf(gathered.listed, inputs.organization),
                closeMissing: false,
                desired: () => issues,
            }
            : null,
        preface: [inputs.phase === 'post' ? metricsMarkdown(metrics, plannedRevocations.length) : '', readBasisMarkdown(results)]
            .filter(Boolean)
            .join('\n\n') || null,
        remediation: batches,
        plannedRemediation: plannedRevocations,
    };
}
function metricsMarkdown(metrics, planned) {
    const lines = [
        '## Offboarding metrics',
        '',
        '| subjects | steps done | steps missing | items still held | tokens active 24 h after | median hours to revocation |',
        '| --- | --- | --- | --- | --- | --- |',
        `| ${metrics.subjects} | ${metrics.stepsDone}/${metrics.stepsExpected} | ${metrics.stepsMissing} | ${metrics.itemsRetained} | ${metrics.tokensActiveAfter24h} | ${metrics.medianHoursToRevocation ?? '—'} |`,
    ];
    if (planned > 0) {
        lines.push('', `_${planned} revocation(s) planned but not made: set \`offboarding.remediate: true\` in the policy to let the action revoke them._`);
    }
    return lines.join('\n');
}

// Offboarding in proportion to the person: the last audit left in the state the bodies of every
// per-repository list it read (the ETag cache) and when it read each repository's part
// (`reads`). From those, with the audit log since, only the repositories that can hold
// something of one person are read live: where the snapshot shows a deploy key they added or an
// invitation to them, where the audit log shows them adding a key or being invited, and where the
// snapshot has nothing (never read, deferred). Pure: the plan, not the reads.
/** Open invitations expire after 7 days: older invitation events cannot stand for an open one. */
const INVITATION_LIFETIME_DAYS = 7;
/** The audit log keeps 180 days: a snapshot older than that cannot be brought up to date. */
const AUDIT_LOG_RETENTION_DAYS = 180;
const DAY = 86_400_000;
const LIST = /\/repos\/([^/]+)\/([^/?]+)\/(keys|invitations)(?:\?|$)/;
/** The snapshot the state holds, or why there is none to use. */
function auditSnapshotOf(state, now) {
    if (!state)
        return { unusable: 'no audit state could be read' };
    const keysRead = lastReadOf(state.reads, 'deploy-keys');
    const invitationsRead = lastReadOf(state.reads, 'invitations');
    if (invitationsRead.size === 0)
        return { unusable: 'the last audit recorded no per-repository reads' };
    const at = [...keysRead.values(), ...invitationsRead.values()].sort()[0];
    if (now.getTime() - Date.parse(at) > AUDIT_LOG_RETENTION_DAYS * DAY) {
        return { unusable: `the last audit's reads (${at.slice(0, 10)}) are older than the audit log reaches` };
    }
    const snapshot = { at, deployKeys: new Map(), invitations: new Map() };
    for (const [key, entry] of Object.entries(EtagCache.unpack(state.etags).toJSON().entries)) {
        const match = LIST.exec(key);
        if (!match || !Array.isArray(entry.data))
            continue;
        const repo = `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`;
        // Only lists the record says were read: an entry alone may be older than the record.
        const [target, read] = match[3] === 'keys' ? [snapshot.deployKeys, keysRead] : [snapshot.invitations, invitationsRead];
        if (!read.has(repo))
            continue;
        target.set(repo, [...(target.get(repo) ?? []), ...entry.data]);
    }
    if (snapshot.invitations.size === 0)
        return { unusable: "the audit state holds none of the lists it recorded" };
    return snapshot;
}
const same = (a, login) => typeof a === 'string' && a.toLowerCase() === login.toLowerCase();
const inviteeOf = (record) => record.invitee?.login;
/**
 * What to read live for `login`. `events` are the audit-log events by or about them (their key
 * additions); `invitationEvents` the organization's invitation events of the last 7 days.
 */
function planSubjectReads(snapshot, login, repositories, events, invitationEvents) {
    const keyed = new Set();
    const invited = new Set();
    for (const repository of repositories) {
        const repo = repository.nameWithOwner;
        // What the snapshot never saw must be read: never listed (deferred, new) counts as unknown.
        if (repository.deployKeyCount > 0 && !snapshot.deployKeys.has(repo))
            keyed.add(repo);
        if (!snapshot.invitations.has(repo))
            invited.add(repo);
    }
    for (const [repo, keys] of snapshot.deployKeys) {
        if (keys.some((key) => same(key.added_by, login)))
            keyed.add(repo);
    }
    for (const [repo, invitations] of snapshot.invitations) {
        if (invitations.some((invitation) => same(inviteeOf(invitation), login)))
            invited.add(repo);
    }
    for (const event of events) {
        if (event.repo && /^(public_key|deploy_key)\./.test(event.action) && same(event.actor, login))
            keyed.add(event.repo);
    }
    for (const event of invitationEvents) {
        if (!event.repo || !event.action.startsWith('repository_invitation.'))
            continue;
        const invitee = event.fields.invitee ?? event.user;
        // An event that does not say whom it invited could be them.
        if (invitee === undefined || invitee === null || same(invitee, login))
            invited.add(event.repo);
    }
    // The live name for each (the audit log's case may differ); a repository deleted since cannot
    // hold anything any more.
    const live = new Map(repositories.map((r) => [r.nameWithOwner.toLowerCase(), r.nameWithOwner]));
    const existing = (repos) => [...new Set([...repos].flatMap((repo) => live.get(repo.toLowerCase()) ?? []))].sort();
    return { deployKeys: existing(keyed), invitations: existing(invited) };
}

/** The enterprise's organizations (enterprise members and owners can list them). */
const ENTERPRISE_ORGANIZATIONS_QUERY = `query EnterpriseOrganizations($slug: String!, $after: String) {
  ${RATE_LIMIT}
  enterprise(slug: $slug) {
    slug
    organizations(first: 100, after: $after) { ${PAGE_INFO} nodes { login } }
  }
}`;
/**
 * Enterprise members, optionally narrowed by role (UNAFFILIATED: in no organization) or by a
 * login (\`query\` matches by substring; the collector keeps exact matches only).
 */
const ENTERPRISE_MEMBERS_QUERY = `query EnterpriseMembers($slug: String!, $after: String, $role: EnterpriseUserAccountMembershipRole, $login: String) {
  ${RATE_LIMIT}
  enterprise(slug: $slug) {
    members(first: 100, after: $after, role: $role, query: $login) {
      ${PAGE_INFO}
      nodes { __typename ... on User { login } ... on EnterpriseUserAccount { login } }
    }
  }
}`;
/** Enterprise owners and billing managers (visible to enterprise owners only). */
const ENTERPRISE_ADMINS_QUERY = `query EnterpriseAdmins($slug: String!, $after: String, $login: String) {
  ${RATE_LIMIT}
  enterprise(slug: $slug) {
    ownerInfo {
      admins(first: 100, after: $after, query: $login) { ${PAGE_INFO} edges { role node { login } } }
    }
  }
}`;

// The enterprise around the organizations: which organizations it has, who is in it (also as
// an unaffiliated user, in none of its organizations) and who holds an enterprise role. Most of
// it is readable only with an enterprise owner's token; each refused read is a named gap.
/**
 * Walks one enterprise connection; on failure records a gap under `enterprise:<slug>/<part>` and
 * returns null, so "could not read" never looks like "nobody there".
 */
async function walk(ctx, slug, part, query, variables, pick) {
    const resource = gaps.enterprise(slug, part);
    const found = [];
    let after = null;
    for (;;) {
        let page;
        try {
            page = await readGraphql(ctx.client, query, { slug, after, ...variables });
        }
        catch (error) {
            ctx.coverage.add(resource, describeFailure(error, HINTS.enterprise));
            return null;
        }
        const connection = page.data ? pick(page.data) : null;
        if (page.errors[0] || !connection) {
            const reason = page.errors[0] ? graphqlReason(page.errors[0]) : 'not visible to this token';
            ctx.coverage.add(resource, `${reason} — ${HINTS.enterprise.forbidden}`);
            return null;
        }
        found.push(...(connection.nodes ?? connection.edges ?? []).filter((n) => n !== null));
        if (!connection.pageInfo.hasNextPage)
            return found;
        after = connection.pageInfo.endCursor;
    }
}
async function collectEnterpriseOrganizations(ctx, slug) {
    const nodes = await walk(ctx, slug, 'organizations', ENTERPRISE_ORGANIZATIONS_QUERY, {}, (data) => data.enterprise?.organizations);
    return nodes ? nodes.map((n) => n.login) : null;
}
async function members(ctx, slug, part, variables) {
    const nodes = await walk(ctx, slug, part, ENTERPRISE_MEMBERS_QUERY, variables, (data) => data.enterprise?.members);
    return nodes ? nodes.map((n) => n.login).filter((l) => typeof l === 'string') : null;
}
/**
 * Enterprise membership and roles. `logins` narrows the read to those people (offboarding);
 * without it every unaffiliated member and every owner and billing manager is read (audit).
 */
async function collectEnterprise(ctx, slug, options = {}) {
    const access = {
        slug,
        organizations: (await collectEnterpriseOrganizations(ctx, slug)) ?? [],
        members: [],
    };
    const byLogin = new Map();
    const member = (login) => {
        const key = login.toLowerCase();
        const existing = byLogin.get(key) ?? { login, affiliation: null, roles: [] };
        byLogin.set(key, existing);
        return existing;
    };
    const same = (a, b) => a.toLowerCase() === b.toLowerCase();
    const targets = options.logins ?? [null];
    for (const login of targets) {
        // `login` is the documents' name for the `query:` argument (octokit reserves `query`).
        const query = login ? { login } : {};
        const everyone = login ? await members(ctx, slug, 'members', query) : [];
        const unaffiliated = await members(ctx, slug, 'members', { role: 'UNAFFILIATED', ...query });
        for (const found of everyone ?? [])
            if (same(found, login ?? found))
                member(found).affiliation ??= 'member';
        for (const found of unaffiliated ?? [])
            if (!login || same(found, login))
                member(found).affiliation = 'unaffiliated';
        const admins = await walk(ctx, slug, 'admins', ENTERPRISE_ADMINS_QUERY, query, (data) => data.enterprise?.ownerInfo
            ?.admins);
        for (const edge of admins ?? []) {
            if (!edge.node || (login && !same(edge.node.login, login)))
                continue;
            const role = edge.role === 'OWNER' ? 'owner' : edge.role === 'BILLING_MANAGER' ? 'billing-manager' : null;
            if (role && !member(edge.node.login).roles.includes(role))
                member(edge.node.login).roles.push(role);
        }
    }
    access.members = [...byLogin.values()].sort((a, b) => (a.login < b.login ? -1 : a.login > b.login ? 1 : 0));
    return access;
}

// Per-person collection for offboarding: the cheapest reads that answer "what does this person
// still hold?" — one membership call, teams filtered by login, repositories filtered to their
// direct collaboration, tokens filtered by owner/login, the audit log filtered by actor and
// user, and per-repository REST only where they could reach (secrets) or where keys exist.
async function readPerson(ctx, login) {
    const person = {
        login,
        nodeId: null,
        databaseId: null,
        orgRole: null,
        outsideCollaborator: false,
        bot: isBot(login),
        twoFactorEnabled: null,
        samlIdentity: null,
        verifiedEmails: [],
    };
    try {
        const membership = await ctx.client.rest.request('GET /orgs/{org}/memberships/{username}', {
            org: ctx.org,
            username: login,
        });
        // A pending membership is an invitation, not access; the invitation list reports it.
        if (membership.data.state === 'active')
            person.orgRole = membership.data.role === 'admin' ? 'owner' : 'member';
    }
    catch (error) {
        // 404 is the answer "not a member", which is exactly what a post-offboarding check hopes for.
        if (error.status !== 404) {
            ctx.coverage.add(gaps.organization(ctx.org, 'membership', login), describeFailure(error, HINTS.members));
        }
    }
    const user = await ctx.coverage.read(gaps.organization(ctx.org, 'verified-emails', login), HINTS.members, () => readGraphql(ctx.client, USER_QUERY, { org: ctx.org, login }));
    const userError = readErrors(user?.errors ?? [])[0];
    if (userError) {
        ctx.coverage.add(gaps.organization(ctx.org, 'verified-emails', login), graphqlReason(userError));
    }
    if (user?.data?.user) {
        // GitHub's spelling of the login, whatever case the subject was given in.
        person.login = user.data.user.login;
        person.nodeId = user.data.user.id;
        person.databaseId = user.data.user.databaseId;
        person.verifiedEmails = user.data.user.organizationVerifiedDomainEmails ?? [];
    }
    // `login:` narrows the identity list to this person: one cheap query.
    const identity = await ctx.coverage.read(gaps.organization(ctx.org, 'saml-identities'), HINTS.members, () => readGraphql(ctx.client, IDENTITY_BY_LOGIN_QUERY, { org: ctx.org, login }));
    const node = identity?.data?.organization?.samlIdentityProvider?.externalIdentities.nodes[0];
    if (node)
        person.samlIdentity = toSamlIdentity(node);
    return person;
}
async function eventsAbout(ctx, logins, from) {
    const byId = new Map();
    for (const login of logins) {
        // Two searches: what they did, and what was done to them (their removal, their grants).
        const same = (value) => sameLogin(value, login);
        for (const qualifier of [`actor:${login}`, `user:${login}`]) {
            for (const event of (await collectAuditLog(ctx, { from, qualifiers: qualifier })) ?? []) {
                // Kept only if it really concerns them, whatever the server made of the qualifier.
                if (same(event.actor) || same(event.user))
                    byId.set(event.id, event);
            }
        }
    }
    return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at));
}
/**
 * With a usable audit snapshot and a readable audit log, the repositories whose invitations and
 * deploy keys can concern the subjects; otherwise the reason the whole organization is read.
 */
async function proportionalPlan(ctx, options, snapshot, logins, auditLogFailed) {
    const full = (reason) => {
        ctx.logger.warning(`offboarding reads the whole organization's invitations and deploy keys: ${reason}`);
        return { basis: { kind: 'full-read', reason } };
    };
    const audit = options.auditSnapshot;
    if (!audit)
        return { basis: { kind: 'full-read', reason: 'no audit snapshot was offered' } };
    if ('unusable' in audit)
        return full(audit.unusable);
    if (auditLogFailed)
        return full('the audit log could not be read, so changes since the last audit are unknown');
    const invitationEvents = await collectAuditLog(ctx, {
        from: new Date(options.now.getTime() - INVITATION_LIFETIME_DAYS * DAY_MS$1),
        qualifiers: 'action:repository_invitation',
    });
    if (!invitationEvents)
        return full('the audit log could not be read, so invitations since the last audit are unknown');
    const invitations = new Set(options.invitationRepositories === 'all' ? [] : (options.invitationRepositories ?? []));
    const deployKeys = new Set(options.deployKeyRepositories ?? []);
    for (const login of logins) {
        const events = snapshot.auditEvents.filter((e) => e.actor?.toLowerCase() === login.toLowerCase());
        const plan = planSubjectReads(audit, login, snapshot.repositories, events, invitationEvents);
        for (const repo of plan.invitations)
            invitations.add(repo);
        for (const repo of plan.deployKeys)
            deployKeys.add(repo);
    }
    ctx.logger.info(`offboarding from the audit snapshot of ${audit.at.slice(0, 10)}: invitations of ${invitations.size} and deploy keys of ${deployKeys.size} repositories read live`);
    return {
        basis: {
            kind: 'audit-snapshot',
            at: audit.at,
            invitationRepositories: invitations.size,
            deployKeyRepositories: deployKeys.size,
        },
        invitations: [...invitations].sort(),
        deployKeys,
    };
}
async function collectSubjects(client, options) {
    const coverage = new Coverage();
    const ctx = { client, org: options.org, coverage, logger: options.logger ?? quietLogger };
    const snapshot = emptySnapshot(options.org, options.now.toISOString());
    snapshot.people = await mapWithConcurrency(uniqueLogins(options.logins), concurrencyOf(ctx), (login) => readPerson(ctx, login));
    // From here on, GitHub's spelling of each login (`Alice` given, `alice` found).
    const logins = snapshot.people.map((person) => person.login);
    snapshot.scope = { kind: 'subjects', logins };
    snapshot.defaultRepositoryPermission = await readDefaultPermission(ctx);
    snapshot.teams = logins.length > 0 ? await collectTeams(ctx, logins) : [];
    const repositories = new Map();
    const collaborators = [];
    for (const login of logins) {
        const found = await collectRepositories(ctx, login);
        for (const r of found.repositories)
            repositories.set(r.nameWithOwner, r);
        collaborators.push(...found.collaborators.filter((c) => sameLogin(c.login, login)));
    }
    snapshot.repositories = [...repositories.values()];
    const subjects = new LoginSet(logins);
    const members = new LoginSet(snapshot.people.filter((p) => p.orgRole !== null).map((p) => p.login));
    for (const person of snapshot.people) {
        person.outsideCollaborator =
            person.orgRole === null && collaborators.some((c) => sameLogin(c.login, person.login));
    }
    snapshot.grants = deriveGrants({
        collaborators,
        teams: snapshot.teams,
        members,
        defaultRepositoryPermission: snapshot.defaultRepositoryPermission,
    }).filter((g) => subjects.has(g.login));
    const from = new Date(options.now.getTime() - options.activityWindowDays * DAY_MS$1);
    snapshot.activityWindow = { from: from.toISOString(), to: options.now.toISOString() };
    const gapsBefore = coverage.gaps.length;
    snapshot.auditEvents = await eventsAbout(ctx, logins, new Date(Math.max(from.getTime(), options.now.getTime() - 180 * DAY_MS$1)));
    const plan = await proportionalPlan(ctx, options, snapshot, logins, coverage.gaps.length > gapsBefore);
    snapshot.readBasis = plan.basis;
    const invitationRepos = plan.invitations ??
        (options.invitationRepositories === undefined || options.invitationRepositories === 'all'
            ? snapshot.repositories.map((r) => r.nameWithOwner)
            : options.invitationRepositories);
    const invitations = [
        ...(await collectOrgInvitations(ctx)),
        ...(await collectRepoInvitations(ctx, invitationRepos)),
    ];
    const emails = new Set(snapshot.people.flatMap((p) => [...p.verifiedEmails, ...(p.samlIdentity?.emails ?? [])].map((e) => e.toLowerCase())));
    snapshot.invitations = invitations.filter((i) => (i.login !== null && subjects.has(i.login)) || (i.email !== null && emails.has(i.email.toLowerCase())));
    snapshot.patGrants = (await collectPatGrants(ctx, logins)).filter((g) => subjects.has(g.owner));
    snapshot.credentialAuthorizations = (await Promise.all(logins.map((login) => collectCredentialAuthorizations(ctx, login))))
        .flat()
        .filter((c) => subjects.has(c.login));
    snapshot.copilotSeats = await collectCopilotSeats(ctx, logins);
    if (options.enterprise) {
        snapshot.enterprise = await collectEnterprise(ctx, options.enterprise, { logins });
        snapshot.copilotSeats.push(...(await collectEnterpriseCopilotSeats(ctx, options.enterprise, logins)));
    }
    const keyRepos = plan.deployKeys
        ? snapshot.repositories.filter((r) => plan.deployKeys?.has(r.nameWithOwner))
        : snapshot.repositories;
    snapshot.deployKeys = (await collectDeployKeys(ctx, keyRepos)).filter((k) => k.addedBy !== null && subjects.has(k.addedBy));
    // Secrets they could read or wrote: repositories they can write, the ones named by the
    // caller, those where they wrote a secret, and every organization secret (the offboarding
    // rules decide which org secrets were visible to those repositories).
    const secretRepos = new Set(snapshot.grants.filter((g) => permissionAtLeast(g.permission, 'write')).map((g) => g.repo.toLowerCase()));
    for (const repo of options.secretRepositories ?? [])
        secretRepos.add(repo.toLowerCase());
    for (const event of snapshot.auditEvents) {
        if (event.repo && /_secret$/.test(event.action) && event.actor && subjects.has(event.actor)) {
            secretRepos.add(event.repo.toLowerCase());
        }
    }
    snapshot.secrets = [
        ...(await collectOrgSecrets(ctx)),
        ...(await collectRepoSecrets(ctx, snapshot.repositories.filter((r) => secretRepos.has(r.nameWithOwner.toLowerCase())))),
    ];
    const orgId = await ctx.coverage.read(gaps.organization(options.org, 'contributions'), HINTS.members, () => readGraphql(client, ORGANIZATION_ID_QUERY, { org: options.org }));
    const organizationId = orgId?.data?.organization?.id;
    if (organizationId) {
        snapshot.contributions = await collectPeopleActivity(ctx, logins, {
            organizationId,
            now: options.now,
            windowDays: options.activityWindowDays,
        });
    }
    snapshot.coverage = coverage.gaps;
    return snapshot;
}

// Whether a login given as a subject is a GitHub account at all. A login is otherwise taken as
// given (the person may already be gone from the organization), so without this check a typo,
// or a hundred made-up names, would each get an inventory and a tracking issue.
async function findAccount(client, login) {
    try {
        const response = await client.rest.request('GET /users/{username}', { username: login });
        const data = response.data;
        return {
            found: true,
            login: typeof data.login === 'string' ? data.login : login,
            type: typeof data.type === 'string' ? data.type : null,
        };
    }
    catch (error) {
        if (classifyError(error).kind === 'not-found') {
            return {
                found: false,
                reason: `no GitHub account has the login ${login}; check the spelling (nothing was inventoried and no tracking issue was opened)`,
            };
        }
        return {
            found: false,
            reason: `could not check that the account ${login} exists (${describeError(error)}); it is retried on the next run`,
        };
    }
}
/**
 * The login of the token's own account, or null when GitHub does not say (an installation
 * token may not read `/user`; its account is a `[bot]`, which remediation refuses anyway).
 */
async function tokenIdentity(client) {
    try {
        const response = await client.rest.request('GET /user');
        const login = response.data.login;
        return typeof login === 'string' ? login : null;
    }
    catch {
        return null;
    }
}

function samlMatches(email, node) {
    const login = node.user?.login;
    const saml = node.samlIdentity;
    if (!login || !saml)
        return [];
    const same = (value) => value?.toLowerCase() === email;
    const found = [];
    if (same(saml.nameId))
        found.push({ login, matchedBy: 'saml-name-id', value: saml.nameId ?? email });
    if (same(saml.username))
        found.push({ login, matchedBy: 'saml-username', value: saml.username ?? email });
    for (const e of saml.emails ?? [])
        if (same(e.value))
            found.push({ login, matchedBy: 'saml-email', value: e.value });
    return found;
}
async function findPeopleByEmail(client, org, emails) {
    const coverage = new Coverage();
    const ctx = { client, org, coverage, logger: quietLogger };
    const candidates = [];
    const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
    let noProvider = false;
    for (const email of wanted) {
        if (noProvider)
            break;
        const page = await coverage.read(gaps.organization(org, 'saml-identities'), HINTS.members, () => readGraphql(client, IDENTITY_BY_USERNAME_QUERY, { org, userName: email }));
        if (page?.errors[0])
            coverage.add(gaps.organization(org, 'saml-identities'), graphqlReason(page.errors[0]));
        const provider = page?.data?.organization?.samlIdentityProvider;
        if (page?.data && !provider)
            noProvider = true; // no SAML: nothing to find there, not a gap
        for (const node of provider?.externalIdentities.nodes ?? [])
            if (node)
                candidates.push(...samlMatches(email, node));
    }
    // Verified-domain e-mails are per user, so finding one means reading the members (Q1). It is
    // read even when SAML answered: a second account holding the same address makes the e-mail
    // ambiguous, and offboarding must then refuse to guess.
    if (wanted.length > 0) {
        const { members } = await collectMembers(ctx);
        for (const member of members) {
            for (const address of member.verifiedEmails ?? []) {
                if (wanted.includes(address.toLowerCase()))
                    candidates.push({ login: member.login, matchedBy: 'verified-email', value: address });
            }
        }
    }
    return { candidates, coverage: coverage.gaps };
}

const DEFAULT_ORG_EVENT_PAGES = 50;
/** Audit-log queries left for the rest of the run (the subject's own searches, the next subject). */
const AUDIT_LOG_RESERVE = 20;
/** The audit log's remaining queries this hour, when GitHub says (`GET /rate_limit` is free). */
async function auditLogRemaining(client) {
    try {
        const response = await client.rest.request('GET /rate_limit');
        const resources = response.data.resources;
        const remaining = resources.audit_log?.remaining;
        return typeof remaining === 'number' ? remaining : null;
    }
    catch {
        return null;
    }
}
async function collectOrgEvents(client, query) {
    const resource = gapId(gaps.organization(query.org, 'audit-log'));
    const from = query.from.toISOString();
    const to = query.to.toISOString();
    const remaining = await auditLogRemaining(client);
    const pages = Math.max(0, Math.min(query.maxPages ?? DEFAULT_ORG_EVENT_PAGES, remaining === null ? Infinity : remaining - AUDIT_LOG_RESERVE));
    const unread = (since, why) => ({
        resource,
        reason: `${why}: events by other actors from ${since} to ${to} were not checked against the departed person's addresses`,
    });
    if (pages === 0)
        return { events: [], gap: unread(from, `audit-log budget exhausted (${remaining ?? 0} queries left this hour)`) };
    const iterator = client.rest.paginate.iterator('GET /orgs/{org}/audit-log', {
        org: query.org,
        // Day precision on the server; the window is made exact below.
        phrase: `created:>=${from.slice(0, 10)}`,
        include: 'all',
        order: 'asc',
        per_page: 100,
    });
    const events = [];
    let read = 0;
    try {
        for await (const page of iterator) {
            read += 1;
            for (const raw of page.data) {
                const event = toAuditEvent(raw);
                if (event.at >= from && event.at <= to)
                    events.push(event);
            }
            if (read >= pages) {
                // Only a gap when there is more: a last page shorter than 100 is the end.
                if (page.data.length < 100)
                    break;
                const last = events.at(-1)?.at ?? from;
                return { events, gap: unread(last, `audit-log budget reached after ${read} page(s)`) };
            }
        }
    }
    catch (error) {
        return { events, gap: unread(events.at(-1)?.at ?? from, describeFailure(error, HINTS.auditLog)) };
    }
    return { events, gap: null };
}

// Who is being offboarded. HR systems speak e-mail, GitHub speaks logins: an e-mail is matched
// to an account only through the organization's SAML identities or verified-domain e-mails,
// and only when exactly one account matches. A wrong guess would revoke someone else's access.
// GitHub logins: alphanumerics and single hyphens, no leading/trailing hyphen, at most 39 chars.
// Bots keep their `[bot]` suffix so that app accounts can be offboarded too.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
// The WHATWG "valid e-mail address" (what browsers accept in <input type=email>), with a dot
// required in the domain: only compared, never delivered, but it must look like an address.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
/** RFC 5321's limit on a forward path. */
const MAX_EMAIL_LENGTH = 254;
function classifySubject(raw) {
    const value = raw.trim();
    if (value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value))
        return { kind: 'email', value };
    if (LOGIN.test(value))
        return { kind: 'login', value };
    return { kind: 'invalid', value };
}
/**
 * The `subjects` input or event value: a comma/newline separated string, or (from a
 * `repository_dispatch` payload) an array of strings. Trimmed, blanks dropped, de-duplicated
 * case-insensitively (logins and e-mail addresses are both case-insensitive), order kept. A
 * list entry that is not a string is an invalid subject (reported), never text like "null".
 */
function parseSubjects(raw) {
    const parts = [];
    const add = (text) => parts.push(...text.split(/[,\r\n]+/));
    if (typeof raw === 'string')
        add(raw);
    else if (Array.isArray(raw)) {
        for (const entry of raw) {
            if (typeof entry === 'string')
                add(entry);
            else
                parts.push({ kind: 'invalid', value: (JSON.stringify(entry) ?? typeof entry).slice(0, 40) });
        }
    }
    const seen = new Set();
    const subjects = [];
    for (const part of parts) {
        if (typeof part !== 'string') {
            subjects.push(part);
            continue;
        }
        const value = part.trim();
        if (value === '' || seen.has(value.toLowerCase()))
            continue;
        seen.add(value.toLowerCase());
        subjects.push(classifySubject(value));
    }
    return subjects;
}
/**
 * A login is taken as given (the person may already be gone from the organization, and the
 * post phase must still check what they left behind). An e-mail must match exactly one login
 * through a SAML identity or a verified-domain e-mail; otherwise the subject is an error.
 */
function resolveSubject(input, candidates) {
    const subject = typeof input === 'string' ? classifySubject(input) : input;
    if (subject.kind === 'invalid') {
        const shown = subject.value.length > 60 ? `${subject.value.slice(0, 60)}…` : subject.value;
        return { error: `${JSON.stringify(shown)} is neither a GitHub login nor an e-mail address` };
    }
    if (subject.kind === 'login') {
        const known = candidates.find((candidate) => candidate.matchedBy === 'login' && sameLogin(candidate.login, subject.value));
        // Use GitHub's spelling when we know it, so resource ids and titles stay stable.
        return { login: known?.login ?? subject.value, matchedBy: 'login', value: subject.value };
    }
    const wanted = subject.value.toLowerCase();
    const matches = candidates.filter((candidate) => candidate.matchedBy !== 'login' && candidate.value.trim().toLowerCase() === wanted);
    const logins = [...new Set(matches.map((match) => loginKey(match.login)))];
    if (logins.length === 0) {
        return {
            error: `no GitHub account matches ${subject.value}: no SAML identity or verified-domain e-mail of the organization has it`,
        };
    }
    if (logins.length > 1) {
        const described = matches.map((match) => `${match.login} (${match.matchedBy})`);
        return {
            error: `${subject.value} matches more than one GitHub account: ${[...new Set(described)].join(', ')}; give the login instead`,
        };
    }
    const match = matches[0];
    return { login: match.login, matchedBy: match.matchedBy, value: match.value };
}

// What an offboarding reads: the tracking issues (who is being offboarded, what they held),
// the identities behind e-mail subjects, and each person's access; after revocations, each
// revoked person's access again. One person's failure never stops the others.
/**
 * Candidates for e-mail subjects: first the e-mails recorded at `pre` (after removal the
 * SAML link and verified e-mails are gone), then the organization's identities.
 */
async function emailCandidates(ctx, subjects, tracked) {
    const emails = subjects.filter((s) => s.kind === 'email').map((s) => s.value.toLowerCase());
    const candidates = [];
    for (const { state } of tracked.values()) {
        for (const email of state.inventory.emails) {
            if (emails.includes(email.toLowerCase()))
                candidates.push({ login: state.subject, matchedBy: 'recorded-email', value: email });
        }
    }
    const unknown = emails.filter((email) => !candidates.some((c) => c.value.toLowerCase() === email));
    if (unknown.length === 0)
        return { candidates, gaps: [] };
    const found = await findPeopleByEmail(ctx.client, ctx.inputs.organization, unknown);
    return { candidates: [...candidates, ...found.candidates], gaps: found.coverage };
}
/** Repositories the inventory ties to items of these kinds (from each item's `repo` or `target`). */
function repositoriesOf(inventory, kinds) {
    const repos = new Set();
    for (const item of inventory.items) {
        if (!kinds.includes(item.kind))
            continue;
        const { repo, target } = item.detail;
        if (typeof repo === 'string')
            repos.add(repo);
        else if (typeof target === 'string' && target.startsWith('repo:'))
            repos.add(target.slice('repo:'.length));
    }
    return [...repos];
}
/** The last audit's snapshot, read once per run from the state (read only; the audit owns it). */
const auditSnapshots = new WeakMap();
function auditSnapshotFor(ctx) {
    let snapshot = auditSnapshots.get(ctx);
    if (!snapshot) {
        // Its ETags also go into the client's cache, so what is read live is asked conditionally.
        snapshot = gatherHistory(ctx).then((state) => auditSnapshotOf(state, ctx.clock.now()), () => ({ unusable: 'the audit state could not be read' }));
        auditSnapshots.set(ctx, snapshot);
    }
    return snapshot;
}
async function collect(ctx, login, inventory) {
    return collectSubjects(ctx.client, {
        auditSnapshot: await auditSnapshotFor(ctx),
        org: ctx.inputs.organization,
        logins: [login],
        now: ctx.clock.now(),
        activityWindowDays: activityWindowDays(ctx.loaded.policy),
        logger: ctx.logger,
        // With an inventory, repository invitations are read only where the person had access.
        ...(inventory
            ? {
                invitationRepositories: repositoriesOf(inventory, ['invitation', 'repo-access']),
                secretRepositories: repositoriesOf(inventory, ['secret']),
                deployKeyRepositories: repositoriesOf(inventory, ['deploy-key']),
            }
            : {}),
    });
}
/**
 * Every actor's audit-log events from the person's `offboarded-at` to now, for
 * `offboarded-ip-activity`; not read when the rule is off or no address of theirs is known
 * (nothing could match, and the audit log's hourly budget is spared).
 */
async function eventsSinceDeparture(ctx, subject) {
    if (!settingsOf(ctx.loaded.policy, 'offboarded-ip-activity').enabled)
        return null;
    const offboardedAt = offboardedAtOf(ctx, subject.tracked);
    const known = inventoryOf(subject, ctx).knownIps.length > 0;
    const own = subject.snapshot.auditEvents.some((event) => event.ip !== null && event.at <= offboardedAt);
    if (!known && !own)
        return null;
    return collectOrgEvents(ctx.client, { org: ctx.inputs.organization, from: new Date(offboardedAt), to: ctx.clock.now() });
}
/**
 * The reads before any person: the tracking issues, the subjects (given, or the open tracking
 * issues of a scheduled `post`) within the run's cap, the identities behind e-mails, and — when
 * remediation may run — whose token this is. Subjects are then read one by one (`gatherNextSubject`).
 */
async function gatherOffboardStart(ctx) {
    const { inputs, logger } = ctx;
    const listed = await listTrackingIssues(ctx);
    const { tracked, damaged } = trackingStates(listed);
    // No subjects (a scheduled `post`): every offboarding whose tracking issue is still open.
    const all = parseSubjects(inputs.subjects.length > 0
        ? inputs.subjects
        : [
            ...[...tracked.values()].filter((t) => t.open).map((t) => t.state.subject),
            ...[...damaged.values()].filter((d) => d.open).map((d) => d.subject),
        ]);
    if (all.length === 0)
        logger.info('No subjects given and no open tracking issue: nothing to verify.');
    // The cap bounds the work one event can ask for; the rest is reported, never silently dropped.
    const subjects = all.slice(0, inputs.maxSubjects);
    const overCap = all.slice(inputs.maxSubjects).map((subject) => ({
        failure: {
            subject: subject.value,
            reason: `not processed: the run takes at most ${inputs.maxSubjects} subjects (input \`max-subjects\`); send it again in another run`,
        },
    }));
    const identities = await emailCandidates(ctx, subjects, tracked);
    // Remediation never revokes the token's own access: whose token this is, when it may act.
    const remediating = ctx.loaded.policy.offboarding.remediate && inputs.phase === 'post';
    const identity = remediating ? await tokenIdentity(ctx.client) : null;
    return {
        listed,
        identityGaps: identities.gaps,
        subjects: [],
        tokenIdentity: identity,
        pending: { subjects, candidates: identities.candidates, overCap },
    };
}
/** Reads the next pending person (in the order given); null when none is left. */
async function gatherNextSubject(gathered, ctx) {
    const { pending } = gathered;
    if (!pending)
        return null;
    const [subject, ...rest] = pending.subjects;
    if (!subject) {
        // The subjects over the cap are reported last, as failures.
        return pending.overCap.length > 0 ? { ...gathered, subjects: [...gathered.subjects, ...pending.overCap], pending: null } : null;
    }
    const next = { ...gathered, pending: { ...pending, subjects: rest } };
    return { ...next, subjects: [...gathered.subjects, await gatherSubject(ctx, subject, pending.candidates, trackingStates(gathered.listed))] };
}
async function gatherSubject(ctx, subject, candidates, { tracked, damaged }) {
    const resolution = resolveSubject(subject, candidates);
    if ('error' in resolution)
        return { failure: { subject: subject.value, reason: resolution.error } };
    const broken = damaged.get(resolution.login.toLowerCase());
    // Rebuilding the inventory over a damaged state would overwrite what `pre` recorded and what was ticked.
    if (broken)
        return { failure: damagedFailure(ctx, resolution.login, broken) };
    const person = tracked.get(resolution.login.toLowerCase());
    // A login nobody tracks yet must be an account: an unknown one is a failed subject, not an issue.
    const account = person || subject.kind !== 'login' ? null : await findAccount(ctx.client, resolution.login);
    if (account && !account.found)
        return { failure: { subject: subject.value, reason: account.reason } };
    const login = account?.login ?? resolution.login;
    try {
        // At `post`, with an inventory, only where the person had access is read.
        const snapshot = await collect(ctx, login, ctx.inputs.phase === 'pre' ? null : (person?.state.inventory ?? null));
        const reads = { input: subject.value, login, tracked: person, snapshot, firstSnapshot: snapshot, remediation: null, orgEvents: null };
        return { gathered: { ...reads, orgEvents: ctx.inputs.phase === 'post' ? await eventsSinceDeparture(ctx, reads) : null } };
    }
    catch (error) {
        return { failure: { subject: login, reason: describeError(error) } };
    }
}
/** Every person at once (tests and callers that do not publish as they go). */
async function gatherOffboard(ctx) {
    let gathered = await gatherOffboardStart(ctx);
    for (let next = await gatherNextSubject(gathered, ctx); next; next = await gatherNextSubject(gathered, ctx))
        gathered = next;
    return gathered;
}
/** Reads again the access of each person something was revoked from: the report describes GitHub, not the plan. */
async function regatherOffboard(gathered, applied, ctx) {
    const subjects = [];
    for (const entry of gathered.subjects) {
        const results = 'gathered' in entry ? applied.get(entry.gathered.login.toLowerCase()) : undefined;
        if (!('gathered' in entry) || !results) {
            subjects.push(entry);
            continue;
        }
        const subject = entry.gathered;
        try {
            const snapshot = await collect(ctx, subject.login, inventoryOf(subject, ctx));
            subjects.push({ gathered: { ...subject, snapshot, remediation: results } });
        }
        catch (error) {
            subjects.push({ failure: { subject: subject.login, reason: describeError(error) } });
        }
    }
    return { ...gathered, subjects };
}

// `mode: offboard` — for each departing person: `pre` inventories what they hold and opens their
// tracking issue; `post` collects again, compares with that inventory (or one rebuilt from the
// audit log when no `pre` ran), reports what is left, optionally revokes it (in the apply
// stage, never on a dry run), and updates the issue — closing it when nothing is left.
const offboardMode = defineMode({
    name: 'offboard',
    reportsPolicyErrors: false,
    readOnly: () => false,
    gather: gatherOffboard,
    evaluate: evaluateOffboard,
    regather: regatherOffboard,
    // One person at a time: each is reported (report, summary, tracking issue) as it finishes.
    steps: { start: gatherOffboardStart, next: gatherNextSubject },
});

async function readBasePolicy(ctx, ref) {
    const { repoClient: client, actionRepo, inputs } = ctx;
    const folder = inputs.policyPath.replace(/^\.?\/*/, '').replace(/\/+$/, '');
    try {
        const listing = await client.rest.request('GET /repos/{owner}/{repo}/contents/{path}', { ...actionRepo, path: folder, ref });
        const entries = Array.isArray(listing.data) ? listing.data : [];
        const files = entries.filter((entry) => entry.type === 'file' && /\.ya?ml$/i.test(entry.name));
        const texts = [];
        for (const file of files) {
            const content = await client.rest.request('GET /repos/{owner}/{repo}/contents/{path}', { ...actionRepo, path: file.path, ref });
            const data = content.data;
            texts.push({ path: file.path, text: Buffer.from(data.content ?? '', 'base64').toString('utf8') });
        }
        return texts;
    }
    catch (error) {
        // No policy folder on the base branch: the PR adds the first policy; compare with defaults.
        if (statusOf$1(error) === 404)
            return [];
        return { gap: { resource: `repo:${actionRepo.owner}/${actionRepo.repo}/contents/${folder}`, reason: `cannot read the base branch's policy (${describeError(error)})` } };
    }
}

/** 404 means "does not exist"; any other failure is rethrown so the check says "not checked". */
async function exists(request) {
    try {
        await request();
        return true;
    }
    catch (error) {
        if (statusOf$1(error) === 404)
            return false;
        throw error;
    }
}
async function gatherValidate(ctx) {
    const { loaded, client, repoClient, actionRepo, inputs } = ctx;
    const semantic = await checkPolicyAgainst(loaded.policy, {
        clock: ctx.clock,
        lookups: {
            labelExists: async (name) => exists(() => repoClient.rest.request('GET /repos/{owner}/{repo}/labels/{name}', { ...actionRepo, name })),
            teamExists: async (slug) => exists(() => client.rest.request('GET /orgs/{org}/teams/{team_slug}', { org: inputs.organization, team_slug: slug })),
        },
    });
    // A broken policy is compared with nothing: the errors come first.
    if (loaded.errors.length > 0 || semantic.errors.length > 0)
        return { semantic, comparison: null };
    const pr = inputs.pullRequest;
    if (!pr?.baseSha)
        return { semantic, comparison: { kind: 'skipped', note: 'No pull request base to compare with.', gaps: [] } };
    const base = await readBasePolicy(ctx, pr.baseSha);
    if ('gap' in base)
        return { semantic, comparison: { kind: 'skipped', note: base.gap.reason, gaps: [base.gap] } };
    const baseLoaded = loadPolicyFromTexts(base);
    if (baseLoaded.errors.length > 0) {
        return { semantic, comparison: { kind: 'skipped', note: 'The base branch policy itself has errors; no comparison.', gaps: [] } };
    }
    return { semantic, comparison: { kind: 'read', base: baseLoaded, snapshot: await gatherOrganization(ctx, [loaded.policy, baseLoaded.policy]) } };
}

// `mode: validate` — the PR check for policy changes. Errors are findings at file:line:column
// (annotations on the check run); when the token can read the organization, the base branch's
// policy and the PR's policy are evaluated against the same snapshot and the difference is shown.
const validateMode = defineMode({
    name: 'validate',
    // Reporting the policy's errors is this mode's job.
    reportsPolicyErrors: true,
    // A fork's pull request has a read-only token: report through the summary and exit code.
    readOnly: (inputs) => inputs.pullRequest?.fromFork === true,
    gather: gatherValidate,
    evaluate: evaluateValidate,
});

const MODE_DEFINITIONS = {
    audit: auditMode,
    offboard: offboardMode,
    validate: validateMode,
};

function stoppedReport(run) {
    const mode = MODES.includes(run.mode) ? run.mode : 'audit';
    const report = buildReport({
        organization: run.organization,
        mode,
        generatedAt: run.generatedAt,
        findings: [],
        gaps: [
            {
                resource: `org:${run.organization}`,
                reason: `not read: the run stopped (${run.stop.kind}) before reading the organization`,
            },
        ],
        stats: { durationMs: run.durationMs },
    });
    return { ...report, stopped: run.stop };
}
/** Writes the stopped run's report where the normal one would be; returns its path. */
async function writeStoppedReport(run) {
    return writeJsonReport(stoppedReport(run), run.outDir);
}

// A cancelled or timed-out job gets SIGINT, then SIGTERM, then is killed. Node would exit at
// once and leave no report; instead the report of what was done so far is written, marked as
// stopped, synchronously (nothing asynchronous runs after the signal), and the process exits.
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'];
/** Installs the handlers; returns a function that removes them. */
function watchStopSignals(stopReport, onWritten) {
    const handler = (signal) => {
        let path = null;
        try {
            const target = stopReport();
            if (target) {
                mkdirSync(target.outDir, { recursive: true });
                path = join(target.outDir, REPORT_FILE);
                writeFileSync(path, `${JSON.stringify(target.report, null, 2)}\n`, 'utf8');
            }
        }
        finally {
            onWritten(path, signal);
            process.exit(signal === 'SIGINT' ? 130 : 143);
        }
    };
    for (const signal of STOP_SIGNALS)
        process.on(signal, handler);
    return () => {
        for (const signal of STOP_SIGNALS)
            process.off(signal, handler);
    };
}

// The pipeline: inputs and policy from the host, then every mode the same way —
//   gather   (src/gather/, src/collectors/): every read of GitHub;
//   evaluate (src/evaluate/, src/rules/): pure — rules, exemptions, verification, history diff;
//   plan     (src/plan/): pure — what each reporter would write;
//   apply    (src/apply/): every write, including remediation.
// A dry run (or a read-only token, or a broken policy) gets no GitHub writer: it stops before
// the writes of the apply stage, and that is decided here, once.
/**
 * GitHub cannot be reached at all: `validate` still reports the policy files' own errors (they
 * need no network); the organization is one gap — never "complete".
 */
function unreachableEvaluation(ctx, reason) {
    const validate = ctx.inputs.mode === 'validate';
    return {
        ...emptyEvaluation(),
        findings: validate ? policyInvalidFindings(ctx.loaded.policy, ctx.loaded.errors) : [],
        exempted: [],
        gaps: [{ resource: `org:${ctx.inputs.organization}`, reason: `GitHub cannot be reached: ${reason}` }],
        scope: validate ? POLICY_FILES_ONLY : null,
    };
}
/** A policy that does not load must not close issues or report "clean": its errors are the findings. */
function brokenPolicyEvaluation(loaded) {
    return { ...emptyEvaluation(), findings: policyInvalidFindings(loaded.policy, loaded.errors), exempted: [], gaps: [] };
}
/** Where a stopped run's report goes: from the inputs once parsed, else from the host's raw view. */
function stopTarget(host, inputs) {
    if (inputs)
        return { outDir: host.outputDirectory?.(inputs) ?? outputDirectory(inputs), organization: inputs.organization, mode: inputs.mode };
    return host.stoppedRunTarget?.() ?? null;
}
function stoppedOutputs(host, reportPath) {
    host.setOutput('findings', '0');
    host.setOutput('report-path', reportPath);
    host.setOutput('conclusion', 'failure');
}
async function runPipeline(host) {
    const startedAt = Date.now();
    let parsedInputs = null;
    // Once the real report is written, a stop leaves it as it is.
    let reportWritten = false;
    // The report of what was finished so far (offboard publishes after each person).
    let progressReport = null;
    const stopped = (stop) => {
        const target = reportWritten ? null : stopTarget(host, parsedInputs);
        return target ? { ...target, generatedAt: new Date().toISOString(), durationMs: Date.now() - startedAt, stop } : null;
    };
    const unwatch = watchStopSignals(() => {
        if (reportWritten)
            return null;
        const cancelled = { kind: 'cancelled', message: 'the job was cancelled or timed out' };
        // What was finished is reported as it was published; what was not is not claimed.
        if (progressReport) {
            const done = progressReport.report.offboarding.length + progressReport.report.failures.length;
            const message = `${cancelled.message} after ${done} subject(s); subjects not listed here were not processed`;
            return { ...progressReport, report: { ...progressReport.report, stopped: { kind: 'cancelled', message } } };
        }
        const run = stopped({ ...cancelled, message: `${cancelled.message}; the run stopped before publishing` });
        return run ? { report: stoppedReport(run), outDir: run.outDir } : null;
    }, (path, signal) => {
        // @actions/core writes outputs synchronously: they are there before the process exits.
        if (path)
            stoppedOutputs(host, path);
        host.fail(`Stopped by ${signal}${path ? `; the report of what was done is ${path}` : ''}.`);
    });
    try {
        const inputs = host.readInputs();
        parsedInputs = inputs;
        host.maskSecret(inputs.token);
        host.maskSecret(inputs.githubToken);
        const clock = host.readClock();
        const mode = MODE_DEFINITIONS[inputs.mode];
        const etagCache = new EtagCache();
        const clientFor = (token) => createClient({
            token,
            apiUrl: inputs.apiUrl,
            graphqlUrl: inputs.graphqlUrl,
            etagCache,
            logger: host.logger,
            ...(host.contentCreationIntervalMs !== undefined ? { contentCreationIntervalMs: host.contentCreationIntervalMs } : {}),
        });
        const client = clientFor(inputs.token);
        // The repository that runs the action is written with `github-token` (the job's GITHUB_TOKEN by default).
        const repoClient = inputs.githubToken === inputs.token ? client : clientFor(inputs.githubToken);
        host.observeClient?.(client);
        if (repoClient !== client)
            host.observeClient?.(repoClient);
        const outDir = host.outputDirectory?.(inputs) ?? outputDirectory(inputs);
        const loaded = await loadPolicy({ workspace: inputs.workspace, policyPath: inputs.policyPath });
        const ctx = {
            inputs,
            client,
            repoClient,
            etagCache,
            clock,
            loaded,
            logger: host.logger,
            store: host.stateStore({
                client: repoClient,
                repository: inputs.repository,
                branch: inputs.stateBranch,
                organization: inputs.organization,
                // An unreadable stored state is never written over: this run's state is kept beside the report.
                keepDir: outDir,
                warn: (message) => host.logger.warning(message),
            }),
            outDir,
            actionRepo: inputs.repository,
            headSha: inputs.sha,
            runUrl: runUrlOf(inputs),
            readOnly: mode.readOnly(inputs),
        };
        for (const error of loaded.errors)
            host.annotate(policyAnnotation('error', error, 'policy-invalid'));
        const brokenPolicy = loaded.errors.length > 0 && !mode.reportsPolicyErrors;
        // The one dry-run decision: without a writer, nothing reaches GitHub.
        const unreachable = brokenPolicy ? null : await unreachableReason(inputs.apiUrl);
        const writer = inputs.dryRun || ctx.readOnly || brokenPolicy || unreachable ? null : githubWriter(ctx);
        const publish = async (evaluation, started, progress = false) => {
            const plan = planPublish({
                inputs,
                loaded,
                evaluation,
                headSha: ctx.headSha,
                now: clock.now(),
                stats: {
                    restRequests: client.stats.restRequests,
                    graphqlRequests: client.stats.graphqlRequests,
                    graphqlCost: client.stats.graphqlCost,
                    durationMs: Date.now() - startedAt,
                },
                writes: writer !== null,
                stateStatus: evaluation.history ? ctx.store.status() : null,
            });
            const result = await applyPublishPlan(ctx, host, plan, writer, started, progress);
            if (progress) {
                progressReport = { report: { ...result.report, coverage: { ...result.report.coverage, complete: false } }, outDir: ctx.outDir };
                return result;
            }
            reportWritten = true;
            setOutputs(host, result);
            return result;
        };
        if (brokenPolicy) {
            await publish(brokenPolicyEvaluation(loaded), null);
            host.fail(`The policy in ${inputs.policyPath} has ${loaded.errors.length} error(s); nothing was audited or posted. Fix the files and run again.`);
            return;
        }
        if (unreachable) {
            // Fail fast: nothing can be read or posted (no retries and back-off per request). The
            // report still says what was not covered.
            await publish(unreachableEvaluation(ctx, unreachable), null);
            host.fail(`GitHub could not be reached: ${unreachable}. Nothing was read from or posted to the organization.`);
            return;
        }
        await logRateLimits(client, host.logger, 'start');
        const started = writer ? await writer.startCheckRun() : null;
        const evaluation = await mode.run(ctx, writer, async (sofar) => {
            await publish(sofar, started, true);
        });
        const published = await publish(evaluation, started);
        await logRateLimits(client, host.logger, 'end');
        host.logger.info(`${published.report.findings.length} findings (${published.conclusion}); ${client.stats.restRequests} REST ` +
            `(${client.stats.notModified} not modified) and ${client.stats.graphqlRequests} GraphQL requests, cost ${client.stats.graphqlCost}.`);
        const failed = evaluation.failures.map((entry) => `${entry.subject}: ${entry.reason}`);
        for (const problem of failed)
            host.logger.error(problem);
        const failure = failureMessage(published);
        if (failed.length > 0) {
            host.fail(`${failed.length} subject(s) could not be processed: ${failed.join('; ')}`);
        }
        else if (published.publishErrors.length > 0) {
            host.fail(`Results could not all be posted: ${published.publishErrors.join('; ')}`);
        }
        else if (failure) {
            host.fail(failure);
        }
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // `report-path` is always written: a refused input or a failure leaves a report that says so.
        const run = stopped({ kind: error instanceof InputError ? 'input' : 'error', message });
        if (run) {
            try {
                stoppedOutputs(host, await writeStoppedReport(run));
            }
            catch (writeError) {
                host.logger.warning(`Could not write the report: ${writeError instanceof Error ? writeError.message : String(writeError)}`);
            }
        }
        host.fail(message);
    }
    finally {
        unwatch();
    }
}

// The state in a local folder, for the CLI and the demo (no GitHub writes needed). A missing
// file is "absent"; any other failure, or a file that is not a version-1 state, is
// "unreadable", and then the file is never written over (the run's state goes beside it).
class LocalDirStateStore {
    dir;
    warn;
    keepDir;
    local = true;
    file;
    last;
    constructor(dir, warn = warning, 
    /** Where the run's state goes when it must not replace the stored file; default: the folder itself. */
    keepDir = path.join(dir, 'kept')) {
        this.dir = dir;
        this.warn = warn;
        this.keepDir = keepDir;
        this.file = path.join(dir, 'state.json');
        this.last = { status: 'absent', where: this.file };
    }
    status() {
        return { ...this.last };
    }
    async read() {
        const read = await this.load();
        return read.status === 'read' ? read.state : null;
    }
    async load() {
        const read = await this.loadFile();
        this.last =
            read.status === 'unreadable'
                ? { status: 'unreadable', where: this.file, reason: read.reason }
                : { status: read.status, where: this.file };
        if (read.status === 'unreadable') {
            this.warn(`Could not read the state ${this.file} (${read.reason}); this run continues without history and will not write over it. Repair or delete the file to let the next run store its history.`);
        }
        return read;
    }
    async loadFile() {
        let json;
        try {
            json = await readFile(this.file, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return { status: 'absent' };
            return { status: 'unreadable', reason: error.message };
        }
        const state = parseRunState(json);
        return state ? { status: 'read', state } : { status: 'unreadable', reason: 'the file is not a version-1 state' };
    }
    async write(state) {
        if (this.last.status === 'unreadable') {
            const kept = await keepStateAside(this.keepDir, state).catch(() => null);
            if (kept)
                this.last = { ...this.last, keptAt: kept };
            this.warn(`The state ${this.file} could not be read, so it is not written over.${kept ? ` This run's state is kept in ${kept}.` : ''}`);
            return;
        }
        try {
            await mkdir(this.dir, { recursive: true });
            // Write then rename, so an interrupted run never leaves half a file for the next one.
            const temporary = `${this.file}.${process.pid}.tmp`;
            await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
            await rename(temporary, this.file);
        }
        catch (error) {
            this.warn(`Could not write the state ${this.file}: ${error.message}; history not updated.`);
        }
    }
}

// The command line as a host of the pipeline (src/host/port.ts): inputs from the parsed
// arguments, logs and annotations on stderr (through the progress display), outputs kept for
// the caller, the state in a local folder, files in --out. Tokens are replaced by *** in
// everything it writes.
function cliHost(options) {
    const secrets = new Set();
    const redact = (text) => [...secrets].reduce((clean, secret) => clean.split(secret).join('***'), text);
    const say = (line) => options.stderr.write(`${redact(line)}\n`);
    const outputs = new Map();
    const failures = [];
    return {
        outputs,
        failures,
        readInputs: () => parseInputs(options.inputs, options.env),
        readClock: () => clockFrom(options.env),
        logger: {
            info: (message) => options.progress.log(redact(message)),
            warning: (message) => say(`warning: ${message}`),
            debug: () => undefined,
            error: (message) => say(`error: ${message}`),
        },
        maskSecret: (value) => {
            if (value)
                secrets.add(value);
        },
        annotate: ({ level, message, file, line, column }) => say(`${file ? `${file}:${line ?? 1}:${column ?? 1}: ` : ''}${level}: ${message}`),
        setOutput: (name, value) => void outputs.set(name, value),
        // The summary is written as summary.md in --out; a terminal has no job summary.
        writeSummary: () => Promise.resolve(),
        fail: (message) => void failures.push(redact(message)),
        stateStore: ({ organization, warn }) => new LocalDirStateStore(path.join(options.stateDir, organization), warn),
        outputDirectory: () => options.outDir,
        observeClient: (client) => {
            // eslint-disable-next-line no-restricted-syntax -- observes responses for the progress line; sends nothing
            client.rest.hook.after('request', (response, request) => {
                options.progress.response(request.url, response.headers);
            });
            // A 304 (served from the ETag cache) or an error is a request too, and carries the limit.
            // eslint-disable-next-line no-restricted-syntax -- observes failed responses too; sends nothing
            client.rest.hook.error('request', (error, request) => {
                const headers = error.response?.headers ?? {};
                options.progress.response(request.url, headers);
                throw error;
            });
        },
    };
}

var debug_1;
var hasRequiredDebug;

function requireDebug () {
	if (hasRequiredDebug) return debug_1;
	hasRequiredDebug = 1;
	let messages = [];
	let level = 0;

	const debug = (msg, min) => {
	  if (level >= min) {
	    messages.push(msg);
	  }
	};

	debug.WARN = 1;
	debug.INFO = 2;
	debug.DEBUG = 3;

	debug.reset = () => {
	  messages = [];
	};

	debug.setDebugLevel = (v) => {
	  level = v;
	};

	debug.warn = (msg) => debug(msg, debug.WARN);
	debug.info = (msg) => debug(msg, debug.INFO);
	debug.debug = (msg) => debug(msg, debug.DEBUG);

	debug.debugMessages = () => messages;

	debug_1 = debug;
	return debug_1;
}

var stringWidth = {exports: {}};

var ansiRegex;
var hasRequiredAnsiRegex;

function requireAnsiRegex () {
	if (hasRequiredAnsiRegex) return ansiRegex;
	hasRequiredAnsiRegex = 1;

	ansiRegex = ({onlyFirst = false} = {}) => {
		const pattern = [
			'[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)',
			'(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))'
		].join('|');

		return new RegExp(pattern, onlyFirst ? undefined : 'g');
	};
	return ansiRegex;
}

var stripAnsi;
var hasRequiredStripAnsi;

function requireStripAnsi () {
	if (hasRequiredStripAnsi) return stripAnsi;
	hasRequiredStripAnsi = 1;
	const ansiRegex = requireAnsiRegex();

	stripAnsi = string => typeof string === 'string' ? string.replace(ansiRegex(), '') : string;
	return stripAnsi;
}

var isFullwidthCodePoint = {exports: {}};

/* eslint-disable yoda */

var hasRequiredIsFullwidthCodePoint;

function requireIsFullwidthCodePoint () {
	if (hasRequiredIsFullwidthCodePoint) return isFullwidthCodePoint.exports;
	hasRequiredIsFullwidthCodePoint = 1;

	const isFullwidthCodePoint$1 = codePoint => {
		if (Number.isNaN(codePoint)) {
			return false;
		}

		// Code points are derived from:
		// http://www.unix.org/Public/UNIDATA/EastAsianWidth.txt
		if (
			codePoint >= 0x1100 && (
				codePoint <= 0x115F || // Hangul Jamo
				codePoint === 0x2329 || // LEFT-POINTING ANGLE BRACKET
				codePoint === 0x232A || // RIGHT-POINTING ANGLE BRACKET
				// CJK Radicals Supplement .. Enclosed CJK Letters and Months
				(0x2E80 <= codePoint && codePoint <= 0x3247 && codePoint !== 0x303F) ||
				// Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
				(0x3250 <= codePoint && codePoint <= 0x4DBF) ||
				// CJK Unified Ideographs .. Yi Radicals
				(0x4E00 <= codePoint && codePoint <= 0xA4C6) ||
				// Hangul Jamo Extended-A
				(0xA960 <= codePoint && codePoint <= 0xA97C) ||
				// Hangul Syllables
				(0xAC00 <= codePoint && codePoint <= 0xD7A3) ||
				// CJK Compatibility Ideographs
				(0xF900 <= codePoint && codePoint <= 0xFAFF) ||
				// Vertical Forms
				(0xFE10 <= codePoint && codePoint <= 0xFE19) ||
				// CJK Compatibility Forms .. Small Form Variants
				(0xFE30 <= codePoint && codePoint <= 0xFE6B) ||
				// Halfwidth and Fullwidth Forms
				(0xFF01 <= codePoint && codePoint <= 0xFF60) ||
				(0xFFE0 <= codePoint && codePoint <= 0xFFE6) ||
				// Kana Supplement
				(0x1B000 <= codePoint && codePoint <= 0x1B001) ||
				// Enclosed Ideographic Supplement
				(0x1F200 <= codePoint && codePoint <= 0x1F251) ||
				// CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
				(0x20000 <= codePoint && codePoint <= 0x3FFFD)
			)
		) {
			return true;
		}

		return false;
	};

	isFullwidthCodePoint.exports = isFullwidthCodePoint$1;
	isFullwidthCodePoint.exports.default = isFullwidthCodePoint$1;
	return isFullwidthCodePoint.exports;
}

var emojiRegex;
var hasRequiredEmojiRegex;

function requireEmojiRegex () {
	if (hasRequiredEmojiRegex) return emojiRegex;
	hasRequiredEmojiRegex = 1;

	emojiRegex = function () {
	  // https://mths.be/emoji
	  return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
	};
	return emojiRegex;
}

var hasRequiredStringWidth;

function requireStringWidth () {
	if (hasRequiredStringWidth) return stringWidth.exports;
	hasRequiredStringWidth = 1;
	const stripAnsi = requireStripAnsi();
	const isFullwidthCodePoint = requireIsFullwidthCodePoint();
	const emojiRegex = requireEmojiRegex();

	const stringWidth$1 = string => {
		if (typeof string !== 'string' || string.length === 0) {
			return 0;
		}

		string = stripAnsi(string);

		if (string.length === 0) {
			return 0;
		}

		string = string.replace(emojiRegex(), '  ');

		let width = 0;

		for (let i = 0; i < string.length; i++) {
			const code = string.codePointAt(i);

			// Ignore control characters
			if (code <= 0x1F || (code >= 0x7F && code <= 0x9F)) {
				continue;
			}

			// Ignore combining characters
			if (code >= 0x300 && code <= 0x36F) {
				continue;
			}

			// Surrogates
			if (code > 0xFFFF) {
				i++;
			}

			width += isFullwidthCodePoint(code) ? 2 : 1;
		}

		return width;
	};

	stringWidth.exports = stringWidth$1;
	// TODO: remove this in the next major version
	stringWidth.exports.default = stringWidth$1;
	return stringWidth.exports;
}

var utils;
var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	const stringWidth = requireStringWidth();

	function codeRegex(capture) {
	  return capture ? /\u001b\[((?:\d*;){0,5}\d*)m/g : /\u001b\[(?:\d*;){0,5}\d*m/g;
	}

	function strlen(str) {
	  let code = codeRegex();
	  let stripped = ('' + str).replace(code, '');
	  let split = stripped.split('\n');
	  return split.reduce(function (memo, s) {
	    return stringWidth(s) > memo ? stringWidth(s) : memo;
	  }, 0);
	}

	function repeat(str, times) {
	  return Array(times + 1).join(str);
	}

	function pad(str, len, pad, dir) {
	  let length = strlen(str);
	  if (len + 1 >= length) {
	    let padlen = len - length;
	    switch (dir) {
	      case 'right': {
	        str = repeat(pad, padlen) + str;
	        break;
	      }
	      case 'center': {
	        let right = Math.ceil(padlen / 2);
	        let left = padlen - right;
	        str = repeat(pad, left) + str + repeat(pad, right);
	        break;
	      }
	      default: {
	        str = str + repeat(pad, padlen);
	        break;
	      }
	    }
	  }
	  return str;
	}

	let codeCache = {};

	function addToCodeCache(name, on, off) {
	  on = '\u001b[' + on + 'm';
	  off = '\u001b[' + off + 'm';
	  codeCache[on] = { set: name, to: true };
	  codeCache[off] = { set: name, to: false };
	  codeCache[name] = { on: on, off: off };
	}

	//https://github.com/Marak/colors.js/blob/master/lib/styles.js
	addToCodeCache('bold', 1, 22);
	addToCodeCache('italics', 3, 23);
	addToCodeCache('underline', 4, 24);
	addToCodeCache('inverse', 7, 27);
	addToCodeCache('strikethrough', 9, 29);

	function updateState(state, controlChars) {
	  let controlCode = controlChars[1] ? parseInt(controlChars[1].split(';')[0]) : 0;
	  if ((controlCode >= 30 && controlCode <= 39) || (controlCode >= 90 && controlCode <= 97)) {
	    state.lastForegroundAdded = controlChars[0];
	    return;
	  }
	  if ((controlCode >= 40 && controlCode <= 49) || (controlCode >= 100 && controlCode <= 107)) {
	    state.lastBackgroundAdded = controlChars[0];
	    return;
	  }
	  if (controlCode === 0) {
	    for (let i in state) {
	      /* istanbul ignore else */
	      if (Object.prototype.hasOwnProperty.call(state, i)) {
	        delete state[i];
	      }
	    }
	    return;
	  }
	  let info = codeCache[controlChars[0]];
	  if (info) {
	    state[info.set] = info.to;
	  }
	}

	function readState(line) {
	  let code = codeRegex(true);
	  let controlChars = code.exec(line);
	  let state = {};
	  while (controlChars !== null) {
	    updateState(state, controlChars);
	    controlChars = code.exec(line);
	  }
	  return state;
	}

	function unwindState(state, ret) {
	  let lastBackgroundAdded = state.lastBackgroundAdded;
	  let lastForegroundAdded = state.lastForegroundAdded;

	  delete state.lastBackgroundAdded;
	  delete state.lastForegroundAdded;

	  Object.keys(state).forEach(function (key) {
	    if (state[key]) {
	      ret += codeCache[key].off;
	    }
	  });

	  if (lastBackgroundAdded && lastBackgroundAdded != '\u001b[49m') {
	    ret += '\u001b[49m';
	  }
	  if (lastForegroundAdded && lastForegroundAdded != '\u001b[39m') {
	    ret += '\u001b[39m';
	  }

	  return ret;
	}

	function rewindState(state, ret) {
	  let lastBackgroundAdded = state.lastBackgroundAdded;
	  let lastForegroundAdded = state.lastForegroundAdded;

	  delete state.lastBackgroundAdded;
	  delete state.lastForegroundAdded;

	  Object.keys(state).forEach(function (key) {
	    if (state[key]) {
	      ret = codeCache[key].on + ret;
	    }
	  });

	  if (lastBackgroundAdded && lastBackgroundAdded != '\u001b[49m') {
	    ret = lastBackgroundAdded + ret;
	  }
	  if (lastForegroundAdded && lastForegroundAdded != '\u001b[39m') {
	    ret = lastForegroundAdded + ret;
	  }

	  return ret;
	}

	function truncateWidth(str, desiredLength) {
	  if (str.length === strlen(str)) {
	    return str.substr(0, desiredLength);
	  }

	  while (strlen(str) > desiredLength) {
	    str = str.slice(0, -1);
	  }

	  return str;
	}

	function truncateWidthWithAnsi(str, desiredLength) {
	  let code = codeRegex(true);
	  let split = str.split(codeRegex());
	  let splitIndex = 0;
	  let retLen = 0;
	  let ret = '';
	  let myArray;
	  let state = {};

	  while (retLen < desiredLength) {
	    myArray = code.exec(str);
	    let toAdd = split[splitIndex];
	    splitIndex++;
	    if (retLen + strlen(toAdd) > desiredLength) {
	      toAdd = truncateWidth(toAdd, desiredLength - retLen);
	    }
	    ret += toAdd;
	    retLen += strlen(toAdd);

	    if (retLen < desiredLength) {
	      if (!myArray) {
	        break;
	      } // full-width chars may cause a whitespace which cannot be filled
	      ret += myArray[0];
	      updateState(state, myArray);
	    }
	  }

	  return unwindState(state, ret);
	}

	function truncate(str, desiredLength, truncateChar) {
	  truncateChar = truncateChar || '…';
	  let lengthOfStr = strlen(str);
	  if (lengthOfStr <= desiredLength) {
	    return str;
	  }
	  desiredLength -= strlen(truncateChar);

	  let ret = truncateWidthWithAnsi(str, desiredLength);

	  ret += truncateChar;

	  const hrefTag = '\x1B]8;;\x07';

	  if (str.includes(hrefTag) && !ret.includes(hrefTag)) {
	    ret += hrefTag;
	  }

	  return ret;
	}

	function defaultOptions() {
	  return {
	    chars: {
	      top: '─',
	      'top-mid': '┬',
	      'top-left': '┌',
	      'top-right': '┐',
	      bottom: '─',
	      'bottom-mid': '┴',
	      'bottom-left': '└',
	      'bottom-right': '┘',
	      left: '│',
	      'left-mid': '├',
	      mid: '─',
	      'mid-mid': '┼',
	      right: '│',
	      'right-mid': '┤',
	      middle: '│',
	    },
	    truncate: '…',
	    colWidths: [],
	    rowHeights: [],
	    colAligns: [],
	    rowAligns: [],
	    style: {
	      'padding-left': 1,
	      'padding-right': 1,
	      head: ['red'],
	      border: ['grey'],
	      compact: false,
	    },
	    head: [],
	  };
	}

	function mergeOptions(options, defaults) {
	  options = options || {};
	  defaults = defaults || defaultOptions();
	  let ret = Object.assign({}, defaults, options);
	  ret.chars = Object.assign({}, defaults.chars, options.chars);
	  ret.style = Object.assign({}, defaults.style, options.style);
	  return ret;
	}

	// Wrap on word boundary
	function wordWrap(maxLength, input) {
	  let lines = [];
	  let split = input.split(/(\s+)/g);
	  let line = [];
	  let lineLength = 0;
	  let whitespace;
	  for (let i = 0; i < split.length; i += 2) {
	    let word = split[i];
	    let newLength = lineLength + strlen(word);
	    if (lineLength > 0 && whitespace) {
	      newLength += whitespace.length;
	    }
	    if (newLength > maxLength) {
	      if (lineLength !== 0) {
	        lines.push(line.join(''));
	      }
	      line = [word];
	      lineLength = strlen(word);
	    } else {
	      line.push(whitespace || '', word);
	      lineLength = newLength;
	    }
	    whitespace = split[i + 1];
	  }
	  if (lineLength) {
	    lines.push(line.join(''));
	  }
	  return lines;
	}

	// Wrap text (ignoring word boundaries)
	function textWrap(maxLength, input) {
	  let lines = [];
	  let line = '';
	  function pushLine(str, ws) {
	    if (line.length && ws) line += ws;
	    line += str;
	    while (line.length > maxLength) {
	      lines.push(line.slice(0, maxLength));
	      line = line.slice(maxLength);
	    }
	  }
	  let split = input.split(/(\s+)/g);
	  for (let i = 0; i < split.length; i += 2) {
	    pushLine(split[i], i && split[i - 1]);
	  }
	  if (line.length) lines.push(line);
	  return lines;
	}

	function multiLineWordWrap(maxLength, input, wrapOnWordBoundary = true) {
	  let output = [];
	  input = input.split('\n');
	  const handler = wrapOnWordBoundary ? wordWrap : textWrap;
	  for (let i = 0; i < input.length; i++) {
	    output.push.apply(output, handler(maxLength, input[i]));
	  }
	  return output;
	}

	function colorizeLines(input) {
	  let state = {};
	  let output = [];
	  for (let i = 0; i < input.length; i++) {
	    let line = rewindState(state, input[i]);
	    state = readState(line);
	    let temp = Object.assign({}, state);
	    output.push(unwindState(temp, line));
	  }
	  return output;
	}

	/**
	 * Credit: Matheus Sampaio https://github.com/matheussampaio
	 */
	function hyperlink(url, text) {
	  const OSC = '\u001B]';
	  const BEL = '\u0007';
	  const SEP = ';';

	  return [OSC, '8', SEP, SEP, url || text, BEL, text, OSC, '8', SEP, SEP, BEL].join('');
	}

	utils = {
	  strlen: strlen,
	  repeat: repeat,
	  pad: pad,
	  truncate: truncate,
	  mergeOptions: mergeOptions,
	  wordWrap: multiLineWordWrap,
	  colorizeLines: colorizeLines,
	  hyperlink,
	};
	return utils;
}

var layoutManager = {exports: {}};

var cell = {exports: {}};

var safe = {exports: {}};

var colors = {exports: {}};

var styles = {exports: {}};

/*
The MIT License (MIT)

Copyright (c) Sindre Sorhus <sindresorhus@gmail.com> (sindresorhus.com)

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.

*/

var hasRequiredStyles;

function requireStyles () {
	if (hasRequiredStyles) return styles.exports;
	hasRequiredStyles = 1;
	(function (module) {
		var styles = {};
		module['exports'] = styles;

		var codes = {
		  reset: [0, 0],

		  bold: [1, 22],
		  dim: [2, 22],
		  italic: [3, 23],
		  underline: [4, 24],
		  inverse: [7, 27],
		  hidden: [8, 28],
		  strikethrough: [9, 29],

		  black: [30, 39],
		  red: [31, 39],
		  green: [32, 39],
		  yellow: [33, 39],
		  blue: [34, 39],
		  magenta: [35, 39],
		  cyan: [36, 39],
		  white: [37, 39],
		  gray: [90, 39],
		  grey: [90, 39],

		  brightRed: [91, 39],
		  brightGreen: [92, 39],
		  brightYellow: [93, 39],
		  brightBlue: [94, 39],
		  brightMagenta: [95, 39],
		  brightCyan: [96, 39],
		  brightWhite: [97, 39],

		  bgBlack: [40, 49],
		  bgRed: [41, 49],
		  bgGreen: [42, 49],
		  bgYellow: [43, 49],
		  bgBlue: [44, 49],
		  bgMagenta: [45, 49],
		  bgCyan: [46, 49],
		  bgWhite: [47, 49],
		  bgGray: [100, 49],
		  bgGrey: [100, 49],

		  bgBrightRed: [101, 49],
		  bgBrightGreen: [102, 49],
		  bgBrightYellow: [103, 49],
		  bgBrightBlue: [104, 49],
		  bgBrightMagenta: [105, 49],
		  bgBrightCyan: [106, 49],
		  bgBrightWhite: [107, 49],

		  // legacy styles for colors pre v1.0.0
		  blackBG: [40, 49],
		  redBG: [41, 49],
		  greenBG: [42, 49],
		  yellowBG: [43, 49],
		  blueBG: [44, 49],
		  magentaBG: [45, 49],
		  cyanBG: [46, 49],
		  whiteBG: [47, 49],

		};

		Object.keys(codes).forEach(function(key) {
		  var val = codes[key];
		  var style = styles[key] = [];
		  style.open = '\u001b[' + val[0] + 'm';
		  style.close = '\u001b[' + val[1] + 'm';
		}); 
	} (styles));
	return styles.exports;
}

/*
MIT License

Copyright (c) Sindre Sorhus <sindresorhus@gmail.com> (sindresorhus.com)

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies
of the Software, and to permit persons to whom the Software is furnished to do
so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/

var hasFlag;
var hasRequiredHasFlag;

function requireHasFlag () {
	if (hasRequiredHasFlag) return hasFlag;
	hasRequiredHasFlag = 1;

	hasFlag = function(flag, argv) {
	  argv = argv || process.argv;

	  var terminatorPos = argv.indexOf('--');
	  var prefix = /^-{1,2}/.test(flag) ? '' : '--';
	  var pos = argv.indexOf(prefix + flag);

	  return pos !== -1 && (terminatorPos === -1 ? true : pos < terminatorPos);
	};
	return hasFlag;
}

/*
The MIT License (MIT)

Copyright (c) Sindre Sorhus <sindresorhus@gmail.com> (sindresorhus.com)

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.

*/

var supportsColors;
var hasRequiredSupportsColors;

function requireSupportsColors () {
	if (hasRequiredSupportsColors) return supportsColors;
	hasRequiredSupportsColors = 1;

	var os = os__default;
	var hasFlag = requireHasFlag();

	var env = process.env;

	var forceColor = void 0;
	if (hasFlag('no-color') || hasFlag('no-colors') || hasFlag('color=false')) {
	  forceColor = false;
	} else if (hasFlag('color') || hasFlag('colors') || hasFlag('color=true')
	           || hasFlag('color=always')) {
	  forceColor = true;
	}
	if ('FORCE_COLOR' in env) {
	  forceColor = env.FORCE_COLOR.length === 0
	    || parseInt(env.FORCE_COLOR, 10) !== 0;
	}

	function translateLevel(level) {
	  if (level === 0) {
	    return false;
	  }

	  return {
	    level: level,
	    hasBasic: true,
	    has256: level >= 2,
	    has16m: level >= 3,
	  };
	}

	function supportsColor(stream) {
	  if (forceColor === false) {
	    return 0;
	  }

	  if (hasFlag('color=16m') || hasFlag('color=full')
	      || hasFlag('color=truecolor')) {
	    return 3;
	  }

	  if (hasFlag('color=256')) {
	    return 2;
	  }

	  if (stream && !stream.isTTY && forceColor !== true) {
	    return 0;
	  }

	  var min = forceColor ? 1 : 0;

	  if (process.platform === 'win32') {
	    // Node.js 7.5.0 is the first version of Node.js to include a patch to
	    // libuv that enables 256 color output on Windows. Anything earlier and it
	    // won't work. However, here we target Node.js 8 at minimum as it is an LTS
	    // release, and Node.js 7 is not. Windows 10 build 10586 is the first
	    // Windows release that supports 256 colors. Windows 10 build 14931 is the
	    // first release that supports 16m/TrueColor.
	    var osRelease = os.release().split('.');
	    if (Number(process.versions.node.split('.')[0]) >= 8
	        && Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
	      return Number(osRelease[2]) >= 14931 ? 3 : 2;
	    }

	    return 1;
	  }

	  if ('CI' in env) {
	    if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI'].some(function(sign) {
	      return sign in env;
	    }) || env.CI_NAME === 'codeship') {
	      return 1;
	    }

	    return min;
	  }

	  if ('TEAMCITY_VERSION' in env) {
	    return (/^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0
	    );
	  }

	  if ('TERM_PROGRAM' in env) {
	    var version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);

	    switch (env.TERM_PROGRAM) {
	      case 'iTerm.app':
	        return version >= 3 ? 3 : 2;
	      case 'Hyper':
	        return 3;
	      case 'Apple_Terminal':
	        return 2;
	      // No default
	    }
	  }

	  if (/-256(color)?$/i.test(env.TERM)) {
	    return 2;
	  }

	  if (/^screen|^xterm|^vt100|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
	    return 1;
	  }

	  if ('COLORTERM' in env) {
	    return 1;
	  }

	  if (env.TERM === 'dumb') {
	    return min;
	  }

	  return min;
	}

	function getSupportLevel(stream) {
	  var level = supportsColor(stream);
	  return translateLevel(level);
	}

	supportsColors = {
	  supportsColor: getSupportLevel,
	  stdout: getSupportLevel(process.stdout),
	  stderr: getSupportLevel(process.stderr),
	};
	return supportsColors;
}

var trap = {exports: {}};

var hasRequiredTrap;

function requireTrap () {
	if (hasRequiredTrap) return trap.exports;
	hasRequiredTrap = 1;
	(function (module) {
		module['exports'] = function runTheTrap(text, options) {
		  var result = '';
		  text = text || 'Run the trap, drop the bass';
		  text = text.split('');
		  var trap = {
		    a: ['\u0040', '\u0104', '\u023a', '\u0245', '\u0394', '\u039b', '\u0414'],
		    b: ['\u00df', '\u0181', '\u0243', '\u026e', '\u03b2', '\u0e3f'],
		    c: ['\u00a9', '\u023b', '\u03fe'],
		    d: ['\u00d0', '\u018a', '\u0500', '\u0501', '\u0502', '\u0503'],
		    e: ['\u00cb', '\u0115', '\u018e', '\u0258', '\u03a3', '\u03be', '\u04bc',
		      '\u0a6c'],
		    f: ['\u04fa'],
		    g: ['\u0262'],
		    h: ['\u0126', '\u0195', '\u04a2', '\u04ba', '\u04c7', '\u050a'],
		    i: ['\u0f0f'],
		    j: ['\u0134'],
		    k: ['\u0138', '\u04a0', '\u04c3', '\u051e'],
		    l: ['\u0139'],
		    m: ['\u028d', '\u04cd', '\u04ce', '\u0520', '\u0521', '\u0d69'],
		    n: ['\u00d1', '\u014b', '\u019d', '\u0376', '\u03a0', '\u048a'],
		    o: ['\u00d8', '\u00f5', '\u00f8', '\u01fe', '\u0298', '\u047a', '\u05dd',
		      '\u06dd', '\u0e4f'],
		    p: ['\u01f7', '\u048e'],
		    q: ['\u09cd'],
		    r: ['\u00ae', '\u01a6', '\u0210', '\u024c', '\u0280', '\u042f'],
		    s: ['\u00a7', '\u03de', '\u03df', '\u03e8'],
		    t: ['\u0141', '\u0166', '\u0373'],
		    u: ['\u01b1', '\u054d'],
		    v: ['\u05d8'],
		    w: ['\u0428', '\u0460', '\u047c', '\u0d70'],
		    x: ['\u04b2', '\u04fe', '\u04fc', '\u04fd'],
		    y: ['\u00a5', '\u04b0', '\u04cb'],
		    z: ['\u01b5', '\u0240'],
		  };
		  text.forEach(function(c) {
		    c = c.toLowerCase();
		    var chars = trap[c] || [' '];
		    var rand = Math.floor(Math.random() * chars.length);
		    if (typeof trap[c] !== 'undefined') {
		      result += trap[c][rand];
		    } else {
		      result += c;
		    }
		  });
		  return result;
		}; 
	} (trap));
	return trap.exports;
}

var zalgo = {exports: {}};

var hasRequiredZalgo;

function requireZalgo () {
	if (hasRequiredZalgo) return zalgo.exports;
	hasRequiredZalgo = 1;
	(function (module) {
		// please no
		module['exports'] = function zalgo(text, options) {
		  text = text || '   he is here   ';
		  var soul = {
		    'up': [
		      '̍', '̎', '̄', '̅',
		      '̿', '̑', '̆', '̐',
		      '͒', '͗', '͑', '̇',
		      '̈', '̊', '͂', '̓',
		      '̈', '͊', '͋', '͌',
		      '̃', '̂', '̌', '͐',
		      '̀', '́', '̋', '̏',
		      '̒', '̓', '̔', '̽',
		      '̉', 'ͣ', 'ͤ', 'ͥ',
		      'ͦ', 'ͧ', 'ͨ', 'ͩ',
		      'ͪ', 'ͫ', 'ͬ', 'ͭ',
		      'ͮ', 'ͯ', '̾', '͛',
		      '͆', '̚',
		    ],
		    'down': [
		      '̖', '̗', '̘', '̙',
		      '̜', '̝', '̞', '̟',
		      '̠', '̤', '̥', '̦',
		      '̩', '̪', '̫', '̬',
		      '̭', '̮', '̯', '̰',
		      '̱', '̲', '̳', '̹',
		      '̺', '̻', '̼', 'ͅ',
		      '͇', '͈', '͉', '͍',
		      '͎', '͓', '͔', '͕',
		      '͖', '͙', '͚', '̣',
		    ],
		    'mid': [
		      '̕', '̛', '̀', '́',
		      '͘', '̡', '̢', '̧',
		      '̨', '̴', '̵', '̶',
		      '͜', '͝', '͞',
		      '͟', '͠', '͢', '̸',
		      '̷', '͡', ' ҉',
		    ],
		  };
		  var all = [].concat(soul.up, soul.down, soul.mid);

		  function randomNumber(range) {
		    var r = Math.floor(Math.random() * range);
		    return r;
		  }

		  function isChar(character) {
		    var bool = false;
		    all.filter(function(i) {
		      bool = (i === character);
		    });
		    return bool;
		  }


		  function heComes(text, options) {
		    var result = '';
		    var counts;
		    var l;
		    options = options || {};
		    options['up'] =
		      typeof options['up'] !== 'undefined' ? options['up'] : true;
		    options['mid'] =
		      typeof options['mid'] !== 'undefined' ? options['mid'] : true;
		    options['down'] =
		      typeof options['down'] !== 'undefined' ? options['down'] : true;
		    options['size'] =
		      typeof options['size'] !== 'undefined' ? options['size'] : 'maxi';
		    text = text.split('');
		    for (l in text) {
		      if (isChar(l)) {
		        continue;
		      }
		      result = result + text[l];
		      counts = {'up': 0, 'down': 0, 'mid': 0};
		      switch (options.size) {
		        case 'mini':
		          counts.up = randomNumber(8);
		          counts.mid = randomNumber(2);
		          counts.down = randomNumber(8);
		          break;
		        case 'maxi':
		          counts.up = randomNumber(16) + 3;
		          counts.mid = randomNumber(4) + 1;
		          counts.down = randomNumber(64) + 3;
		          break;
		        default:
		          counts.up = randomNumber(8) + 1;
		          counts.mid = randomNumber(6) / 2;
		          counts.down = randomNumber(8) + 1;
		          break;
		      }

		      var arr = ['up', 'mid', 'down'];
		      for (var d in arr) {
		        var index = arr[d];
		        for (var i = 0; i <= counts[index]; i++) {
		          if (options[index]) {
		            result = result + soul[index][randomNumber(soul[index].length)];
		          }
		        }
		      }
		    }
		    return result;
		  }
		  // don't summon him
		  return heComes(text, options);
		}; 
	} (zalgo));
	return zalgo.exports;
}

var america = {exports: {}};

var hasRequiredAmerica;

function requireAmerica () {
	if (hasRequiredAmerica) return america.exports;
	hasRequiredAmerica = 1;
	(function (module) {
		module['exports'] = function(colors) {
		  return function(letter, i, exploded) {
		    if (letter === ' ') return letter;
		    switch (i%3) {
		      case 0: return colors.red(letter);
		      case 1: return colors.white(letter);
		      case 2: return colors.blue(letter);
		    }
		  };
		}; 
	} (america));
	return america.exports;
}

var zebra = {exports: {}};

var hasRequiredZebra;

function requireZebra () {
	if (hasRequiredZebra) return zebra.exports;
	hasRequiredZebra = 1;
	(function (module) {
		module['exports'] = function(colors) {
		  return function(letter, i, exploded) {
		    return i % 2 === 0 ? letter : colors.inverse(letter);
		  };
		}; 
	} (zebra));
	return zebra.exports;
}

var rainbow = {exports: {}};

var hasRequiredRainbow;

function requireRainbow () {
	if (hasRequiredRainbow) return rainbow.exports;
	hasRequiredRainbow = 1;
	(function (module) {
		module['exports'] = function(colors) {
		  // RoY G BiV
		  var rainbowColors = ['red', 'yellow', 'green', 'blue', 'magenta'];
		  return function(letter, i, exploded) {
		    if (letter === ' ') {
		      return letter;
		    } else {
		      return colors[rainbowColors[i++ % rainbowColors.length]](letter);
		    }
		  };
		}; 
	} (rainbow));
	return rainbow.exports;
}

var random = {exports: {}};

var hasRequiredRandom;

function requireRandom () {
	if (hasRequiredRandom) return random.exports;
	hasRequiredRandom = 1;
	(function (module) {
		module['exports'] = function(colors) {
		  var available = ['underline', 'inverse', 'grey', 'yellow', 'red', 'green',
		    'blue', 'white', 'cyan', 'magenta', 'brightYellow', 'brightRed',
		    'brightGreen', 'brightBlue', 'brightWhite', 'brightCyan', 'brightMagenta'];
		  return function(letter, i, exploded) {
		    return letter === ' ' ? letter :
		      colors[
		          available[Math.round(Math.random() * (available.length - 2))]
		      ](letter);
		  };
		}; 
	} (random));
	return random.exports;
}

/*

The MIT License (MIT)

Original Library
  - Copyright (c) Marak Squires

Additional functionality
 - Copyright (c) Sindre Sorhus <sindresorhus@gmail.com> (sindresorhus.com)

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.

*/

var hasRequiredColors;

function requireColors () {
	if (hasRequiredColors) return colors.exports;
	hasRequiredColors = 1;
	(function (module) {
		var colors = {};
		module['exports'] = colors;

		colors.themes = {};

		var util = require$$6;
		var ansiStyles = colors.styles = requireStyles();
		var defineProps = Object.defineProperties;
		var newLineRegex = new RegExp(/[\r\n]+/g);

		colors.supportsColor = requireSupportsColors().supportsColor;

		if (typeof colors.enabled === 'undefined') {
		  colors.enabled = colors.supportsColor() !== false;
		}

		colors.enable = function() {
		  colors.enabled = true;
		};

		colors.disable = function() {
		  colors.enabled = false;
		};

		colors.stripColors = colors.strip = function(str) {
		  return ('' + str).replace(/\x1B\[\d+m/g, '');
		};

		// eslint-disable-next-line no-unused-vars
		colors.stylize = function stylize(str, style) {
		  if (!colors.enabled) {
		    return str+'';
		  }

		  var styleMap = ansiStyles[style];

		  // Stylize should work for non-ANSI styles, too
		  if (!styleMap && style in colors) {
		    // Style maps like trap operate as functions on strings;
		    // they don't have properties like open or close.
		    return colors[style](str);
		  }

		  return styleMap.open + str + styleMap.close;
		};

		var matchOperatorsRe = /[|\\{}()[\]^$+*?.]/g;
		var escapeStringRegexp = function(str) {
		  if (typeof str !== 'string') {
		    throw new TypeError('Expected a string');
		  }
		  return str.replace(matchOperatorsRe, '\\$&');
		};

		function build(_styles) {
		  var builder = function builder() {
		    return applyStyle.apply(builder, arguments);
		  };
		  builder._styles = _styles;
		  // __proto__ is used because we must return a function, but there is
		  // no way to create a function with a different prototype.
		  builder.__proto__ = proto;
		  return builder;
		}

		var styles = (function() {
		  var ret = {};
		  ansiStyles.grey = ansiStyles.gray;
		  Object.keys(ansiStyles).forEach(function(key) {
		    ansiStyles[key].closeRe =
		      new RegExp(escapeStringRegexp(ansiStyles[key].close), 'g');
		    ret[key] = {
		      get: function() {
		        return build(this._styles.concat(key));
		      },
		    };
		  });
		  return ret;
		})();

		var proto = defineProps(function colors() {}, styles);

		function applyStyle() {
		  var args = Array.prototype.slice.call(arguments);

		  var str = args.map(function(arg) {
		    // Use weak equality check so we can colorize null/undefined in safe mode
		    if (arg != null && arg.constructor === String) {
		      return arg;
		    } else {
		      return util.inspect(arg);
		    }
		  }).join(' ');

		  if (!colors.enabled || !str) {
		    return str;
		  }

		  var newLinesPresent = str.indexOf('\n') != -1;

		  var nestedStyles = this._styles;

		  var i = nestedStyles.length;
		  while (i--) {
		    var code = ansiStyles[nestedStyles[i]];
		    str = code.open + str.replace(code.closeRe, code.open) + code.close;
		    if (newLinesPresent) {
		      str = str.replace(newLineRegex, function(match) {
		        return code.close + match + code.open;
		      });
		    }
		  }

		  return str;
		}

		colors.setTheme = function(theme) {
		  if (typeof theme === 'string') {
		    console.log('colors.setTheme now only accepts an object, not a string.  ' +
		      'If you are trying to set a theme from a file, it is now your (the ' +
		      'caller\'s) responsibility to require the file.  The old syntax ' +
		      'looked like colors.setTheme(__dirname + ' +
		      '\'/../themes/generic-logging.js\'); The new syntax looks like '+
		      'colors.setTheme(require(__dirname + ' +
		      '\'/../themes/generic-logging.js\'));');
		    return;
		  }
		  for (var style in theme) {
		    (function(style) {
		      colors[style] = function(str) {
		        if (typeof theme[style] === 'object') {
		          var out = str;
		          for (var i in theme[style]) {
		            out = colors[theme[style][i]](out);
		          }
		          return out;
		        }
		        return colors[theme[style]](str);
		      };
		    })(style);
		  }
		};

		function init() {
		  var ret = {};
		  Object.keys(styles).forEach(function(name) {
		    ret[name] = {
		      get: function() {
		        return build([name]);
		      },
		    };
		  });
		  return ret;
		}

		var sequencer = function sequencer(map, str) {
		  var exploded = str.split('');
		  exploded = exploded.map(map);
		  return exploded.join('');
		};

		// custom formatter methods
		colors.trap = requireTrap();
		colors.zalgo = requireZalgo();

		// maps
		colors.maps = {};
		colors.maps.america = requireAmerica()(colors);
		colors.maps.zebra = requireZebra()(colors);
		colors.maps.rainbow = requireRainbow()(colors);
		colors.maps.random = requireRandom()(colors);

		for (var map in colors.maps) {
		  (function(map) {
		    colors[map] = function(str) {
		      return sequencer(colors.maps[map], str);
		    };
		  })(map);
		}

		defineProps(colors, init()); 
	} (colors));
	return colors.exports;
}

var hasRequiredSafe;

function requireSafe () {
	if (hasRequiredSafe) return safe.exports;
	hasRequiredSafe = 1;
	(function (module) {
		//
		// Remark: Requiring this file will use the "safe" colors API,
		// which will not touch String.prototype.
		//
		//   var colors = require('colors/safe');
		//   colors.red("foo")
		//
		//
		var colors = requireColors();
		module['exports'] = colors; 
	} (safe));
	return safe.exports;
}

var hasRequiredCell;

function requireCell () {
	if (hasRequiredCell) return cell.exports;
	hasRequiredCell = 1;
	const { info, debug } = requireDebug();
	const utils = requireUtils();

	class Cell {
	  /**
	   * A representation of a cell within the table.
	   * Implementations must have `init` and `draw` methods,
	   * as well as `colSpan`, `rowSpan`, `desiredHeight` and `desiredWidth` properties.
	   * @param options
	   * @constructor
	   */
	  constructor(options) {
	    this.setOptions(options);

	    /**
	     * Each cell will have it's `x` and `y` values set by the `layout-manager` prior to
	     * `init` being called;
	     * @type {Number}
	     */
	    this.x = null;
	    this.y = null;
	  }

	  setOptions(options) {
	    if (['boolean', 'number', 'bigint', 'string'].indexOf(typeof options) !== -1) {
	      options = { content: '' + options };
	    }
	    options = options || {};
	    this.options = options;
	    let content = options.content;
	    if (['boolean', 'number', 'bigint', 'string'].indexOf(typeof content) !== -1) {
	      this.content = String(content);
	    } else if (!content) {
	      this.content = this.options.href || '';
	    } else {
	      throw new Error('Content needs to be a primitive, got: ' + typeof content);
	    }
	    this.colSpan = options.colSpan || 1;
	    this.rowSpan = options.rowSpan || 1;
	    if (this.options.href) {
	      Object.defineProperty(this, 'href', {
	        get() {
	          return this.options.href;
	        },
	      });
	    }
	  }

	  mergeTableOptions(tableOptions, cells) {
	    this.cells = cells;

	    let optionsChars = this.options.chars || {};
	    let tableChars = tableOptions.chars;
	    let chars = (this.chars = {});
	    CHAR_NAMES.forEach(function (name) {
	      setOption(optionsChars, tableChars, name, chars);
	    });

	    this.truncate = this.options.truncate || tableOptions.truncate;

	    let style = (this.options.style = this.options.style || {});
	    let tableStyle = tableOptions.style;
	    setOption(style, tableStyle, 'padding-left', this);
	    setOption(style, tableStyle, 'padding-right', this);
	    this.head = style.head || tableStyle.head;
	    this.border = style.border || tableStyle.border;

	    this.fixedWidth = tableOptions.colWidths[this.x];
	    this.lines = this.computeLines(tableOptions);

	    this.desiredWidth = utils.strlen(this.content) + this.paddingLeft + this.paddingRight;
	    this.desiredHeight = this.lines.length;
	  }

	  computeLines(tableOptions) {
	    const tableWordWrap = tableOptions.wordWrap || tableOptions.textWrap;
	    const { wordWrap = tableWordWrap } = this.options;
	    if (this.fixedWidth && wordWrap) {
	      this.fixedWidth -= this.paddingLeft + this.paddingRight;
	      if (this.colSpan) {
	        let i = 1;
	        while (i < this.colSpan) {
	          this.fixedWidth += tableOptions.colWidths[this.x + i];
	          i++;
	        }
	      }
	      const { wrapOnWordBoundary: tableWrapOnWordBoundary = true } = tableOptions;
	      const { wrapOnWordBoundary = tableWrapOnWordBoundary } = this.options;
	      return this.wrapLines(utils.wordWrap(this.fixedWidth, this.content, wrapOnWordBoundary));
	    }
	    return this.wrapLines(this.content.split('\n'));
	  }

	  wrapLines(computedLines) {
	    const lines = utils.colorizeLines(computedLines);
	    if (this.href) {
	      return lines.map((line) => utils.hyperlink(this.href, line));
	    }
	    return lines;
	  }

	  /**
	   * Initializes the Cells data structure.
	   *
	   * @param tableOptions - A fully populated set of tableOptions.
	   * In addition to the standard default values, tableOptions must have fully populated the
	   * `colWidths` and `rowWidths` arrays. Those arrays must have lengths equal to the number
	   * of columns or rows (respectively) in this table, and each array item must be a Number.
	   *
	   */
	  init(tableOptions) {
	    let x = this.x;
	    let y = this.y;
	    this.widths = tableOptions.colWidths.slice(x, x + this.colSpan);
	    this.heights = tableOptions.rowHeights.slice(y, y + this.rowSpan);
	    this.width = this.widths.reduce(sumPlusOne, -1);
	    this.height = this.heights.reduce(sumPlusOne, -1);

	    this.hAlign = this.options.hAlign || tableOptions.colAligns[x];
	    this.vAlign = this.options.vAlign || tableOptions.rowAligns[y];

	    this.drawRight = x + this.colSpan == tableOptions.colWidths.length;
	  }

	  /**
	   * Draws the given line of the cell.
	   * This default implementation defers to methods `drawTop`, `drawBottom`, `drawLine` and `drawEmpty`.
	   * @param lineNum - can be `top`, `bottom` or a numerical line number.
	   * @param spanningCell - will be a number if being called from a RowSpanCell, and will represent how
	   * many rows below it's being called from. Otherwise it's undefined.
	   * @returns {String} The representation of this line.
	   */
	  draw(lineNum, spanningCell) {
	    if (lineNum == 'top') return this.drawTop(this.drawRight);
	    if (lineNum == 'bottom') return this.drawBottom(this.drawRight);
	    let content = utils.truncate(this.content, 10, this.truncate);
	    if (!lineNum) {
	      info(`${this.y}-${this.x}: ${this.rowSpan - lineNum}x${this.colSpan} Cell ${content}`);
	    }
	    let padLen = Math.max(this.height - this.lines.length, 0);
	    let padTop;
	    switch (this.vAlign) {
	      case 'center':
	        padTop = Math.ceil(padLen / 2);
	        break;
	      case 'bottom':
	        padTop = padLen;
	        break;
	      default:
	        padTop = 0;
	    }
	    if (lineNum < padTop || lineNum >= padTop + this.lines.length) {
	      return this.drawEmpty(this.drawRight, spanningCell);
	    }
	    let forceTruncation = this.lines.length > this.height && lineNum + 1 >= this.height;
	    return this.drawLine(lineNum - padTop, this.drawRight, forceTruncation, spanningCell);
	  }

	  /**
	   * Renders the top line of the cell.
	   * @param drawRight - true if this method should render the right edge of the cell.
	   * @returns {String}
	   */
	  drawTop(drawRight) {
	    let content = [];
	    if (this.cells) {
	      //TODO: cells should always exist - some tests don't fill it in though
	      this.widths.forEach(function (width, index) {
	        content.push(this._topLeftChar(index));
	        content.push(utils.repeat(this.chars[this.y == 0 ? 'top' : 'mid'], width));
	      }, this);
	    } else {
	      content.push(this._topLeftChar(0));
	      content.push(utils.repeat(this.chars[this.y == 0 ? 'top' : 'mid'], this.width));
	    }
	    if (drawRight) {
	      content.push(this.chars[this.y == 0 ? 'topRight' : 'rightMid']);
	    }
	    return this.wrapWithStyleColors('border', content.join(''));
	  }

	  _topLeftChar(offset) {
	    let x = this.x + offset;
	    let leftChar;
	    if (this.y == 0) {
	      leftChar = x == 0 ? 'topLeft' : offset == 0 ? 'topMid' : 'top';
	    } else {
	      if (x == 0) {
	        leftChar = 'leftMid';
	      } else {
	        leftChar = offset == 0 ? 'midMid' : 'bottomMid';
	        if (this.cells) {
	          //TODO: cells should always exist - some tests don't fill it in though
	          let spanAbove = this.cells[this.y - 1][x] instanceof Cell.ColSpanCell;
	          if (spanAbove) {
	            leftChar = offset == 0 ? 'topMid' : 'mid';
	          }
	          if (offset == 0) {
	            let i = 1;
	            while (this.cells[this.y][x - i] instanceof Cell.ColSpanCell) {
	              i++;
	            }
	            if (this.cells[this.y][x - i] instanceof Cell.RowSpanCell) {
	              leftChar = 'leftMid';
	            }
	          }
	        }
	      }
	    }
	    return this.chars[leftChar];
	  }

	  wrapWithStyleColors(styleProperty, content) {
	    if (this[styleProperty] && this[styleProperty].length) {
	      try {
	        let colors = requireSafe();
	        for (let i = this[styleProperty].length - 1; i >= 0; i--) {
	          colors = colors[this[styleProperty][i]];
	        }
	        return colors(content);
	      } catch (e) {
	        return content;
	      }
	    } else {
	      return content;
	    }
	  }

	  /**
	   * Renders a line of text.
	   * @param lineNum - Which line of text to render. This is not necessarily the line within the cell.
	   * There may be top-padding above the first line of text.
	   * @param drawRight - true if this method should render the right edge of the cell.
	   * @param forceTruncationSymbol - `true` if the rendered text should end with the truncation symbol even
	   * if the text fits. This is used when the cell is vertically truncated. If `false` the text should
	   * only include the truncation symbol if the text will not fit horizontally within the cell width.
	   * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
	   * @returns {String}
	   */
	  drawLine(lineNum, drawRight, forceTruncationSymbol, spanningCell) {
	    let left = this.chars[this.x == 0 ? 'left' : 'middle'];
	    if (this.x && spanningCell && this.cells) {
	      let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
	      while (cellLeft instanceof ColSpanCell) {
	        cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
	      }
	      if (!(cellLeft instanceof RowSpanCell)) {
	        left = this.chars['rightMid'];
	      }
	    }
	    let leftPadding = utils.repeat(' ', this.paddingLeft);
	    let right = drawRight ? this.chars['right'] : '';
	    let rightPadding = utils.repeat(' ', this.paddingRight);
	    let line = this.lines[lineNum];
	    let len = this.width - (this.paddingLeft + this.paddingRight);
	    if (forceTruncationSymbol) line += this.truncate || '…';
	    let content = utils.truncate(line, len, this.truncate);
	    content = utils.pad(content, len, ' ', this.hAlign);
	    content = leftPadding + content + rightPadding;
	    return this.stylizeLine(left, content, right);
	  }

	  stylizeLine(left, content, right) {
	    left = this.wrapWithStyleColors('border', left);
	    right = this.wrapWithStyleColors('border', right);
	    if (this.y === 0) {
	      content = this.wrapWithStyleColors('head', content);
	    }
	    return left + content + right;
	  }

	  /**
	   * Renders the bottom line of the cell.
	   * @param drawRight - true if this method should render the right edge of the cell.
	   * @returns {String}
	   */
	  drawBottom(drawRight) {
	    let left = this.chars[this.x == 0 ? 'bottomLeft' : 'bottomMid'];
	    let content = utils.repeat(this.chars.bottom, this.width);
	    let right = drawRight ? this.chars['bottomRight'] : '';
	    return this.wrapWithStyleColors('border', left + content + right);
	  }

	  /**
	   * Renders a blank line of text within the cell. Used for top and/or bottom padding.
	   * @param drawRight - true if this method should render the right edge of the cell.
	   * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
	   * @returns {String}
	   */
	  drawEmpty(drawRight, spanningCell) {
	    let left = this.chars[this.x == 0 ? 'left' : 'middle'];
	    if (this.x && spanningCell && this.cells) {
	      let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
	      while (cellLeft instanceof ColSpanCell) {
	        cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
	      }
	      if (!(cellLeft instanceof RowSpanCell)) {
	        left = this.chars['rightMid'];
	      }
	    }
	    let right = drawRight ? this.chars['right'] : '';
	    let content = utils.repeat(' ', this.width);
	    return this.stylizeLine(left, content, right);
	  }
	}

	class ColSpanCell {
	  /**
	   * A Cell that doesn't do anything. It just draws empty lines.
	   * Used as a placeholder in column spanning.
	   * @constructor
	   */
	  constructor() {}

	  draw(lineNum) {
	    if (typeof lineNum === 'number') {
	      debug(`${this.y}-${this.x}: 1x1 ColSpanCell`);
	    }
	    return '';
	  }

	  init() {}

	  mergeTableOptions() {}
	}

	class RowSpanCell {
	  /**
	   * A placeholder Cell for a Cell that spans multiple rows.
	   * It delegates rendering to the original cell, but adds the appropriate offset.
	   * @param originalCell
	   * @constructor
	   */
	  constructor(originalCell) {
	    this.originalCell = originalCell;
	  }

	  init(tableOptions) {
	    let y = this.y;
	    let originalY = this.originalCell.y;
	    this.cellOffset = y - originalY;
	    this.offset = findDimension(tableOptions.rowHeights, originalY, this.cellOffset);
	  }

	  draw(lineNum) {
	    if (lineNum == 'top') {
	      return this.originalCell.draw(this.offset, this.cellOffset);
	    }
	    if (lineNum == 'bottom') {
	      return this.originalCell.draw('bottom');
	    }
	    debug(`${this.y}-${this.x}: 1x${this.colSpan} RowSpanCell for ${this.originalCell.content}`);
	    return this.originalCell.draw(this.offset + 1 + lineNum);
	  }

	  mergeTableOptions() {}
	}

	function firstDefined(...args) {
	  return args.filter((v) => v !== undefined && v !== null).shift();
	}

	// HELPER FUNCTIONS
	function setOption(objA, objB, nameB, targetObj) {
	  let nameA = nameB.split('-');
	  if (nameA.length > 1) {
	    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
	    nameA = nameA.join('');
	    targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
	  } else {
	    targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
	  }
	}

	function findDimension(dimensionTable, startingIndex, span) {
	  let ret = dimensionTable[startingIndex];
	  for (let i = 1; i < span; i++) {
	    ret += 1 + dimensionTable[startingIndex + i];
	  }
	  return ret;
	}

	function sumPlusOne(a, b) {
	  return a + b + 1;
	}

	let CHAR_NAMES = [
	  'top',
	  'top-mid',
	  'top-left',
	  'top-right',
	  'bottom',
	  'bottom-mid',
	  'bottom-left',
	  'bottom-right',
	  'left',
	  'left-mid',
	  'mid',
	  'mid-mid',
	  'right',
	  'right-mid',
	  'middle',
	];

	cell.exports = Cell;
	cell.exports.ColSpanCell = ColSpanCell;
	cell.exports.RowSpanCell = RowSpanCell;
	return cell.exports;
}

var hasRequiredLayoutManager;

function requireLayoutManager () {
	if (hasRequiredLayoutManager) return layoutManager.exports;
	hasRequiredLayoutManager = 1;
	const { warn, debug } = requireDebug();
	const Cell = requireCell();
	const { ColSpanCell, RowSpanCell } = Cell;

	(function () {
	  function next(alloc, col) {
	    if (alloc[col] > 0) {
	      return next(alloc, col + 1);
	    }
	    return col;
	  }

	  function layoutTable(table) {
	    let alloc = {};
	    table.forEach(function (row, rowIndex) {
	      let col = 0;
	      row.forEach(function (cell) {
	        cell.y = rowIndex;
	        // Avoid erroneous call to next() on first row
	        cell.x = rowIndex ? next(alloc, col) : col;
	        const rowSpan = cell.rowSpan || 1;
	        const colSpan = cell.colSpan || 1;
	        if (rowSpan > 1) {
	          for (let cs = 0; cs < colSpan; cs++) {
	            alloc[cell.x + cs] = rowSpan;
	          }
	        }
	        col = cell.x + colSpan;
	      });
	      Object.keys(alloc).forEach((idx) => {
	        alloc[idx]--;
	        if (alloc[idx] < 1) delete alloc[idx];
	      });
	    });
	  }

	  function maxWidth(table) {
	    let mw = 0;
	    table.forEach(function (row) {
	      row.forEach(function (cell) {
	        mw = Math.max(mw, cell.x + (cell.colSpan || 1));
	      });
	    });
	    return mw;
	  }

	  function maxHeight(table) {
	    return table.length;
	  }

	  function cellsConflict(cell1, cell2) {
	    let yMin1 = cell1.y;
	    let yMax1 = cell1.y - 1 + (cell1.rowSpan || 1);
	    let yMin2 = cell2.y;
	    let yMax2 = cell2.y - 1 + (cell2.rowSpan || 1);
	    let yConflict = !(yMin1 > yMax2 || yMin2 > yMax1);

	    let xMin1 = cell1.x;
	    let xMax1 = cell1.x - 1 + (cell1.colSpan || 1);
	    let xMin2 = cell2.x;
	    let xMax2 = cell2.x - 1 + (cell2.colSpan || 1);
	    let xConflict = !(xMin1 > xMax2 || xMin2 > xMax1);

	    return yConflict && xConflict;
	  }

	  function conflictExists(rows, x, y) {
	    let i_max = Math.min(rows.length - 1, y);
	    let cell = { x: x, y: y };
	    for (let i = 0; i <= i_max; i++) {
	      let row = rows[i];
	      for (let j = 0; j < row.length; j++) {
	        if (cellsConflict(cell, row[j])) {
	          return true;
	        }
	      }
	    }
	    return false;
	  }

	  function allBlank(rows, y, xMin, xMax) {
	    for (let x = xMin; x < xMax; x++) {
	      if (conflictExists(rows, x, y)) {
	        return false;
	      }
	    }
	    return true;
	  }

	  function addRowSpanCells(table) {
	    table.forEach(function (row, rowIndex) {
	      row.forEach(function (cell) {
	        for (let i = 1; i < cell.rowSpan; i++) {
	          let rowSpanCell = new RowSpanCell(cell);
	          rowSpanCell.x = cell.x;
	          rowSpanCell.y = cell.y + i;
	          rowSpanCell.colSpan = cell.colSpan;
	          insertCell(rowSpanCell, table[rowIndex + i]);
	        }
	      });
	    });
	  }

	  function addColSpanCells(cellRows) {
	    for (let rowIndex = cellRows.length - 1; rowIndex >= 0; rowIndex--) {
	      let cellColumns = cellRows[rowIndex];
	      for (let columnIndex = 0; columnIndex < cellColumns.length; columnIndex++) {
	        let cell = cellColumns[columnIndex];
	        for (let k = 1; k < cell.colSpan; k++) {
	          let colSpanCell = new ColSpanCell();
	          colSpanCell.x = cell.x + k;
	          colSpanCell.y = cell.y;
	          cellColumns.splice(columnIndex + 1, 0, colSpanCell);
	        }
	      }
	    }
	  }

	  function insertCell(cell, row) {
	    let x = 0;
	    while (x < row.length && row[x].x < cell.x) {
	      x++;
	    }
	    row.splice(x, 0, cell);
	  }

	  function fillInTable(table) {
	    let h_max = maxHeight(table);
	    let w_max = maxWidth(table);
	    debug(`Max rows: ${h_max}; Max cols: ${w_max}`);
	    for (let y = 0; y < h_max; y++) {
	      for (let x = 0; x < w_max; x++) {
	        if (!conflictExists(table, x, y)) {
	          let opts = { x: x, y: y, colSpan: 1, rowSpan: 1 };
	          x++;
	          while (x < w_max && !conflictExists(table, x, y)) {
	            opts.colSpan++;
	            x++;
	          }
	          let y2 = y + 1;
	          while (y2 < h_max && allBlank(table, y2, opts.x, opts.x + opts.colSpan)) {
	            opts.rowSpan++;
	            y2++;
	          }
	          let cell = new Cell(opts);
	          cell.x = opts.x;
	          cell.y = opts.y;
	          warn(`Missing cell at ${cell.y}-${cell.x}.`);
	          insertCell(cell, table[y]);
	        }
	      }
	    }
	  }

	  function generateCells(rows) {
	    return rows.map(function (row) {
	      if (!Array.isArray(row)) {
	        let key = Object.keys(row)[0];
	        row = row[key];
	        if (Array.isArray(row)) {
	          row = row.slice();
	          row.unshift(key);
	        } else {
	          row = [key, row];
	        }
	      }
	      return row.map(function (cell) {
	        return new Cell(cell);
	      });
	    });
	  }

	  function makeTableLayout(rows) {
	    let cellRows = generateCells(rows);
	    layoutTable(cellRows);
	    fillInTable(cellRows);
	    addRowSpanCells(cellRows);
	    addColSpanCells(cellRows);
	    return cellRows;
	  }

	  layoutManager.exports = {
	    makeTableLayout: makeTableLayout,
	    layoutTable: layoutTable,
	    addRowSpanCells: addRowSpanCells,
	    maxWidth: maxWidth,
	    fillInTable: fillInTable,
	    computeWidths: makeComputeWidths('colSpan', 'desiredWidth', 'x', 1),
	    computeHeights: makeComputeWidths('rowSpan', 'desiredHeight', 'y', 1),
	  };
	})();

	function makeComputeWidths(colSpan, desiredWidth, x, forcedMin) {
	  return function (vals, table) {
	    let result = [];
	    let spanners = [];
	    let auto = {};
	    table.forEach(function (row) {
	      row.forEach(function (cell) {
	        if ((cell[colSpan] || 1) > 1) {
	          spanners.push(cell);
	        } else {
	          result[cell[x]] = Math.max(result[cell[x]] || 0, cell[desiredWidth] || 0, forcedMin);
	        }
	      });
	    });

	    vals.forEach(function (val, index) {
	      if (typeof val === 'number') {
	        result[index] = val;
	      }
	    });

	    //spanners.forEach(function(cell){
	    for (let k = spanners.length - 1; k >= 0; k--) {
	      let cell = spanners[k];
	      let span = cell[colSpan];
	      let col = cell[x];
	      let existingWidth = result[col];
	      let editableCols = typeof vals[col] === 'number' ? 0 : 1;
	      if (typeof existingWidth === 'number') {
	        for (let i = 1; i < span; i++) {
	          existingWidth += 1 + result[col + i];
	          if (typeof vals[col + i] !== 'number') {
	            editableCols++;
	          }
	        }
	      } else {
	        existingWidth = desiredWidth === 'desiredWidth' ? cell.desiredWidth - 1 : 1;
	        if (!auto[col] || auto[col] < existingWidth) {
	          auto[col] = existingWidth;
	        }
	      }

	      if (cell[desiredWidth] > existingWidth) {
	        let i = 0;
	        while (editableCols > 0 && cell[desiredWidth] > existingWidth) {
	          if (typeof vals[col + i] !== 'number') {
	            let dif = Math.round((cell[desiredWidth] - existingWidth) / editableCols);
	            existingWidth += dif;
	            result[col + i] += dif;
	            editableCols--;
	          }
	          i++;
	        }
	      }
	    }

	    Object.assign(vals, result, auto);
	    for (let j = 0; j < vals.length; j++) {
	      vals[j] = Math.max(forcedMin, vals[j] || 0);
	    }
	  };
	}
	return layoutManager.exports;
}

var table;
var hasRequiredTable;

function requireTable () {
	if (hasRequiredTable) return table;
	hasRequiredTable = 1;
	const debug = requireDebug();
	const utils = requireUtils();
	const tableLayout = requireLayoutManager();

	class Table extends Array {
	  constructor(opts) {
	    super();

	    const options = utils.mergeOptions(opts);
	    Object.defineProperty(this, 'options', {
	      value: options,
	      enumerable: options.debug,
	    });

	    if (options.debug) {
	      switch (typeof options.debug) {
	        case 'boolean':
	          debug.setDebugLevel(debug.WARN);
	          break;
	        case 'number':
	          debug.setDebugLevel(options.debug);
	          break;
	        case 'string':
	          debug.setDebugLevel(parseInt(options.debug, 10));
	          break;
	        default:
	          debug.setDebugLevel(debug.WARN);
	          debug.warn(`Debug option is expected to be boolean, number, or string. Received a ${typeof options.debug}`);
	      }
	      Object.defineProperty(this, 'messages', {
	        get() {
	          return debug.debugMessages();
	        },
	      });
	    }
	  }

	  toString() {
	    let array = this;
	    let headersPresent = this.options.head && this.options.head.length;
	    if (headersPresent) {
	      array = [this.options.head];
	      if (this.length) {
	        array.push.apply(array, this);
	      }
	    } else {
	      this.options.style.head = [];
	    }

	    let cells = tableLayout.makeTableLayout(array);

	    cells.forEach(function (row) {
	      row.forEach(function (cell) {
	        cell.mergeTableOptions(this.options, cells);
	      }, this);
	    }, this);

	    tableLayout.computeWidths(this.options.colWidths, cells);
	    tableLayout.computeHeights(this.options.rowHeights, cells);

	    cells.forEach(function (row) {
	      row.forEach(function (cell) {
	        cell.init(this.options);
	      }, this);
	    }, this);

	    let result = [];

	    for (let rowIndex = 0; rowIndex < cells.length; rowIndex++) {
	      let row = cells[rowIndex];
	      let heightOfRow = this.options.rowHeights[rowIndex];

	      if (rowIndex === 0 || !this.options.style.compact || (rowIndex == 1 && headersPresent)) {
	        doDraw(row, 'top', result);
	      }

	      for (let lineNum = 0; lineNum < heightOfRow; lineNum++) {
	        doDraw(row, lineNum, result);
	      }

	      if (rowIndex + 1 == cells.length) {
	        doDraw(row, 'bottom', result);
	      }
	    }

	    return result.join('\n');
	  }

	  get width() {
	    let str = this.toString().split('\n');
	    return str[0].length;
	  }
	}

	Table.reset = () => debug.reset();

	function doDraw(row, lineNum, result) {
	  let line = [];
	  row.forEach(function (cell) {
	    line.push(cell.draw(lineNum));
	  });
	  let str = line.join('');
	  if (str.length) result.push(str);
	}

	table = Table;
	return table;
}

var cliTable3;
var hasRequiredCliTable3;

function requireCliTable3 () {
	if (hasRequiredCliTable3) return cliTable3;
	hasRequiredCliTable3 = 1;
	cliTable3 = requireTable();
	return cliTable3;
}

var cliTable3Exports = requireCliTable3();
var Table = /*@__PURE__*/getDefaultExportFromCjs(cliTable3Exports);

var picocolors = {exports: {}};

var hasRequiredPicocolors;

function requirePicocolors () {
	if (hasRequiredPicocolors) return picocolors.exports;
	hasRequiredPicocolors = 1;
	let p = process || {}, argv = p.argv || [], env = p.env || {};
	let isColorSupported =
		!(!!env.NO_COLOR || argv.includes("--no-color")) &&
		(!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || ((p.stdout || {}).isTTY && env.TERM !== "dumb") || !!env.CI);

	let formatter = (open, close, replace = open) =>
		input => {
			let string = "" + input, index = string.indexOf(close, open.length);
			return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close
		};

	let replaceClose = (string, close, replace, index) => {
		let result = "", cursor = 0;
		do {
			result += string.substring(cursor, index) + replace;
			cursor = index + close.length;
			index = string.indexOf(close, cursor);
		} while (~index)
		return result + string.substring(cursor)
	};

	let createColors = (enabled = isColorSupported) => {
		let f = enabled ? formatter : () => String;
		return {
			isColorSupported: enabled,
			reset: f("\x1b[0m", "\x1b[0m"),
			bold: f("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m"),
			dim: f("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
			italic: f("\x1b[3m", "\x1b[23m"),
			underline: f("\x1b[4m", "\x1b[24m"),
			inverse: f("\x1b[7m", "\x1b[27m"),
			hidden: f("\x1b[8m", "\x1b[28m"),
			strikethrough: f("\x1b[9m", "\x1b[29m"),

			black: f("\x1b[30m", "\x1b[39m"),
			red: f("\x1b[31m", "\x1b[39m"),
			green: f("\x1b[32m", "\x1b[39m"),
			yellow: f("\x1b[33m", "\x1b[39m"),
			blue: f("\x1b[34m", "\x1b[39m"),
			magenta: f("\x1b[35m", "\x1b[39m"),
			cyan: f("\x1b[36m", "\x1b[39m"),
			white: f("\x1b[37m", "\x1b[39m"),
			gray: f("\x1b[90m", "\x1b[39m"),

			bgBlack: f("\x1b[40m", "\x1b[49m"),
			bgRed: f("\x1b[41m", "\x1b[49m"),
			bgGreen: f("\x1b[42m", "\x1b[49m"),
			bgYellow: f("\x1b[43m", "\x1b[49m"),
			bgBlue: f("\x1b[44m", "\x1b[49m"),
			bgMagenta: f("\x1b[45m", "\x1b[49m"),
			bgCyan: f("\x1b[46m", "\x1b[49m"),
			bgWhite: f("\x1b[47m", "\x1b[49m"),

			blackBright: f("\x1b[90m", "\x1b[39m"),
			redBright: f("\x1b[91m", "\x1b[39m"),
			greenBright: f("\x1b[92m", "\x1b[39m"),
			yellowBright: f("\x1b[93m", "\x1b[39m"),
			blueBright: f("\x1b[94m", "\x1b[39m"),
			magentaBright: f("\x1b[95m", "\x1b[39m"),
			cyanBright: f("\x1b[96m", "\x1b[39m"),
			whiteBright: f("\x1b[97m", "\x1b[39m"),

			bgBlackBright: f("\x1b[100m", "\x1b[49m"),
			bgRedBright: f("\x1b[101m", "\x1b[49m"),
			bgGreenBright: f("\x1b[102m", "\x1b[49m"),
			bgYellowBright: f("\x1b[103m", "\x1b[49m"),
			bgBlueBright: f("\x1b[104m", "\x1b[49m"),
			bgMagentaBright: f("\x1b[105m", "\x1b[49m"),
			bgCyanBright: f("\x1b[106m", "\x1b[49m"),
			bgWhiteBright: f("\x1b[107m", "\x1b[49m"),
		}
	};

	picocolors.exports = createColors();
	picocolors.exports.createColors = createColors;
	return picocolors.exports;
}

var picocolorsExports = /*@__PURE__*/ requirePicocolors();
var pc = /*@__PURE__*/getDefaultExportFromCjs(picocolorsExports);

// The terminal view of a report: a table of findings (most severe first), coverage gaps, and a
// one-line verdict. Colour only when asked (a TTY without NO_COLOR): severities in colour, the
// rest plain, so a log file or a pipe gets clean text. Organization text is printed as plain
// text (control and bidi characters removed), never interpreted.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\uFEFF]/g;
/** Organization text for a terminal: one line, no escape sequences, at most `max` characters. */
function terminalText(text, max = 120) {
    const clean = text.replace(/\r?\n/g, ' ').replace(UNSAFE, '');
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
function colorWanted(stream, env) {
    return Boolean(stream.isTTY) && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && env.TERM !== 'dumb';
}
function paint(color) {
    const colors = pc.createColors(color);
    const bySeverity = {
        critical: (text) => colors.bold(colors.red(text)),
        high: colors.red,
        medium: colors.yellow,
        low: colors.cyan,
        info: colors.dim,
    };
    return { ...colors, severity: (severity) => bySeverity[severity](severity) };
}
function findingRows(findings, options) {
    const c = paint(options.color);
    // Fixed columns: severity 10, rule 30, subject 18, resource 40, borders ~16.
    const messageWidth = Math.max(30, options.width - 114);
    const table = new Table({
        head: ['severity', 'rule', 'subject', 'resource', 'message'],
        colWidths: [10, 30, 18, 40, messageWidth],
        wordWrap: true,
        // No line between rows: a finding is a row, wrapped inside its cells.
        chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
        style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [], compact: true },
    });
    for (const finding of findings.slice(0, options.limit)) {
        table.push([
            c.severity(finding.severity),
            finding.rule,
            finding.subject === null ? '—' : terminalText(finding.subject, 60),
            terminalText(finding.resource, 200),
            terminalText(finding.message, 400),
        ]);
    }
    return table.toString();
}
function verdictLine(report, conclusion, color) {
    const c = paint(color);
    const counts = countBySeverity(report.findings);
    const parts = ['critical', 'high', 'medium', 'low', 'info']
        .filter((severity) => counts[severity] > 0)
        .map((severity) => `${counts[severity]} ${c.severity(severity)}`);
    const findings = `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`;
    const gaps = report.coverage.gaps.length;
    const coverage = gaps === 0 ? 'coverage complete' : `${gaps} coverage gap${gaps === 1 ? '' : 's'} (not read, not judged)`;
    const exempted = report.exempted.length > 0 ? `, ${report.exempted.length} exempted` : '';
    const mark = conclusion === 'failure' ? c.red('✗ failure') : conclusion === 'neutral' ? c.yellow('● neutral') : c.green('✓ success');
    return `${mark}: ${findings}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}${exempted}; ${coverage}.`;
}
/** The whole terminal view. */
function renderReportTable(report, conclusion, options) {
    const c = paint(options.color);
    const lines = [c.bold(`Offboarding Sentinel — ${report.mode} of ${terminalText(report.organization, 100)}`), ''];
    if (report.findings.length === 0) {
        lines.push('No findings.');
    }
    else {
        lines.push(findingRows(report.findings, options));
        const rest = report.findings.length - Math.min(report.findings.length, options.limit);
        if (rest > 0)
            lines.push(`… and ${rest} more in the JSON report.`);
    }
    if (report.coverage.gaps.length > 0) {
        lines.push('', c.bold('Not covered (could not be read):'));
        for (const gap of report.coverage.gaps.slice(0, 20)) {
            lines.push(`  ${terminalText(gap.resource, 120)} — ${terminalText(gap.reason, 200)}`);
        }
        if (report.coverage.gaps.length > 20)
            lines.push(`  … and ${report.coverage.gaps.length - 20} more in the JSON report.`);
    }
    if (report.exempted.length > 0) {
        lines.push('', c.bold('Exempted by policy:'));
        for (const finding of report.exempted.slice(0, 20)) {
            lines.push(`  ${finding.rule} on ${terminalText(finding.resource, 120)} — "${terminalText(finding.exemption.reason, 160)}", until ${finding.exemption.expires}`);
        }
    }
    lines.push('', verdictLine(report, conclusion, options.color));
    return lines.join('\n');
}

var eta;
var hasRequiredEta;

function requireEta () {
	if (hasRequiredEta) return eta;
	hasRequiredEta = 1;
	// ETA calculation
	class ETA{

	    constructor(length, initTime, initValue){
	        // size of eta buffer
	        this.etaBufferLength = length || 100;

	        // eta buffer with initial values
	        this.valueBuffer = [initValue];
	        this.timeBuffer = [initTime];

	        // eta time value
	        this.eta = '0';
	    }

	    // add new values to calculation buffer
	    update(time, value, total){
	        this.valueBuffer.push(value);
	        this.timeBuffer.push(time);

	        // trigger recalculation
	        this.calculate(total-value);
	    }

	    // fetch estimated time
	    getTime(){
	        return this.eta;
	    }

	    // eta calculation - request number of remaining events
	    calculate(remaining){
	        // get number of samples in eta buffer
	        const currentBufferSize = this.valueBuffer.length;
	        const buffer = Math.min(this.etaBufferLength, currentBufferSize);

	        const v_diff = this.valueBuffer[currentBufferSize - 1] - this.valueBuffer[currentBufferSize - buffer];
	        const t_diff = this.timeBuffer[currentBufferSize - 1] - this.timeBuffer[currentBufferSize - buffer];

	        // get progress per ms
	        const vt_rate = v_diff/t_diff;

	        // strip past elements
	        this.valueBuffer = this.valueBuffer.slice(-this.etaBufferLength);
	        this.timeBuffer  = this.timeBuffer.slice(-this.etaBufferLength);

	        // eq: vt_rate *x = total
	        const eta = Math.ceil(remaining/vt_rate/1000);

	        // check values
	        if (isNaN(eta)){
	            this.eta = 'NULL';

	        // +/- Infinity --- NaN already handled
	        }else if (!isFinite(eta)){
	            this.eta = 'INF';

	        // > 10M s ? - set upper display limit ~115days (1e7/60/60/24)
	        }else if (eta > 1e7){
	            this.eta = 'INF';

	        // negative ?
	        }else if (eta < 0){
	            this.eta = 0;

	        }else {
	            // assign
	            this.eta = eta;
	        }
	    }
	}

	eta = ETA;
	return eta;
}

var terminal;
var hasRequiredTerminal;

function requireTerminal () {
	if (hasRequiredTerminal) return terminal;
	hasRequiredTerminal = 1;
	const _readline = require$$0$1;

	// low-level terminal interactions
	class Terminal{

	    constructor(outputStream){
	        this.stream = outputStream;

	        // default: line wrapping enabled
	        this.linewrap = true;

	        // current, relative y position
	        this.dy = 0;
	    }

	    // save cursor position + settings
	    cursorSave(){
	        if (!this.stream.isTTY){
	            return;
	        }

	        // save position
	        this.stream.write('\x1B7');
	    }

	    // restore last cursor position + settings
	    cursorRestore(){
	        if (!this.stream.isTTY){
	            return;
	        }

	        // restore cursor
	        this.stream.write('\x1B8');
	    }

	    // show/hide cursor
	    cursor(enabled){
	        if (!this.stream.isTTY){
	            return;
	        }

	        if (enabled){
	            this.stream.write('\x1B[?25h');
	        }else {
	            this.stream.write('\x1B[?25l');
	        }
	    }

	    // change cursor positionn
	    cursorTo(x=null, y=null){
	        if (!this.stream.isTTY){
	            return;
	        }

	        // move cursor absolute
	        _readline.cursorTo(this.stream, x, y);
	    }

	    // change relative cursor position
	    cursorRelative(dx=null, dy=null){
	        if (!this.stream.isTTY){
	            return;
	        }

	        // store current position
	        this.dy = this.dy + dy;
	        
	        // move cursor relative
	        _readline.moveCursor(this.stream, dx, dy);
	    }

	    // relative reset
	    cursorRelativeReset(){
	        if (!this.stream.isTTY){
	            return;
	        }

	        // move cursor to initial line
	        _readline.moveCursor(this.stream, 0, -this.dy);

	        // first char
	        _readline.cursorTo(this.stream, 0, null);

	        // reset counter
	        this.dy = 0;
	    }

	    // clear to the right from cursor
	    clearRight(){
	        if (!this.stream.isTTY){
	            return;
	        }

	        _readline.clearLine(this.stream, 1);
	    }

	    // clear the full line
	    clearLine(){
	        if (!this.stream.isTTY){
	            return;
	        }

	        _readline.clearLine(this.stream, 0);
	    }

	    // clear everyting beyond the current line
	    clearBottom(){
	        if (!this.stream.isTTY){
	            return;
	        }

	        _readline.clearScreenDown(this.stream);
	    }

	    // add new line; increment counter
	    newline(){
	        this.stream.write('\n');
	        this.dy++;
	    }

	    // write content to output stream
	    // @TODO use string-width to strip length
	    write(s, rawWrite=false){
	        // line wrapping enabled ? trim output
	        // this is just a fallback mechanism in case user enabled line-wrapping via options or set it to auto
	        if (this.linewrap === true && rawWrite === false){
	            this.stream.write(s.substr(0, this.getWidth()));

	        // standard behaviour with disabled linewrapping
	        }else {
	            this.stream.write(s);
	        }
	    }

	    // control line wrapping
	    lineWrapping(enabled){
	        if (!this.stream.isTTY){
	            return;
	        }

	        // store state
	        this.linewrap = enabled;
	        if (enabled){
	            this.stream.write('\x1B[?7h');
	        }else {
	            this.stream.write('\x1B[?7l');
	        }
	    }

	    // tty environment ?
	    isTTY(){
	        return (this.stream.isTTY === true);
	    }

	    // get terminal width
	    getWidth(){
	        // set max width to 80 in tty-mode and 200 in notty-mode
	        return this.stream.columns || (this.stream.isTTY ? 80 : 200);
	    }
	}

	terminal = Terminal;
	return terminal;
}

var formatValue;
var hasRequiredFormatValue;

function requireFormatValue () {
	if (hasRequiredFormatValue) return formatValue;
	hasRequiredFormatValue = 1;
	// default value format (apply autopadding)

	// format valueset
	formatValue = function formatValue(v, options, type){
	    // no autopadding ? passthrough
	    if (options.autopadding !== true){
	        return v;
	    }

	    // padding
	    function autopadding(value, length){
	        return (options.autopaddingChar + value).slice(-3);
	    }

	    switch (type){
	        case 'percentage':
	            return autopadding(v);

	        default:
	            return v;
	    }
	};
	return formatValue;
}

var formatBar;
var hasRequiredFormatBar;

function requireFormatBar () {
	if (hasRequiredFormatBar) return formatBar;
	hasRequiredFormatBar = 1;
	// format bar
	formatBar = function formatBar(progress, options){
	    // calculate barsize
	    const completeSize = Math.round(progress*options.barsize);
	    const incompleteSize = options.barsize-completeSize;

	   // generate bar string by stripping the pre-rendered strings
	   return   options.barCompleteString.substr(0, completeSize) +
	            options.barGlue +
	            options.barIncompleteString.substr(0, incompleteSize);
	};
	return formatBar;
}

var formatTime;
var hasRequiredFormatTime;

function requireFormatTime () {
	if (hasRequiredFormatTime) return formatTime;
	hasRequiredFormatTime = 1;
	// default time format

	// format a number of seconds into hours and minutes as appropriate
	formatTime = function formatTime(t, options, roundToMultipleOf){
	    function round(input) {
	        if (roundToMultipleOf) {
	            return roundToMultipleOf * Math.round(input / roundToMultipleOf);
	        } else {
	            return input
	        }
	    }

	    // leading zero padding
	    function autopadding(v){
	        return (options.autopaddingChar + v).slice(-2);
	    }

	    // > 1h ?
	    if (t > 3600) {
	        return autopadding(Math.floor(t / 3600)) + 'h' + autopadding(round((t % 3600) / 60)) + 'm';

	    // > 60s ?
	    } else if (t > 60) {
	        return autopadding(Math.floor(t / 60)) + 'm' + autopadding(round((t % 60))) + 's';

	    // > 10s ?
	    } else if (t > 10) {
	        return autopadding(round(t)) + 's';

	    // default: don't apply round to multiple
	    }else {
	        return autopadding(t) + 's';
	    }
	};
	return formatTime;
}

var formatter;
var hasRequiredFormatter;

function requireFormatter () {
	if (hasRequiredFormatter) return formatter;
	hasRequiredFormatter = 1;
	const _stringWidth = requireStringWidth();
	const _defaultFormatValue = requireFormatValue();
	const _defaultFormatBar = requireFormatBar();
	const _defaultFormatTime = requireFormatTime();

	// generic formatter
	formatter = function defaultFormatter(options, params, payload){

	    // copy format string
	    let s = options.format;

	    // custom time format set ?
	    const formatTime = options.formatTime || _defaultFormatTime;
	    
	    // custom value format set ?
	    const formatValue = options.formatValue || _defaultFormatValue;

	    // custom bar format set ?
	    const formatBar = options.formatBar || _defaultFormatBar;

	    // calculate progress in percent
	    const percentage =  Math.floor(params.progress*100) + '';

	    // bar stopped and stopTime set ?
	    const stopTime = params.stopTime || Date.now();

	    // calculate elapsed time
	    const elapsedTime = Math.round((stopTime - params.startTime)/1000);

	    // merges data from payload and calculated
	    const context = Object.assign({}, payload, {
	        bar:                    formatBar(params.progress, options),

	        percentage:             formatValue(percentage, options, 'percentage'),
	        total:                  formatValue(params.total, options, 'total'),
	        value:                  formatValue(params.value, options, 'value'),

	        eta:                    formatValue(params.eta, options, 'eta'),
	        eta_formatted:          formatTime(params.eta, options, 5),
	        
	        duration:               formatValue(elapsedTime, options, 'duration'),
	        duration_formatted:     formatTime(elapsedTime, options, 1)
	    });

	    // assign placeholder tokens
	    s = s.replace(/\{(\w+)\}/g, function(match, key){
	        // key exists within payload/context
	        if (typeof context[key] !== 'undefined') {
	            return context[key];
	        }

	        // no changes to unknown values
	        return match;
	    });

	    // calculate available whitespace (2 characters margin of error)
	    const fullMargin = Math.max(0, params.maxWidth - _stringWidth(s) -2);
	    const halfMargin = Math.floor(fullMargin / 2);

	    // distribute available whitespace according to position
	    switch (options.align) {

	        // fill start-of-line with whitespaces
	        case 'right':
	            s = (fullMargin > 0) ? ' '.repeat(fullMargin) + s : s;
	            break;

	        // distribute whitespaces to left+right
	        case 'center':
	            s = (halfMargin > 0) ? ' '.repeat(halfMargin) + s : s;
	            break;
	    }

	    return s;
	};
	return formatter;
}

var options;
var hasRequiredOptions;

function requireOptions () {
	if (hasRequiredOptions) return options;
	hasRequiredOptions = 1;
	// utility to merge defaults
	function mergeOption(v, defaultValue){
	    if (typeof v === 'undefined' || v === null){
	        return defaultValue;
	    }else {
	        return v;
	    }
	}

	options = {
	    // set global options
	    parse: function parse(rawOptions, preset){

	        // options storage
	        const options = {};

	        // merge preset
	        const opt = Object.assign({}, preset, rawOptions);

	        // the max update rate in fps (redraw will only triggered on value change)
	        options.throttleTime = 1000 / (mergeOption(opt.fps, 10));

	        // the output stream to write on
	        options.stream = mergeOption(opt.stream, process.stderr);

	        // external terminal provided ?
	        options.terminal = mergeOption(opt.terminal, null);

	        // clear on finish ?
	        options.clearOnComplete = mergeOption(opt.clearOnComplete, false);

	        // stop on finish ?
	        options.stopOnComplete = mergeOption(opt.stopOnComplete, false);

	        // size of the progressbar in chars
	        options.barsize = mergeOption(opt.barsize, 40);

	        // position of the progress bar - 'left' (default), 'right' or 'center'
	        options.align = mergeOption(opt.align, 'left');

	        // hide the cursor ?
	        options.hideCursor = mergeOption(opt.hideCursor, false);

	        // disable linewrapping ?
	        options.linewrap = mergeOption(opt.linewrap, false);

	        // glue sequence (control chars) between bar elements ?
	        options.barGlue = mergeOption(opt.barGlue, '');

	        // bar chars
	        options.barCompleteChar = mergeOption(opt.barCompleteChar, '=');
	        options.barIncompleteChar = mergeOption(opt.barIncompleteChar, '-');

	        // the bar format
	        options.format = mergeOption(opt.format, 'progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}');

	        // external time-format provided ?
	        options.formatTime = mergeOption(opt.formatTime, null);

	        // external value-format provided ?
	        options.formatValue = mergeOption(opt.formatValue, null);

	        // external bar-format provided ?
	        options.formatBar = mergeOption(opt.formatBar, null);

	        // the number of results to average ETA over
	        options.etaBufferLength = mergeOption(opt.etaBuffer, 10);

	        // automatic eta updates based on fps
	        options.etaAsynchronousUpdate = mergeOption(opt.etaAsynchronousUpdate, false);

	        // progress calculation relative to start value ? default start at 0
	        options.progressCalculationRelative = mergeOption(opt.progressCalculationRelative, false);

	        // allow synchronous updates ?
	        options.synchronousUpdate = mergeOption(opt.synchronousUpdate, true);

	        // notty mode
	        options.noTTYOutput = mergeOption(opt.noTTYOutput, false);

	        // schedule - 2s
	        options.notTTYSchedule = mergeOption(opt.notTTYSchedule, 2000);
	        
	        // emptyOnZero - false
	        options.emptyOnZero = mergeOption(opt.emptyOnZero, false);

	        // force bar redraw even if progress did not change
	        options.forceRedraw = mergeOption(opt.forceRedraw, false);

	        // automated padding to fixed width ?
	        options.autopadding = mergeOption(opt.autopadding, false);

	        // stop bar on SIGINT/SIGTERM to restore cursor settings ?
	        options.gracefulExit = mergeOption(opt.gracefulExit, false);

	        return options;
	    },

	    // derived options: instance specific, has to be created for every bar element
	    assignDerivedOptions: function assignDerivedOptions(options){
	        // pre-render bar strings (performance)
	        options.barCompleteString = options.barCompleteChar.repeat(options.barsize + 1);
	        options.barIncompleteString = options.barIncompleteChar.repeat(options.barsize + 1);

	        // autopadding character - empty in case autopadding is disabled
	        options.autopaddingChar = options.autopadding ? mergeOption(options.autopaddingChar, '   ') : '';

	        return options;
	    }
	};
	return options;
}

var genericBar;
var hasRequiredGenericBar;

function requireGenericBar () {
	if (hasRequiredGenericBar) return genericBar;
	hasRequiredGenericBar = 1;
	const _ETA = requireEta();
	const _Terminal = requireTerminal();
	const _formatter = requireFormatter();
	const _options = requireOptions();
	const _EventEmitter = events;

	// Progress-Bar constructor
	genericBar = class GenericBar extends _EventEmitter{

	    constructor(options){
	        super();

	        // store options and assign derived ones (instance specific)
	        this.options = _options.assignDerivedOptions(options);

	        // store terminal instance
	        this.terminal = (this.options.terminal) ? this.options.terminal : new _Terminal(this.options.stream);

	        // the current bar value
	        this.value = 0;

	        // bar start value (used for progress calculation)
	        this.startValue = 0;

	        // the end value of the bar
	        this.total = 100;

	        // last drawn string - only render on change!
	        this.lastDrawnString = null;

	        // start time (used for eta calculation)
	        this.startTime = null;

	        // stop time (used for duration calculation)
	        this.stopTime = null;

	        // last update time
	        this.lastRedraw = Date.now();

	        // default eta calculator (will be re-create on start)
	        this.eta = new _ETA(this.options.etaBufferLength, 0, 0);

	        // payload data
	        this.payload = {};

	        // progress bar active ?
	        this.isActive = false;

	        // use default formatter or custom one ?
	        this.formatter = (typeof this.options.format === 'function') ? this.options.format : _formatter;
	    }

	    // internal render function
	    render(forceRendering=false){

	        // formatter params
	        const params = {
	            progress: this.getProgress(),
	            eta: this.eta.getTime(),
	            startTime: this.startTime,
	            stopTime: this.stopTime,
	            total: this.total,
	            value: this.value,
	            maxWidth: this.terminal.getWidth()
	        };

	        // automatic eta update ? (long running processes)
	        if (this.options.etaAsynchronousUpdate){
	            this.updateETA();
	        }

	        // format string
	        const s = this.formatter(this.options, params, this.payload);

	        const forceRedraw = forceRendering || this.options.forceRedraw
	            // force redraw in notty-mode!
	            || (this.options.noTTYOutput && !this.terminal.isTTY());

	        // string changed ? only trigger redraw on change!
	        if (forceRedraw || this.lastDrawnString != s){
	            // trigger event
	            this.emit('redraw-pre');

	            // set cursor to start of line
	            this.terminal.cursorTo(0, null);

	            // write output
	            this.terminal.write(s);

	            // clear to the right from cursor
	            this.terminal.clearRight();

	            // store string
	            this.lastDrawnString = s;

	            // set last redraw time
	            this.lastRedraw = Date.now();

	            // trigger event
	            this.emit('redraw-post');
	        }
	    }

	    // start the progress bar
	    start(total, startValue, payload){
	        // set initial values
	        this.value = startValue || 0;
	        this.total = (typeof total !== 'undefined' && total >= 0) ? total : 100;

	        // set start value for progress calculation
	        this.startValue = (startValue || 0);

	        // store payload (optional)
	        this.payload = payload || {};

	        // store start time for duration+eta calculation
	        this.startTime = Date.now();

	        // reset stop time for 're-start' scenario (used for duration calculation)
	        this.stopTime = null;

	        // reset string line buffer (redraw detection)
	        this.lastDrawnString = '';

	        // initialize eta buffer
	        this.eta = new _ETA(this.options.etaBufferLength, this.startTime, this.value);

	        // set flag
	        this.isActive = true;

	        // start event
	        this.emit('start', total, startValue);
	    }

	    // stop the bar
	    stop(){
	        // set flag
	        this.isActive = false;
	        
	        // store stop timestamp to get total duration
	        this.stopTime = Date.now();

	        // stop event
	        this.emit('stop', this.total, this.value);
	    }

	    // update the bar value
	    // update(value, payload)
	    // update(payload)
	    update(arg0, arg1 = {}){
	        // value set ?
	        // update(value, [payload]);
	        if (typeof arg0 === 'number') {
	            // update value
	            this.value = arg0;

	            // add new value; recalculate eta
	            this.eta.update(Date.now(), arg0, this.total);
	        }

	        // extract payload
	        // update(value, payload)
	        // update(payload)
	        const payloadData = ((typeof arg0 === 'object') ? arg0 : arg1) || {};

	        // update event (before stop() is called)
	        this.emit('update', this.total, this.value);

	        // merge payload
	        for (const key in payloadData){
	            this.payload[key] = payloadData[key];
	        }

	        // limit reached ? autostop set ?
	        if (this.value >= this.getTotal() && this.options.stopOnComplete) {
	            this.stop();
	        }
	    }

	    // calculate the actual progress value
	    getProgress(){
	        // calculate the normalized current progress
	        let progress = (this.value/this.total);

	        // use relative progress calculation ? range between startValue and total is then used as 100%
	        // startValue (offset) is ignored for calculations
	        if (this.options.progressCalculationRelative){
	            progress = (this.value-this.startValue)/(this.total-this.startValue);
	        }

	        // handle NaN Errors caused by total=0. Set to complete in this case
	        if (isNaN(progress)){
	            progress = (this.options && this.options.emptyOnZero) ? 0.0 : 1.0;
	        }

	        // limiter
	        progress = Math.min(Math.max(progress, 0.0), 1.0);

	        return progress;
	    }

	    // update the bar value
	    // increment(delta, payload)
	    // increment(payload)
	    increment(arg0 = 1, arg1 = {}){
	        // increment([payload]) => step=1
	        // handle the use case when `step` is omitted but payload is passed
	        if (typeof arg0 === 'object') {
	            this.update(this.value + 1, arg0);
	        
	        // increment([step=1], [payload={}])
	        }else {
	            this.update(this.value + arg0, arg1);
	        }
	    }

	    // get the total (limit) value
	    getTotal(){
	        return this.total;
	    }

	    // set the total (limit) value
	    setTotal(total){
	        if (typeof total !== 'undefined' && total >= 0){
	            this.total = total;
	        }
	    }

	    // force eta calculation update (long running processes)
	    updateETA(){
	        // add new value; recalculate eta
	        this.eta.update(Date.now(), this.value, this.total);
	    }
	};
	return genericBar;
}

var singleBar;
var hasRequiredSingleBar;

function requireSingleBar () {
	if (hasRequiredSingleBar) return singleBar;
	hasRequiredSingleBar = 1;
	const _GenericBar = requireGenericBar();
	const _options = requireOptions();

	// Progress-Bar constructor
	singleBar = class SingleBar extends _GenericBar{

	    constructor(options, preset){
	        super(_options.parse(options, preset));

	        // the update timer
	        this.timer = null;

	        // disable synchronous updates in notty mode
	        if (this.options.noTTYOutput && this.terminal.isTTY() === false){
	            this.options.synchronousUpdate = false;
	        }

	        // update interval
	        this.schedulingRate = (this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule);

	        // callback used for gracefulExit
	        this.sigintCallback = null;
	    }

	    // internal render function
	    render(){
	        // stop timer
	        if (this.timer){
	            clearTimeout(this.timer);
	            this.timer = null;
	        }

	        // run internal rendering
	        super.render();

	        // add new line in notty mode!
	        if (this.options.noTTYOutput && this.terminal.isTTY() === false){
	            this.terminal.newline();
	        }

	        // next update
	        this.timer = setTimeout(this.render.bind(this), this.schedulingRate);
	    }

	    update(current, payload){
	        // timer inactive ?
	        if (!this.timer) {
	            return;
	        }

	        super.update(current, payload);

	        // trigger synchronous update ?
	        // check for throttle time 
	        if (this.options.synchronousUpdate && (this.lastRedraw + this.options.throttleTime*2) < Date.now()){
	            // force update
	            this.render();
	        }
	    }

	    // start the progress bar
	    start(total, startValue, payload){
	        // progress updates are only visible in TTY mode!
	        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false){
	            return;
	        }

	        // add handler to restore cursor settings (stop the bar) on SIGINT/SIGTERM ?
	        if (this.sigintCallback === null && this.options.gracefulExit){
	            this.sigintCallback = this.stop.bind(this);
	            process.once('SIGINT', this.sigintCallback);
	            process.once('SIGTERM', this.sigintCallback);
	        }

	        // save current cursor settings
	        this.terminal.cursorSave();

	        // hide the cursor ?
	        if (this.options.hideCursor === true){
	            this.terminal.cursor(false);
	        }

	        // disable line wrapping ?
	        if (this.options.linewrap === false){
	            this.terminal.lineWrapping(false);
	        }

	        // initialize bar
	        super.start(total, startValue, payload);

	        // redraw on start!
	        this.render();
	    }

	    // stop the bar
	    stop(){
	        // timer inactive ?
	        if (!this.timer) {
	            return;
	        }
	        
	        // remove sigint listener
	        if (this.sigintCallback){
	            process.removeListener('SIGINT', this.sigintCallback);
	            process.removeListener('SIGTERM', this.sigintCallback);
	            this.sigintCallback = null;
	        }

	        // trigger final rendering
	        this.render();

	        // restore state
	        super.stop();

	        // stop timer
	        clearTimeout(this.timer);
	        this.timer = null;

	        // cursor hidden ?
	        if (this.options.hideCursor === true){
	            this.terminal.cursor(true);
	        }

	        // re-enable line wrapping ?
	        if (this.options.linewrap === false){
	            this.terminal.lineWrapping(true);
	        }

	        // restore cursor on complete (position + settings)
	        this.terminal.cursorRestore();

	        // clear line on complete ?
	        if (this.options.clearOnComplete){
	            this.terminal.cursorTo(0, null);
	            this.terminal.clearLine();
	        }else {
	            // new line on complete
	            this.terminal.newline();
	        }
	    }
	};
	return singleBar;
}

var multiBar;
var hasRequiredMultiBar;

function requireMultiBar () {
	if (hasRequiredMultiBar) return multiBar;
	hasRequiredMultiBar = 1;
	const _Terminal = requireTerminal();
	const _BarElement = requireGenericBar();
	const _options = requireOptions();
	const _EventEmitter = events;

	// Progress-Bar constructor
	multiBar = class MultiBar extends _EventEmitter{

	    constructor(options, preset){
	        super();

	        // list of bars
	        this.bars = [];

	        // parse+store options
	        this.options = _options.parse(options, preset);

	        // disable synchronous updates
	        this.options.synchronousUpdate = false;

	        // store terminal instance
	        this.terminal = (this.options.terminal) ? this.options.terminal : new _Terminal(this.options.stream);

	        // the update timer
	        this.timer = null;

	        // progress bar active ?
	        this.isActive = false;

	        // update interval
	        this.schedulingRate = (this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule);

	        // logging output buffer
	        this.loggingBuffer = [];

	        // callback used for gracefulExit
	        this.sigintCallback = null;
	    }

	    // add a new bar to the stack
	    create(total, startValue, payload, barOptions={}){
	        // create new bar element and merge global options + overrides
	        // use the same global terminal instance for all instances
	        const bar = new _BarElement(Object.assign(
	            {}, 

	            // global options
	            this.options, 

	            // terminal instance
	            {
	                terminal: this.terminal
	            },

	            // overrides
	            barOptions,
	        ));

	        // store bar
	        this.bars.push(bar);

	        // progress updates are only visible in TTY mode!
	        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false){
	            return bar;
	        }

	        // add handler to restore cursor settings (stop the bar) on SIGINT/SIGTERM ?
	        if (this.sigintCallback === null && this.options.gracefulExit){
	            this.sigintCallback = this.stop.bind(this);
	            process.once('SIGINT', this.sigintCallback);
	            process.once('SIGTERM', this.sigintCallback);
	        }
	        
	        // multiprogress already active ?
	        if (!this.isActive){
	            // hide the cursor ?
	            if (this.options.hideCursor === true){
	                this.terminal.cursor(false);
	            }

	            // disable line wrapping ?
	            if (this.options.linewrap === false){
	                this.terminal.lineWrapping(false);
	            }
	    
	            // initialize update timer
	            this.timer = setTimeout(this.update.bind(this), this.schedulingRate);
	        }

	        // set flag
	        this.isActive = true;

	        // start progress bar
	        bar.start(total, startValue, payload);

	        // trigger event
	        this.emit('start');

	        // return new instance
	        return bar;
	    }

	    // remove a bar from the stack
	    remove(bar){
	        // find element
	        const index = this.bars.indexOf(bar);

	        // element found ?
	        if (index < 0){
	            return false;
	        }

	        // remove element
	        this.bars.splice(index, 1);

	        // force update
	        this.update();

	        // clear bottom
	        this.terminal.newline();
	        this.terminal.clearBottom();

	        return true;
	    }

	    // internal update routine
	    update(){
	        // stop timer
	        if (this.timer){
	            clearTimeout(this.timer);
	            this.timer = null;
	        }

	        // trigger event
	        this.emit('update-pre');
	        
	        // reset cursor
	        this.terminal.cursorRelativeReset();

	        // trigger event
	        this.emit('redraw-pre');

	        // content within logging buffer ?
	        if (this.loggingBuffer.length > 0){
	            this.terminal.clearLine();

	            // flush logging buffer and write content to terminal
	            while (this.loggingBuffer.length > 0){
	                this.terminal.write(this.loggingBuffer.shift(), true);
	            }
	        }

	        // update each bar
	        for (let i=0; i< this.bars.length; i++){
	            // add new line ?
	            if (i > 0){
	                this.terminal.newline();
	            }

	            // render
	            this.bars[i].render();
	        }

	        // trigger event
	        this.emit('redraw-post');

	        // add new line in notty mode!
	        if (this.options.noTTYOutput && this.terminal.isTTY() === false){
	            this.terminal.newline();
	            this.terminal.newline();
	        }

	        // next update
	        this.timer = setTimeout(this.update.bind(this), this.schedulingRate);

	        // trigger event
	        this.emit('update-post');

	        // stop if stopOnComplete and all bars stopped
	        if (this.options.stopOnComplete && !this.bars.find(bar => bar.isActive)) {
	            this.stop();
	        }
	    }

	    stop(){

	        // stop timer
	        clearTimeout(this.timer);
	        this.timer = null;

	        // remove sigint listener
	        if (this.sigintCallback){
	            process.removeListener('SIGINT', this.sigintCallback);
	            process.removeListener('SIGTERM', this.sigintCallback);
	            this.sigintCallback = null;
	        }

	        // set flag
	        this.isActive = false;

	        // cursor hidden ?
	        if (this.options.hideCursor === true){
	            this.terminal.cursor(true);
	        }

	        // re-enable line wrpaping ?
	        if (this.options.linewrap === false){
	            this.terminal.lineWrapping(true);
	        }

	        // reset cursor
	        this.terminal.cursorRelativeReset();

	        // trigger event
	        this.emit('stop-pre-clear');

	        // clear line on complete ?
	        if (this.options.clearOnComplete){
	            // clear all bars
	            this.terminal.clearBottom();
	            
	        // or show final progress ?
	        }else {
	            // update each bar
	            for (let i=0; i< this.bars.length; i++){
	                // add new line ?
	                if (i > 0){
	                    this.terminal.newline();
	                }

	                // trigger final rendering
	                this.bars[i].render();

	                // stop
	                this.bars[i].stop();
	            }

	            // new line on complete
	            this.terminal.newline();
	        }

	        // trigger event
	        this.emit('stop');
	    }

	    log(s){
	        // push content into logging buffer
	        this.loggingBuffer.push(s);
	    }
	};
	return multiBar;
}

var legacy;
var hasRequiredLegacy;

function requireLegacy () {
	if (hasRequiredLegacy) return legacy;
	hasRequiredLegacy = 1;
	// cli-progress legacy style as of 1.x
	legacy = {
	    format: 'progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}',
	    barCompleteChar: '=',
	    barIncompleteChar: '-'
	};
	return legacy;
}

var shadesClassic;
var hasRequiredShadesClassic;

function requireShadesClassic () {
	if (hasRequiredShadesClassic) return shadesClassic;
	hasRequiredShadesClassic = 1;
	// cli-progress legacy style as of 1.x
	shadesClassic = {
	    format: ' {bar} {percentage}% | ETA: {eta}s | {value}/{total}',
	    barCompleteChar: '\u2588',
	    barIncompleteChar: '\u2591'
	};
	return shadesClassic;
}

var shadesGrey;
var hasRequiredShadesGrey;

function requireShadesGrey () {
	if (hasRequiredShadesGrey) return shadesGrey;
	hasRequiredShadesGrey = 1;
	// cli-progress legacy style as of 1.x
	shadesGrey = {
	    format: ' \u001b[90m{bar}\u001b[0m {percentage}% | ETA: {eta}s | {value}/{total}',
	    barCompleteChar: '\u2588',
	    barIncompleteChar: '\u2591'
	};
	return shadesGrey;
}

var rect;
var hasRequiredRect;

function requireRect () {
	if (hasRequiredRect) return rect;
	hasRequiredRect = 1;
	rect = {
	    format: ' {bar}\u25A0 {percentage}% | ETA: {eta}s | {value}/{total}',
	    barCompleteChar: '\u25A0',
	    barIncompleteChar: ' '
	};
	return rect;
}

var presets;
var hasRequiredPresets;

function requirePresets () {
	if (hasRequiredPresets) return presets;
	hasRequiredPresets = 1;
	const _legacy = requireLegacy();
	const _shades_classic = requireShadesClassic();
	const _shades_grey = requireShadesGrey();
	const _rect = requireRect();

	presets = {
	    legacy: _legacy,
	    shades_classic: _shades_classic,
	    shades_grey: _shades_grey,
	    rect: _rect
	};
	return presets;
}

var cliProgress$1;
var hasRequiredCliProgress;

function requireCliProgress () {
	if (hasRequiredCliProgress) return cliProgress$1;
	hasRequiredCliProgress = 1;
	const _SingleBar = requireSingleBar();
	const _MultiBar = requireMultiBar();
	const _Presets = requirePresets();
	const _Formatter = requireFormatter();
	const _defaultFormatValue = requireFormatValue();
	const _defaultFormatBar = requireFormatBar();
	const _defaultFormatTime = requireFormatTime();

	// sub-module access
	cliProgress$1 = {
	    Bar: _SingleBar,
	    SingleBar: _SingleBar,
	    MultiBar: _MultiBar,
	    Presets: _Presets,
	    Format: {
	        Formatter: _Formatter,
	        BarFormat: _defaultFormatBar,
	        ValueFormat: _defaultFormatValue,
	        TimeFormat: _defaultFormatTime
	    }
	};
	return cliProgress$1;
}

var cliProgressExports = requireCliProgress();
var cliProgress = /*@__PURE__*/getDefaultExportFromCjs(cliProgressExports);

// Progress on stderr while the pipeline works, so stdout keeps only the result. What it shows
// is what the run itself reports: the stage (the collectors' log lines), the requests made and
// the rate limit left (from every response's x-ratelimit-* headers), and, while repositories
// are read one by one, n of m with the time left at the pace so far. On a TTY it is one
// redrawn line (cli-progress); elsewhere one plain line per stage, so logs stay readable.
/** The per-repository reads (secrets, deploy keys, invitations, environments), not the action's own writes. */
const REPOSITORY_PATH = /\/repos\/([^/]+\/[^/?]+)\/(?:actions|dependabot|keys|invitations|environments)\b/;
/** The collectors' count line, "49 people, 8 teams, 60 repositories". */
const REPOSITORY_COUNT = /\b(\d+) repositories\b/;
function seconds(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
class Progress {
    options;
    stage = 'starting';
    requests = 0;
    rateLeft = null;
    repositories = null;
    touched = new Set();
    startedAt;
    now;
    bar = null;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
        this.startedAt = this.now();
        if (options.live) {
            this.bar = new cliProgress.SingleBar({
                stream: options.stream,
                format: '{stage} {bar} {value}/{total} repositories | {requests} requests | rate limit {rate} left | {elapsed}{eta}',
                hideCursor: true,
                clearOnComplete: true,
                barsize: 20,
                fps: 5,
            }, cliProgress.Presets.shades_classic);
            this.bar.start(0, 0, this.payload());
        }
    }
    /** Time left at the pace of the repositories read so far; null before there is a pace. */
    eta() {
        const done = this.touched.size;
        if (!this.repositories || done === 0 || done >= this.repositories)
            return null;
        return ((this.now() - this.startedAt) / done) * (this.repositories - done);
    }
    payload() {
        const eta = this.eta();
        return {
            stage: this.stage.slice(0, 40).padEnd(40),
            requests: this.requests,
            rate: this.rateLeft ?? '?',
            elapsed: seconds(this.now() - this.startedAt),
            eta: eta === null ? '' : `, about ${seconds(eta)} left`,
        };
    }
    log(message) {
        const count = REPOSITORY_COUNT.exec(message);
        if (count)
            this.repositories = Number(count[1]);
        this.stage = message.split(/[:;(]/)[0].trim() || this.stage;
        if (this.bar) {
            this.bar.setTotal(this.repositories ?? 0);
            this.bar.update(this.touched.size, this.payload());
        }
        else {
            this.options.stream.write(`[${seconds(this.now() - this.startedAt)}] ${message}\n`);
        }
    }
    response(url, headers) {
        this.requests += 1;
        const remaining = headers['x-ratelimit-remaining'];
        const resource = headers['x-ratelimit-resource'];
        if (remaining !== undefined && resource !== 'graphql')
            this.rateLeft = String(remaining);
        const repository = REPOSITORY_PATH.exec(new URL(url, 'http://x').pathname);
        if (repository)
            this.touched.add(repository[1]);
        this.bar?.update(Math.min(this.touched.size, this.repositories ?? this.touched.size), this.payload());
    }
    /** What the display knows, for the final line and the tests. */
    state() {
        return { stage: this.stage, requests: this.requests, rateLeft: this.rateLeft, repositories: this.repositories, read: this.touched.size };
    }
    stop() {
        this.bar?.stop();
        this.bar = null;
    }
}

// Where the command line's token comes from, in order: --token, GH_TOKEN, GITHUB_TOKEN (the
// variables the GitHub CLI itself reads), then `gh auth token` when the GitHub CLI is installed
// and logged in. The token's source is reported (never the token).
const ghAuthToken = (hostname) => new Promise((resolve) => {
    const args = ['auth', 'token', ...(hostname ? ['--hostname', hostname] : [])];
    execFile('gh', args, { timeout: 10_000 }, (error, stdout) => resolve(error ? null : stdout.trim() || null));
});
/** The GitHub host behind an API URL (`api.github.com` → `github.com`, GHES → its host). */
function hostnameOf(apiUrl) {
    try {
        const host = new URL(apiUrl).hostname;
        return host === 'api.github.com' ? 'github.com' : host;
    }
    catch {
        return null;
    }
}
async function resolveToken(flag, env, apiUrl, gh = ghAuthToken) {
    if (flag)
        return { token: flag, from: '--token' };
    if (env.GH_TOKEN)
        return { token: env.GH_TOKEN, from: 'GH_TOKEN' };
    if (env.GITHUB_TOKEN)
        return { token: env.GITHUB_TOKEN, from: 'GITHUB_TOKEN' };
    const fromGh = await gh(hostnameOf(apiUrl));
    return fromGh ? { token: fromGh, from: 'gh auth token' } : null;
}

// `audit` and `offboard` on the command line: find the token, run the same pipeline as the
// action with the CLI host, then print the findings table on stdout (progress and logs went to
// stderr). Exit 0 or 1 by --fail-on, 2 for what is wrong before anything is read.
const OUTPUT_FILES = [
    ['report-path', 'JSON report'],
    ['sarif-path', 'SARIF'],
    ['jsonl-path', 'JSON Lines'],
    ['ocsf-path', 'OCSF events'],
];
async function runPipelineCommand(command, io, out) {
    const token = await resolveToken(command.github.token, io.env, command.github.apiUrl, io.gh);
    if (!token) {
        io.stderr.write('error: no token. Pass --token, set GH_TOKEN or GITHUB_TOKEN, or log in with `gh auth login`; it must read the organization (README, "Setup").\n');
        return EXIT.usage;
    }
    const [owner] = command.repo ? command.repo.split('/') : [command.inputs.organization];
    const env = {
        ...io.env,
        GITHUB_API_URL: command.github.apiUrl,
        GITHUB_GRAPHQL_URL: command.github.graphqlUrl,
        // Without --repo nothing reads or writes a repository of the organization (no issues
        // reporter, local state); the pipeline still wants an owner/name.
        GITHUB_REPOSITORY: command.repo ?? `${owner}/(no --repo)`,
        GITHUB_WORKSPACE: io.cwd,
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: '',
        GITHUB_SHA: '',
        GITHUB_RUN_ID: '',
    };
    const raw = { ...command.inputs, token: token.token };
    try {
        parseInputs(raw, env);
    }
    catch (error) {
        if (error instanceof InputError) {
            io.stderr.write(`error: ${error.message}\n`);
            return EXIT.usage;
        }
        throw error;
    }
    const progress = new Progress({ stream: io.stderr, live: Boolean(io.stderr.isTTY) && io.env.CI === undefined });
    io.stderr.write(`Reading ${command.inputs.organization} at ${command.github.apiUrl} (token from ${token.from})…\n`);
    const host = cliHost({ inputs: raw, env, outDir: out, stateDir: path.resolve(io.cwd, command.stateDir), stderr: io.stderr, progress });
    try {
        await runPipeline(host);
    }
    finally {
        progress.stop();
    }
    const reportPath = host.outputs.get('report-path');
    if (!reportPath) {
        for (const failure of host.failures)
            io.stderr.write(`error: ${failure}\n`);
        return EXIT.findings;
    }
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    const conclusion = (host.outputs.get('conclusion') ?? 'failure');
    const color = colorWanted(io.stdout, io.env);
    io.stdout.write(`${renderReportTable(report, conclusion, { color, width: io.stdout.columns ?? (Number(io.env.COLUMNS) || 160), limit: 50 })}\n\n`);
    for (const [name, label] of OUTPUT_FILES) {
        const file = host.outputs.get(name);
        if (file)
            io.stdout.write(`${label.padEnd(12)} ${path.relative(io.cwd, file) || file}\n`);
    }
    const summary = path.join(out, 'summary.md');
    if (command.inputs.report.includes('summary'))
        io.stdout.write(`${'Markdown'.padEnd(12)} ${path.relative(io.cwd, summary)}\n`);
    if (!command.publish)
        io.stdout.write('Nothing was written to GitHub (add --publish to post issues).\n');
    for (const failure of host.failures)
        io.stderr.write(`${failure}\n`);
    return host.failures.length > 0 ? EXIT.findings : EXIT.ok;
}

export { runPipelineCommand };
